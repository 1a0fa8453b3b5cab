using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// Early cutoff for entity linking. Linking folds every block's mention candidates into what the article
/// establishes (acronyms, full names, teams, footnotes) and resolves each candidate against it, so its result
/// depends on the blocks only through their kinds, candidates and footnotes. When the blocks an edit touched
/// have the same kinds and the same candidates as the blocks they replaced (their spans mapped across the edit),
/// and none of them is a footnote, linking would establish the same things and resolve every candidate as
/// before: the previous entities are taken over, the mentions before the edit as the very objects and those
/// after it moved by the edit's length — when first asked for (<see cref="ArticleEntities.MovedLazily"/>). Typing
/// inside a word that names nothing is such an edit.
/// </summary>
internal static class EntityReuse
{
    /// <summary>The previous linking's entities mapped into this text, or null when the edit may change them.</summary>
    public static ArticleEntities? TryReuse(BlockResultTable table, KnowledgeBase kb, EntityEdit? edit)
    {
        if (edit is not { } e || !SameCandidates(table, e.Previous, kb, e.Map))
        {
            return null;
        }
        return ArticleEntities.MovedLazily(e.Earlier, e.Map, () => EntityAnalyzer.LinkAgain(table.Syntax, kb, table));
    }

    /// <summary>
    /// The edit since the previous linking, when its entities can be carried across it: the same knowledge base, one
    /// edit between the texts, and the blocks both trees share at their ends where the edit puts them (so are their
    /// mentions). Null otherwise.
    /// </summary>
    public static EntityEdit? EditOf(BlockResultTable table, KnowledgeBase kb)
    {
        if (table.Previous is not { LinkedEntities: { } earlier } previous || !ReferenceEquals(previous.LinkedKnowledgeBase, kb)
            || SpanMap.Between(previous.Syntax.Text, table.Syntax.Text) is not { } map || !SharedEndsMove(table, previous, map))
        {
            return null;
        }
        return new EntityEdit(previous, earlier, map);
    }

