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
/// (<see cref="MidSentenceReadsTheSame"/>),</item>
/// </list>
/// linking's first pass establishes the same for every candidate outside the edit's blocks, and each resolves as it
/// did. The entities "touched" — those the old candidates
/// of the edit's blocks resolved to and those the new ones resolve to — are then linked again from all their
/// candidates in document order (an entity's name, type and footnote come from its mentions in order), and every
/// other entity is the previous one with its mentions moved across the edit. Otherwise the article is linked again.
/// </remarks>
public static partial class EntityAnalyzer
{
    /// <summary>The entities linked again for the edit's touched entities only, or null when the conditions above fail.</summary>
    private static ArticleEntities? RelinkEdited(ArticleSyntaxTree syntax, KnowledgeBase kb, BlockResultTable table, EntityEdit edit)
    {
        var (newer, older) = (syntax.Blocks, edit.Previous.Syntax.Blocks);
        var (first, end) = (table.SharedPrefix, newer.Length - table.SharedSuffix);
        if (end <= first || end - first != older.Length - table.SharedSuffix - first)
        {
            return null;
        }
        var (before, after) = (new List<MentionCandidate>(), new List<MentionCandidate>());
        for (var i = first; i < end; i++)
        {
            if (newer[i].Kind != older[i].Kind || newer[i].Kind == BlockKind.Footnote) return null;
            before.AddRange(edit.Previous[i].Mentions(older[i].Node, kb).Candidates);
            after.AddRange(table[i].Mentions(newer[i].Node, kb).Candidates);
        }
        if (!EstablishTheSame(before, after))
        {
            return null;
        }
        // The list of every block with candidates (16 bytes a block) is made at every keystroke inside a name: this
        // thread's is reused, taken out while in use and emptied after, so it keeps no tree alive.
        var blocks = _relinkBlocks ?? new List<(Block Block, BlockMentions Mentions)>(newer.Length);
        _relinkBlocks = null;
        try
        {
            return RelinkInBlocks(syntax, kb, table, edit, before, after, blocks);
        }
        finally
        {
            blocks.Clear();
            _relinkBlocks = blocks;
        }
    }

    [ThreadStatic]
    private static List<(Block Block, BlockMentions Mentions)>? _relinkBlocks;

    /// <summary><see cref="RelinkEdited"/> once the edit's blocks establish the same, given an empty list for the article's blocks.</summary>
    private static ArticleEntities? RelinkInBlocks(ArticleSyntaxTree syntax, KnowledgeBase kb, BlockResultTable table, EntityEdit edit,
        List<MentionCandidate> before, List<MentionCandidate> after, List<(Block Block, BlockMentions Mentions)> blocks)
    {
        var (newer, older) = (syntax.Blocks, edit.Previous.Syntax.Blocks);
        var first = table.SharedPrefix;
        var end = newer.Length - table.SharedSuffix;
        var footnotes = new Dictionary<char, string>();
        GatherCandidates(syntax, kb, table, blocks, footnotes);
        if (MaySwitchSportsReport(blocks, newer, older, first, end))
        {
            return null;
        }
        var edited = new EditedBlocks(newer[first].Start, newer[end - 1].Span.End, older[first].Start, older[end - 1].Span.End);
        if (!MidSentenceReadsTheSame(blocks, edited, before, after))
        {
            return null;
        }
        // The entities linked again join the previous ones with the edit added to their shift: their mentions are made
        // in this text, after every edit of it. A mention's epoch is one byte, so the shift's cap must stay below 255: a
        // wrapped epoch would place mentions in the wrong coordinates, so the cast is checked.
        var old = edit.Earlier.Base;
        var linker = new DocumentLinker(kb, footnotes, after.Count + 16) { Epoch = checked((byte)(old.Shift.Count + 1)) };
        linker.Establish(blocks);
        return linker.ReadsCapitals ? null : RelinkTouched(linker, blocks, edited, old, edit.Map, () => LinkAgain(syntax, kb, table));
    }

