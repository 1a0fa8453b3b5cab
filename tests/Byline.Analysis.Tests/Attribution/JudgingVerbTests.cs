namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Verbs of judging in words and of naming in words (<c>verbs</c> in attribution.yaml: "decry", "chide", "assail",
/// "deride", "rebuke", "rebuff", "repudiate", "reference", "retweet"), and of exchanging, implying or uttering words and
/// of deeming or mulling: the verb is the speech act or the stance whatever its subject, and its noun after a determiner
/// or an adjective is no verb. Invented sentences.
/// </summary>
public class JudgingVerbTests
{
    [TestCase("The harbour master decried the new fares at Monday's meeting.", "decried", "The harbour master")]
    [TestCase("Ana Ruiz chided the board for its slow repairs.", "chided", "Ana Ruiz")]
    [TestCase("The editorial assailed the county's plan for the quay.", "assailed", "The editorial")]
    [TestCase("Island skippers deride the levy as a tax on the poor.", "deride", "Island skippers")]
    [TestCase("The ferry union sharply rebuked the council over the toll.", "sharply rebuked", "The ferry union")]
    [TestCase("Tom Lee rebuffed the board's offer of a second vote.", "rebuffed", "Tom Lee")]
    [TestCase("The new mayor repudiated her predecessor's deal with the port.", "repudiated", "The new mayor")]
    [TestCase("In her talk, the engineer referenced an old survey of the pier.", "referenced", "the engineer")]
    [TestCase("The harbour master retweeted the coast guard's warning.", "retweeted", "The harbour master")]
    // exchanging, implying, positing, uttering and reciting words; deeming and mulling: what a party says or weighs
    [TestCase("The two skippers sparred over the toll at the meeting.", "sparred", "The two skippers")]
    [TestCase("The county's letter implied that the ferry would stop in May.", "implied", "The county's letter")]
    [TestCase("Ana Ruiz posits that the pier can be saved.", "posits", "Ana Ruiz")]
    [TestCase("Tom Lee never uttered a word about the levy.", "never uttered", "Tom Lee")]
    [TestCase("The children recited a poem about the old lighthouse.", "recited", "The children")]
    [TestCase("The inspectors deemed the old pier unsafe.", "deemed", "The inspectors")]
    [TestCase("The ferry union is mulling a strike over the new rota.", "is mulling", "The ferry union")]
    public void Reads_the_verb_as_a_cue(string sentence, string cue, string source)
    {
        SourcingOfText.AssertReadsCue(sentence, cue, source);
    }

    // remembering: a memory held, a state of mind as "believe" is (WordNet verb.cognition); a party verb before, now
    // read whatever the subject, and in the passive
    [TestCase("Tom Lee is remembered as a fair harbour master.", "is remembered")]
    [TestCase("Ana Ruiz remembered that the old pier had flooded twice.", "remembered")]
    public void Reads_remembering_as_a_cue(string sentence, string cue)
    {
        var found = SourcingOfText.Attributions(sentence);
        Assert.That(found.Any(a => a.Cue == cue), Is.True, string.Join("; ", found));
    }

    // an aim before "to" is a party's stance when a party holds it, as "seek" is; rules, plans and acts are given aims
    // too, and those hold no one's stance; "look to" before a noun phrase is a glance or reliance (before an
    // infinitive it is an aim: AimBeforeInfinitiveTests)
    [TestCase("The ferry union aims to block the new toll.", "aims", "The ferry union")]
    [TestCase("Ana Ruiz aimed to reopen the pier by May.", "aimed", "Ana Ruiz")]
    public void Reads_a_partys_aim_before_to_as_a_cue(string sentence, string cue, string source)
    {
        SourcingOfText.AssertReadsCue(sentence, cue, source);
    }

    [TestCase("The harbour council voted on Tuesday.", "voted")]
    [TestCase("The new rota is aimed at the night crews.", "aimed")]
    [TestCase("The storms, whose winds aim to flatten the coast, stiffened the town's resolve.", "aim")]
    [TestCase("The fishing fleet looked to the harbour mouth as the storm came in.", "looked")]
    [TestCase("Island skippers are looking to the council for a new berth.", "looking")]
    [TestCase("The ferry looks tired after forty winters.", "looks")]
    public void Reads_no_cue_on_a_vote_an_aim_or_a_look_no_party_states(string sentence, string word)
    {
        var found = SourcingOfText.Attributions(sentence);
        Assert.That(found.Any(a => a.Cue.Contains(word)), Is.False, string.Join("; ", found));
    }

    [TestCase("The council ignored a sharp rebuke from the auditors' office.", "rebuke")] // a noun after an adjective
    [TestCase("The map holds a reference to the old quay.", "reference")]
    [TestCase("The ferry timetable lists many references for travellers.", "references")]
    [TestCase("The pier was painted in the summer.", "painted")] // a passive of no report
    public void Reads_no_verb_cue_on_the_noun(string sentence, string word)
    {
        SourcingOfText.AssertNoCueContaining(sentence, word);
    }
}
