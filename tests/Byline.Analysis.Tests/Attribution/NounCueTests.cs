using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Cues that are nouns: a possessor's stance noun with what it is about ("her claim that", "his attacks on"), and a free
/// relative that names a thing in someone's words ("what he called …"). Invented text.
/// </summary>
public class NounCueTests
{
    [TestCase("Nothing came of Ana Ruiz's wild claims that the pier is unsafe.", "claims", "Ana Ruiz's")] // an adjective between
    [TestCase("Nothing came of her long-held belief that the ferry should be free.", "belief", "her")]
    [TestCase("Few skippers shared his repeated warnings about the tide.", "warnings", "his")] // a participle between
    [TestCase("But Mayor Lee's claims about the toll grew louder.", "claims", "Mayor Lee's")] // an opening "But" is no part of the name
    [TestCase("Despite Ana Ruiz's promise to reopen the pier, the ferry stayed in port.", "promise", "Ana Ruiz's")]
    [TestCase("Her claim that the ferry was late went unanswered.", "claim", "Her")] // the sentence's subject reports a claim too
    [TestCase("Ana Ruiz threw her support to the ferry plan.", "support", "Ana Ruiz")] // a light verb's subject holds it
    [TestCase("But Lee's attacks on the toll grew sharper.", "attacks", "Lee's")] // WordNet nouns the clause-frame test leaves out
    [TestCase("Few skippers shared Ana Ruiz's view that the ferry should be free.", "view", "Ana Ruiz's")]
    public void Reads_a_possessors_stance_noun(string sentence, string cue, string source)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "possessive-nominal").ToList();
        Assert.That(found.Select(a => (a.Cue.Split(' ')[0], a.Source)), Does.Contain((cue, (string?)source)), string.Join("; ", found));
    }

    [TestCase("The crowd cheered long after his speech.")] // a bare noun names an event, not a stance reported
    [TestCase("Her remarks ran well past the hour.")]
    [TestCase("The harbour board printed Ana Ruiz's comments in full.")]
    [TestCase("The treasurer read the statement of accounts aloud.")] // no possessor: no party holds it
    [TestCase("Crews began a survey of the coastline on Monday.")]
    [TestCase("The bill's support for farmers was thin.")] // a common noun's possessive names no party
    [TestCase("The rebels' attacks on the port went on all night.")]
    public void Reads_no_possessors_stance_noun(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern is "possessive-nominal" or "nominal-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("Ana Ruiz's response was that the pier is safe.", "response was", "Ana Ruiz's")] // a copula states the noun's content
    [TestCase("His message has long been that the ferry must stay free.", "message has long been", "His")]
    [TestCase("Mayor Lee's big question is whether the toll will pay for the pier.", "question is", "Mayor Lee's")]
    [TestCase("Their argument: the harbour cannot take another ferry.", "argument:", "Their")] // a label opening the sentence
    [TestCase("But Ana Ruiz's fear is that fares will rise.", "fear is", "Ana Ruiz's")]
    public void Reads_a_possessors_noun_whose_content_a_copula_or_colon_states(string sentence, string cue, string source)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "possessive-nominal").ToList();
        Assert.That(found.Select(a => (a.Cue, a.Source)), Does.Contain((cue, (string?)source)), string.Join("; ", found));
    }

    [TestCase("His claims were false.")] // a copula with no content clause: the writer's judgement of the claims
    [TestCase("Ana Ruiz's answer was short.")]
    [TestCase("Ana Ruiz's view is that of a sailor.")] // "that" a pronoun, not a clause the tagger opens
    [TestCase("The board discussed her argument: the pier is too old.")] // a colon after an object, not a label
    [TestCase("The reason is that the pier is old.")] // no possessor: the writer's own reasoning
    [TestCase("Its message was that the toll would stay.")] // "its" names no party
    public void Reads_no_content_a_copula_or_colon_states(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "possessive-nominal").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("The mayor denounced what he called a “reckless” toll.")]
    [TestCase("Ana Ruiz railed against what she describes as a tax on islanders.")]
    public void A_free_relative_inside_a_report_is_part_of_it(string sentence)
    {
        var found = Attributions(sentence);
        Assert.That(found, Has.Count.EqualTo(1), string.Join("; ", found));
    }

    [TestCase("The toll ended what Ana Ruiz calls “a century of free crossings.”", "calls", "Ana Ruiz")]
    public void A_free_relative_alone_is_an_attribution(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("subject-cue-content", cue, (string?)source)), string.Join("; ", found));
    }
}
