using System.Collections.Immutable;
using Byline.Analysis;

namespace Byline.Workspace;

/// <summary>The order diagnostics are reported in, <see cref="Finding.ReportOrder"/> (the analysis sorts its findings so too).</summary>
internal static class FindingOrder
{
    public static readonly Comparison<Finding> Compare = Finding.ReportOrder;

    /// <summary>
    /// Whether each finding comes after the one before it or ties with it. Such a list is what the (stable) sort
    /// makes of it (<see cref="FindingSort"/>), so it need not be sorted again. Compared in place, not through the
    /// comparison delegate: a long article's thousands of findings are checked on every keystroke.
    /// </summary>
    public static bool IsSorted(ImmutableArray<Finding> findings)
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
}
