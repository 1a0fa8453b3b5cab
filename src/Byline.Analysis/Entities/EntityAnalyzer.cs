using System.Collections.Immutable;
using System.Text;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// Entity analysis of one article in two tiers. Block facts (mention candidates) come from
/// <see cref="MentionScanner"/> and are kept in the document's <see cref="BlockResultTable"/>; document linking, here, is one pass over them:
/// acronyms defined once, surnames of people named in full, capitals standing for governments, footnotes.
/// Linking never re-reads block text beyond the footnote blocks. After an edit that left every block's kind and
/// candidates as they were, the previous linking is taken over instead (<see cref="EntityReuse"/>).
/// </summary>
public static partial class EntityAnalyzer
{
    /// <summary>
    /// The entities of an article. Not memoised per tree: the article's <see cref="ArticleModel"/> holds the result,
    /// and a table keyed by tree (ConditionalWeakTable) cost more per article than linking does.
    /// </summary>
    /// <param name="blocks">The document's side table of block results (<see cref="BlockResultTable"/>); a fresh one when null.</param>
    public static ArticleEntities Analyze(ArticleSyntaxTree syntax, KnowledgeBase? knowledgeBase = null, BlockResultTable? blocks = null) =>
        Link(syntax, knowledgeBase ?? KnowledgeBase.Builtin, blocks ?? BlockResultTable.For(syntax));

    /// <summary>An entity as linking gathers it; reused for the thread's next article (<see cref="LinkerScratch"/>).</summary>
    private sealed class Draft
    {
        public string Id { get; private set; } = "";
        public KnownEntity? Known { get; set; }
        public string? Name { get; set; }
        public EntityType? Type { get; set; }
        public TypeEvidence Evidence { get; set; }
        public string? Acronym { get; set; }
        public string? Expansion { get; set; }
        public string? Footnote { get; set; }
        public bool NamedInFull { get; set; }

        /// <summary>Mentions are counted while linking and gathered into one exact-size array at the end.</summary>
        public int MentionCount { get; set; }

        /// <summary>The index of its entity among the article's, once they are sorted.</summary>
        public int Index { get; set; }

        public Mention[] Mentions { get; set; } = [];

        // Most entities are written one way: the first surface needs no array.
        private string? _firstSurface;
        private string[] _otherSurfaces = [];

        /// <summary>
        /// The first string seen with this surface: mentions of one entity share it rather than each keeping its own
        /// copy. An entity is written in few ways, so a short list is searched; past eight ways a surface is kept as is.
        /// </summary>
        public string Surface(string surface)
        {
            if (_firstSurface is null)
            {
                return _firstSurface = surface;
            }
            if (string.Equals(_firstSurface, surface, StringComparison.Ordinal)) return _firstSurface;
            foreach (var seen in _otherSurfaces)
            {
                if (string.Equals(seen, surface, StringComparison.Ordinal)) return seen;
            }
            if (_otherSurfaces.Length < 7) _otherSurfaces = [.. _otherSurfaces, surface];
            return surface;
        }

        /// <summary>Empty again, holding nothing of the article it was made for, with the id of the next.</summary>
        public void Reset(string id)
        {
            Id = id;
            Known = null;
            Name = Acronym = Expansion = Footnote = null;
            Type = null;
            Evidence = TypeEvidence.None;
            NamedInFull = false;
            MentionCount = Index = 0;
            Mentions = [];
            _firstSurface = null;
            _otherSurfaces = [];
        }
    }

    private static ArticleEntities Link(ArticleSyntaxTree syntax, KnowledgeBase kb, BlockResultTable table)
    {
        var edit = EntityReuse.EditOf(table, kb);
        var reused = EntityReuse.TryReuse(table, kb, edit);
        var (relinked, firstPass) = reused is null && edit is not null ? RelinkEdited(syntax, kb, table, edit) : default;
        var entities = reused ?? relinked ?? LinkAll(syntax, kb, table);
        // Entities taken over mean the same candidates, so the same first pass; one a relink moved on is this text's
        // whether or not the relink itself held.
        table.RememberEntities(entities, kb, reused is not null, relinked is not null, reused is not null ? edit!.Previous.FirstPass : firstPass);
        return entities;
    }

