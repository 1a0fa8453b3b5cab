using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// Partial relinking: an edit that changed the mention candidates of its blocks (typing inside a name) links again only
/// the entities those candidates can change, and takes the previous linking's other entities over, moved across the
/// edit.
/// </summary>
/// <remarks>
/// Linking's first pass folds every candidate into what the article establishes (acronym definitions, full names of
/// people and firms that later short forms resolve to, sports sides, the words it capitalises mid-sentence and how
/// often, whether it has a line in capitals), and the second resolves each candidate against that alone: its block's
/// kind and the footnotes are the only other things it reads. So when
/// <list type="bullet">
/// <item>the edit's blocks (between the blocks both trees share at their ends) are as many as those they replaced,
/// of the same kinds, none a footnote, and the shared blocks are where the edit puts them (<see cref="EntityReuse.EditOf"/>);</item>
/// <item>the article has no line in capitals, and the candidates of the edit's blocks that establish something
/// (<see cref="Establishes"/>) read the same before and after, one for one and in order (<see cref="EstablishTheSame"/>):
/// the candidates the edit changed establish nothing;</item>
/// <item>for each word they capitalise mid-sentence, the article capitalising it mid-sentence at all, and more than
/// once, reads the same before and after, or no candidate outside the edit's blocks is that word
/// (<see cref="FirstPass.After"/>),</item>
/// </list>
/// linking's first pass establishes the same for every candidate outside the edit's blocks, and each resolves as it
/// did. That pass is not run again: the previous text's, kept in the side table (<see cref="FirstPass"/>, made over the
/// previous tree's blocks the first time), with the counts of the words the edit's blocks changed moved, is this text's. The entities "touched" — those the old candidates
/// of the edit's blocks resolved to and those the new ones resolve to — are then linked again from all their
/// candidates in document order (an entity's name, type and footnote come from its mentions in order), and every
/// other entity is the previous one with its mentions moved across the edit. Otherwise the article is linked again.
/// </remarks>
public static partial class EntityAnalyzer
{
    /// <summary>
    /// The entities linked again for the edit's touched entities only, or null when the conditions above fail; and the
    /// article's first pass after the edit, to keep, when the edit's blocks establish the same (null otherwise).
    /// </summary>
    private static (ArticleEntities? Entities, FirstPass? FirstPass) RelinkEdited(ArticleSyntaxTree syntax, KnowledgeBase kb, BlockResultTable table, EntityEdit edit)
    {
        var (newer, older) = (syntax.Blocks, edit.Previous.Syntax.Blocks);
        var (first, end) = (table.SharedPrefix, newer.Length - table.SharedSuffix);
        if (end <= first || end - first != older.Length - table.SharedSuffix - first)
        {
            return default;
        }
        var (before, after) = (new List<MentionCandidate>(), new List<MentionCandidate>());
        for (var i = first; i < end; i++)
        {
            if (newer[i].Kind != older[i].Kind || newer[i].Kind == BlockKind.Footnote) return default;
            before.AddRange(edit.Previous[i].Mentions(older[i].Node, kb).Candidates);
            after.AddRange(table[i].Mentions(newer[i].Node, kb).Candidates);
        }
        var candidates = new CandidateBlocks(newer, table, kb, first, end);
        if (!EstablishTheSame(before, after) || MaySwitchSportsReport(candidates, older))
        {
            return default;
        }
        // The edit's blocks establish the same: the previous text's first pass (kept, or made now from its blocks) with
        // the counts of the words they changed moved is this text's. Null when a changed word may read otherwise elsewhere.
        if ((edit.Previous.FirstPass ?? FirstPassOf(edit.Previous, kb))?.After(before, after) is not { } firstPass)
        {
            return default;
        }
        var edited = new EditedBlocks(newer[first].Start, newer[end - 1].Span.End, older[first].Start, older[end - 1].Span.End);
        // The entities linked again join the previous ones with the edit added to their shift: their mentions are made
        // in this text, after every edit of it. A mention's epoch is one byte, so the shift's cap must stay below 255: a
        // wrapped epoch would place mentions in the wrong coordinates, so the cast is checked.
        var old = edit.Earlier.Base;
        var linker = new DocumentLinker(kb, firstPass.Footnotes, after.Count + 16, firstPass) { Epoch = checked((byte)(old.Shift.Count + 1)) };
        linker.TakeOverDefinitions();
        return (RelinkTouched(linker, candidates, edited, old, edit.Map, () => LinkAgain(syntax, kb, table)), firstPass);
    }

