using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Byline.Analysis;

/// <summary>
/// Sorts findings into <see cref="Finding.ReportOrder"/> through one number per finding (its start, then the rank of
/// its rule id) instead of calling the comparison: a long article's thousands of findings are sorted on every
/// keystroke. The numbers compare exactly as the comparison does (the same sign for every pair). The sort is a
/// stable merge of the ascending runs the findings already come in: the analysis gathers them rule by rule, each
/// rule's in text order, so a dozen runs are merged in a few passes where a general sort compared every finding
/// about twelve times (on a 1 MB article, a fifth of a keystroke's analysis). Ties (a rule's two findings at one
/// start) keep the order they came in, so sorting findings that are already in order leaves them as they are.
/// <c>FindingSortTests</c> checks the order against a stable sort by the comparison.
/// </summary>
public static class FindingSort
{
    /// <summary>
    /// The findings in report order, ties in the order they came. The builder is emptied: its
    /// array becomes the result, not copied when it is full.
    /// </summary>
    public static ImmutableArray<Finding> InReportOrder(ImmutableArray<Finding>.Builder findings)
    {
        findings.Capacity = findings.Count;
        var result = findings.MoveToImmutable();
        Sort(ImmutableCollectionsMarshal.AsArray(result)!);
        return result;
    }

    /// <summary>
    /// Whether each finding comes after the one before it or ties with it: such a list is what the (stable) sort makes
    /// of it, so it need not be sorted again. Compared in place, not through the comparison delegate: a long article's
    /// thousands of findings are checked on every keystroke, and every article's in a check.
    /// </summary>
    public static bool IsInReportOrder(ImmutableArray<Finding> findings)
    {
        for (var i = 1; i < findings.Length; i++)
        {
            var (before, after) = (findings[i - 1], findings[i]);
            if (before.Span.Start > after.Span.Start
                || before.Span.Start == after.Span.Start && string.CompareOrdinal(before.Rule.Id, after.Rule.Id) > 0)
            {
                return false;
            }
        }
        return true;
    }

    // Each thread's keys and the merge's second buffer for them, kept: a keystroke sorts its findings up to three
    // times, and the article's size changes little.
    [ThreadStatic]
    private static long[]? _keys;

    /// <summary>
    /// The analysis' findings in report order, each the object as made with its lag (<paramref name="lags"/>' first
    /// numbers, one a finding): sorted by where they lie now, the lags moved with them. The builder is emptied.
    /// </summary>
    internal static PlacedFindings Placed(ImmutableArray<Finding>.Builder findings, Span<int> lags)
    {
        findings.Capacity = findings.Count;
        var result = findings.MoveToImmutable();
        Sort(ImmutableCollectionsMarshal.AsArray(result)!, lags);
        return new PlacedFindings(result, FindingLags.Of(lags));
    }

    /// <summary>Sorts <paramref name="items"/> in place into report order, stably.</summary>
    public static void Sort(Finding[] items) => Sort(items, []);

    // With lags (one an item, or none): items sort where they lie now, and their lags move with them.
    private static void Sort(Finding[] items, Span<int> lags)
    {
        var count = items.Length;
        if (count < 2)
        {
            return;
        }
        var keys = _keys is { } kept && kept.Length >= 2 * count ? kept : _keys = new long[2 * (count + count / 8)];
        var ranks = new RuleRanks();
        for (var i = 0; i < count; i++)
        {
            var start = items[i].Span.Start + (lags.IsEmpty ? 0 : lags[i]);
            keys[i] = ((long)start << 32) | (uint)ranks.Of(items[i].Rule);
        }
        ranks.Finish(items, keys);
        if (IsAscending(keys.AsSpan(0, count)))
        {
            return;
        }
        var spare = System.Buffers.ArrayPool<Finding>.Shared.Rent(count);
        var spareLags = System.Buffers.ArrayPool<int>.Shared.Rent(lags.IsEmpty ? 0 : count);
        try
        {
            MergeRuns(keys, new(items, lags), new(spare, spareLags.AsSpan(0, lags.IsEmpty ? 0 : count)), count);
        }
        finally
        {
            System.Buffers.ArrayPool<Finding>.Shared.Return(spare, clearArray: true);
            System.Buffers.ArrayPool<int>.Shared.Return(spareLags);
        }
    }

    /// <summary>Items and their lags (none, or one an item), moved together by the merge.</summary>
    private readonly ref struct Items(Span<Finding> findings, Span<int> lags)
    {
        public readonly Span<Finding> Findings = findings;
        public readonly Span<int> Lags = lags;

        public Items Slice(int count) => new(Findings[..count], Lags.IsEmpty ? Lags : Lags[..count]);

        public void Set(int to, Items from, int k)
        {
            Findings[to] = from.Findings[k];
            if (!Lags.IsEmpty) Lags[to] = from.Lags[k];
        }

        public void CopyRange(int start, int end, Items to, int at)
        {
            Findings[start..end].CopyTo(to.Findings[at..]);
            if (!Lags.IsEmpty) Lags[start..end].CopyTo(to.Lags[at..]);
        }
    }

