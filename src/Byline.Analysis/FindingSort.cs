using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Byline.Analysis;

/// <summary>
/// Sorts findings into <see cref="Finding.ReportOrder"/> through one number per finding (its start, then the rank of
/// its rule id) instead of calling the comparison: a long article's thousands of findings are sorted on every
/// keystroke, by the analysis and again wherever they are gathered, and a delegate call and a string comparison per
/// step were most of that. The numbers compare exactly as the comparison does (the same sign for every pair), and
/// the runtime sorts keys with their items by the same introspective sort it sorts with a comparison, so the
/// findings end in the very order <c>Sort(Finding.ReportOrder)</c> leaves them, ties included (a rule's two findings
/// at one start: the sort is not stable, and reports keep the order of ties it leaves). <c>FindingSortTests</c>
/// checks that equality on lists full of ties.
/// </summary>
public static class FindingSort
{
    /// <summary>
    /// The findings in report order, as <c>Sort(Finding.ReportOrder)</c> orders them. The builder is emptied: its
    /// array becomes the result, not copied when it is full.
    /// </summary>
    public static ImmutableArray<Finding> InReportOrder(ImmutableArray<Finding>.Builder findings)
    {
        findings.Capacity = findings.Count;
        var result = findings.MoveToImmutable();
        Sort(ImmutableCollectionsMarshal.AsArray(result)!);
        return result;
    }

    // Each thread's keys, kept: a keystroke sorts its findings up to three times, and the article's size changes little.
    [ThreadStatic]
    private static long[]? _keys;

    /// <summary>Sorts <paramref name="items"/> in place, as <c>Array.Sort(items, Finding.ReportOrder)</c> would.</summary>
    public static void Sort(Finding[] items)
    {
        if (items.Length < 2)
        {
            return;
        }
        var keys = _keys is { } kept && kept.Length >= items.Length ? kept : _keys = new long[items.Length + items.Length / 8];
        var ranks = new RuleRanks();
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = ((long)items[i].Span.Start << 32) | (uint)ranks.Of(items[i].Rule);
        }
        ranks.Finish(items, keys);
        Array.Sort(keys, items, 0, items.Length);
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
            var ids = _rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var rank = _rules.Select(r => ids.BinarySearch(r.Id, StringComparer.Ordinal)).ToArray();
            if (rank.Select((value, index) => value == index).All(same => same))
            {
                return; // already in order of appearance: the usual case, rules run in the order of their ids
            }
            for (var i = 0; i < items.Length; i++)
            {
                keys[i] = (keys[i] & ~0xFFFFFFFFL) | (uint)rank[(int)(keys[i] & 0xFFFFFFFFL)];
            }
        }
    }
}
