using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A party's stance read from the construction of a verb or adjective no reporting list holds: a characterizing verb
/// with its object and an "as" predicative, an adjective of will before an infinitive, "on"/"over" before an indirect
/// question. Like every cue, they are looked for only in sentences that hold a word of the attribution lists (here
/// "when" or "after"). Invented text.
/// </summary>
public class StanceConstructionTests
{
    [TestCase("The dock union has cast the new levy as a tax on the poor after the vote.", "cast", "The dock union")]
    [TestCase("Ana Ruiz paints her rival as reckless when the pier comes up.", "paints", "Ana Ruiz")]
    [TestCase("The harbour board frames the toll as a fee for repairs after each storm.", "frames", "The harbour board")]
    [TestCase("The skippers brand the plan as a giveaway after every meeting.", "brand", "The skippers")]
    public void A_characterizing_verb_with_an_as_predicative_is_its_subjects_view(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("party-stance", cue, (string?)source)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Attributed));
    }

    [TestCase("The crew painted the hull as well as the deck after the storm.")] // "as well as" joins, no predicative
    [TestCase("The crew saw the pier as they sailed past after the storm.")] // a clause of time
    [TestCase("The old pier was seen as a lifeline after the storm.")] // a passive has no object before "as"
    [TestCase("The crew painted the hull, as the rules require after a storm.")] // punctuation ends the object
    public void Reads_no_characterization(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "party-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("The skippers are reluctant to sail when the wind rises.", "are reluctant", "The skippers")]
    [TestCase("The harbour board was eager to settle the dispute after the storm.", "was eager", "The harbour board")]
    [TestCase("Ana Ruiz is willing to meet the dock union when the talks resume.", "is willing", "Ana Ruiz")]
    public void An_adjective_of_will_before_an_infinitive_is_a_stance(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("party-stance", cue, (string?)source)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Attributed));
    }

    [TestCase("The skippers are reluctant to the last when the wind rises.")] // "to" before no verb
    [TestCase("The ferry is ready to sail when the wind drops.")] // readiness of a thing: no adjective of will
    public void Reads_no_willed_act(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "party-stance").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("The skippers are split on whether the pier should close after the storm.", "split on", "The skippers")]
    public void On_or_over_before_an_indirect_question_names_a_topic(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("topic", cue, (string?)source)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Attributed));
    }

    [TestCase("The crew worked on the pier after the storm.")] // no question after "on"
    [TestCase("The gulls flew over the pier when the ferry left.")]
    public void On_or_over_before_a_noun_phrase_names_no_topic(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "topic").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }

    [TestCase("The harbour master struggled to explain why the pier would close.", "struggled to explain", "The harbour master")]
    [TestCase("Ana Ruiz hesitated to comment on the ferry timetable.", "hesitated to comment on", "Ana Ruiz")]
    [TestCase("The dock union was free to argue that the toll is unfair.", "free to argue", "The dock union")]
    public void A_reporting_verb_in_a_partys_infinitive_is_a_report_about_that_party(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("controlled-infinitive", cue, (string?)source)), string.Join("; ", found));
        Assert.That(Sentence(sentence).Status, Is.EqualTo(SourcingStatus.Attributed));
    }

    [TestCase("Ana Ruiz refused to comment on the ferry timetable.", "refused")] // the controller reports the act itself: one cue
    public void A_controller_read_as_a_cue_is_the_only_cue(string sentence, string cue)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Cue), Is.EqualTo(new[] { cue }), string.Join("; ", found));
    }

    [TestCase("The harbour master will have to explain the closure to the board.")] // a semi-modal: necessity, no act of will
    [TestCase("The skippers are going to complain about the new toll.")] // the future
    [TestCase("The race for harbour master remained too close to call.")] // a result after "too"
    [TestCase("Whether the ferry runs is hard to say.")] // a tough adjective: anyone's saying, not the subject's
    [TestCase("The harbour master appeared to know every skipper in the bay.")] // a verb of appearance: the writer's hedge
    [TestCase("The council voted to ask the ferry line to leave.")] // "vote" reports only a choice for or against
    public void Reads_no_report_in_a_semi_modal_or_degree_infinitive(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "controlled-infinitive").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }
}
