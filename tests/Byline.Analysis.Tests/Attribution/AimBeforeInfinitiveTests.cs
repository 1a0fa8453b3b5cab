namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// An aim stated before an infinitive (<c>verbs</c> in attribution.yaml with <c>to_infinitive: true</c>): "looks to" and
/// "pushed to" before a base-form verb tell what the subject means to bring about, a stance as "seek to" is; before a
/// noun phrase "to" gives a direction or a recipient and nothing is reported. Invented sentences.
/// </summary>
public class AimBeforeInfinitiveTests
{
    [TestCase("The ferry union is looking to block the new toll.", "is looking", "The ferry union")]
    [TestCase("Ana Ruiz looks to reopen the old pier by May.", "looks", "Ana Ruiz")]
    [TestCase("The harbour board pushed to close the night berths.", "pushed", "The harbour board")]
    [TestCase("The skippers pushed for a second vote on the levy.", "pushed for", "The skippers")]
    public void Reads_an_aim_before_an_infinitive_as_a_cue(string sentence, string cue, string source)
    {
        SourcingOfText.AssertReadsCue(sentence, cue, source);
    }

    [TestCase("The fishing fleet looked to the harbour mouth as the storm came in.", "looked")]
    [TestCase("Island skippers are looking to the council for a new berth.", "looking")]
    [TestCase("The crowd pushed to the front of the ferry hall.", "pushed")]
    [TestCase("Tom Lee pushed the cart along the quay.", "pushed")]
    public void Reads_no_cue_where_to_opens_a_noun_phrase(string sentence, string word)
    {
        SourcingOfText.AssertNoCueContaining(sentence, word);
    }
}
