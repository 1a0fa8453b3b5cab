using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// <see cref="FindingSort"/> leaves findings in the very order <c>Sort(Finding.ReportOrder)</c> leaves them, the
/// order of ties included (the sort is not stable, and reports keep the order of ties it leaves).
/// </summary>
public class FindingSortTests
{
    // Ids out of ordinal order, and two descriptors that share an id (they compare as equal).
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
    public void Orders_as_the_comparison_sort_does(int count, int starts, int seed)
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
            var expected = findings.ToArray();
            Array.Sort(expected, Finding.ReportOrder);
            var compared = findings.ToImmutable().ToBuilder();
            compared.Sort(Finding.ReportOrder);

            var sorted = FindingSort.InReportOrder(findings);

            Assert.That(sorted, Is.EqualTo(expected).Using<Finding>(ReferenceEquals), $"round {round}");
            Assert.That(sorted, Is.EqualTo(compared).Using<Finding>(ReferenceEquals), $"round {round}");
        }
    }
}
