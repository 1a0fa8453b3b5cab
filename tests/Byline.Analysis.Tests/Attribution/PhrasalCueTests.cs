using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Phrasal verbs that report only with their particle or preposition (<c>phrasal_cues</c> in attribution.yaml): a reply
/// ("shot back"), taking a side ("pushed for"), dismissing ("played down"), singling out ("alluded to"). The particle and
/// the preposition after it belong to the cue. Invented text.
/// </summary>
public class PhrasalCueTests
{
    [TestCase("The harbour master shot back at the skippers on Friday.", "shot back at", "The harbour master")]
    [TestCase("Ana Ruiz pushed for a second breakwater at the meeting.", "pushed for", "Ana Ruiz")]
    [TestCase("The ferry union sided with the dock workers in the dispute.", "sided with", "The ferry union")]
    [TestCase("Tom Lee played down the cost of the new quay.", "played down", "Tom Lee")]
    [TestCase("The mayor has repeatedly played down the risk of flooding.", "has repeatedly played down", "The mayor")]
    [TestCase("The council quietly shrugged off the auditors’ warning.", "quietly shrugged off", "The council")]
    [TestCase("In her talk, the engineer alluded to the cracks in the pier.", "alluded to", "the engineer")]
    [TestCase("The governor took aim at the ferry company’s new fares.", "took aim at", "The governor")]
    [TestCase("The skippers have doubled down on their demand for a lower toll.", "have doubled down on", "The skippers")]
    [TestCase("Ms. Ruiz laid out her plan for the harbour in a long speech.", "laid out", "Ms. Ruiz")]
    [TestCase("The board backed away from its pledge to rebuild the jetty.", "backed away from", "The board")]
    [TestCase("The harbour master made clear that the pier would stay shut.", "made clear", "The harbour master")] // stating plainly
    [TestCase("Ana Ruiz makes clear her opposition to the toll.", "makes clear", "Ana Ruiz")]
    [TestCase("The harbour master made it clear that the pier would stay shut.", "made it clear", "The harbour master")]
    [TestCase("Tom Lee has made no secret of his dislike for the new quay.", "has made no secret", "Tom Lee")]
    [TestCase("The skippers are making the case for a lower toll.", "are making the case", "The skippers")]
    [TestCase("Ana Ruiz made the point that the ferry loses money.", "made the point", "Ana Ruiz")]
    [TestCase("The ferry union took issue with the new timetable.", "took issue with", "The ferry union")] // objecting
    [TestCase("Ana Ruiz distanced herself from the levy on Monday.", "distanced herself from", "Ana Ruiz")]
    [TestCase("The comedians poked fun at the harbour board’s new fares.", "poked fun at", "The comedians")] // mocking
    [TestCase("Ana Ruiz rattled off a list of the pier’s faults.", "rattled off", "Ana Ruiz")] // reciting a list
    [TestCase("The skipper ticked off the ferry company’s broken promises.", "ticked off", "The skipper")]
    [TestCase("The harbour board ticked off the skipper for sailing late.", "ticked off", "The harbour board")] // a rebuke
    public void Reads_a_phrasal_cue(string sentence, string cue, string source)
    {
        SourcingOfText.AssertReadsCue(sentence, cue, source);
    }

    [TestCase("The hunters shot three ducks on the marsh.")] // the verb without its particle reports nothing
    [TestCase("The crew pushed the boat into the water.")]
    [TestCase("The band played a long set on the quay.")]
    [TestCase("The old ferry was backed by a loan from the county.")] // no particle, and no report before "by"
    [TestCase("The children laid the table for the harbour feast.")]
    [TestCase("The crew made the old pier safe again.")] // "make" without "clear" reports nothing
    [TestCase("The rowing team made it to the final in July.")] // "made it" without "clear" reports nothing
    [TestCase("The young skipper made the team last spring.")]
    [TestCase("The ferry takes an hour to reach the island.")] // "take" without "aim" or "issue"
    [TestCase("The new quay distances the boats from the rocks.")] // "distance" without a reflexive pronoun
    [TestCase("The children poked the crabs with a stick.")] // the verb without its fixed word
    [TestCase("The wind rattled the windows of the harbour office.")]
    [TestCase("The old clock ticked all night in the harbour office.")]
    public void Reads_no_phrasal_cue(string sentence)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }
}
