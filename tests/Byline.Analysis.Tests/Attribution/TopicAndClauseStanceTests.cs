using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A stance told by the word before its topic ("argued about the toll") or before the clause it takes as its object
/// ("adamant that the toll must go"), where no reporting list holds that word. Like every cue, they are looked for
/// only in sentences that hold a word of the attribution lists (here "when" or "after"). Invented text.
/// </summary>
public class TopicAndClauseStanceTests
{
    [TestCase("The dock workers have been fussing about the new toll when it rose.", "fussing about", "The dock workers")]
    [TestCase("The dock workers fussed about the new toll when it rose.", "fussed about", "The dock workers")]
    [TestCase("The dock workers are fretting about the new toll when it rose.", "fretting about", "The dock workers")]
    [TestCase("Ana Ruiz has been grumbling about the ferry timetable since May.", "grumbling about", "Ana Ruiz")]
    [TestCase("The harbour master was unrepentant about the closure when the council met.", "unrepentant about", "The harbour master")]
    [TestCase("The skippers became more candid about the cost of the pier after the storm.", "candid about", "The skippers")]
    public void A_partys_word_before_its_topic_is_its_stance(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("topic", cue, (string?)source)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Attributed));
    }

    [TestCase("Rumours about the harbour lease spread through the village.", "Rumours about")]
    [TestCase("A long piece about the old breakwater ran in the paper after the storm.", "piece about")]
    public void A_noun_before_its_topic_names_a_stance_held_by_nobody_named(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("topic", cue, (string?)null)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Vague));
    }

    [TestCase("The ferry carried about 40 cars on Monday.")] // "about" before a number counts
    [TestCase("Ana Ruiz won about two-thirds of the vote when the count ended.")] // a fraction spelled out
    [TestCase("The dock union is getting about two-thirds of its demands after the talks.")]
    [TestCase("The skippers cast about a tenth of the votes when the board met.")]
    [TestCase("The new film is about the old ferry.")] // "be about" says what a thing treats
    [TestCase("The storm brought about the closure of the pier.")] // a particle
    [TestCase("Officials said the merger came about after the ferry line ran out of money.")] // a phrasal verb's particle, beside a cue
    [TestCase("The crews set about the repairs at dawn, the harbour master said.")]
    [TestCase("Residents went about their work as the storm passed.")]
    [TestCase("\u201cWe argued about the toll,\u201d the skipper said.")] // inside a quotation: the speaker's own words
    [TestCase("The ferry line kept the board busy when it asked the skippers about the crossings.")] // after a verb's object, "about" is the verb's
    [TestCase("Her worries about the pier faded when the storm passed.")] // after a possessor the possessive pattern decides
    public void Reads_no_topic_stance(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "topic").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [Test]
    public void A_reporting_verb_before_about_is_read_once()
    {
        var found = Attributions("The mayor talked about the new toll on Monday.");
        Assert.That(found.Count(a => a.Cue.Contains("talked")), Is.EqualTo(1), string.Join("; ", found));
    }

    [TestCase("The harbour board fretted that the ferry would sink.", "fretted", "The harbour board")]
    [TestCase("The skippers were adamant that the toll must go.", "adamant", "The skippers")]
    [TestCase("The skippers are certain that the toll will rise.", "certain", "The skippers")]
    [TestCase("The skippers were unsure whether the ferry would run when the storm came.", "unsure", "The skippers")]
    public void A_partys_verb_or_adjective_before_a_clause_is_its_stance(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("party-stance", cue, (string?)source)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Attributed));
    }

    [TestCase("The pier was so crowded that the ferry left early.")] // a result after "so"
    [TestCase("The harbour grew such a mess that the ferry left early.")]
    [TestCase("The real danger is that the pier will crack.")] // after "be": the writer's claim
    [TestCase("It is likely that the toll will rise.")] // no party
    [TestCase("The crew repaired the engine that failed in May.")] // a relative "that"
    public void Reads_no_clause_stance(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "party-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("The harbour board voted against the new toll.", "voted against")]
    [TestCase("Most skippers would vote for a second ferry.", "would vote")]
    public void A_vote_for_or_against_states_a_choice(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Cue), Does.Contain(cue), string.Join("; ", found));
    }

    [TestCase("The harbour board voted on Tuesday.")] // an event, no choice stated
    [TestCase("The harbour board voted 5 to 4 on Tuesday.")] // a tally: "to" before a number, no infinitive
    [TestCase("Skippers took 60 percent of the vote to the mayor's 40 percent.")] // the noun
    public void A_vote_with_no_choice_stated_is_no_stance(string sentence)
    {
        var found = Attributions(sentence);
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }
}
