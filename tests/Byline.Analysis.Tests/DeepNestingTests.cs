using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// Markdown nested beyond Markdig's depth limit (128) left the whole article unanalysed (one BYL9003 at 1:1);
/// quotes past 32 levels are now read as 32 deep, and every block of the article is analysed.
/// </summary>
public class DeepNestingTests
{
    [TestCase(128)]
    [TestCase(1_000)]
    public void A_quote_nested_too_deep_is_analysed_with_the_rest_of_the_article(int depth)
    {
        var text = "Minister rejects the plan\n\nThe council approved the budget on Monday.\n\n" +
            string.Concat(Enumerable.Repeat("> ", depth)) + "The plan will fail, the minister said.\n\nThe vote is due next week.\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.Markdown));

        Assert.That(analysis.Syntax.Diagnostics, Is.Empty);
        var quoted = text.IndexOf("The plan", StringComparison.Ordinal);
        var deep = analysis.Model.Sourcing.Sentences.Single(s => s.Span.Contains(quoted));
        Assert.That(deep.BlockKind, Is.EqualTo(BlockKind.Quote));
        Assert.That(deep.Status, Is.EqualTo(SourcingStatus.Attributed));
        Assert.That(analysis.Syntax.Text.ToString(deep.Span), Is.EqualTo("The plan will fail, the minister said."));
        Assert.That(analysis.Model.Sourcing.Sentences.Select(s => analysis.Syntax.Text.ToString(s.Span)),
            Does.Contain("The council approved the budget on Monday.").And.Contain("The vote is due next week."));
    }
}

/// <summary>Lists nested past Markdig's limit: reported at the deepest line, and the article still analysed line by line.</summary>
public class DeepListNestingTests
{
    [Test]
    public void A_list_nested_too_deep_is_reported_at_its_line_and_the_article_is_still_analysed()
    {
        var deepLine = string.Concat(Enumerable.Repeat("- ", 200)) + "item\n";
        var text = "Minister rejects the plan\n\nThe council approved the budget, the mayor said.\n\n" + deepLine + "\nThe vote is due next week.\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.Markdown));

        var diagnostic = analysis.Syntax.Diagnostics.Single();
        Assert.That(diagnostic.Span.Start, Is.EqualTo(text.IndexOf(deepLine, StringComparison.Ordinal)));
        var sentences = analysis.Model.Sourcing.Sentences.Select(s => analysis.Syntax.Text.ToString(s.Span)).ToList();
        Assert.That(sentences, Does.Contain("The council approved the budget, the mayor said.").And.Contain("The vote is due next week."));
    }
}
