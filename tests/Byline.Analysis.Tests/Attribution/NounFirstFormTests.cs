namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Forms a reporting verb shares with a much commoner noun (<c>noun_first_forms</c> in attribution.yaml: "state",
/// "states", "attack", "post", "remarks" …): after a capitalised word, which could be a subject, the tagger still decides
/// whether the form is the verb, so "a Coastal state" and "the Riverside attack" report nothing while "the memo states
/// that …" does. Invented sentences.
/// </summary>
public class NounFirstFormTests
{
    [TestCase("The ferry is popular in a heavily Coastal state.", "state")]
    [TestCase("The ferry union must win back Coastal state councils.", "state")]
    [TestCase("The ferry runs in Harbour state and in Coast state.", "state")]
    [TestCase("The board met after the 2019 Riverside attack.", "attack")]
    // The -s spelling is the noun's plural unless a pronoun is its subject or a report follows it.
    [TestCase("After the Lisbon attacks, the mayor released a new ad.", "attacks")]
    [TestCase("Lisbon attacks test the mayor's ferry plan.", "attacks")]
    [TestCase("Coastal states swing toward the union.", "states")]
    [TestCase("The mayor condemned the attacks on the port.", "attacks")]
    [TestCase("The council campaigned in the March states.", "states")]
    public void Reads_no_verb_cue_on_the_noun(string sentence, string word)
    {
        var found = SourcingOfText.Attributions(sentence);
        Assert.That(found.Any(a => a.Cue.Split(' ').Contains(word)), Is.False, string.Join("; ", found));
    }

    [TestCase("The county's memo states that the pier is unsafe.", "states", "The county's memo")]
    [TestCase("Ana Ruiz states that the toll is fair.", "states", "Ana Ruiz")]
    [TestCase("The harbour master stated that the pier would close.", "stated", "The harbour master")]
    [TestCase("She attacks her rival's record on ferries.", "attacks", "She")]
    [TestCase("The ferry union runs a blog, which often posts long replies to the board.", "often posts", "which")]
    [TestCase("The Harbour Board attacks the ferry levy.", "attacks", "The Harbour Board")]
    public void Reads_the_verb_where_it_reports(string sentence, string cue, string source)
    {
        SourcingOfText.AssertReadsCue(sentence, cue, source);
    }

    // A comment clause opened by "as" reports whatever the tagger reads of its verb's spelling.
    [TestCase("As the county's memo states, the pier is unsafe.", "states", "the county's memo")]
    [TestCase("The toll is fair, as the harbour audit states.", "states", "the harbour audit")]
    [TestCase("As the ferry report notes, the crossing is slow.", "notes", "the ferry report")]
    public void Reads_the_verb_of_a_comment_clause(string sentence, string cue, string source)
    {
        SourcingOfText.AssertReadsCue(sentence, cue, source);
    }

    [TestCase("As in most coastal states, the ferry runs daily.", "states")]
    [TestCase("As with other harbour states, the levy is low.", "states")]
    public void Reads_no_cue_where_as_opens_no_clause(string sentence, string word)
    {
        var found = SourcingOfText.Attributions(sentence);
        Assert.That(found.Any(a => a.Cue.Split(' ').Contains(word)), Is.False, string.Join("; ", found));
    }
}