    /// <summary>Links the article again from its blocks' candidates: the fallback of entities taken over lazily (<see cref="EntityReuse"/>).</summary>
    internal static ArticleEntities LinkAgain(ArticleSyntaxTree syntax, KnowledgeBase kb, BlockResultTable table) => LinkAll(syntax, kb, table);

    private static ArticleEntities LinkAll(ArticleSyntaxTree syntax, KnowledgeBase kb, BlockResultTable table)
    {
        // The thread's list, taken out while in use (a relink's fallback links anew inside a relink) and emptied after,
        // so that it keeps no tree alive.
        var blocks = _linkBlocks ?? new List<(Block Block, BlockMentions Mentions)>(syntax.Blocks.Length);
        _linkBlocks = null;
        try
        {
            var footnotes = new Dictionary<char, string>();
            var candidateCount = GatherCandidates(syntax, kb, table, blocks, footnotes);
            if (blocks.Count == 0)
            {
                return ArticleEntities.Empty;
            }
            var linker = new DocumentLinker(kb, footnotes, candidateCount);
            linker.Establish(blocks);
            linker.Resolve(blocks);
            return linker.Finish();
        }
        finally
        {
            blocks.Clear();
            if (blocks.Capacity <= 4096) _linkBlocks = blocks;
        }
    }

    [ThreadStatic]
    private static List<(Block Block, BlockMentions Mentions)>? _linkBlocks;

    /// <summary>The blocks with mention candidates, and the footnotes ("* …", "† …") their markers point to.</summary>
    private static int GatherCandidates(ArticleSyntaxTree syntax, KnowledgeBase kb, BlockResultTable table, List<(Block Block, BlockMentions Mentions)> blocks, Dictionary<char, string> footnotes)
    {
        var candidateCount = 0;
        for (var index = 0; index < syntax.Blocks.Length; index++)
        {
            var block = syntax.Blocks[index];
            if (block.Kind == BlockKind.Footnote && block.Text.Length > 1 && block.Text[0] is '*' or '†' or '‡')
            {
                footnotes.TryAdd(block.Text[0], block.Text[1..].Trim());
            }
            var mentions = table[index].Mentions(block.Node, kb);
            if (!mentions.Candidates.IsEmpty)
            {
                blocks.Add((block, mentions));
                candidateCount += mentions.Candidates.Length;
            }
        }
        return candidateCount;
    }

    /// <summary>What one candidate resolves to before it becomes a <see cref="Mention"/>.</summary>
    private record struct Resolution(string Id, MentionKind Kind, EntityType? Type, TypeEvidence Evidence, KnownEntity? Known, string? House);