    /// <summary>
    /// Whether the blocks both trees share at their ends lie before the edit in the same place, and after it moved by
    /// its length: then so do their mentions (a mention lies inside its block), and every mention can be moved later.
    /// </summary>
    private static bool SharedEndsMove(BlockResultTable table, BlockResultTable previous, SpanMap map)
    {
        var (newer, older) = (table.Syntax.Blocks, previous.Syntax.Blocks);
        var (prefix, suffix) = (table.SharedPrefix, table.SharedSuffix);
        if (prefix > 0 && (!map.IsBefore(older[prefix - 1].Span) || newer[prefix - 1].Start != older[prefix - 1].Start))
        {
            return false;
        }
        var (now, before) = (newer.Length - suffix, older.Length - suffix);
        // When every suffix block moved by the edit's delta and their old starts rise strictly, the first lying after
        // the edit's range puts all after it, each moved to where it now starts: one block answers for the rest, so a
        // keystroke near the top of a long article does not read every block below it.
        if (suffix > 0 && table.SuffixLag == map.Delta && map.IsAfter(older[before].Span))
        {
            return true;
        }
        for (var k = 0; k < suffix; k++)
        {
            // Every suffix block: one sits where an edit's range ended only if it is empty, and a start is cheap to check.
            if (!map.TryMap(older[before + k].Span, out var moved) || moved.Start != newer[now + k].Start)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the edit's blocks (between the blocks both trees share at their ends) read as the ones they replaced.</summary>
    private static bool SameCandidates(BlockResultTable table, BlockResultTable previous, KnowledgeBase kb, SpanMap map)
    {
        var newer = table.Syntax.Blocks;
        var older = previous.Syntax.Blocks;
        var (prefix, suffix) = (table.SharedPrefix, table.SharedSuffix);
        if (newer.Length - suffix - prefix != older.Length - suffix - prefix)
        {
            return false;
        }
        for (var i = prefix; i < newer.Length - suffix; i++)
        {
            var (now, before) = (newer[i], older[i]);
            if (now.Kind != before.Kind || now.Kind == BlockKind.Footnote || SwitchesSportsReport(now, before)
                || !SameCandidates(table[i].Mentions(now.Node, kb), now.Start, previous[i].Mentions(before.Node, kb), before.Start, map))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the edited block opens with a sport's slug now and did not before, or the other way round. Linking reads
    /// the slug on the first block with candidates (<see cref="MentionScanner.IsSportsHeadline"/>), and text typed before
    /// the slug changes the reading without changing a candidate; a block that is not the first refuses too, needlessly
    /// but rarely.
    /// </summary>
    private static bool SwitchesSportsReport(Block now, Block before) =>
        MentionScanner.IsSportsHeadline(now.Text) != MentionScanner.IsSportsHeadline(before.Text);

    private static bool SameCandidates(BlockMentions now, int nowStart, BlockMentions before, int beforeStart, SpanMap map)
    {
        if (now.Candidates.Length != before.Candidates.Length)
        {
            return false;
        }
        for (var k = 0; k < now.Candidates.Length; k++)
        {
            var (a, b) = (now.Candidates[k], before.Candidates[k]);
            var oldSpan = TextSpan.FromBounds(beforeStart + b.Start, beforeStart + b.End);
            if (!map.TryMap(oldSpan, out var mapped) || mapped != TextSpan.FromBounds(nowStart + a.Start, nowStart + a.End) || !SameReading(a, b))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Everything linking reads of a candidate but its place.</summary>
    internal static bool SameReading(MentionCandidate a, MentionCandidate b) =>
        a.Surface == b.Surface && Equals(a.Known, b.Known) && a.Type == b.Type && a.Evidence == b.Evidence && a.WordCount == b.WordCount
        && a.FootnoteMarker == b.FootnoteMarker && a.IsPossessive == b.IsPossessive && a.SentenceInitial == b.SentenceInitial
        && a.PoliticalVerbAfter == b.PoliticalVerbAfter && a.PlaceBefore == b.PlaceBefore && a.IsAcronym == b.IsAcronym
        && a.IsTeam == b.IsTeam && a.DefinesAcronym == b.DefinesAcronym && a.IsDefinition == b.IsDefinition;

    /// <summary>
    /// The entities with their mentions moved across the edits of their shift: one new mention for each one that moved
    /// (or was linked again after an edit), shared by the article's list and its entity's; an entity none of whose
    /// mentions moved stays the very object. Null if a mention has no place after an edit.
    /// </summary>
    public static (ImmutableArray<Entity> Entities, ImmutableArray<Mention> UndefinedAcronyms, ImmutableArray<Mention> Mentions, int[]? Owners)? Move(LinkedEntities linked)
    {
        var (old, shift) = (linked.Mentions, linked.Shift);
        var mentions = new Mention[old.Length];
        for (var i = 0; i < old.Length; i++)
        {
            if (shift.TryMove(old[i]) is not { } span)
            {
                return null;
            }
            mentions[i] = span == old[i].Span && old[i].Epoch == 0 ? old[i] : old[i] with { Span = span, Epoch = 0 };
        }
        var owners = linked.Owners ?? OwnersOf(linked);
        var moved = owners is null ? MovedOneByOne(linked, mentions) : MovedByOwner(linked, owners, mentions);
        return moved is { } movedEntities && MovedAll(linked.UndefinedAcronyms, linked, mentions) is { } undefined
            ? (movedEntities, undefined, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(mentions), owners)
            : null;
    }

    /// <summary>
    /// For each mention of the article's list, the index of the entity it is a mention of (-1 for none), so that moving
    /// the entities reads the list once instead of looking each entity's mentions up in it (a keystroke in a book-length
    /// article moved ~9,000 mentions of ~900 entities, and their look-ups were half the move). Null, and each mention is
    /// looked up, unless every entity's mentions are in the list, in its order, and no two entities share one.
    /// </summary>
    internal static int[]? OwnersOf(LinkedEntities linked)
    {
        var (entities, all) = (linked.Entities, linked.Mentions);
        var owners = new int[all.Length];
        Array.Fill(owners, -1);
        for (var e = 0; e < entities.Length; e++)
        {
            var last = -1;
            foreach (var mention in entities[e].Mentions)
            {
                var index = IndexOf(mention, linked);
                if (index <= last || owners[index] >= 0)
                {
                    return null;
                }
                owners[index] = e;
                last = index;
            }
        }
        return owners;
    }

    /// <summary>Whether an entity keeps its mentions as they are: its last lies before every edit, and none was linked again after one.</summary>
    private static bool Unmoved(Entity entity, MentionShift shift) =>
        entity.Mentions[^1] is { Epoch: 0 } last && shift.LiesBeforeEvery(last);

    /// <summary>The entities moved with their mentions taken from the moved list, each at its place among its owner's.</summary>
    private static ImmutableArray<Entity> MovedByOwner(LinkedEntities linked, int[] owners, Mention[] mentions)
    {
        var entities = linked.Entities;
        var moving = new Mention[]?[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            if (!Unmoved(entities[e], linked.Shift))
            {
                moving[e] = new Mention[entities[e].Mentions.Length];
            }
        }
        var filled = new int[entities.Length];
        for (var i = 0; i < mentions.Length; i++)
        {
            if (owners[i] is var e and >= 0 && moving[e] is { } into)
            {
                into[filled[e]++] = mentions[i];
            }
        }
        var moved = ImmutableArray.CreateBuilder<Entity>(entities.Length);
        for (var e = 0; e < entities.Length; e++)
        {
            moved.Add(moving[e] is { } all ? entities[e] with { Mentions = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(all) } : entities[e]);
        }
        return moved.MoveToImmutable();
    }

    /// <summary>The entities moved with each mention looked up in the list (when their owners could not be told).</summary>
    private static ImmutableArray<Entity>? MovedOneByOne(LinkedEntities linked, Mention[] mentions)
    {
        var moved = ImmutableArray.CreateBuilder<Entity>(linked.Entities.Length);
        foreach (var entity in linked.Entities)
        {
            if (Unmoved(entity, linked.Shift))
            {
                moved.Add(entity); // its last mention lies before every edit, so do all before it
            }
            else if (MovedAll(entity.Mentions, linked, mentions) is { } all)
            {
                moved.Add(entity with { Mentions = all });
            }
            else
            {
                return null;
            }
        }
        return moved.MoveToImmutable();
    }

    private static ImmutableArray<Mention>? MovedAll(ImmutableArray<Mention> some, LinkedEntities linked, Mention[] mapped)
    {
        var result = new Mention[some.Length];
        for (var i = 0; i < some.Length; i++)
        {
            if (IndexOf(some[i], linked) is not (var index and >= 0))
            {
                return null;
            }
            result[i] = mapped[index];
        }
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// The index of <paramref name="mention"/> itself in the article's list of mentions, or -1 (mentions never overlap,
    /// so their starts, read through the shift, are sorted and distinct).
    /// </summary>
    internal static int IndexOf(Mention mention, LinkedEntities linked)
    {
        var (all, start) = (linked.Mentions, linked.SpanOf(mention).Start);
        int lo = 0, hi = all.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (linked.SpanOf(all[mid]).Start < start) lo = mid + 1;
            else hi = mid;
        }
        return all.Length > 0 && ReferenceEquals(all[lo], mention) ? lo : -1;
    }
}

/// <summary>An edit entity linking can carry the previous entities across (<see cref="EntityReuse.EditOf"/>).</summary>
/// <param name="Previous">The previous analysis' side table.</param>
/// <param name="Earlier">The entities it linked.</param>
/// <param name="Map">The previous text mapped into this one.</param>
internal sealed record EntityEdit(BlockResultTable Previous, ArticleEntities Earlier, SpanMap Map);
