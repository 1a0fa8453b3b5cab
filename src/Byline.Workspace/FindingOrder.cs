using System.Collections.Immutable;
using Byline.Analysis;

namespace Byline.Workspace;

/// <summary>The order diagnostics are reported in, <see cref="Finding.ReportOrder"/> (the analysis sorts its findings so too).</summary>
internal static class FindingOrder
{
    public static readonly Comparison<Finding> Compare = Finding.ReportOrder;

    /// <summary>Whether the findings are in report order already (<see cref="FindingSort.IsInReportOrder"/>).</summary>
    public static bool IsSorted(ImmutableArray<Finding> findings) => FindingSort.IsInReportOrder(findings);
}
