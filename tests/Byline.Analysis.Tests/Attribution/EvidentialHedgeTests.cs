using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// "appears to", "seemed that": the writer passes on an impression without saying whose it is, a hedge like
/// "apparently" (BYL0002, not BYL0001). The same verbs before anything else report nothing. Invented text.
/// </summary>
public class EvidentialHedgeTests
{
    private static SentenceSourcing SentenceAt(string article, string needle)
    {
        var sourcing = SourcingLinker.Link(ArticleSyntaxTree.Parse(ArticleText.From(article), ArticleFormat.PlainText));
        var offset = article.IndexOf(needle, StringComparison.Ordinal);
        return sourcing.Sentences.Single(s => s.Span.Contains(offset));
    }

    [TestCase("The ferry company appears to have cut its winter timetable by half.", "appears to")]
    [TestCase("Support for the harbour plan seemed to fade over the summer months.", "seemed to")]
    [TestCase("It seems that the council never voted on the new pier.", "seems that")]
    [TestCase("The old lighthouse keeper appeared to know every boat in the bay.", "appeared to")]
    public void An_appearance_verb_before_to_or_that_is_a_hedge(string sentence, string hedge)
    {
        var facts = SentenceAt("Harbour news\n\n" + sentence + "\n", sentence[..12]);
        Assert.That(facts.Status, Is.EqualTo(SourcingStatus.Vague));
        Assert.That(facts.VaguePhrases.Select(v => (v.Kind, v.Text)), Is.EqualTo(new[] { (VagueKind.Hedge, hedge) }));
    }

    [TestCase("The ferry company appeared poised to cancel most of its winter sailings.", "appeared poised")]
    [TestCase("The harbour board appears headed for a long dispute with the crews.", "appears headed")]
    [TestCase("By the autumn the lobster crews appeared resigned to the new quotas.", "appeared resigned")]
    public void A_past_participle_after_an_appearance_verb_is_its_complement_and_a_hedge(string sentence, string hedge)
    {
        var facts = SentenceAt("Harbour news\n\n" + sentence + "\n", sentence[..12]);
        Assert.That(facts.Status, Is.EqualTo(SourcingStatus.Vague));
        Assert.That(facts.VaguePhrases.Select(v => (v.Kind, v.Text)), Is.EqualTo(new[] { (VagueKind.Hedge, hedge) }));
    }

    [TestCase("The harbour master appeared on local radio on Tuesday morning.")]
    [TestCase("The ferry appears in the timetable for the first time this winter.")]
    public void An_appearance_verb_before_anything_else_reports_nothing(string sentence)
    {
        var facts = SentenceAt("Harbour news\n\n" + sentence + "\n", sentence[..12]);
        Assert.That((facts.Status, facts.VaguePhrases.Length), Is.EqualTo((SourcingStatus.Unattributed, 0)));
    }

    // "look" and "sound" pass on an impression too, but name no report, so their hedge is no cue; "appear" stays one.
    [TestCase("The new timetable looks like a poor deal for the island's commuters.", "looks like", false)]
    [TestCase("By the spring the harbour board looked increasingly divided over the levy.", "looked increasingly divided", false)]
    [TestCase("The skipper sounded hopeful after a week of talks with the board.", "sounded hopeful", false)]
    [TestCase("The winter sailings look certain to be cut again.", "look certain", false)]
    [TestCase("The quay sounds as though it was built in a hurry.", "sounds as though", false)]
    [TestCase("The ferry appeared as if it might sink in the storm.", "appeared as if", true)]
    public void A_copula_of_sensory_appearance_or_a_clause_of_manner_is_a_hedge(string sentence, string hedge, bool cue)
    {
        var facts = SentenceAt("Harbour news\n\n" + sentence + "\n", sentence[..12]);
        Assert.That(facts.Status, Is.EqualTo(SourcingStatus.Vague));
        Assert.That(facts.VaguePhrases.Select(v => (v.Kind, v.Text)), Is.EqualTo(new[] { (VagueKind.Hedge, hedge) }));
        Assert.That(facts.Attributions.Any(a => a.Pattern == AttributionPatterns.Hedge), Is.EqualTo(cue));
    }

    [TestCase("The harbour master looked at the plans for the new quay on Tuesday.")]
    [TestCase("The ferry company looks to expand its winter timetable next year.")]
    [TestCase("The coastguard sounded the alarm shortly after midnight.")]
    [TestCase("The board looked into the cost of a second breakwater.")]
    public void A_verb_of_sensory_appearance_before_anything_else_is_no_hedge(string sentence)
    {
        var facts = SentenceAt("Harbour news\n\n" + sentence + "\n", sentence[..12]);
        Assert.That(facts.VaguePhrases.Any(v => v.Kind == VagueKind.Hedge), Is.False);
    }

    [Test]
    public void A_hedge_in_a_relative_clause_leaves_the_main_claim_unattributed()
    {
        const string sentence = "The council closed the pier, which seemed to surprise the fishermen.";
        var facts = SentenceAt("Harbour news\n\n" + sentence + "\n", "The council");
        Assert.That(facts.Status, Is.EqualTo(SourcingStatus.Unattributed));
        Assert.That(facts.VaguePhrases.Single().InSubordinateClause, Is.True);
    }
}
