using Byline.Analysis.Attribution;
using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A reporting verb in the passive with no agent (pattern <c>agentless-passive</c>, <c>passive_auxiliaries</c> in
/// attribution.yaml): its subject is what the report is about, not who made it, so the cue has no source, and the
/// sentence is still attributed, vaguely. Invented text.
/// </summary>
public class AgentlessPassiveTests
{
    [TestCase("The new pier is expected to reopen in May.", "is expected")]
    [TestCase("The harbour master was asked whether the ferry would run.", "was asked")]
    [TestCase("It is believed that the cables were cut before the storm.", "is believed")] // an impersonal "it" is nobody
    [TestCase("The closure of the north pier was announced on Friday.", "was announced")]
    [TestCase("The ferry union has been told that the toll will stay.", "has been told")] // the one told, not the teller
    [TestCase("The new toll was widely criticised as unfair.", "was widely criticised")] // adverbs in the verb group
    [TestCase("Naval patrols in the bay have been widely protested as a breach of the treaty.", "have been widely protested")]
    [TestCase("The levy on trawlers will be announced next week.", "will be announced")]
    [TestCase("The new toll is expected in court by March.", "is expected")] // a deadline after "by", no agent
    [TestCase("The skipper wasn't asked about the storm.", "wasn't asked about")] // the preposition the verb governs joins the cue
    [TestCase("The old skipper got asked about the storm twice.", "got asked about")] // "get" makes a passive too
    // Adverbs of degree in the verb group: a reputation is what people at large know, their names left unsaid.
    [TestCase("The harbour master is best known for her storm charts.", "is best known for")]
    [TestCase("He is perhaps better known as a ferry skipper.", "is perhaps better known as")]
    [TestCase("Both skippers are well known to dock workers.", "are well known")]
    public void Reads_the_cue_with_no_source(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("agentless-passive", cue, (string?)null)), string.Join("; ", found));
        Assert.That(found.Where(a => a.Source is not null), Is.Empty, string.Join("; ", found));
    }

    [TestCase("The new pier is expected to reopen in May.")]
    [TestCase("It was said that the ferry would stop sailing in winter.")]
    public void Leaves_the_sentence_attributed_but_vague(string sentence)
    {
        var sourcing = Sentence(sentence);
        Assert.That(sourcing.IsAttributed, Is.True);
        Assert.That(sourcing.Status, Is.EqualTo(SourcingStatus.Vague));
    }

    [TestCase("The harbour master has asked whether the ferry would run.", "subject-cue-content", "has asked", "The harbour master")] // a perfect is active
    [TestCase("The harbour master was asking whether the ferry would run.", "subject-cue-content", "was asking", "The harbour master")] // a progressive is active
    [TestCase("The pier was described by the harbour master as unsafe.", "passive-agent", "was described by", "the harbour master")] // the agent speaks
    [TestCase("The closure was announced on Friday by the harbour board.", "passive-agent", "was announced", "the harbour board")] // an agent after an adverbial
    [TestCase("The skipper was asked about the storm by two reporters.", "passive-agent", "was asked about", "two reporters")]
    public void Keeps_a_source_where_the_grammar_names_one(string sentence, string pattern, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain((pattern, cue, source)), string.Join("; ", found));
    }

    [TestCase("The harbour master is worried that the pier will close.", "The harbour master")] // the one who feels
    [TestCase("The old skippers were quoted in the harbour paper on the storm.", "The old skippers")] // whose words are quoted
    public void Keeps_the_subject_of_a_passive_that_names_the_holder(string sentence, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Source), Does.Contain(source), string.Join("; ", found));
        Assert.That(found.Select(a => a.Pattern), Does.Not.Contain("agentless-passive"), string.Join("; ", found));
    }
}
