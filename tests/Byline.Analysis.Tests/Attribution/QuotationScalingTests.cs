using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// The quotation pass is linear in a paragraph's length: the lookups between a paragraph's quotations and its
/// sentences (binary searches in <see cref="SortedSpans"/>) do about twice the work for twice the paragraph,
/// where scanning every quotation for every sentence did four times the work. Counted, not timed.
/// </summary>
public class QuotationScalingTests
{
    private static long StepsToLink(int repeats)
    {
        var paragraph = string.Concat(Enumerable.Repeat("\"We will win,\" he said. ", repeats));
        var tree = ArticleSyntaxTree.Parse(ArticleText.From("Headline of the piece\n\n" + paragraph), ArticleFormat.PlainText);
        SortedSpans.ResetSteps();
        var sourcing = SourcingLinker.Link(tree);
        Assert.That(sourcing.Sentences.Count(s => s.Quotations.Length == 1), Is.EqualTo(repeats), "every sentence holds its own quotation");
        return SortedSpans.Steps;
    }

    [Test]
    public void Doubling_a_paragraph_of_quotations_about_doubles_the_lookup_work()
    {
        var small = StepsToLink(2_000);
        var large = StepsToLink(4_000);
        TestContext.Out.WriteLine($"Lookup steps: {small} for 2,000 quotations, {large} for 4,000 ({(double)large / small:F2}×).");
        // n log n for the binary searches: 2 × (1 + 1/log2 n) ≈ 2.2 here; quadratic work would be 4×.
        Assert.That(large, Is.LessThan(2.4 * small));
        Assert.That(large, Is.GreaterThan(1.8 * small), "the counter counts the lookups at all");
    }

    [Test]
    public void The_quotations_own_search_answers_as_the_list_search_does()
    {
        var random = new Random(38);
        for (var round = 0; round < 200; round++)
        {
            var quotations = RandomQuotations(random, round % 9);
            var array = quotations.ToImmutableArray();
            for (var offset = -1; offset < 60; offset++)
            {
                Assert.That(SortedSpans.StrictlyInsideQuotation(array, offset), Is.EqualTo(SortedSpans.StrictlyInside(quotations, static q => q.Span, offset)),
                    $"offset {offset} in {string.Join(", ", quotations.Select(q => q.Span))}");
            }
        }
    }

    /// <summary>Up to nine short quotations in order, some touching, some of no length, from a seeded random.</summary>
    private static List<Quotation> RandomQuotations(Random random, int count)
    {
        var quotations = new List<Quotation>();
        for (var at = random.Next(3); quotations.Count < count; at += random.Next(1, 6))
        {
            var length = random.Next(0, 5);
            quotations.Add(new Quotation(new Microsoft.CodeAnalysis.Text.TextSpan(at, length), length));
            at += length;
        }
        return quotations;
    }

    [Test]
    public void The_arrays_overlap_search_answers_as_the_list_search_does_and_a_moved_target_as_moved_spans()
    {
        var random = new Random(41);
        for (var round = 0; round < 200; round++)
        {
            var quotations = RandomQuotations(random, round % 9);
            var array = quotations.ToImmutableArray();
            var offset = random.Next(0, 100);
            for (var start = 0; start < 60; start++)
            {
                for (var length = 0; length < 8; length++)
                {
                    var target = new Microsoft.CodeAnalysis.Text.TextSpan(start, length);
                    var moved = new Microsoft.CodeAnalysis.Text.TextSpan(start + offset, length);
                    var expected = SortedSpans.Overlapping(quotations, static q => q.Span, target);
                    Assert.That(SortedSpans.Overlapping(array, static q => q.Span, target), Is.EqualTo(expected), $"{target} in {string.Join(", ", quotations.Select(q => q.Span))}");
                    // Linking searches a block's spans with the article's target moved back, as it searched the spans moved on.
                    Assert.That(SortedSpans.Overlapping(quotations, q => new Microsoft.CodeAnalysis.Text.TextSpan(q.Span.Start + offset, q.Span.Length), moved), Is.EqualTo(expected));
                }
            }
        }
    }
}