    private static bool IsAscending(ReadOnlySpan<long> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1]) return false;
        }
        return true;
    }

    /// <summary>
    /// Bottom-up merge of the ascending runs of <paramref name="keys"/>' first <paramref name="count"/> numbers and the
    /// items beside them, between the first and second halves of <paramref name="keys"/> and between
    /// <paramref name="items"/> and <paramref name="spare"/>; the result ends in <paramref name="items"/>. Stable.
    /// </summary>
    private static void MergeRuns(long[] keys, Items items, Items spare, int count)
    {
        Span<long> fromKeys = keys.AsSpan(0, count), toKeys = keys.AsSpan(count, count);
        Items fromItems = items.Slice(count), toItems = spare.Slice(count);
        var inItems = true;
        while (true)
        {
            var merged = 0;
            var start = 0;
            while (start < count)
            {
                var middle = RunEnd(fromKeys, start);
                var end = middle == count ? count : RunEnd(fromKeys, middle);
                Merge(fromKeys, fromItems, toKeys, toItems, start, middle, end);
                merged++;
                start = end;
            }
            var keysMerged = toKeys;
            toKeys = fromKeys;
            fromKeys = keysMerged;
            var itemsMerged = toItems;
            toItems = fromItems;
            fromItems = itemsMerged;
            inItems = !inItems;
            if (merged == 1)
            {
                break;
            }
        }
        if (!inItems)
        {
            fromItems.CopyRange(0, count, items, 0);
        }
    }

    private static int RunEnd(ReadOnlySpan<long> keys, int start)
    {
        var end = start + 1;
        while (end < keys.Length && keys[end] >= keys[end - 1])
        {
            end++;
        }
        return end;
    }

    // Ties from the left run first: that keeps the sort stable.
    private static void Merge(Span<long> fromKeys, Items fromItems, Span<long> toKeys, Items toItems, int start, int middle, int end)
    {
        int left = start, right = middle, to = start;
        while (left < middle && right < end)
        {
            var k = fromKeys[right] < fromKeys[left] ? right++ : left++;
            toKeys[to] = fromKeys[k];
            toItems.Set(to++, fromItems, k);
        }
        fromKeys[left..middle].CopyTo(toKeys[to..]);
        fromItems.CopyRange(left, middle, toItems, to);
        to += middle - left;
        fromKeys[right..end].CopyTo(toKeys[to..]);
        fromItems.CopyRange(right, end, toItems, to);
    }

    /// <summary>
    /// Each rule's place among the ids of the rules present, in ordinal order: the findings name a dozen rules at
    /// most, and the analysis gathers them rule by rule, so the last one asked for is often the next.
    /// </summary>
    private struct RuleRanks()
    {
        private readonly List<RuleDescriptor> _rules = [];
        private RuleDescriptor? _last;
        private int _lastIndex;

        /// <summary>A provisional number: the rule's index in order of appearance (see <see cref="Finish"/>).</summary>
        public int Of(RuleDescriptor rule)
        {
            if (ReferenceEquals(rule, _last))
            {
                return _lastIndex;
            }
            // A loop, not FindIndex with a lambda: sorted findings change rule nearly every finding.
            var index = 0;
            while (index < _rules.Count && !ReferenceEquals(_rules[index], rule))
            {
                index++;
            }
            if (index == _rules.Count)
            {
                _rules.Add(rule);
            }
            (_last, _lastIndex) = (rule, index);
            return index;
        }

        /// <summary>Turns the provisional numbers into ranks of the ids in ordinal order (equal ids, equal ranks).</summary>
        public readonly void Finish(Finding[] items, long[] keys)
        {
            // Loops over the dozen rules at most, not LINQ's sorted distinct ids: this runs once per article, and a
            // check's LINQ here (with its sorters and sets) was ~1.5 % of the whole run's processor time.
            var count = _rules.Count;
            var rank = new int[count];
            var inOrder = true;
            for (var r = 0; r < count; r++)
            {
                rank[r] = DistinctIdsBefore(_rules[r].Id);
                inOrder &= rank[r] == r;
            }
            if (inOrder)
            {
                return; // already in order of appearance: the usual case, rules run in the order of their ids
            }
            for (var i = 0; i < items.Length; i++)
            {
                keys[i] = (keys[i] & ~0xFFFFFFFFL) | (uint)rank[(int)(keys[i] & 0xFFFFFFFFL)];
            }
        }

        // How many distinct ids of the rules present sort ordinally before this one: its rank.
        private readonly int DistinctIdsBefore(string id)
        {
            var before = 0;
            for (var j = 0; j < _rules.Count; j++)
            {
                var other = _rules[j].Id;
                if (string.CompareOrdinal(other, id) < 0 && !SeenBefore(other, j))
                {
                    before++;
                }
            }
            return before;
        }

        private readonly bool SeenBefore(string id, int end)
        {
            for (var k = 0; k < end; k++)
            {
                if (string.Equals(_rules[k].Id, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
