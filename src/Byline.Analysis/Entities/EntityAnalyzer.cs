using System.Collections.Immutable;
using System.Text;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// Entity analysis of one article in two tiers. Block facts (mention candidates) come from
/// <see cref="MentionScanner"/> and are kept on the block's node; document linking, here, is one pass over them:
/// acronyms defined once, surnames of people named in full, capitals standing for governments, footnotes.
/// Linking never re-reads block text beyond the footnote blocks.
/// </summary>
public static class EntityAnalyzer
{
    /// <summary>
    /// The entities of an article. Not memoised per tree: the article's <see cref="ArticleModel"/> holds the result,
    /// and a table keyed by tree (ConditionalWeakTable) cost more per article than linking does.
    /// </summary>
    public static ArticleEntities Analyze(ArticleSyntaxTree syntax, KnowledgeBase? knowledgeBase = null) =>
        Link(syntax, knowledgeBase ?? KnowledgeBase.Builtin);

    private static BlockMentions CandidatesOf(Block block, KnowledgeBase kb) => BlockMentions.Of(block.Node, kb);

    private sealed class Draft(string id)
    {
        public string Id { get; } = id;
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

        public Mention[] Mentions { get; set; } = [];
    }

    private static ArticleEntities Link(ArticleSyntaxTree syntax, KnowledgeBase kb)
    {
        var blocks = new List<(Block Block, BlockMentions Mentions)>(syntax.Blocks.Length);
        var candidateCount = 0;
        var footnotes = new Dictionary<char, string>();
        foreach (var block in syntax.Blocks)
        {
            if (block.Kind == BlockKind.Footnote && block.Text.Length > 1 && block.Text[0] is '*' or '†' or '‡')
            {
                footnotes.TryAdd(block.Text[0], block.Text[1..].Trim());
            }
            var mentions = CandidatesOf(block, kb);
            if (!mentions.Candidates.IsEmpty)
            {
                blocks.Add((block, mentions));
                candidateCount += mentions.Candidates.Length;
            }
        }
        if (blocks.Count == 0)
        {
            return ArticleEntities.Empty;
        }

        // Pass 1: what the whole article establishes — acronym definitions, full names of people, and words
        // capitalised mid-sentence (a sentence-initial capital alone is no evidence of a name).
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);      // acronym → entity id
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);      // surname → person id
        Dictionary<string, string?>? givenNames = null;                                 // given name → person id, null when two people share it
        var midSentence = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? teams = null; // names the article uses for sports sides: one sense per article
        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var (_, mentions) in blocks)
        {
            foreach (var c in mentions.Candidates)
            {
                if (!c.SentenceInitial && c.WordCount == 1) midSentence.Add(c.Surface); // only single words are asked about below
                if (c.IsTeam) (teams ??= new(StringComparer.Ordinal)).Add(c.Surface);
                if (c.DefinesAcronym is { } acronym && !acronyms.ContainsKey(acronym))
                {
                    var id = c.Known?.Entity.Id ?? c.Id;
                    acronyms[acronym] = id;
                    var draft = DraftFor(drafts, id, c.Known?.Entity);
                    draft.Acronym ??= acronym;
                    draft.Expansion ??= c.Surface;
                }
                var isPerson = c.Known?.Entity.Type == EntityType.Person || c.Known is null && c.Type == EntityType.Person && c.Evidence >= TypeEvidence.Shape;
                if (isPerson && c.WordCount >= 2)
                {
                    var id = c.Known?.Entity.Id ?? c.Id;
                    var last = c.LastWord;
                    surnames.TryAdd(last, id);
                    // Given names only from names that are certainly people's: two capitalised words ("Internet
                    // Explorer", "North America") are guessed to be a person on shape alone.
                    var space = c.Surface.IndexOf(' '); // surfaces are on one line (a wrapped name's break is a space)
                    if ((c.Known is not null || c.Evidence >= TypeEvidence.Context) && space > 0)
                    {
                        var given = c.Surface[..space];
                        givenNames ??= new(StringComparer.Ordinal);
                        givenNames[given] = givenNames.TryGetValue(given, out var other) && other != id ? null : id;
                    }
                    if (last.Length > 3 && last[2] == '-' && last[..2] is "al" or "el" or "Al" or "El")
                    {
                        surnames.TryAdd(last[3..], id); // "al-Assad" → "Assad"
                    }
                }
            }
        }

        // Pass 2: resolve every candidate to an entity.
        var undefined = ImmutableArray.CreateBuilder<Mention>();
        var all = ImmutableArray.CreateBuilder<Mention>(candidateCount); // at most one mention per candidate
        var owners = new Draft[candidateCount]; // the draft of each mention in `all`
        foreach (var (block, mentions) in blocks)
        {
            foreach (var candidate in mentions.Candidates)
            {
                // "Surrey" with a score or after "beat" is the county side; elsewhere in the same report it is too.
                var c = teams is not null && !candidate.IsTeam && candidate.Evidence != TypeEvidence.Context && block.Kind != BlockKind.Dateline && teams.Contains(candidate.Surface)
                    ? MentionScanner.AsTeam(candidate)
                    : candidate; // (a dateline names the city the report comes from)
                var span = new TextSpan(block.Start + c.Start, c.End - c.Start);
                string id;
                var kind = MentionKind.Name;
                EntityType? type = c.Type;
                var evidence = c.Evidence;
                KnownEntity? known = c.Known?.Entity;
                string? house = null;
                if (known is not null)
                {
                    kind = c.Known!.Kind switch
                    {
                        AliasKind.Variant => MentionKind.Variant,
                        AliasKind.Alias when MentionScanner.IsAcronymShape(c.Surface) => MentionKind.Acronym,
                        AliasKind.Alias when known.Type == EntityType.Person && c.WordCount == 1 => MentionKind.Surname,
                        AliasKind.Alias => MentionKind.Alias,
                        _ => MentionKind.Name,
                    };
                    house = c.Known.HouseSpelling;
                    id = known.Id;
                    if (known.CapitalOf is { } country && c.PoliticalVerbAfter && !c.PlaceBefore && kb.Find(country) is { } state)
                    {
                        // "Washington warned…": the capital stands for the government.
                        id = country + "-government";
                        kind = MentionKind.Metonym;
                        var government = DraftFor(drafts, id, null);
                        government.Name ??= GovernmentName(state);
                        government.Type = EntityType.Organization;
                        government.Evidence = TypeEvidence.Known;
                        government.Known ??= new KnownEntity(id, government.Name, EntityType.Organization)
                        {
                            Kind = "government",
                            Country = country,
                            Aliases = [known.Name],
                            Description = $"The {GovernmentName(state)[0..1].ToLowerInvariant()}{GovernmentName(state)[1..]}; '{known.Name}' stands for it when it acts or speaks.",
                        };
                        known = null;
                    }
                }
                else if (c.IsAcronym && acronyms.TryGetValue(c.Surface, out var defined))
                {
                    id = defined;
                    kind = MentionKind.Acronym;
                    type = null;
                }
                else if (c.WordCount == 1 && !c.IsAcronym && surnames.TryGetValue(c.Surface, out var person))
                {
                    id = person;
                    kind = MentionKind.Surname;
                    type = EntityType.Person;
                    evidence = TypeEvidence.Context;
                }
                else if (c.WordCount == 1 && !c.IsAcronym && evidence < TypeEvidence.Context && givenNames is not null && givenNames.TryGetValue(c.Surface, out var named) && named is not null
                    && (!c.SentenceInitial || midSentence.Contains(c.Surface)))
                {
                    // "Jansher Khan" … "Jansher said": sports and profile copy call people by their given name.
                    id = named;
                    kind = MentionKind.GivenName;
                    type = EntityType.Person;
                    evidence = TypeEvidence.Context;
                }
                else
                {
                    if (c.SentenceInitial && c.WordCount == 1 && evidence < TypeEvidence.Context && !midSentence.Contains(c.Surface))
                    {
                        continue; // "Acting in self defense, …": a capital because the sentence starts here
                    }
                    id = c.Id;
                    if (id.Length == 0) continue;
                    if (c.IsAcronym)
                    {
                        kind = MentionKind.Acronym;
                    }
                }
                var draft = DraftFor(drafts, id, known);
                if (known is null && type is not null && evidence > draft.Evidence)
                {
                    draft.Type = type;
                    draft.Evidence = evidence;
                }
                if (kind == MentionKind.Name && known is null) draft.Name ??= c.Surface;
                // A full name the reader can recognise as one: a title or given name before it ("Col. Wayne
                // Marotto", "Karim Haddad"), not just two capitalised words ("Al Bu Nimr").
                if (c.WordCount >= 2 && c.Type == EntityType.Person && c.Evidence >= TypeEvidence.Context) draft.NamedInFull = true;
                string? footnote = null;
                if (c.FootnoteMarker != '\0' && footnotes.TryGetValue(c.FootnoteMarker, out var note))
                {
                    footnote = note;
                    draft.Footnote ??= note;
                }
                var mention = new Mention(span, id, c.Surface, kind)
                {
                    IsPossessive = c.IsPossessive,
                    FootnoteMarker = c.FootnoteMarker == '\0' ? null : c.FootnoteMarker,
                    FootnoteText = footnote,
                    HouseSpelling = house,
                    Block = block.Kind,
                    IsDefinition = c.DefinesAcronym is not null || c.IsDefinition,
                };
                draft.MentionCount++;
                owners[all.Count] = draft;
                all.Add(mention);
                if (c.IsAcronym && known is null && kind == MentionKind.Acronym && !acronyms.ContainsKey(c.Surface) && IsUnfamiliarAcronym(c.Surface))
                {
                    undefined.Add(mention);
                }
            }
        }

        // Each entity's mentions in document order, gathered into arrays of their final size (no list growing per
        // entity): `all` is in document order.
        foreach (var draft in drafts.Values)
        {
            if (draft.MentionCount > 0)
            {
                draft.Mentions = new Mention[draft.MentionCount];
                draft.MentionCount = 0;
            }
        }
        for (var i = 0; i < all.Count; i++)
        {
            var owner = owners[i];
            owner.Mentions[owner.MentionCount++] = all[i];
        }
        var entities = drafts.Values
            .Where(d => d.MentionCount > 0)
            .Select(Build)
            .OrderBy(e => e.FirstMention.Span.Start)
            .ToImmutableArray();
        // Blocks and their candidates come in document order, so the mentions are already sorted.
        return new ArticleEntities(entities, undefined.ToImmutable(), all.DrainToImmutable());
    }

    private static Draft DraftFor(Dictionary<string, Draft> drafts, string id, KnownEntity? known)
    {
        if (!drafts.TryGetValue(id, out var draft))
        {
            drafts[id] = draft = new Draft(id);
        }
        if (known is not null && draft.Known is null)
        {
            draft.Known = known;
            draft.Type = known.Type;
            draft.Evidence = TypeEvidence.Known;
        }
        return draft;
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
            Description = known?.Description,
            Aliases = known?.Aliases ?? [],
            WikidataId = known?.WikidataId,
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
            if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark || ch is '\'' or '’' or '.')
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
