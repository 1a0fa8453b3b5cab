using System.Collections.Immutable;
using Byline.Analysis.Attribution;

namespace Byline.Analysis.Entities;

/// <summary>
/// The splice of a partial relink without a visit of every mention: the previous list's mentions are sorted and never
/// overlap, and the edit moves those after it alike, so where the touched entities' mentions were and where the ones
/// linked again go are found by binary searches, and the rest of the list is copied in runs.
/// </summary>
public static partial class EntityAnalyzer
{
    /// <summary>
    /// The spliced mentions, their owners and the undefined acronyms kept, as <see cref="Splice"/> makes them; null when
    /// that takes a visit of each mention (an owner unknown) or the splice would fail (a kept mention in the edit).
    /// </summary>
    private static (Mention[] Mentions, int[] Owners, List<Mention> Undefined)? SpliceRuns(LinkedEntities old, ArticleEntities part, int[] owners,
        int[] partOwners, (int[] Index, int[] PartIndex, int Count) places, SpanMap map)
    {
        if (DroppedIndices(old, owners, places.Index) is not { } dropped || !KeptMapAcross(old, map, dropped)
            || KeptUndefined(old, owners, places.Index) is not { } undefined)
        {
            return null;
        }
        var partMentions = part.Mentions;
        var inserted = new int[partMentions.Length];
        for (var p = 0; p < inserted.Length; p++) inserted[p] = FirstAtOrAfter(old, map, partMentions[p].Span.Start);
        var identity = IsIdentity(places.Index);
        var mentions = new Mention[old.Mentions.Length - dropped.Count + partMentions.Length];
        var newOwners = identity && SameOwnersAt(dropped, inserted, owners, partOwners, places.PartIndex) ? owners : new int[mentions.Length];
        var (w, i, d, k) = (0, 0, 0, 0);
        var all = old.Mentions.AsSpan();
        while (true)
        {
            var upto = Math.Min(d < dropped.Count ? dropped[d] : all.Length, k < inserted.Length ? inserted[k] : all.Length);
            all[i..upto].CopyTo(mentions.AsSpan(w));
            if (!ReferenceEquals(newOwners, owners)) CopyOwners(owners, i, upto, newOwners, w, places.Index, identity);
            (w, i) = (w + upto - i, upto);
            if (k < inserted.Length && inserted[k] == i)
            {
                if (!ReferenceEquals(newOwners, owners)) newOwners[w] = places.PartIndex[partOwners[k]];
                mentions[w++] = partMentions[k++]; // a mention linked again goes before the previous mention it precedes
            }
            else if (d < dropped.Count && dropped[d] == i) (i, d) = (i + 1, d + 1);
            else if (i == all.Length) break;
        }
        return (mentions, newOwners, undefined);
    }

    /// <summary>The indices in the previous list of the touched entities' mentions, sorted; null if one is not where its owner says.</summary>
    private static List<int>? DroppedIndices(LinkedEntities old, int[] owners, int[] index)
    {
        var dropped = new List<int>();
        for (var e = 0; e < index.Length; e++)
        {
            if (index[e] >= 0) continue;
            foreach (var m in old.Entities[e].Mentions)
            {
                if (EntityReuse.IndexOf(m, old) is not (var at and >= 0) || owners[at] != e) return null;
                dropped.Add(at);
            }
        }
        dropped.Sort();
        return dropped;
    }

    /// <summary>
    /// Whether every mention kept maps across the edit: those that cannot (their span meets the edit's range) lie in one
    /// run of the sorted list, found by a binary search, and each must be a touched entity's.
    /// </summary>
    private static bool KeptMapAcross(LinkedEntities old, SpanMap map, List<int> dropped)
    {
        var all = old.Mentions;
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (map.IsBefore(old.SpanOf(all[mid]))) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < all.Length && !map.IsAfter(old.SpanOf(all[i])); i++)
        {
            if (dropped.BinarySearch(i) < 0) return false;
        }
        return true;
    }

    /// <summary>The previous undefined acronyms whose entities are kept, in order; null if one is not in the list.</summary>
    private static List<Mention>? KeptUndefined(LinkedEntities old, int[] owners, int[] index)
    {
        var kept = new List<Mention>(old.UndefinedAcronyms.Length);
        foreach (var m in old.UndefinedAcronyms)
        {
            if (EntityReuse.IndexOf(m, old) is not (var at and >= 0) || owners[at] < 0) return null;
            if (index[owners[at]] >= 0) kept.Add(m);
        }
        return kept;
    }

    /// <summary>
    /// The index of the first previous mention that starts at or after <paramref name="start"/> of the new text (the
    /// list's length if none): its start moved across the edit, and one in the edit's range read at the range's start,
    /// so the starts read rise along the list. Only a touched entity's mention, dropped, can start where a mention linked
    /// again starts (the one made from the same candidate), so which of the two comes first changes nothing but lets a
    /// mention linked again take its very index.
    /// </summary>
    private static int FirstAtOrAfter(LinkedEntities old, SpanMap map, int start)
    {
        var all = old.Mentions;
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = old.SpanOf(all[mid]);
            var moved = map.IsBefore(span) ? span.Start : map.IsAfter(span) ? span.Start + map.Delta : map.OldStart;
            if (moved < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Whether every entity kept keeps its index: the touched ones' places are taken by the entities linked again.</summary>
    private static bool IsIdentity(int[] index)
    {
        for (var e = 0; e < index.Length; e++)
        {
            if (index[e] >= 0 && index[e] != e) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the spliced owners are the previous array: each mention linked again takes the place of a dropped one, at
    /// the same index and with the same owner (typing inside a name that keeps its entity's place).
    /// </summary>
    private static bool SameOwnersAt(List<int> dropped, int[] inserted, int[] owners, int[] partOwners, int[] partIndex)
    {
        if (dropped.Count != inserted.Length) return false;
        for (var k = 0; k < inserted.Length; k++)
        {
            if (inserted[k] != dropped[k] || partIndex[partOwners[k]] != owners[dropped[k]]) return false;
        }
        return true;
    }

    private static void CopyOwners(int[] owners, int from, int to, int[] into, int at, int[] index, bool identity)
    {
        if (identity)
        {
            Array.Copy(owners, from, into, at, to - from);
            return;
        }
        for (var i = from; i < to; i++) into[at + i - from] = index[owners[i]];
    }
}
