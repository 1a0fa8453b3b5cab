using System.Collections.Immutable;
using Byline.Analysis;

namespace Byline.Workspace;

/// <summary>The order diagnostics are reported in, <see cref="Finding.ReportOrder"/> (the analysis sorts its findings so too).</summary>
internal static class FindingOrder
{
    public static readonly Comparison<Finding> Compare = Finding.ReportOrder;

    /// <summary>
    /// Whether each finding comes strictly after the one before it. Such a list is what any sort makes of it, so it
    /// need not be sorted again; a list with ties is (the sort is not stable, and the order of ties it leaves is kept).
    /// </summary>
    public static bool IsStrictlySorted(ImmutableArray<Finding> findings)
    {
        for (var i = 1; i < findings.Length; i++)
        {
            if (Compare(findings[i - 1], findings[i]) >= 0)
            {
                return false;
            }
        }
        return true;
    }
}
