using Byline.Analysis.Attribution;
using Byline.Syntax;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A question-and-answer interview: the answers are the interviewee's words, carried from the question before them, not
/// the writer's unattributed claims; a story's rhetorical question, an explainer's questions and questions inside
/// quotations open no answer. Invented text.
/// </summary>
public class InterviewTurnTests
{
    private static (SourcingStatus, CarryOver) VoiceAt(string article, string needle, ArticleFormat format = ArticleFormat.PlainText)
    {
        var sentence = CarryOverTests.SentenceAt(article, needle, format);
        return (sentence.Status, sentence.CarryOver);
    }

    private static readonly (SourcingStatus, CarryOver) Answer = (SourcingStatus.Carried, CarryOver.InterviewAnswer);
    private static readonly (SourcingStatus, CarryOver) Writers = (SourcingStatus.Unattributed, CarryOver.None);

    private const string Unlabelled =
        "Harbour master looks back on forty years\n\n" +
        "Ana Ruiz ran the harbour at Port Fallow from 1984 until her retirement last month.\n" +
        "When did you first work on the pier?\n" +
        "The old pier was my first job after school. The deck was already rotten then.\n" +
        "Why did you close it in the end?\n" +
        "We had no choice. The repairs would have cost more than a new pier.\n" +
        "The ferry tolls brought in too little for a second repair.\n" +
        "Has the new pier changed the town?\n" +
        "The ferries run twice as often now.\n";

    [Test]
    public void Paragraphs_after_the_second_question_addressed_to_someone_and_answered_in_the_first_person_are_answers()
    {
        Assert.That(VoiceAt(Unlabelled, "The repairs would"), Is.EqualTo(Answer));
        Assert.That(VoiceAt(Unlabelled, "The ferry tolls brought"), Is.EqualTo(Answer), "an answer runs on to the next question");
        Assert.That(VoiceAt(Unlabelled, "The ferries run"), Is.EqualTo(Answer), "once the layout is an interview's, any question opens an answer");
    }

    [Test]
    public void Without_a_headline_saying_so_the_first_answer_and_the_intro_stay_the_writers()
    {
        Assert.That(VoiceAt(Unlabelled, "Ana Ruiz ran"), Is.EqualTo(Writers));
        Assert.That(VoiceAt(Unlabelled, "The deck was already"), Is.EqualTo(Writers), "one question is no layout yet: linking reads forwards only");
    }

    [Test]
    public void An_answer_is_carried_from_its_question()
    {
        var answer = CarryOverTests.SentenceAt(Unlabelled, "The ferry tolls brought");
        var question = Unlabelled.IndexOf("Why did you close", StringComparison.Ordinal);
        Assert.That(answer.CarriedFrom!.Cue.Start, Is.EqualTo(question));
        Assert.That(answer.CarriedFrom.Pattern, Is.EqualTo(AttributionPatterns.InterviewAnswer));
        Assert.That(answer.CarriedFrom.Source, Is.Null, "nobody named: the one asked answers");
    }

    [TestCase("An interview with the harbour master of Port Fallow")]
    [TestCase("Q&A: the harbour master on forty years at the pier")]
    [TestCase("The Courier talks to the harbour master of Port Fallow")]
    public void A_headline_that_says_interview_makes_the_first_question_open_an_answer(string headline)
    {
        var article = headline + "\n\nAna Ruiz ran the harbour at Port Fallow for forty years.\n" +
            "Why did you close the old pier?\n" +
            "We had no choice. The repairs would have cost more than a new pier.\n";
        Assert.That(VoiceAt(article, "The repairs would"), Is.EqualTo(Answer));
        Assert.That(VoiceAt(article, "Ana Ruiz ran"), Is.EqualTo(Writers), "the intro before the first question is the writer's");
    }

