using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// An editor's first analysis of a long article reads blocks from the end on a second thread (<see cref="BlockPrefetch"/>):
/// its findings, attributions and entities must be those of an analysis on one thread, whichever thread read which
/// block, and no block may keep its words after it.
/// </summary>
public class BlockPrefetchTests
{
    [Test]
    public void A_long_articles_first_analysis_finds_what_one_thread_finds()
    {
        var syntax = Parse(LongArticle());
        Assert.That(syntax.Text.Length, Is.GreaterThan(BlockPrefetch.MinimumLength));
        // The sole analysis (a command's) reads every block on its own thread.
        var alone = Describe(ArticleAnalyzer.Analyze(syntax, AnalyzerOptions.Default with { SoleAnalysis = true }));
        Assert.That(alone, Is.Not.Empty);
        for (var run = 0; run < 5; run++)
        {
            // A fresh tree each time: the block results are fresh, so the two threads meet at a different block.
            Assert.That(Describe(ArticleAnalyzer.Analyze(Parse(LongArticle()))), Is.EqualTo(alone), $"run {run}");
        }
    }

    [Test]
    public void No_block_keeps_its_words_after_the_analysis()
    {
        var syntax = Parse(LongArticle());
        var analysis = ArticleAnalyzer.Analyze(syntax);
        var kept = Enumerable.Range(0, syntax.Blocks.Length).Count(i => analysis.Model.Blocks[i].Words is not null);
        Assert.That(kept, Is.Zero);
    }

    [Test]
    public void A_cancelled_first_analysis_stops_both_threads()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => ArticleAnalyzer.Analyze(Parse(LongArticle()), cancellationToken: cancelled.Token));
    }

    [Test]
    public void A_short_article_is_read_on_one_thread()
    {
        var shortText = Parse("A quiet week\n\nThe market reopened on Friday, the mayor said.\n");
        Assert.That(BlockPrefetch.Start(shortText, BlockResultTable.For(shortText), entities: true, kb: null), Is.Null);
    }

    private static ArticleSyntaxTree Parse(string text) => ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);

    // Invented paragraphs, numbered so that no two blocks are alike: quotes with and without a source, named people,
    // organisations and places, so that attribution and entity linking both have work in every part of the article.
    private static string LongArticle()
    {
        string[] people = ["Dana Orwell", "Priya Hallam", "Tomas Reyne", "Ines Carrow", "Ola Brandt"];
        var text = new System.Text.StringBuilder("Harbour works run late\n\n");
        for (var i = 0; text.Length < 3 * BlockPrefetch.MinimumLength; i++)
        {
            text.Append($"The ferry from Port Elwen was {i + 5} minutes late on Monday, the harbour master said. ")
                .Append($"Passengers waited in the rain for the {i + 2}nd time this month.\n\n")
                .Append($"\"We will add boat number {i + 3} in May,\" said {people[i % people.Length]}, who runs the line for Coastway Ferries.\n\n")
                .Append($"The Elwen council voted {i % 9}-2 to extend the pier. Critics said the cost, ${i + 4} million, was too high. ")
                .Append("Officials declined to comment.\n\n");
        }
        return text.ToString();
    }

    private static List<string> Describe(ArticleAnalysis analysis) =>
        [.. analysis.Findings.Select(f => $"{f.Rule.Id} {f.Severity} {f.Span} {f.Focus} {f.Message}")
            .Concat(analysis.Model.Sourcing.Attributions.Select(a => $"{a.Cue} {a.Source?.Text} {a.Content}"))
            .Concat(analysis.Model.Entities.Entities.Select(e => $"{e.Type} {e.Name} {e.Mentions.Length}"))];
}
