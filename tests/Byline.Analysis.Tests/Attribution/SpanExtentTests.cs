using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Which words are an attribution's cue and its source (the spans an editor sees), on invented sentences of
/// the shapes news copy takes: one attribution per report, its source the subject of the reporting clause.
/// </summary>
public class SpanExtentTests
{
    // A stance or cognition verb inside what a speaker reports is part of the report, not a second attribution.
    [TestCase("The harbour master said the mayor believes the pier is safe.", "said", "The harbour master")]
    [TestCase("Ferry operators argued that commuters want a cheaper toll.", "argued", "Ferry operators")]
    [TestCase("She told reporters she hopes the vote will be delayed.", "told", "She")]
    public void A_stance_inside_reported_content_is_no_second_attribution(string sentence, string cue, string source)
    {
        Assert.That(Attributions(sentence), Is.EqualTo(new List<(string, string?)> { (cue, source) }));
    }

    [Test]
    public void A_report_inside_reported_content_names_a_second_source()
    {
        var found = Attributions("The harbour master said the mayor told him the pier would close.");
        Assert.That(found, Does.Contain(("said", (string?)"The harbour master")));
        Assert.That(found, Does.Contain(("told", (string?)"the mayor")));
    }

    [Test]
    public void A_stance_outside_any_report_is_an_attribution()
    {
        Assert.That(Attributions("The mayor believes the pier is safe.").Select(a => a.Cue), Does.Contain("believes"));
    }

    private static List<(string Cue, string? Source)> Attributions(string sentence)
    {
        var text = "Headline\n\n" + sentence + "\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }
}
