using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// <see cref="FindingSort"/> leaves findings in the order a stable sort by <see cref="Finding.ReportOrder"/> leaves
/// them: ties (same start, same rule id) in the order they came, so findings already in order stay as they are.
/// </summary>
public class FindingSortTests
{
    // Ids out of ordinal order, and two descriptors that share an id (they compare as equal).
    /// <summary>The report order as a comparer: LINQ's ordering with it is the stable sort the tests compare against.</summary>
    private static readonly IComparer<Finding> ByReportOrder = Comparer<Finding>.Create(Finding.ReportOrder);

    private static readonly RuleDescriptor[] Rules =
    [
        new("BYL0007", "seventh", Severity.Warning, "Seventh"),
        new("BYL0001", "first", Severity.Warning, "First"),
        new("BYL0002", "second", Severity.Warning, "Second"),
        new("BYL0001", "first again", Severity.Warning, "First again"),
        new("BYL0012", "twelfth", Severity.Warning, "Twelfth"),
    ];

    [TestCase(2, 3, 1)]
    [TestCase(17, 5, 2)]
    [TestCase(200, 40, 3)]
    [TestCase(5000, 900, 4)]
    [TestCase(5000, 5000, 5)]
    [TestCase(20000, 300, 6)]
    public void Orders_as_a_stable_sort_by_the_comparison_does(int count, int starts, int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var findings = ImmutableArray.CreateBuilder<Finding>(count);
            for (var i = 0; i < count; i++)
            {
                var rule = Rules[random.Next(round % 2 == 0 ? 2 : Rules.Length)];
                findings.Add(new Finding(rule, Severity.Warning, new TextSpan(random.Next(starts), random.Next(5)), $"finding {i}"));
            }
            if (round % 3 == 0)
            {
                findings.Sort(Finding.ReportOrder); // already sorted, ties and all: sorted again as the workspace does
            }
            else if (round % 3 == 1)
            {
                SortRunsOfRandomLength(findings, random); // ascending runs, as the analysis gathers them rule by rule
            }
            // LINQ's OrderBy is stable.
            var expected = findings.Order(ByReportOrder).ToArray();

            // In order exactly when the stable sort would leave every finding where it is.
            Assert.That(FindingSort.IsInReportOrder(findings.ToImmutable()), Is.EqualTo(findings.SequenceEqual(expected, ReferenceEqualityComparer.Instance)), $"round {round}, in order before");

            var sorted = FindingSort.InReportOrder(findings);
            Assert.That(FindingSort.IsInReportOrder(sorted), Is.True, $"round {round}, in order after");

            Assert.That(sorted, Is.EqualTo(expected).Using<Finding>(ReferenceEquals), $"round {round}");
            var again = sorted.ToBuilder();
            Assert.That(FindingSort.InReportOrder(again), Is.EqualTo(expected).Using<Finding>(ReferenceEquals), $"round {round}, sorted again");
        }
    }

    [TestCase(2, 3, 1)]
    [TestCase(200, 40, 2)]
    [TestCase(5000, 900, 3)]
    public void Findings_with_lags_sort_where_they_lie_and_read_as_their_placed_copies(int count, int starts, int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 20; round++)
        {
            var findings = ImmutableArray.CreateBuilder<Finding>(count);
            var lags = new int[count];
            for (var i = 0; i < count; i++)
            {
                var rule = Rules[random.Next(Rules.Length)];
                // Runs of equal lag, as an edit moves the findings after it; some lags move findings back.
                lags[i] = i > 0 && random.Next(8) > 0 ? lags[i - 1] : random.Next(-3, 6);
                var start = random.Next(starts) + 3;
                findings.Add(new Finding(rule, Severity.Warning, new TextSpan(start, random.Next(5)), $"finding {i}")
                    { Focus = new TextSpan(start + 1, 1) });
            }
            var expected = findings.Select((f, i) => f.Shifted(lags[i])).Order(ByReportOrder).ToArray();

            var placed = FindingSort.Placed(findings, lags);

            Assert.That(placed.Findings, Is.EqualTo(expected), $"round {round}: the findings at their places, in order");
            for (var i = 0; i < placed.Length; i++)
            {
                Assert.That(placed.StartOf(i), Is.EqualTo(expected[i].Span.Start), $"round {round}, finding {i}'s start");
            }
        }
    }

    private static void SortRunsOfRandomLength(ImmutableArray<Finding>.Builder findings, Random random)
    {
        for (var start = 0; start < findings.Count;)
        {
            var length = Math.Min(findings.Count - start, 1 + random.Next(Math.Max(1, findings.Count / 4)));
            var run = findings.Skip(start).Take(length).Order(ByReportOrder).ToArray();
            for (var i = 0; i < length; i++)
            {
                findings[start + i] = run[i];
            }
            start += length;
        }
    }
}
