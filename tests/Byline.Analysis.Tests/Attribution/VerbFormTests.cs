namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Reporting verbs read through their subject and their form (invented sentences): a quantity as the subject of a
/// reporting clause set inside or after its content, an adverb between a preposition and its gerund, and a sentence
/// that opens with "And" or "But".
/// </summary>
public class VerbFormTests
{
    // A quantity and its verb set off by commas, or closing the sentence, report the rest of it.
    [TestCase("The ferry levy, many argue, will empty the harbour.", "argue", "many")]
    [TestCase("The new fares will hurt the islands, some say.", "say", "some")]
    // An adverb of the verb group between a preposition or a subordinator and its gerund: the clause's subject speaks.
    [TestCase("The mayor responded by first saying the toll was fair.", "saying", "The mayor")]
    [TestCase("The skippers answered the board by publicly saying the toll was unfair.", "saying", "The skippers")]
    // A sentence-opening "And" or "But" is neither the subject nor an introductory phrase: the subject follows it.
    [TestCase("But the harbour master kept her temper and added that the pier would reopen.", "added", "the harbour master")]
    [TestCase("And the ferry union went to court on Monday, claiming the levy was unlawful.", "claiming", "the ferry union")]
    public void Finds_the_cue_and_its_source(string sentence, string cue, string source)
    {
        var found = SourcingOfText.Attributions(sentence);
        Assert.That(found.Any(a => a.Cue.EndsWith(cue, StringComparison.Ordinal) && a.Source == source), string.Join("; ", found));
    }

    // A participle that describes the phrase before the comma has words of its own after it: no reporting clause.
    [TestCase("Lee and Ruiz, both considered to be moderates, left the board.", "considered")]
    public void Reads_no_cue_on_a_describing_participle(string sentence, string word)
    {
        SourcingOfText.AssertNoCueContaining(sentence, word);
    }
}
