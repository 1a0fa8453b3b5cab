using Byline.Analysis.Attribution;
using Byline.Syntax;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A headline or intro that announces the publication's own interview ("Reuters interviews Mara Quell", "Interview with
/// Mara Quell", "Mara Quell: an interview") opens the question-and-answer layout at once: every question after it opens
/// an answer, addressed to "you" or not, and the answers name the one asked. Questions alternate with answers: an answer
/// may end in a question of its own. Converse cases: a headline about someone else's interview, a headline that merely
/// says "interview", a news story's "tells Reuters". Invented text.
/// </summary>
public class InterviewHeadlineTests
{
    /// <summary>A question that addresses nobody, and an answer in the third person: no question here counts by itself.</summary>
    private const string Exchange =
        "The harbour master of Port Fallow retired last month after forty years.\n" +
        "Why did the pier close?\n" +
        "The deck had rotted through. The repairs would have cost more than a new pier.\n";

    private static SentenceSourcing FirstAnswer(string headline, ArticleFormat format = ArticleFormat.PlainText) =>
        CarryOverTests.SentenceAt(headline + "\n\n" + Exchange, "The repairs would", format);

    [TestCase("Reuters interviews harbour master Mara Quell about the pier")]
    [TestCase("Interview with Port Fallow harbour master Mara Quell")]
    [TestCase("An interview with retired harbour master Mara Quell")]
    [TestCase("In conversation with Mara Quell")]
    [TestCase("Q&A: Mara Quell on forty years at the pier")]
    [TestCase("Mara Quell: an interview")]
    [TestCase("Mara Quell: An interview with the harbour master of Port Fallow")]
    [TestCase("Mara Quell, harbour master, interviewed by Reuters")]
    public void A_headline_announcing_an_interview_opens_the_layout_and_names_the_one_asked(string headline)
    {
        var answer = FirstAnswer(headline);
        Assert.That((answer.Status, answer.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.InterviewAnswer)));
        Assert.That(answer.CarriedFrom!.Source?.Text, Is.EqualTo("Mara Quell"));
    }

    [TestCase("An interview with the owners of a harbour bar")]
    [TestCase("Reuters interviews the owners of a harbour bar")]
    [TestCase("Interview with the President of the Harbour Board")]
    public void An_announcement_naming_nobody_opens_the_layout_without_a_name(string headline)
    {
        var answer = FirstAnswer(headline);
        Assert.That((answer.CarryOver, answer.CarriedFrom?.Source), Is.EqualTo((CarryOver.InterviewAnswer, (Source?)null)));
    }

    [Test]
    public void An_intro_saying_the_publication_interviewed_someone_opens_the_layout_too()
    {
        var article = "Forty years at the harbour\n\nOn Saturday, Reuters interviewed Mara Quell in a cafe by the quay.\n" + Exchange;
        var answer = CarryOverTests.SentenceAt(article, "The repairs would");
        Assert.That((answer.CarryOver, answer.CarriedFrom?.Source?.Text), Is.EqualTo((CarryOver.InterviewAnswer, "Mara Quell")));
        Assert.That(CarryOverTests.SentenceAt(article, "The harbour master of").CarryOver, Is.EqualTo(CarryOver.None), "the intro before the first question is the writer's");
    }

    [TestCase("The mayor's interview with Fox sparks row over the pier")]
    [TestCase("Interview tips for harbour staff")]
    [TestCase("Mara Quell tells Reuters the pier will close")]
    public void A_headline_that_announces_no_interview_of_the_publications_opens_no_layout(string headline)
    {
        Assert.That(FirstAnswer(headline).CarryOver, Is.EqualTo(CarryOver.None));
    }

    [Test]
    public void A_columnist_who_interviewed_people_for_the_story_announces_no_interview()
    {
        const string article = "The toll that nobody asked for\n\nIt is hard to think of a toll worse than the old one.\n" +
            "All the skippers I interviewed said the new toll was worse.\n" +
            "How did such a toll ever pass the council?\n" +
            "The plan came from a paper the harbour board published in May.\n";
        Assert.That(CarryOverTests.SentenceAt(article, "The plan came").CarryOver, Is.EqualTo(CarryOver.None));
    }

    [Test]
    public void An_answer_ending_in_a_question_of_its_own_is_still_the_answer()
    {
        const string article = "Interview with Mara Quell\n\n" +
            "Why did the pier close?\n" +
            "The deck had rotted through. The repairs would have cost more than a new pier. Who would pay for that?\n" +
            "What comes next?\n" +
            "A new pier opens in May.\n";
        Assert.That(CarryOverTests.SentenceAt(article, "The repairs would").CarryOver, Is.EqualTo(CarryOver.InterviewAnswer));
        var next = CarryOverTests.SentenceAt(article, "A new pier opens");
        Assert.That(next.CarryOver, Is.EqualTo(CarryOver.InterviewAnswer));
        Assert.That(next.CarriedFrom!.Cue.Start, Is.EqualTo(article.IndexOf("What comes next?", StringComparison.Ordinal)), "the next question is still a question");
    }

    [Test]
    public void A_question_in_bold_asks()
    {
        const string article = "# Interview with Mara Quell\n\nThe harbour master retired last month.\n\n" +
            "**Why did the pier close?**\n\nThe deck had rotted through in places.\n";
        Assert.That(CarryOverTests.SentenceAt(article, "The deck had", ArticleFormat.Markdown).CarryOver, Is.EqualTo(CarryOver.InterviewAnswer));
    }

    [Test]
    public void The_publications_name_as_a_questions_label_makes_the_layout_an_interview_at_once()
    {
        const string article = "Pier closure\n\nThe harbour master answered questions on Friday.\n" +
            "Reuters: Why did the council close the pier?\n" +
            "The deck had rotted through in places.\n";
        Assert.That(CarryOverTests.SentenceAt(article, "The deck had").CarryOver, Is.EqualTo(CarryOver.InterviewAnswer));
    }

    [Test]
    public void An_interviews_note_on_its_editing_is_the_writers_and_no_claim()
    {
        var article = "Interview with Mara Quell\n\n" + Exchange + "This interview has been edited for length and clarity.\n";
        var note = CarryOverTests.SentenceAt(article, "This interview has");
        Assert.That((note.IsClaim, note.CarryOver), Is.EqualTo((false, CarryOver.None)));
    }
}