    /// <summary>The document-wide state of linking one article: what pass 1 establishes and pass 2 builds.</summary>
    /// <param name="kept">
    /// A first pass kept for the article (<see cref="FirstPass"/>): its tables are the linker's, read only, in place of
    /// running <see cref="Establish"/>; or an empty one that <see cref="Establish"/> fills, counting every surface, to be kept.
    /// </param>
    private sealed class DocumentLinker(KnowledgeBase kb, Dictionary<char, string> footnotes, int candidateCount, FirstPass? kept = null)
    {
        private readonly LinkerScratch _scratch = LinkerScratch.Take(candidateCount);
        private Dictionary<string, string> _acronyms => kept?.Acronyms ?? _scratch.Acronyms;   // acronym → entity id
        private Dictionary<string, string> _surnames => kept?.Surnames ?? _scratch.Surnames;   // surname → person id
        private HashSet<string> _shapeOnlySurnames => kept?.ShapeOnlySurnames ?? _scratch.ShapeOnlySurnames; // surnames of persons typed by their shape alone ("Tarvo Lindqvist" as two capitalised words)
        private Dictionary<string, string?> _givenNames => kept?.GivenNames ?? _scratch.GivenNames;    // given name → person id, null when two people share it
        private Dictionary<string, string>? _firms = kept?.Firms;                                      // firm name without its legal form → firm id
        private HashSet<string> _midSentence => _scratch.MidSentence;
        private HashSet<string> _midSentenceAgain => _scratch.MidSentenceAgain; // single words capitalised mid-sentence more than once
        private HashSet<string>? _teams = kept?.Teams; // names the article uses for sports sides: one sense per article
        private HashSet<string>? _commonNounAcronyms = kept?.CommonNounAcronyms; // acronyms the article defines by lower-case words: "sea surface warmth ( SSW )"
        private CasedNames? _cased; // only for an article with a line in capitals: nothing else asks it
        private ImmutableArray<Mention>.Builder _undefined => _scratch.Undefined;
        private ImmutableArray<Mention>.Builder _all => _scratch.All; // at most one mention per candidate

        /// <summary>The epoch of the mentions made (<see cref="Mention.Epoch"/>): above 0 when they join entities still to be moved across edits.</summary>
        public byte Epoch { get; init; }

        /// <summary>
        /// Pass 1: what the whole article establishes — acronym definitions, full names of people, and words
        /// capitalised mid-sentence (a sentence-initial capital alone is no evidence of a name).
        /// </summary>
        public void Establish(List<(Block Block, BlockMentions Mentions)> blocks)
        {
            _cased = HasCapitalsOnly(blocks) ? new CasedNames() : null;
            foreach (var (_, mentions) in blocks)
            {
                foreach (var c in mentions.Candidates)
                {
                    _cased?.Note(c);
                    kept?.Counts.Add(c);
                    if (c.IsCapitalsOnly) continue;
                    if (kept is null && !c.SentenceInitial && c.WordCount == 1 && !_midSentence.Add(c.Surface)) _midSentenceAgain.Add(c.Surface); // only single words are asked about below
                    if (c.IsTeam) (_teams ??= new(StringComparer.Ordinal)).Add(c.Surface);
                    if (c.DefinesAcronym is { } acronym && !_acronyms.ContainsKey(acronym))
                    {
                        NoteAcronymDefinition(c, acronym);
                    }
                    else if (c.IsDefinition && c.IsAcronym && c.Known is null && !_acronyms.ContainsKey(c.Surface))
                    {
                        // A definition no name before it made: the acronym of lower-case words, a common noun's.
                        (_commonNounAcronyms ??= new(StringComparer.Ordinal)).Add(c.Surface);
                    }
                    var isPerson = c.Known?.Entity.Type == EntityType.Person || c.Known is null && c.Type == EntityType.Person && c.Evidence >= TypeEvidence.Shape;
                    if (isPerson && c.WordCount >= 2)
                    {
                        NotePersonNames(c);
                    }
                    if (c.Known is null && c.Type == EntityType.Organization && c.WordCount >= 2)
                    {
                        NoteFirmName(c);
                    }
                }
            }
            if (_teams is null && blocks.Count > 0 && MentionScanner.IsSportsHeadline(blocks[0].Block.Text))
            {
                _teams = new(StringComparer.Ordinal); // a sports report by its headline: its cities and counties are sides
            }
        }

        /// <summary>
        /// After <see cref="Establish"/> filled the first pass given to keep: that pass, complete, or null for an article with a
        /// line in capitals (never kept: its words are read as written elsewhere). Nothing is resolved: the linker is given up.
        /// </summary>
        public FirstPass? KeepFirstPass()
        {
            _scratch.Release();
            if (kept is null || _cased is not null) return null;
            (kept.Firms, kept.Teams, kept.CommonNounAcronyms) = (_firms, _teams, _commonNounAcronyms);
            return kept;
        }

