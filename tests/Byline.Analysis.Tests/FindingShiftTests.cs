using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// <see cref="Finding.Shifted"/> moves a finding's fixes only when they are read: whatever chain of moves a finding
/// went through, and whatever fixes were given to a moved copy, reading gives the fixes at the finding's place.
/// </summary>
public class FindingShiftTests
{
    private static readonly RuleDescriptor Rule = new("BYL0001", "first", Severity.Warning, "First");

    private static Finding Made(int start) => new(Rule, Severity.Warning, new TextSpan(start, 10), "m")
    {
        Focus = new TextSpan(start + 2, 3),
        Related = [new RelatedLocation(new TextSpan(start + 1, 2), "r")],
        Fixes =
        [
            new FindingFix("one", [new TextChange(new TextSpan(start + 10, 0), ", x said"), new TextChange(new TextSpan(start, 1), "Y")]),
            new FindingFix("two", [new TextChange(new TextSpan(start + 4, 2), "")]),
        ],
    };

    private static string Describe(Finding f) =>
        $"{f.Span} {f.Focus} {string.Join(";", f.Related.Select(r => $"{r.Span} {r.Message}"))} | "
        + string.Join(";", f.Fixes.Select(x => $"{x.Title}: " + string.Join(",", x.Changes.Select(c => $"{c.Span} {c.NewText}"))));

    [Test]
    public void A_chain_of_moves_reads_as_the_finding_made_at_its_end()
    {
        var random = new Random(20);
        for (var run = 0; run < 200; run++)
        {
            var start = random.Next(0, 1000);
            var finding = Made(start);
            var at = start;
            for (var move = random.Next(1, 8); move > 0; move--)
            {
                var offset = random.Next(-start, 50);
                offset = Math.Max(offset, -at);
                finding = finding.Shifted(offset);
                at += offset;
            }
            Assert.That(Describe(finding), Is.EqualTo(Describe(Made(at))));
        }
    }

    [Test]
    public void Fixes_given_to_a_moved_finding_read_back_as_given()
    {
        var moved = Made(100).Shifted(37).Shifted(-12);
        var fixes = Made(125).Fixes;
        var replaced = moved with { Fixes = fixes };
        Assert.That(Describe(replaced), Is.EqualTo(Describe(Made(125))));
        Assert.That(Describe(replaced.Shifted(5)), Is.EqualTo(Describe(Made(130))));
        Assert.That(Describe((moved with { Fixes = [] }).Shifted(3)), Does.EndWith("| "));
    }

    [Test]
    public void A_moved_findings_changes_are_judged_where_they_are_now()
    {
        var moved = Made(100).Shifted(50);
        Assert.That(moved.AllChangesLie(span => span.Start >= 150 && span.End <= 160), Is.True);
        Assert.That(moved.AllChangesLie(span => span.Start >= 151), Is.False);
    }

    // The same fixes made once at offset 0, as a rule that offers them at each of its findings makes them.
    private static readonly System.Collections.Immutable.ImmutableArray<FindingFix> AtZero = Made(0).Fixes;

    private static Finding Placed(int start) => new(Rule, Severity.Warning, new TextSpan(start, 10), "m")
    {
        Focus = new TextSpan(start + 2, 3),
        Related = [new RelatedLocation(new TextSpan(start + 1, 2), "r")],
        PlacedFixes = (AtZero, start),
    };

    [Test]
    public void Fixes_made_at_zero_and_placed_read_as_fixes_made_in_place_moved_or_not()
    {
        foreach (var start in new[] { 0, 1, 57, 900 })
        {
            Assert.That(Describe(Placed(start)), Is.EqualTo(Describe(Made(start))));
            Assert.That(Describe(Placed(start).Shifted(13).Shifted(-4)), Is.EqualTo(Describe(Made(start + 9))));
            Assert.That(Placed(start).AllChangesLie(span => span.Start >= start && span.End <= start + 10), Is.True);
            Assert.That(Describe(Placed(start) with { Fixes = Made(start + 3).Fixes }), Does.EndWith(Describe(Made(start + 3)).Split(" | ")[1]));
        }
        Assert.That(AtZero[0].Changes[0].Span, Is.EqualTo(new TextSpan(10, 0)), "reading placed fixes leaves the shared ones as made");
    }
}
