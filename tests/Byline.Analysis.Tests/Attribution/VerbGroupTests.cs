using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// The verb group around a reporting verb (invented sentences): adverbs inside it, a passive's "be" before adverbs, a
/// relative "that" as the verb's subject, and plural nouns the tagger reads as something else.
/// </summary>
public class VerbGroupTests
{
    // An -ly adverb after an auxiliary belongs to the verb group: the subject ends before the auxiliary.
    [TestCase("The crews are quietly urging the board to drop the toll.", "are quietly urging", "The crews")]
    [TestCase("The harbour master had basically said the same thing.", "had basically said", "The harbour master")]
    [TestCase("The ferry union has repeatedly attacked the new fares.", "has repeatedly attacked", "The ferry union")]
    [TestCase("Pilots can barely believe the pier is still open.", "can barely believe", "Pilots")]
    // A passive with adverbs between "be" and the participle still has its agent as the source.
    [TestCase("The toll was hotly criticised by local traders.", "was hotly criticised by", "local traders")]
    [TestCase("The fare rise has been repeatedly condemned by the ferry union.", "been repeatedly condemned by", "the ferry union")]
    // A relative "that" before the verb stands for the noun phrase before it.
    [TestCase("The board published a report that warns the pier could close.", "warns", "a report")]
    [TestCase("The union has two radio ads that attack the mayor.", "attack", "two radio ads")]
    [TestCase("The campaign has a new ad that accuses the mayor of lying.", "accuses", "a new ad")]
    // A plural noun after a capital that the tagger reads otherwise is the verb's subject.
    [TestCase("River captains warned that the pier would close.", "warned", "River captains")]
    [TestCase("Harbour captains say the toll will empty the harbour.", "say", "Harbour captains")]
    // "since" after a perfect auxiliary stands inside the verb group (perfect_adverbs).
    [TestCase("The harbour master has since said that the pier was unsafe.", "has since said", "The harbour master")]
    [TestCase("Ferry skippers have since denounced the new levy.", "have since denounced", "Ferry skippers")]
    // "twice", like "once" and "repeatedly", counts how often the subject did it: part of the verb group.
    [TestCase("The ferry union has twice complained to the board about the toll.", "has twice complained", "The ferry union")]
    [TestCase("The mayor twice denied that the pier was unsafe.", "twice denied", "The mayor")]
    // "put" with an object and "at" before a figure gives the subject's estimate (estimate_markers).
    [TestCase("Forbes put the mayor's fortune at $45 billion.", "put", "Forbes")]
    [TestCase("A harbour board survey puts ferry use during the summer months at about 12,000 trips a day.", "puts", "A harbour board survey")]
    [TestCase("Early estimates put the cost of the new pier at 30 million euros.", "put", "Early estimates")]
    public void Finds_the_cue_and_its_source(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((cue, (string?)source)), string.Join("; ", found));
    }

    [TestCase("The toll was widely criticised.")] // a passive without its agent names no source
    [TestCase("The fares were quietly announced on Monday.")]
    [TestCase("The races that have not been called will be decided on Friday.")] // a passive relative clause: no speaker
    [TestCase("The details that were disclosed in court surprised the board.")]
    [TestCase("The plan is a split of the harbour that denies the ferry firm its berths.")] // the clause may belong to "split"

    public void Finds_no_source_where_the_verb_group_is_passive(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Source is not null).ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("The ferry union put the offer at the top of its agenda.")] // "at" before no figure: a place, no estimate
    [TestCase("The mayor put the pier at risk.")]
    [TestCase("The mayor put the plan on hold, at least until 2030.")] // past a comma "at" is not the verb's
    public void Put_with_no_figure_after_its_object_reports_nothing(string sentence)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [Test]
    public void Since_before_an_ing_form_opens_a_phrase_not_a_verb_group()
    {
        Assert.That(Attributions("Since announcing her bid, the mayor has toured the port."), Does.Contain(("announcing", (string?)"the mayor")));
    }

    [Test]
    public void A_that_clause_after_a_verb_is_content_not_a_relative_clause()
    {
        Assert.That(Attributions("The mayor said that voters want the toll gone."), Does.Contain(("said", (string?)"The mayor")));
    }

    private static List<(string Cue, string? Source)> Attributions(string sentence)
    {
        var text = "Headline\n\n" + sentence + "\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }
}