        /// <summary>
        /// For a linker made with a kept first pass, in place of <see cref="Establish"/>: the drafts its acronym definitions
        /// made, made again in the same order and filled alike.
        /// </summary>
        public void TakeOverDefinitions()
        {
            foreach (var (id, known, acronym, expansion) in kept!.Definitions)
            {
                var draft = _scratch.DraftFor(id, known);
                draft.Acronym ??= acronym;
                draft.Expansion ??= expansion;
            }
        }

        private bool IsMidSentence(string word) => kept is null ? _midSentence.Contains(word) : kept.IsMidSentence(word);

        private bool IsMidSentenceAgain(string word) => kept is null ? _midSentenceAgain.Contains(word) : kept.IsMidSentenceAgain(word);

        // Most articles have no line in capitals, and only its words are read as the names the article writes elsewhere.
        private static bool HasCapitalsOnly(List<(Block Block, BlockMentions Mentions)> blocks)
        {
            foreach (var (_, mentions) in blocks)
            {
                if (mentions.HasCapitalsOnly) return true;
            }
            return false;
        }

        private void NoteAcronymDefinition(MentionCandidate c, string acronym)
        {
            var id = c.Known?.Entity.Id ?? c.Id;
            _acronyms[acronym] = id;
            kept?.Definitions.Add((id, c.Known?.Entity, acronym, c.Surface));
            var draft = _scratch.DraftFor(id, c.Known?.Entity);
            draft.Acronym ??= acronym;
            draft.Expansion ??= c.Surface;
        }

        private void NotePersonNames(MentionCandidate c)
        {
            var id = c.Known?.Entity.Id ?? c.Id;
            // The last word and the given name are looked up as spans of the surface: a string is made only for one not yet seen.
            var last = c.WordCount == 1 ? c.Surface.AsSpan() : c.Surface.AsSpan(c.Surface.LastIndexOf(' ') + 1); // as LastWord
            var surnames = _surnames.GetAlternateLookup<ReadOnlySpan<char>>();
            if (surnames.TryAdd(last, id) && c.Known is null && c.Evidence == TypeEvidence.Shape) _shapeOnlySurnames.GetAlternateLookup<ReadOnlySpan<char>>().Add(last);
            // Given names only from names that are certainly people's: two capitalised words ("Internet
            // Explorer", "North America") are guessed to be a person on shape alone.
            var space = c.Surface.IndexOf(' '); // surfaces are on one line (a wrapped name's break is a space)
            if ((c.Known is not null || c.Evidence >= TypeEvidence.Context) && space > 0)
            {
                var given = c.Surface.AsSpan(0, space);
                var givenNames = _givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
                givenNames[given] = givenNames.TryGetValue(given, out var other) && other != id ? null : id;
            }
            if (last.Length > 3 && last[2] == '-' && EntityWords.Default.ArticlePrefixes.Contains(last[..2]))
            {
                surnames.TryAdd(last[3..], id); // "al-Assad" → "Assad"
            }
        }

        /// <summary>
        /// A firm named with its legal form ("Norvell Holdings Ltd", "Acme, Inc.", "PT Sumber Jaya"): copy that follows
        /// drops the form ("Norvell Holdings said", "Sumber Jaya said"), and the short name is the same firm.
        /// </summary>
        private void NoteFirmName(MentionCandidate c)
        {
            var first = c.Surface.AsSpan(0, c.Surface.IndexOf(' ') is var gap and > 0 ? gap : 0);
            if (EntityWords.Default.LegalFormsBefore.Contains(first))
            {
                _firms ??= new(StringComparer.Ordinal);
                _firms.TryAdd(c.Surface[(first.Length + 1)..], c.Id);
                return;
            }
            var last = c.Surface.AsSpan(c.Surface.LastIndexOf(' ') + 1); // as LastWord, without a string: most last words are no legal form
            if (!EntityWords.Default.LegalForms.Contains(last)) return;
            var name = c.Surface.AsSpan(0, c.Surface.Length - last.Length).TrimEnd(" ,&");
            if (name.Length == 0) return;
            _firms ??= new(StringComparer.Ordinal);
            _firms.TryAdd(name.ToString(), c.Id);
            if (name.IndexOf(' ') is var space and > 0) _firms.TryAdd(name[..space].ToString(), c.Id); // "Norvell Mining Ltd" … "Norvell"
        }

