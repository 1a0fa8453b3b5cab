using Byline.Analysis;
using Byline.Cli.Formats;

namespace Byline.Cli.Tests;

/// <summary>The text format writes each article as it is checked; the lines and the summary are those of checking all first.</summary>
public class InOrderCheckTests
{
    [Test]
    public void Articles_checked_in_order_are_written_as_the_whole_list_would_be()
    {
        var (inputs, errors) = ArticleInputs.Expand([BylineProcess.SeedsFolder]);
        Assert.That(errors, Is.Empty);
        // Each seed several times, so the threads finish out of order while the writes must not.
        var many = Enumerable.Range(0, 6).SelectMany(_ => inputs).ToList();
        var all = ArticleChecker.CheckAll(many, Severity.Hint, withFigures: false, withIdentities: false, finished: null, progress: null);
        using var expected = new StringWriter();
        TextFormat.Write(expected, all, baseline: null);

        var paths = new List<string>();
        var tally = new CheckTally(null);
        using var streamed = new StringWriter();
        ArticleChecker.CheckInOrder(many, Severity.Hint, withIdentities: false, withText: false, article =>
        {
            paths.Add(article.Path);
            TextFormat.WriteArticle(streamed, article, baseline: null);
            tally.Add(article);
        }, progress: null);

        Assert.That(paths, Is.EqualTo(many.Select(i => i.DisplayPath)));
        Assert.That(streamed.ToString(), Is.EqualTo(expected.ToString()));
        Assert.That(TextFormat.Summary(tally, colour: false), Is.EqualTo(TextFormat.Summary(all, null, colour: false)));
        Assert.That(tally.NewFindings, Is.GreaterThan(0));
    }
}