    /// <summary>
    /// Whether the edit may make the article a sports report or no longer one (<see cref="MentionScanner.IsSportsHeadline"/>,
    /// read on the first block with candidates): it touches that block or one before it, and the block, an edited block
    /// of the text before, or the first block with candidates after the edit opens with a sport's slug. The last is the
    /// one that came first before the edit when the edited blocks had no candidates then and have some now.
    /// </summary>
    private static bool MaySwitchSportsReport(List<(Block Block, BlockMentions Mentions)> blocks, ImmutableArray<Block> newer, ImmutableArray<Block> older, int first, int end)
    {
        if (blocks.Count > 0 && newer.IndexOf(blocks[0].Block) is var head && head >= 0 && head < first) return false;
        if (blocks.Count > 0 && MentionScanner.IsSportsHeadline(blocks[0].Block.Text)) return true;
        for (var i = first; i < end + older.Length - newer.Length; i++)
        {
            if (MentionScanner.IsSportsHeadline(older[i].Text)) return true;
        }
        if (end >= newer.Length) return false;
        foreach (var (block, _) in blocks)
        {
            if (block.Start >= newer[end].Start) return MentionScanner.IsSportsHeadline(block.Text);
        }
        return false;
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

    /// <summary>A candidate that counts as a word the article capitalises mid-sentence (linking's first pass).</summary>
    private static bool IsMidSentenceWord(MentionCandidate c) => !c.IsCapitalsOnly && !c.SentenceInitial && c.WordCount == 1;

    /// <summary>
    /// Whether the words the edit's blocks capitalise mid-sentence, before and after, leave every other candidate's
    /// resolution as it was: linking asks, of a candidate's own word only, whether the article capitalises it
    /// mid-sentence and whether more than once.
    /// </summary>
    private static bool MidSentenceReadsTheSame(List<(Block Block, BlockMentions Mentions)> blocks, EditedBlocks edited, List<MentionCandidate> before, List<MentionCandidate> after)
    {
        var words = new List<(string Word, int Before, int After)>();
        foreach (var c in before) if (IsMidSentenceWord(c)) Count(words, c.Surface, 1, 0);
        foreach (var c in after) if (IsMidSentenceWord(c)) Count(words, c.Surface, 0, 1);
        words.RemoveAll(w => w.Before == w.After);
        if (words.Count == 0)
        {
            return true;
        }
        var elsewhere = new (int MidSentence, bool Any)[words.Count];
        foreach (var (block, mentions) in blocks)
        {
            if (edited.Holds(block.Start)) continue;
            foreach (var c in mentions.Candidates)
            {
                for (var w = 0; w < words.Count; w++)
                {
                    if (c.Surface.Length == words[w].Word.Length && string.Equals(c.Surface, words[w].Word, StringComparison.Ordinal))
                    {
                        elsewhere[w] = (elsewhere[w].MidSentence + (IsMidSentenceWord(c) ? 1 : 0), true);
                    }
                }
            }
        }
        for (var w = 0; w < words.Count; w++)
        {
            var (mid, any) = elsewhere[w];
            if (any && Math.Min(mid + words[w].Before, 2) != Math.Min(mid + words[w].After, 2)) return false;
        }
        return true;
    }

    private static void Count(List<(string Word, int Before, int After)> words, string word, int before, int after)
    {
        var at = words.FindIndex(w => w.Word == word);
        if (at < 0) words.Add((word, before, after));
        else words[at] = (word, words[at].Before + before, words[at].After + after);
    }

    /// <summary>
    /// Links the edit's candidates and every candidate of the entities they touch, in document order, and splices the
    /// result into the previous entities. Null if the previous mentions do not read as expected (a full linking then).
    /// </summary>
    private static ArticleEntities? RelinkTouched(DocumentLinker linker, List<(Block Block, BlockMentions Mentions)> blocks, EditedBlocks edited,
        LinkedEntities old, SpanMap map, Func<ArticleEntities> relink)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in old.MentionsOverlapping(TextSpan.FromBounds(edited.OldStart, edited.OldEnd))) touched.Add(m.EntityId);
        foreach (var (block, mentions) in blocks)
        {
            if (!edited.Holds(block.Start)) continue;
            foreach (var c in mentions.Candidates) if (linker.ResolvedId(block, c) is { } id) touched.Add(id);
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
        List<(Block Block, BlockMentions Mentions)> blocks, EditedBlocks edited, LinkedEntities old, HashSet<string> touched, SpanMap map)
    {
        var found = new List<(Block Block, MentionCandidate Candidate, bool InEdit)>();
        foreach (var entity in old.Entities)
        {
            if (!touched.Contains(entity.Id)) continue;
            foreach (var m in entity.Mentions)
            {
                var was = old.SpanOf(m);
                if (edited.HeldBefore(was)) continue;
                if (!map.TryMap(was, out var span) || CandidateAt(blocks, span) is not { } at) return null;
                found.Add((at.Block, at.Candidate, false));
            }
        }
        foreach (var (block, mentions) in blocks)
        {
            if (!edited.Holds(block.Start)) continue;
            foreach (var c in mentions.Candidates) found.Add((block, c, true));
        }
        found.Sort((x, y) => (x.Block.Start + x.Candidate.Start).CompareTo(y.Block.Start + y.Candidate.Start));
        return found;
    }

    /// <summary>The candidate a mention at <paramref name="span"/> was made from (its block found by binary search), or null.</summary>
    private static (Block Block, MentionCandidate Candidate)? CandidateAt(List<(Block Block, BlockMentions Mentions)> blocks, TextSpan span)
    {
        int lo = 0, hi = blocks.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (blocks[mid].Block.Start <= span.Start) lo = mid;
            else hi = mid - 1;
        }
        if (blocks.Count == 0) return null;
        var (block, mentions) = blocks[lo];
        foreach (var c in mentions.Candidates)
        {
            if (block.Start + c.Start == span.Start && block.Start + c.End == span.End) return (block, c);
        }
        return null;
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
            || Places(old, part.Entities, touched, map) is not { } places)
        {
            return null;
        }
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
        var all = new Entity[places.Count];
        for (var e = 0; e < entities.Length; e++)
        {
            if (index[e] >= 0) all[index[e]] = entities[e];
        }
        for (var k = 0; k < part.Entities.Length; k++) all[places.PartIndex[k]] = part.Entities[k];
        var shift = old.Shift.Then(map);
        var linked = new LinkedEntities(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(all),
            Merged(undefined, part.UndefinedAcronyms, m => shift.SpanOf(m).Start), mentions.MoveToImmutable(), newOwners.Finish(), shift) { HasLaterEpochs = true };
        return new ArticleEntities(linked, relink);

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