        /// <summary>Pass 2: resolve every candidate to an entity.</summary>
        public void Resolve(List<(Block Block, BlockMentions Mentions)> blocks)
        {
            foreach (var (block, mentions) in blocks)
            {
                foreach (var original in mentions.Candidates)
                {
                    Resolve(block, original);
                }
            }
        }

        /// <summary>Resolves one candidate and records its mention; the id of its entity, or null when it names nothing.</summary>
        public string? Resolve(Block block, MentionCandidate original)
        {
            if (Read(block, original) is not { } c || !TryResolve(c, out var resolution)) return null;
            Record(block, original, original.IsCapitalsOnly ? c with { Surface = original.Surface } : c, resolution);
            return resolution.Id;
        }

        /// <summary>The id of the entity a candidate would resolve to, without recording it (null when it names nothing).</summary>
        public string? ResolvedId(Block block, MentionCandidate original) =>
            Read(block, original) is { } c && TryResolve(c, out var resolution) ? resolution.Id : null;

        /// <summary>A candidate as linking reads it: as written where the article has a line in capitals, as a side in a sports report.</summary>
        private MentionCandidate? Read(Block block, MentionCandidate original)
        {
            if ((_cased is null ? original : _cased.AsWritten(original)) is not { } candidate) return null;
            return ReadsAsSide(candidate, block) ? MentionScanner.AsTeam(candidate) : candidate;
        }

        /// <summary>Whether the article has a line in capitals, whose words are read as the article writes them elsewhere.</summary>
        public bool ReadsCapitals => _cased is not null;

        /// <summary>
        /// In a report that names sports sides, "Surrey" with a score or after "beat" is the county side, and so is the
        /// same name elsewhere in the report, or a city or county named as a home is. Not where the name is typed by its
        /// context already, in a dateline (the city the report comes from), or after a place preposition ("in Surrey").
        /// </summary>
        private bool ReadsAsSide(MentionCandidate c, Block block)
        {
            if (_teams is null || c.IsTeam || c.Evidence == TypeEvidence.Context || block.Kind == BlockKind.Dateline || c.PlaceBefore)
            {
                return false;
            }
            return _teams.Contains(c.Surface) || MentionScanner.MayBeHomeOfSide(c);
        }