    [TestCase("Q: Why did the council close the pier?\nA: The deck had rotted through in places.\n")]
    [TestCase("Q. Why did the council close the pier?\nA. The deck had rotted through in places.\n")]
    [TestCase("Question: Tell us why the council closed the pier.\nAnswer: The deck had rotted through in places.\n")]
    public void A_question_label_makes_the_layout_an_interview_at_once(string exchange)
    {
        var article = "Pier closure\n\nThe harbour master answered readers' questions on Friday.\n" + exchange;
        Assert.That(VoiceAt(article, "The deck had"), Is.EqualTo(Answer));
    }

    [Test]
    public void A_bold_question_label_in_Markdown_is_a_label_too()
    {
        const string article = "# Pier closure\n\nThe harbour master answered readers' questions on Friday.\n\n" +
            "**Q:** Why did the council close the pier?\n\nThe deck had rotted through in places.\n";
        Assert.That(VoiceAt(article, "The deck had", ArticleFormat.Markdown), Is.EqualTo(Answer));
    }

    [TestCase("A: ")]
    [TestCase("**A:** ")]
    [TestCase("**Answer:** ")]
    public void An_answer_label_names_no_speaker_the_one_asked_answers(string label)
    {
        var article = "# Interview with Ana Ruiz\n\nAna Ruiz ran the harbour at Port Fallow for forty years.\n\n" +
            "**Q:** Why did you close the old pier?\n\n" + label + "The deck had rotted through in places. The repairs would have cost more than a new pier.\n";
        foreach (var needle in new[] { "The deck had", "The repairs would" })
        {
            var answer = CarryOverTests.SentenceAt(article, needle, ArticleFormat.Markdown);
            Assert.That((answer.Status, answer.CarryOver, answer.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, CarryOver.InterviewAnswer, "Ana Ruiz")), needle);
        }
    }

    [Test]
    public void An_answer_opened_by_its_speakers_label_names_who_goes_on_answering()
    {
        const string article = "Pier closure\n\nQ: Why did you close the pier?\n" +
            "RUIZ: The deck had rotted through in places.\n" +
            "The repairs would have cost more than a new pier.\n";
        var after = CarryOverTests.SentenceAt(article, "The repairs would");
        Assert.That((after.Status, after.CarryOver, after.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, CarryOver.InterviewAnswer, "RUIZ")));
    }

    [Test]
    public void The_interviewers_own_statement_before_the_question_is_not_the_answer()
    {
        const string article = "An interview with the harbour master\n\n" +
            "The pier opened in 1901 and closed in 1999. Why did you close it?\n" +
            "We had no choice. The repairs would have cost more than a new pier.\n";
        Assert.That(VoiceAt(article, "The pier opened"), Is.EqualTo(Writers));
        Assert.That(VoiceAt(article, "The repairs would"), Is.EqualTo(Answer));
    }

    [Test]
    public void A_storys_one_rhetorical_question_opens_no_answer()
    {
        const string article = "Pier to close\n\nThe council voted on Monday to close the pier.\n" +
            "So what will you do when the ferries stop?\n" +
            "The nearest other pier is forty miles up the coast.\n" +
            "Ferry tolls fell by half last year.\n";
        Assert.That(VoiceAt(article, "The nearest other"), Is.EqualTo(Writers));
        Assert.That(VoiceAt(article, "Ferry tolls fell"), Is.EqualTo(Writers));
    }

    [Test]
    public void A_columns_questions_to_the_reader_answered_in_the_writers_account_open_no_answer()
    {
        const string article = "The week at the harbour\n\nThe council voted on Monday to close the pier.\n" +
            "So what would you do with a pier nobody can afford?\n" +
            "The nearest other pier is forty miles up the coast.\n" +
            "And where would your ferries dock?\n" +
            "Ferry tolls fell by half last year.\n" +
            "The harbour board meets again in May.\n";
        Assert.That(VoiceAt(article, "Ferry tolls fell"), Is.EqualTo(Writers));
        Assert.That(VoiceAt(article, "The harbour board"), Is.EqualTo(Writers));
    }

    [Test]
    public void An_explainers_answers_to_the_reader_open_no_answer()
    {
        const string article = "The new ferry toll explained\n\n" +
            "What do you pay from March?\n" +
            "The toll is five pounds a crossing.\n" +
            "Where do you pay it?\n" +
            "Drivers pay at a booth beside the ramp.\n" +
            "Who keeps your money?\n" +
            "The council keeps it for pier repairs.\n";
        Assert.That(VoiceAt(article, "Drivers pay"), Is.EqualTo(Writers));
        Assert.That(VoiceAt(article, "The council keeps"), Is.EqualTo(Writers));
    }

    [Test]
    public void An_explainers_questions_in_the_readers_voice_open_no_answer()
    {
        const string article = "The new ferry toll explained\n\n" +
            "What is the new toll?\n" +
            "The toll is five pounds a crossing from March.\n" +
            "How do I pay it?\n" +
            "Drivers pay at a booth beside the ramp.\n" +
            "Who keeps the money?\n" +
            "The council keeps it for pier repairs.\n";
        Assert.That(VoiceAt(article, "Drivers pay"), Is.EqualTo(Writers));
        Assert.That(VoiceAt(article, "The council keeps"), Is.EqualTo(Writers));
    }

    /// <summary>An FAQ's questions in the asker's own voice ("How do I", "What do we", "my account"), and one whose answers
    /// speak of the reader's things ("We keep your records"): the writer answering the reader.</summary>
    private static readonly string[] Faqs =
    [
        "Your account\n\nHow do I reset my password?\nWe send a link to the address we hold. The link works for a day.\n" +
            "What do we do with your messages?\nWe store them in Ireland for a year.\n" +
            "Can you delete my account?\nWe delete an account within a month of a request.\nOur staff see only the dates.\n",
        "Privacy questions\n\nWhy do you keep records of calls?\nWe keep your call records for a year to settle billing disputes.\n" +
            "Who can see your messages?\nWe never read your messages. Our staff see only the dates.\n" +
            "Do you sell the records?\nWe have never sold them.\n",
    ];

    [TestCaseSource(nameof(Faqs))]
    public void An_faqs_answers_to_the_reader_open_no_answer(string article)
    {
        var sourcing = SourcingLinker.Link(ArticleSyntaxTree.Parse(Byline.Text.ArticleText.From(article), ArticleFormat.PlainText));
        Assert.That(sourcing.Sentences.Count(s => s.CarryOver == CarryOver.InterviewAnswer), Is.Zero);
    }

    /// <summary>
    /// Interviews the FAQ conditions leave alone: an interviewer's "you" before a "we"; a question paragraph whose "you"
    /// stands in its first sentence, where the interviewer speaks of themself; an answer quoting someone's "your".
    /// </summary>
    [TestCase("Do you think we will see the pier rebuilt?\nI doubt it. The town has other debts.\n" +
        "Why did you stay so long?\nI loved the work. The ferries were my whole life.\n")]
    [TestCase("I read your memoir last week. What made the pier so dear?\nI grew up on it. My father fished from its end.\n" +
        "You stayed for forty years. Was that the plan?\nWe never planned anything. The years went by.\n")]
    [TestCase("Why did you write about the pier?\nI keep a letter that says \u201cThank you for your poems.\u201d\n" +
        "What did you write back?\nI thanked the reader for the letter.\n")]
    public void Interviews_stay_interviews(string exchanges)
    {
        var article = "Harbour master looks back on forty years\n\n" + exchanges + "The board paid for my last boat.\n";
        Assert.That(VoiceAt(article, "The board paid"), Is.EqualTo(Answer), "the answer runs on to the next question");
    }

    [Test]
    public void Questions_inside_quotations_open_no_answer()
    {
        const string article = "Pier to close\n\nThe council voted on Monday to close the pier.\n" +
            "\u201cWhy would you close a pier that pays for itself?\u201d\n" +
            "The nearest other pier is forty miles up the coast.\n" +
            "\u201cWhere will your ferries dock now?\u201d\n" +
            "Ferry tolls fell by half last year.\n";
        Assert.That(VoiceAt(article, "Ferry tolls fell"), Is.EqualTo(Writers));
    }
}
