using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// Lookups in a list of sorted, disjoint spans (a block's quotations, its sentences) by binary search. Every
/// sentence and every quotation of a paragraph used to scan all the others, which made a paragraph of n
/// quotations cost n² (a 2 M-character paragraph of quotes took 25 s, and linking repeats it on every
/// keystroke); these keep the quotation pass linear in the paragraph's length.
/// </summary>
internal static class SortedSpans
{
    /// <summary>Binary-search steps taken on this thread (tests compare the count for n and 2n).</summary>
    [ThreadStatic]
    private static long t_steps;

    internal static long Steps => t_steps;

    internal static void ResetSteps() => t_steps = 0;

    /// <summary>The index of the first item whose span ends after <paramref name="position"/> (Count when none).</summary>
    public static int FirstEndingAfter<T>(IReadOnlyList<T> items, Func<T, TextSpan> span, int position)
    {
        var low = 0;
        var high = items.Count;
        while (low < high)
        {
            t_steps++;
            var middle = low + ((high - low) / 2);
            if (span(items[middle]).End > position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    /// <summary>The indexes [first, last] of the items overlapping <paramref name="target"/>; first &gt; last when none.</summary>
    public static (int First, int Last) Overlapping<T>(IReadOnlyList<T> items, Func<T, TextSpan> span, TextSpan target)
    {
        var first = FirstEndingAfter(items, span, target.Start);
        var last = first - 1;
        while (last + 1 < items.Count && span(items[last + 1]).OverlapsWith(target))
        {
            t_steps++;
            last++;
        }
        return (first, last);
    }

    /// <summary>
    /// <see cref="Overlapping{T}(IReadOnlyList{T}, Func{T, TextSpan}, TextSpan)"/> of an array: the same search, without
    /// boxing the array into a list at each call (linking asks it for every sentence of a block with quotations).
    /// </summary>
    public static (int First, int Last) Overlapping<T>(System.Collections.Immutable.ImmutableArray<T> items, Func<T, TextSpan> span, TextSpan target)
    {
        var low = 0;
        var high = items.Length;
        while (low < high)
        {
            t_steps++;
            var middle = low + ((high - low) / 2);
            (low, high) = span(items[middle]).End > target.Start ? (low, middle) : (middle + 1, high);
        }
        var last = low - 1;
        while (last + 1 < items.Length && span(items[last + 1]).OverlapsWith(target))
        {
            t_steps++;
            last++;
        }
        return (low, last);
    }

    /// <summary>
    /// Whether <paramref name="offset"/> lies strictly inside one of <paramref name="quotations"/>, as
    /// <see cref="StrictlyInside{T}"/> reads it: asked for many words of every sentence, where the array passed as a list was
    /// boxed at each call.
    /// </summary>
    public static bool StrictlyInsideQuotation(System.Collections.Immutable.ImmutableArray<Quotation> quotations, int offset)
    {
        var low = 0;
        var high = quotations.Length;
        while (low < high)
        {
            t_steps++;
            var middle = low + ((high - low) / 2);
            (low, high) = quotations[middle].Span.End > offset ? (low, middle) : (middle + 1, high);
        }
        return low < quotations.Length && quotations[low].Span.Start < offset;
    }

    /// <summary>Whether <paramref name="offset"/> lies strictly inside one of the spans.</summary>
    public static bool StrictlyInside<T>(IReadOnlyList<T> items, Func<T, TextSpan> span, int offset)
    {
        var index = FirstEndingAfter(items, span, offset);
        return index < items.Count && span(items[index]).Start < offset;
    }
}