        /// <summary>False when the candidate names nothing: a sentence-initial capital, or no id.</summary>
        private bool TryResolve(MentionCandidate c, out Resolution resolution)
        {
            if (c.Known?.Entity is { } known)
            {
                resolution = ResolveKnown(c, known);
                return true;
            }
            if (c.IsAcronym && _acronyms.TryGetValue(c.Surface, out var defined))
            {
                resolution = new Resolution(defined, MentionKind.Acronym, null, c.Evidence, null, null);
                return true;
            }
            resolution = default;
            if (c.IsAcronym && _commonNounAcronyms is not null && _commonNounAcronyms.Contains(c.Surface))
            {
                return false; // "sea surface warmth ( SSW )": the article's acronym of a common noun names no one
            }
            if (_firms is not null && _firms.TryGetValue(c.Surface, out var firm))
            {
                resolution = new Resolution(firm, MentionKind.Alias, EntityType.Organization, TypeEvidence.Context, null, null);
                return true;
            }
            if (c.WordCount == 1 && !c.IsAcronym && !IsPlaceByContext(c) && !IsPlaceNotPerson(c) && _surnames.TryGetValue(c.Surface, out var person))
            {
                resolution = new Resolution(person, MentionKind.Surname, EntityType.Person, TypeEvidence.Context, null, null);
                return true;
            }
            if (c.WordCount == 1 && !c.IsAcronym && c.Evidence < TypeEvidence.Context && _givenNames.TryGetValue(c.Surface, out var named) && named is not null
                && (!c.SentenceInitial || IsMidSentence(c.Surface)))
            {
                // "Tariq Anwar" … "Tariq said": sports and profile copy call people by their given name.
                resolution = new Resolution(named, MentionKind.GivenName, EntityType.Person, TypeEvidence.Context, null, null);
                return true;
            }
            resolution = default;
            if (c.SentenceInitial && c.WordCount == 1 && c.Evidence < TypeEvidence.Context && !IsMidSentence(c.Surface))
            {
                return false; // "Acting in self defense, …": a capital because the sentence starts here
            }
            if (c.Id.Length == 0 || IsOrdinaryWordWithoutCue(c)) return false;
            resolution = new Resolution(c.Id, c.IsAcronym ? MentionKind.Acronym : MentionKind.Name, c.Type, c.Evidence, null, null);
            return true;
        }

        /// <summary>
        /// One ordinary English word (<see cref="CommonWords"/>) with a capital that nothing types, neither the knowledge base,
        /// its surroundings nor the article's other names, and that the article capitalises mid-sentence only once ("a Fellow
        /// of the society", "the Crown"): the capital is a title's or a heading's more often than a name's. A word the article
        /// keeps capitalising ("the Tribunal … the Tribunal's") is its name for something, and so is the head word of bodies'
        /// names alone ("the Army", "the Commission"), the short name of a body.
        /// </summary>
        private bool IsOrdinaryWordWithoutCue(MentionCandidate c) =>
            c is { WordCount: 1, Known: null, Evidence: TypeEvidence.None, IsAcronym: false } && !IsMidSentenceAgain(c.Surface)
            && !EntityWords.Default.OrganisationHeads.Contains(c.Surface) && CommonWords.Default.Contains(c.Surface);

        /// <summary>A name its surroundings make a place ("Austin, Tex."): the article's person of that surname is someone else.</summary>
        private static bool IsPlaceByContext(MentionCandidate c) => c.Type == EntityType.Location && c.Evidence == TypeEvidence.Context;

        /// <summary>
        /// A lone word read as a place (a place's name, or after "in", "to") whose only person is one named by shape alone
        /// (two capitalised words, no title or given name: "Visiting Tarvo", "Harbour Tarvo"): the word is the place, not that
        /// "person"'s surname.
        /// </summary>
        private bool IsPlaceNotPerson(MentionCandidate c) =>
            c.Type == EntityType.Location && c.Evidence >= TypeEvidence.Listed && _shapeOnlySurnames.Contains(c.Surface);

        private Resolution ResolveKnown(MentionCandidate c, KnownEntity known)
        {
            var kind = c.Known!.Kind switch
            {
                AliasKind.Variant => MentionKind.Variant,
                AliasKind.Alias when MentionScanner.IsAcronymShape(c.Surface) => MentionKind.Acronym,
                AliasKind.Alias when known.Type == EntityType.Person && c.WordCount == 1 => MentionKind.Surname,
                AliasKind.Alias => MentionKind.Alias,
                _ => MentionKind.Name,
            };
            var house = c.Known.HouseSpelling;
            if (known.CapitalOf is { } country && c.PoliticalVerbAfter && !c.PlaceBefore && kb.Find(country) is { } state)
            {
                // "Washington warned…": the capital stands for the government.
                var id = GovernmentFor(known, country, state);
                return new Resolution(id, MentionKind.Metonym, c.Type, c.Evidence, null, house);
            }
            return new Resolution(known.Id, kind, c.Type, c.Evidence, known, house);
        }

