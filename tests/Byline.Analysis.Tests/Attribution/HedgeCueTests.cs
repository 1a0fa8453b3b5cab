using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A verb of appearance or an adverb that tells of a report, read as a cue with no source (pattern <c>hedge</c>,
/// <c>evidential_verbs</c> and <c>hedge_cues</c> in attribution.yaml), beside the vague phrase it also is. Invented text.
/// </summary>
public class HedgeCueTests
{
    [TestCase("The ferry company appears to have cut its winter timetable by half.", "appears")]
    [TestCase("The old lighthouse keeper seemed to know every boat in the bay.", "seemed")]
    [TestCase("The new breakwater might seem a costly luxury to the skippers.", "might seem")] // the verb group, not the complement
    [TestCase("The ferry crews don't appear to be in any hurry.", "don't appear")]
    [TestCase("It seems that the council never voted on the new pier.", "seems")]
    [TestCase("Harbour fees reportedly rose by a third over the winter.", "reportedly")]
    [TestCase("Ferry crews reportedly want a new contract.", "reportedly")] // the hedge's cue only: no subject read through it for "want"
    public void Reads_a_hedge_as_a_cue_with_no_source(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.EqualTo(new[] { ("hedge", cue, (string?)null) }), string.Join("; ", found));
    }

    [TestCase("The harbour master apparently missed the vote on the pier.")] // the writer's own inference: a hedge, no cue
    [TestCase("The harbour master appeared on local radio on Tuesday morning.")] // no hedge at all
    [TestCase("Ana Ruiz said the new pier seemed unsafe in a storm.")] // inside what a named source reports
    [TestCase("“The new pier seems unsafe in a storm,” Ana Ruiz said.")] // inside a quotation
    public void Reads_no_hedge_cue(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "hedge").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [Test]
    public void A_hedge_cue_in_a_relative_clause_still_leaves_the_main_claim_unattributed()
    {
        const string sentence = "The council closed the pier, which seemed to surprise the fishermen.";
        Assert.That(Attributions(sentence), Is.EqualTo(new[] { ("hedge", "seemed", (string?)null) }));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(Byline.Analysis.Attribution.SourcingStatus.Unattributed));
    }
}
