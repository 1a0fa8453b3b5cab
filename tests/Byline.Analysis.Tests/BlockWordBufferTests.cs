using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// An analysis that no other one takes over (<see cref="AnalyzerOptions.SoleAnalysis"/>) writes its blocks' readings
/// into one buffer per thread: the findings must be those of an analysis with an array per block, also when the
/// article outgrows the buffer and when the next analysis writes over the first one's readings.
/// </summary>
public class BlockWordBufferTests
{
    private const string Paragraphs =
        "The ferry was late again on Monday, the harbour master said. Passengers waited 40 minutes in the rain.\n\n" +
        "\"We will add a second boat in May,\" said Dana Orwell, who runs the line for Coastway Ferries.\n\n" +
        "The council voted 7-2 to extend the pier. Critics said the cost, $4 million, was too high.\n\n";

    [Test]
    public void A_sole_analysis_finds_what_an_ordinary_one_finds()
    {
        var syntax = Parse("Delays at the harbour\n\n" + Paragraphs);
        Assert.That(Describe(Sole(syntax)), Is.EqualTo(Describe(ArticleAnalyzer.Analyze(syntax))).And.Not.Empty);
    }

    [Test]
    public void An_article_larger_than_the_buffer_is_read_the_same()
    {
        // About 40 tokens a paragraph group: 600 groups are more than the buffer's first 16,384 words.
        var syntax = Parse("Delays at the harbour\n\n" + string.Concat(Enumerable.Repeat(Paragraphs, 600)));
        Assert.That(Describe(Sole(syntax)), Is.EqualTo(Describe(ArticleAnalyzer.Analyze(syntax))));
    }

    [Test]
    public void Consecutive_sole_analyses_on_one_thread_do_not_mix_their_readings()
    {
        var first = Parse("Delays at the harbour\n\n" + Paragraphs);
        var second = Parse("A quiet week\n\nThe market reopened on Friday. Traders said sales were up 12 percent, the mayor said.\n\n");
        var firstAlone = Describe(ArticleAnalyzer.Analyze(first));
        var secondAlone = Describe(ArticleAnalyzer.Analyze(second));
        Assert.Multiple(() =>
        {
            Assert.That(Describe(Sole(first)), Is.EqualTo(firstAlone));
            Assert.That(Describe(Sole(second)), Is.EqualTo(secondAlone));
            Assert.That(Describe(Sole(first)), Is.EqualTo(firstAlone));
        });
    }

    [Test]
    public void A_buffer_opened_inside_an_open_one_leaves_it_open()
    {
        using var outer = BlockWordBuffer.Open();
        var (before, _) = BlockWordBuffer.Take(1);
        using (BlockWordBuffer.Open())
        {
        }
        var (after, _) = BlockWordBuffer.Take(1);
        Assert.That(after, Is.SameAs(before), "the inner Open must neither reset nor close the outer buffer");
    }

    private static ArticleSyntaxTree Parse(string text) => ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);

    private static ArticleAnalysis Sole(ArticleSyntaxTree syntax) =>
        ArticleAnalyzer.Analyze(syntax, AnalyzerOptions.Default with { SoleAnalysis = true });

    private static List<string> Describe(ArticleAnalysis analysis) =>
        [.. analysis.Findings.Select(f => $"{f.Rule.Id} {f.Severity} {f.Span} {f.Focus} {f.Message}")
            .Concat(analysis.Model.Sourcing.Attributions.Select(a => $"{a.Cue} {a.Source?.Text} {a.Content}"))
            .Concat(analysis.Model.Entities.Entities.Select(e => $"{e.Type} {e.Name} {e.Mentions.Length}"))];
}