        private string GovernmentFor(KnownEntity capital, string country, KnownEntity state)
        {
            var id = country + "-government";
            var government = _scratch.DraftFor(id, null);
            government.Name ??= GovernmentName(state);
            government.Type = EntityType.Organization;
            government.Evidence = TypeEvidence.Known;
            government.Known ??= new KnownEntity(id, government.Name, EntityType.Organization)
            {
                Kind = "government",
                Country = country,
                Aliases = [capital.Name],
                Description = $"The {GovernmentName(state)[0..1].ToLowerInvariant()}{GovernmentName(state)[1..]}; '{capital.Name}' stands for it when it acts or speaks.",
            };
            return id;
        }

        /// <param name="original">The block fact <paramref name="c"/> was read from, which takes over the shared strings too.</param>
        private void Record(Block block, MentionCandidate original, MentionCandidate c, in Resolution r)
        {
            var draft = _scratch.DraftFor(r.Id, r.Known);
            var surface = draft.Surface(c.Surface);
            c.Share(surface, draft.Id);
            if (!ReferenceEquals(original, c)) original.Share(surface, draft.Id);
            if (r.Known is null && r.Type is not null && r.Evidence > draft.Evidence)
            {
                draft.Type = r.Type;
                draft.Evidence = r.Evidence;
            }
            if (r.Kind == MentionKind.Name && r.Known is null) draft.Name ??= c.Surface;
            // A full name the reader can recognise as one: a title or given name before it ("Col. Wayne
            // Marotto", "Karim Haddad"), not just two capitalised words ("Al Bu Nimr").
            if (c.WordCount >= 2 && c.Type == EntityType.Person && c.Evidence >= TypeEvidence.Context) draft.NamedInFull = true;
            string? footnote = null;
            if (c.FootnoteMarker != '\0' && footnotes.TryGetValue(c.FootnoteMarker, out var note))
            {
                footnote = note;
                draft.Footnote ??= note;
            }
            var mention = new Mention(new TextSpan(block.Start + c.Start, c.End - c.Start), draft.Id, surface, r.Kind)
            {
                IsPossessive = c.IsPossessive,
                FootnoteMarker = c.FootnoteMarker == '\0' ? null : c.FootnoteMarker,
                FootnoteText = footnote,
                HouseSpelling = r.House,
                Block = block.Kind,
                IsDefinition = c.DefinesAcronym is not null || c.IsDefinition,
                Epoch = Epoch,
            };
            draft.MentionCount++;
            if (_all.Count == _scratch.Owners.Length) Array.Resize(ref _scratch.Owners, Math.Max(16, 2 * _scratch.Owners.Length));
            _scratch.Owners[_all.Count] = draft;
            _all.Add(mention);
            if (c.IsAcronym && r.Known is null && r.Kind == MentionKind.Acronym && !_acronyms.ContainsKey(c.Surface) && IsUnfamiliarAcronym(c.Surface))
            {
                _undefined.Add(mention);
            }
        }

        /// <summary>
        /// Each entity's mentions in document order, gathered into arrays of their final size (no list growing per
        /// entity): `_all` is in document order.
        /// </summary>
        public ArticleEntities Finish()
        {
            var drafts = _scratch.Drafts;
            foreach (var draft in drafts)
            {
                if (draft.MentionCount > 0)
                {
                    draft.Mentions = new Mention[draft.MentionCount];
                    draft.MentionCount = 0;
                }
            }
            var all = _all;
            var owners = _scratch.Owners;
            for (var i = 0; i < all.Count; i++)
            {
                var owner = owners[i];
                owner.Mentions[owner.MentionCount++] = all[i];
            }
            // Blocks and their candidates come in document order, so the mentions are already sorted.
            var entities = InOrderOfFirstMention(drafts);
            var indices = new int[all.Count];
            for (var i = 0; i < indices.Length; i++)
            {
                indices[i] = owners[i].Index;
            }
            var linked = new ArticleEntities(entities, _undefined.ToImmutable(), all.ToImmutable(), indices);
            _scratch.Release();
            return linked;
        }

