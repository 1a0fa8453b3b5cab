using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Headlines put the future as "to" and a bare verb ("Mayor to back levy": the mayor will back it;
/// <c>headline_future_markers</c>): a reporting verb there has the noun phrase before "to" as its subject. Invented
/// headlines; no sentence here comes from an annotated corpus.
/// </summary>
public class HeadlineFutureTests
{
    [TestCase("Harbour union to endorse Ruiz for mayor", "to endorse", "Harbour union")]
    [TestCase("Mayor Ana Ruiz to oppose new ferry levy", "to oppose", "Mayor Ana Ruiz")] // a stance, its subject a name
    [TestCase("Skippers to call for inquiry into pier collapse", "to call for", "Skippers")]
    [TestCase("Ferry Board To Announce New Winter Timetable", "To Announce", "Ferry Board")] // title case
    [TestCase("Update: Harbour union to endorse Ruiz", "to endorse", "Harbour union")] // after a label's colon
    public void Reads_the_subject_before_to_as_the_speaker(string headline, string cue, string source)
    {
        var found = Attributions(headline + "\n\nThe pier reopened on Monday.\n");
        Assert.That(found, Does.Contain((cue, source)), string.Join("; ", found));
    }

    [TestCase("Harbour crews ready to back the levy")] // an adjective before "to": its infinitive, no future
    [TestCase("Harbour board to close the pier for winter")] // no reporting verb after "to"
    [TestCase("Mayor takes to radio to defend ferry levy")] // after a verb: a purpose, read as before
    [TestCase("7 things to know about the new ferry levy")] // a count: a list, not a party's plan
    public void Reads_no_future_speaker(string headline)
    {
        var found = Attributions(headline + "\n\nThe pier reopened on Monday.\n");
        Assert.That(found, Has.None.Matches<(string Cue, string? Source)>(f => f.Cue.StartsWith("to ", StringComparison.OrdinalIgnoreCase)), string.Join("; ", found));
    }

    [Test]
    public void Reads_no_future_in_body_copy()
    {
        var found = Attributions("Headline\n\nThe board urged the union to endorse Ruiz for mayor.\n");
        Assert.That(found, Has.None.Matches<(string Cue, string? Source)>(f => f.Source == "the union"), string.Join("; ", found));
    }

    private static List<(string Cue, string? Source)> Attributions(string text)
    {
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }
}
