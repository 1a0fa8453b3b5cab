using Byline.Analysis.Attribution;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// An intro that says the publication or the writer interviewed someone does what a headline saying "interview" does:
/// the first question addressed to someone and answered in the first person opens the layout, so the first answer is
/// carried too, and the answers name the one asked when the intro does. A phrase with neither the publication nor the
/// writer on one side (someone else's interview), or one past the intro, says nothing. Invented text.
/// </summary>
public class InterviewIntroTests
{
    private const string Exchange =
        "Why did you close the old pier?\n" +
        "We had no choice. The repairs would have cost more than a new pier.\n";

    private static SentenceSourcing FirstAnswer(string intro) =>
        CarryOverTests.SentenceAt("Forty years at the harbour\n\n" + intro + "\n" + Exchange, "The repairs would");

    [TestCase("Reuters interviewed Mara Quell, the harbour master of Port Fallow, before her retirement.")]
    [TestCase("Mara Quell, the harbour master of Port Fallow, spoke to the BBC before her retirement.")]
    [TestCase("We asked Mara Quell about forty years at the pier.")]
    [TestCase("Mara Quell talked to us about forty years at the pier.")]
    [TestCase("On Saturday Wikinews caught up with Mara Quell in a cafe by the harbour.")]
    public void An_intro_naming_the_interview_makes_the_first_answer_the_one_askeds_and_names_them(string intro)
    {
        var answer = FirstAnswer(intro);
        Assert.That((answer.Status, answer.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.InterviewAnswer)));
        Assert.That(answer.CarriedFrom!.Source?.Text, Is.EqualTo("Mara Quell"));
    }

    [Test]
    public void The_signals_by_their_first_words_length_hold_every_signal_once_in_list_order()
    {
        var lexicon = AttributionLexicon.Instance.Interview;
        var grouped = lexicon.IntroSignalsByLength.Where(same => same is not null).SelectMany(same => same!).ToList();
        Assert.That(grouped, Is.EquivalentTo(lexicon.IntroSignals));
        for (var length = 0; length < lexicon.IntroSignalsByLength.Length; length++)
        {
            var expected = lexicon.IntroSignals.Where(signal => signal[0].Length == length).ToList();
            Assert.That(lexicon.IntroSignalsByLength[length] ?? [], Is.EqualTo(expected), $"first words of {length} letters");
        }
    }

    [TestCase("The untold cost of the harbour was high. Reuters interviewed Mara Quell before her retirement.")]
    [TestCase("Mara Quell ran the harbour downtown. Later we sat down with Mara Quell at the pier.")]
    public void A_signal_in_a_later_sentence_is_found_past_a_signals_word_inside_another_word(string intro)
    {
        var answer = FirstAnswer(intro);
        Assert.That((answer.Status, answer.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.InterviewAnswer)));
        Assert.That(answer.CarriedFrom!.Source?.Text, Is.EqualTo("Mara Quell"));
    }

    [Test]
    public void An_intro_naming_the_one_asked_by_a_pronoun_opens_the_layout_without_a_name()
    {
        var answer = FirstAnswer("Mara Quell ran the harbour for forty years. Reuters interviewed her before her retirement.");
        Assert.That((answer.Status, answer.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.InterviewAnswer)));
        Assert.That(answer.CarriedFrom!.Source, Is.Null);
    }

    [Test]
    public void A_headline_naming_whom_the_publication_asked_names_them_too()
    {
        var article = "Harbour master Mara Quell tells Reuters about forty years at the pier\n\nShe retired last month.\n" + Exchange;
        var answer = CarryOverTests.SentenceAt(article, "The repairs would");
        Assert.That((answer.CarryOver, answer.CarriedFrom?.Source?.Text), Is.EqualTo((CarryOver.InterviewAnswer, "Mara Quell")));
    }

    [TestCase("The mayor spoke to reporters on Monday about the pier.")]
    [TestCase("Mara Quell sat down with the mayor last week to discuss the pier.")]
    public void Someone_elses_interview_opens_no_layout(string intro)
    {
        var answer = FirstAnswer(intro);
        Assert.That(answer.CarryOver, Is.EqualTo(CarryOver.None), "one question is no layout without the publication or the writer asking");
    }

    [Test]
    public void A_signal_past_the_intro_opens_no_layout()
    {
        var article = "Pier to close\n\nThe council voted on Monday.\n\nThe pier opened in 1901.\n\nIts deck rotted in the storms.\n\n" +
            "Ferries moved to the north quay.\n\nTolls fell by half.\n\nThe harbour master told Reuters the pier was unsafe.\n" + Exchange;
        Assert.That(CarryOverTests.SentenceAt(article, "The repairs would").CarryOver, Is.EqualTo(CarryOver.None));
    }

    [Test]
    public void A_news_storys_outlet_and_a_rhetorical_question_answered_in_the_third_person_open_no_answer()
    {
        const string article = "Pier to close\n\nThe harbour master told Reuters the pier was unsafe.\n" +
            "So what would you do with a pier nobody can afford?\n" +
            "The nearest other pier is forty miles up the coast.\n";
        Assert.That(CarryOverTests.SentenceAt(article, "The nearest other").CarryOver, Is.EqualTo(CarryOver.None));
    }
}