        /// <summary>The entities with mentions, sorted by their first mention (ties, if any, in the order the drafts were made).</summary>
        private ImmutableArray<Entity> InOrderOfFirstMention(ReadOnlySpan<Draft> drafts)
        {
            var count = 0;
            foreach (var draft in drafts)
            {
                if (draft.MentionCount > 0) count++;
            }
            if (count == 0) return [];
            var entities = new Entity[count];
            var keys = _scratch.Keys(count);
            count = 0;
            for (var made = 0; made < drafts.Length; made++)
            {
                var draft = drafts[made];
                if (draft.MentionCount == 0) continue;
                entities[count] = Build(draft);
                keys[count] = ((long)draft.Mentions[0].Span.Start << 32) | (uint)made;
                count++;
            }
            Array.Sort(keys, entities, 0, count);
            for (var i = 0; i < count; i++)
            {
                drafts[(int)(keys[i] & uint.MaxValue)].Index = i;
            }
            return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(entities);
        }
    }

    private static Entity Build(Draft d)
    {
        var known = d.Known;
        var name = known?.Name ?? d.Expansion ?? d.Name ?? d.Mentions[0].Text;
        var acronym = d.Acronym ?? known?.Aliases.FirstOrDefault(a => MentionScanner.IsAcronymShape(a));
        // A capitalised word with no cue at all: in news copy most such single words name an organisation
        // (teams, companies, parties: measured on CoNLL-2003 dev and re3d, see docs/evaluation.md).
        var type = d.Type ?? EntityType.Organization;
        return new Entity(d.Id, name, type, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(d.Mentions))
        {
            Known = known,
            Acronym = acronym,
            AcronymExpansion = d.Expansion ?? (acronym is not null ? known?.Name : null),
            FootnoteText = d.Footnote,
            IsNamedInFull = known is not null || d.NamedInFull,
        };
    }

    /// <summary>Not one readers know (CEO, IED), not a Roman numeral (XVII), not initials with periods (J.D).</summary>
    private static bool IsUnfamiliarAcronym(string acronym) =>
        !EntityWords.Default.KnownAcronyms.Contains(acronym) && !acronym.Contains('.') && !IsRomanNumeral(acronym);

    /// <summary>"XVII", "III": a numeral that converts to a number and back unchanged ("ICI" does not).</summary>
    private static bool IsRomanNumeral(string word)
    {
        if (word.AsSpan().ContainsAnyExcept("IVXLCDM")) return false;
        static int Value(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000 };
        var number = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var v = Value(word[i]);
            number += i + 1 < word.Length && Value(word[i + 1]) > v ? -v : v;
        }
        (int Value, string Numeral)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new StringBuilder();
        foreach (var (value, numeral) in table)
        {
            while (number >= value) { roman.Append(numeral); number -= value; }
        }
        return roman.ToString() == word;
    }

    private static string GovernmentName(KnownEntity country) =>
        country.Id is "united-states" or "united-kingdom" ? $"Government of the {country.Name}" : $"Government of {country.Name}";

    /// <summary>A kebab-case id from a name: "Popular Mobilization Forces" → "popular-mobilization-forces".</summary>
    public static string Kebab(string name)
    {
        var source = System.Text.Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);
        // At most one character out per character in (a dash replaces a run of separators), so a buffer the size
        // of the name is enough: no StringBuilder per candidate.
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        var dash = false;
        foreach (var ch in source)
        {
            // No ASCII character is a combining mark: the category is looked up only beyond ASCII.
            if (ch is '\'' or '’' or '.' || !char.IsAscii(ch) && char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(ch))
            {
                if (dash && length > 0) buffer[length++] = '-';
                buffer[length++] = char.ToLowerInvariant(ch);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        return new string(buffer[..length]);
    }
}