    /// <summary>
    /// The first pass over the blocks of a previous analysis' tree, made to be kept (<see cref="FirstPass"/>), or null
    /// when its article has a line in capitals. Made once for a run of edits: each then moves it on.
    /// </summary>
    internal static FirstPass? FirstPassOf(BlockResultTable previous, KnowledgeBase kb)
    {
        var blocks = new List<(Block Block, BlockMentions Mentions)>(previous.Syntax.Blocks.Length);
        var footnotes = new Dictionary<char, string>();
        var candidateCount = GatherCandidates(previous.Syntax, kb, previous, blocks, footnotes);
        foreach (var (_, mentions) in blocks)
        {
            if (mentions.HasCapitalsOnly) return null;
        }
        var linker = new DocumentLinker(kb, footnotes, candidateCount, new FirstPass(footnotes));
        linker.Establish(blocks);
        return linker.KeepFirstPass();
    }

    /// <summary>
    /// The new tree's blocks with their candidates, read through the side table: the edit's blocks (<see cref="First"/>
    /// to <see cref="End"/>) by index, any other found by a binary search, so a partial relink makes no list of the
    /// article's blocks.
    /// </summary>
    private readonly record struct CandidateBlocks(ImmutableArray<Block> Blocks, BlockResultTable Table, KnowledgeBase Kb, int First, int End)
    {
        public ImmutableArray<MentionCandidate> this[int index] => Table[index].Mentions(Blocks[index].Node, Kb).Candidates;

        /// <summary>The index of the first block from <paramref name="from"/> on with candidates, or -1.</summary>
        public int FirstWithCandidates(int from)
        {
            for (var i = from; i < Blocks.Length; i++)
            {
                if (!this[i].IsEmpty) return i;
            }
            return -1;
        }

        /// <summary>The candidate a mention at <paramref name="span"/> was made from (its block found by binary search), or null.</summary>
        public (Block Block, MentionCandidate Candidate)? CandidateAt(TextSpan span)
        {
            int lo = 0, hi = Blocks.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >>> 1;
                if (Blocks[mid].Start <= span.Start) lo = mid;
                else hi = mid - 1;
            }
            // Empty blocks may share a start with the next one: each block starting there is asked.
            for (var i = lo; i >= 0 && Blocks[i].Start == Blocks[lo].Start; i--)
            {
                foreach (var c in this[i])
                {
                    if (Blocks[i].Start + c.Start == span.Start && Blocks[i].Start + c.End == span.End) return (Blocks[i], c);
                }
            }
            return null;
        }
    }

    /// <summary>
    /// Whether the edit may make the article a sports report or no longer one (<see cref="MentionScanner.IsSportsHeadline"/>,
    /// read on the first block with candidates): it touches that block or one before it, and the block, an edited block
    /// of the text before, or the first block with candidates after the edit opens with a sport's slug. The last is the
    /// one that came first before the edit when the edited blocks had no candidates then and have some now.
    /// </summary>
    private static bool MaySwitchSportsReport(CandidateBlocks blocks, ImmutableArray<Block> older)
    {
        var (newer, first, end) = (blocks.Blocks, blocks.First, blocks.End);
        var head = blocks.FirstWithCandidates(0);
        if (head >= 0 && head < first) return false;
        if (head >= 0 && MentionScanner.IsSportsHeadline(newer[head].Text)) return true;
        for (var i = first; i < end + older.Length - newer.Length; i++)
        {
            if (MentionScanner.IsSportsHeadline(older[i].Text)) return true;
        }
        if (end >= newer.Length) return false;
        var next = blocks.FirstWithCandidates(end);
        return next >= 0 && MentionScanner.IsSportsHeadline(newer[next].Text);
    }

    /// <summary>
    /// Whether a candidate establishes something other candidates' resolution reads, besides being a word capitalised
    /// mid-sentence: a line in capitals, a sports side, an acronym's definition (of a name or of lower-case words), a
    /// name of two words or more that is a person's or an organisation's (its surname, given name or short form
    /// resolves later mentions). A footnote marker establishes nothing, but is compared one for one too (its note is its entity's).
    /// </summary>
    private static bool Establishes(MentionCandidate c) =>
        c.IsCapitalsOnly || c.IsTeam || c.DefinesAcronym is not null || c.IsDefinition || c.FootnoteMarker != '\0'
        || c.WordCount >= 2 && (c.Known is not null || c.Type is EntityType.Person or EntityType.Organization);

    /// <summary>
    /// Whether the edit's blocks establish the same before and after: no line in capitals, and their candidates that
    /// establish something read the same, one for one and in the same order (linking's first pass keeps the first of
    /// two surnames or definitions, so order counts). The candidates the edit changed then establish nothing.
    /// </summary>
    private static bool EstablishTheSame(List<MentionCandidate> before, List<MentionCandidate> after)
    {
        if (before.Exists(c => c.IsCapitalsOnly) || after.Exists(c => c.IsCapitalsOnly))
        {
            return false;
        }
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < before.Count && !Establishes(before[i])) i++;
            while (j < after.Count && !Establishes(after[j])) j++;
            if (i == before.Count || j == after.Count) return i == before.Count && j == after.Count;
            if (!EntityReuse.SameReading(before[i++], after[j++])) return false;
        }
    }

    /// <summary>
    /// Links the edit's candidates and every candidate of the entities they touch, in document order, and splices the
    /// result into the previous entities. Null if the previous mentions do not read as expected (a full linking then).
    /// </summary>
    private static ArticleEntities? RelinkTouched(DocumentLinker linker, CandidateBlocks blocks, EditedBlocks edited,
        LinkedEntities old, SpanMap map, Func<ArticleEntities> relink)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in old.MentionsOverlapping(TextSpan.FromBounds(edited.OldStart, edited.OldEnd))) touched.Add(m.EntityId);
        for (var i = blocks.First; i < blocks.End; i++)
        {
            foreach (var c in blocks[i]) if (linker.ResolvedId(blocks.Blocks[i], c) is { } id) touched.Add(id);
        }
        if (TouchedCandidates(blocks, edited, old, touched, map) is not { } candidates)
        {
            return null;
        }
        foreach (var (block, c, inEdit) in candidates)
        {
            // Outside the edit a touched entity's candidate resolves as before: to it.
            if (linker.Resolve(block, c) is not { } id ? !inEdit : !touched.Contains(id)) return null;
        }
        return Splice(old, linker.Finish(), touched, map, relink);
    }

    /// <summary>
    /// The candidates to link again, in document order: those of the edit's blocks, and those outside them that were
    /// the touched entities' mentions (found by the mentions' starts moved across the edit). Null if one is missing.
    /// </summary>
    private static List<(Block Block, MentionCandidate Candidate, bool InEdit)>? TouchedCandidates(
        CandidateBlocks blocks, EditedBlocks edited, LinkedEntities old, HashSet<string> touched, SpanMap map)
    {
        var found = new List<(Block Block, MentionCandidate Candidate, bool InEdit)>();
        foreach (var entity in old.Entities)
        {
            if (!touched.Contains(entity.Id)) continue;
            foreach (var m in entity.Mentions)
            {
                var was = old.SpanOf(m);
                if (edited.HeldBefore(was)) continue;
                if (!map.TryMap(was, out var span) || blocks.CandidateAt(span) is not { } at) return null;
                found.Add((at.Block, at.Candidate, false));
            }
        }
        for (var i = blocks.First; i < blocks.End; i++)
        {
            foreach (var c in blocks[i]) found.Add((blocks.Blocks[i], c, true));
        }
        found.Sort((x, y) => (x.Block.Start + x.Candidate.Start).CompareTo(y.Block.Start + y.Candidate.Start));
        return found;
    }

    /// <summary>
    /// The previous entities the edit did not touch, the very objects with the edit added to their shift, with the
    /// touched ones linked again (<paramref name="part"/>, its mentions made in this text) in their places. The
    /// article's list holds the mentions of both in order of where they lie now, and each mention's entity is known by
    /// index. Null if a mention of an entity kept lies in the edit.
    /// </summary>
    private static ArticleEntities? Splice(LinkedEntities old, ArticleEntities part, HashSet<string> touched, SpanMap map, Func<ArticleEntities> relink)
    {
        if ((old.Owners ?? EntityReuse.OwnersOf(old)) is not { } owners || part.Owners is not { } partOwners
            || Places(old, part.Entities, touched, map) is not { } places
            || (SpliceRuns(old, part, owners, partOwners, places, map) ?? SpliceByVisit(old, part, owners, partOwners, places, map)) is not (var mentions, var newOwners, var undefined))
        {
            return null;
        }
        var (entities, index) = (old.Entities, places.Index);
        var all = new Entity[places.Count];
        for (var e = 0; e < entities.Length; e++)
        {
            if (index[e] >= 0) all[index[e]] = entities[e];
        }
        for (var k = 0; k < part.Entities.Length; k++) all[places.PartIndex[k]] = part.Entities[k];
        var shift = old.Shift.Then(map);
        var linked = new LinkedEntities(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(all),
            Merged(undefined, part.UndefinedAcronyms, m => shift.SpanOf(m).Start), System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(mentions),
            newOwners, shift) { HasLaterEpochs = true };
        return new ArticleEntities(linked, relink);
    }

    /// <summary>
    /// <see cref="Splice"/>'s list, owners and undefined acronyms kept, made by a visit of every previous mention; null if a
    /// mention kept lies in the edit, has no entity, or an undefined acronym is not in the list.
    /// </summary>
    private static (Mention[] Mentions, int[] Owners, List<Mention> Undefined)? SpliceByVisit(LinkedEntities old, ArticleEntities part, int[] owners,
        int[] partOwners, (int[] Index, int[] PartIndex, int Count) places, SpanMap map)
    {
        var (entities, index, partMentions) = (old.Entities, places.Index, part.Mentions);
        var dropped = 0;
        for (var e = 0; e < entities.Length; e++)
        {
            if (index[e] < 0) dropped += entities[e].Mentions.Length;
        }
        var mentions = ImmutableArray.CreateBuilder<Mention>(old.Mentions.Length - dropped + partMentions.Length);
        var newOwners = new SharedOwners(owners, mentions.Capacity);
        var undefined = new List<Mention>(old.UndefinedAcronyms.Length + part.UndefinedAcronyms.Length);
        var (p, u) = (0, 0);
        for (var i = 0; i < old.Mentions.Length; i++)
        {
            var m = old.Mentions[i];
            var isUndefined = u < old.UndefinedAcronyms.Length && ReferenceEquals(old.UndefinedAcronyms[u], m);
            u += isUndefined ? 1 : 0;
            if (owners[i] is not (var e and >= 0) || index[e] < 0) continue;
            if (!map.TryMap(old.SpanOf(m), out var span)) return null;
            for (; p < partMentions.Length && partMentions[p].Span.Start < span.Start; p++) Add(partMentions[p], places.PartIndex[partOwners[p]]);
            Add(m, index[e]);
            if (isUndefined) undefined.Add(m);
        }
        for (; p < partMentions.Length; p++) Add(partMentions[p], places.PartIndex[partOwners[p]]);
        if (mentions.Count != mentions.Capacity || u != old.UndefinedAcronyms.Length)
        {
            return null; // a mention with no entity, or an undefined acronym not in the list: not as linking makes them
        }
        return (System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(mentions.MoveToImmutable())!, newOwners.Finish(), undefined);

        void Add(Mention mention, int owner)
        {
            newOwners.Set(mentions.Count, owner);
            mentions.Add(mention);
        }
    }

    /// <summary>
    /// The spliced list's owners, written in order: the previous list's very array while every one written so far
    /// equals it (typing inside a name relinks an entity whose mentions keep their places and its place among the
    /// entities, so the owners come out the same and the 4 bytes a mention are not allocated again), a copy from the
    /// first that differs. Owners arrays are never written once made, so two analyses may share one.
    /// </summary>
    private struct SharedOwners(int[] previous, int length)
    {
        private int[]? _made;

        public void Set(int at, int owner)
        {
            if (_made is null && (at >= previous.Length || previous[at] != owner))
            {
                _made = new int[length];
                Array.Copy(previous, _made, Math.Min(at, previous.Length));
            }
            if (_made is not null) _made[at] = owner;
        }

        /// <summary>The owners, once every one of the <c>length</c> was set.</summary>
        public readonly int[] Finish() => _made ?? (length == previous.Length ? previous : previous[..length]);
    }

    /// <summary>
    /// Where each entity goes in the new list, sorted by first mention: the index of each previous entity (-1 for a
    /// touched one, dropped) and of each entity linked again. Null if a first mention does not move.
    /// </summary>
    private static (int[] Index, int[] PartIndex, int Count)? Places(LinkedEntities old, ImmutableArray<Entity> part, HashSet<string> touched, SpanMap map)
    {
        var entities = old.Entities;
        var (index, partIndex) = (new int[entities.Length], new int[part.Length]);
        var (e, k, count) = (0, 0, 0);
        while (e < entities.Length || k < part.Length)
        {
            if (e < entities.Length && touched.Contains(entities[e].Id))
            {
                index[e++] = -1;
                continue;
            }
            var first = int.MaxValue;
            if (e < entities.Length)
            {
                if (!map.TryMap(old.SpanOf(entities[e].Mentions[0]), out var span)) return null;
                first = span.Start;
            }
            if (k < part.Length && part[k].Mentions[0].Span.Start < first) partIndex[k++] = count++;
            else index[e++] = count++;
        }
        return (index, partIndex, count);
    }

    /// <summary>Two lists sorted by <paramref name="key"/> merged into one (the keys of the two are distinct).</summary>
    private static ImmutableArray<T> Merged<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, int> key)
    {
        var merged = ImmutableArray.CreateBuilder<T>(a.Count + b.Count);
        var (i, j) = (0, 0);
        while (i < a.Count || j < b.Count)
        {
            merged.Add(j == b.Count || i < a.Count && key(a[i]) < key(b[j]) ? a[i++] : b[j++]);
        }
        return merged.MoveToImmutable();
    }

    /// <summary>Where the edit's blocks lie, in the new text and in the old.</summary>
    private readonly record struct EditedBlocks(int NewStart, int NewEnd, int OldStart, int OldEnd)
    {
        /// <summary>Whether the new text's block starting at <paramref name="start"/> is one of the edit's.</summary>
        public bool Holds(int start) => start >= NewStart && start < NewEnd;

        /// <summary>Whether a mention of the old text lay in the edit's blocks.</summary>
        public bool HeldBefore(TextSpan span) => span.Start >= OldStart && span.Start < OldEnd;
    }
}
