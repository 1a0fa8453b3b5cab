using Byline.Analysis.Attribution;
using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Frames of a clause that reports a stance (<c>SentenceReader.ClauseFrames.cs</c>): the content clause after a noun of
/// saying or thinking when "that" could be read as a determiner, and the adverbs between "be" and a stance adjective.
/// Invented text.
/// </summary>
public class ClauseFrameTests
{
    // Before a plural noun, a pronoun or "there", "that" after a stance noun is the conjunction: a demonstrative agrees with
    // a singular noun and never comes before a pronoun.
    [TestCase("The islanders stayed away because of fears that skippers would lose their boats.", "fears that")]
    [TestCase("Trade at the harbour slumped amid criticism that its timetable was too thin.", "criticism that")]
    [TestCase("The harbour year ended amid concerns that they had misled the crews.", "concerns that")]
    public void Reads_a_content_clause_the_tagger_reads_as_a_relative(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => (a.Pattern, a.Cue)), Does.Contain(("nominal-stance", cue)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.Not.EqualTo(SourcingStatus.Unattributed));
    }

    [TestCase("The fears that grew over the winter faded by spring.")] // a relative pronoun before its verb
    [TestCase("A report that reached the harbour board on Monday was three pages long.")]
    public void Reads_no_content_clause_after_a_relative_that(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern is "nominal-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    // One word, or two when the farther is an adverb, may stand between "be" and a stance adjective.
    [TestCase("The mayor was not entirely sceptical about the new toll.", "was not entirely sceptical about", "The mayor")]
    [TestCase("The skippers are now more hopeful about the second ferry.", "are now more hopeful about", "The skippers")]
    [TestCase("The mayor was deeply sceptical about the new toll.", "was deeply sceptical about", "The mayor")] // one word, as before
    public void Reads_a_stance_adjective_after_adverbs(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("party-stance", cue, (string?)source)), string.Join("; ", found));
    }

    [TestCase("The mayor is a very sure bet that the ferry would sail.")] // a noun phrase after "be", no predicate adjective
    public void Reads_no_stance_adjective_past_a_noun_phrase(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern is "party-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    // A comma closes a parenthetical or fronted clause: a hedge after it is in the main clause again, and the sentence is
    // vaguely sourced, not an unattributed claim.
    [TestCase("The ferry, which sails at dawn, appears to be late again.")]
    [TestCase("In the harbour town, where the ferry docks, the toll appears to be rising.")]
    [TestCase("Nobody on the quay, including the harbour master, seems to know the new timetable.")]
    public void A_hedge_after_a_closed_clause_is_the_main_clauses(string sentence)
    {
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Vague));
    }

    [TestCase("The council closed the pier, which appears to be sinking.")]
    [TestCase("The board fined the skipper who seemed to be asleep at the wheel.")]
    public void A_hedge_inside_an_open_clause_leaves_the_claim_unattributed(string sentence)
    {
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Unattributed));
    }
}
