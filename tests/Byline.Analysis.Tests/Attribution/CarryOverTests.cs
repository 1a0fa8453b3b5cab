using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// How a source's voice carries from sentence to sentence and paragraph to paragraph, and where it stops. Invented text.
/// </summary>
public class CarryOverTests
{
    /// <summary>The linked sentence of <paramref name="article"/> that holds <paramref name="needle"/>'s first character.</summary>
    internal static SentenceSourcing SentenceAt(string article, string needle, ArticleFormat format = ArticleFormat.PlainText)
    {
        var sourcing = SourcingLinker.Link(ArticleSyntaxTree.Parse(ArticleText.From(article), format));
        var offset = article.IndexOf(needle, StringComparison.Ordinal);
        return sourcing.Sentences.Single(s => s.Span.Contains(offset));
    }

    [TestCase("The deck has rotted through in places and cannot be saved.")] // third person
    [TestCase("\u201cThe deck has rotted through in places and cannot be saved.")] // a quotation left open
    [TestCase("Rotten decks like this one cost more to mend than to replace.")]
    public void The_paragraph_after_a_speakers_colon_is_the_statement_whatever_its_person(string opening)
    {
        var article = "Pier to close\n\nIn a letter to the council, the harbour master wrote:\n" +
            opening + " A new pier would take two years to build.\n" +
            "The council meets on Monday to decide.\n";
        var first = SentenceAt(article, opening[..12]);
        Assert.That((first.Status, first.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, "the harbour master")));
        Assert.That(SentenceAt(article, "A new pier").Status, Is.EqualTo(SourcingStatus.Carried), "the statement goes on in its paragraph");
    }

    [TestCase("The pier has served the town for a century. Ferries will berth at the north quay until May.")]
    [TestCase("The council is clear that the pier cannot reopen. Ferries will berth at the north quay until May.")] // a stance the statement reports
    [TestCase("I welcome the council's decision. Ferries will berth at the north quay until May.")] // the speaker's own "I"
    [TestCase("Repairs would cost 40 per cent more than a new pier. Ferries will berth at the north quay until May.")] // the statement's own figure
    public void An_unquoted_statement_runs_on_over_its_paragraphs_whatever_their_person(string middle)
    {
        var article = "Pier to close\n\nThe harbour minister, Ada Marsh, said:\n" +
            "The deck has rotted through in places and cannot be saved.\n" + middle + "\n" +
            "A new pier is the only safe course, and the work will start in spring.\n";
        var last = SentenceAt(article, "A new pier is");
        Assert.That((last.Status, last.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Statement)));
        Assert.That(SentenceAt(article, "Ferries will").Status, Is.EqualTo(SourcingStatus.Carried));
    }

    [TestCase("The mayor said the council would meet on Monday.")] // a new source speaks
    [TestCase("However, the council meets on Monday to decide.")] // the writer's voice is back
    [TestCase("Council to decide on the future of the old pier at its meeting on Monday")] // a headline set as a line of its own
    [TestCase("After the visit Ms Marsh will travel to the north quay.")] // the writer names the speaker
    [TestCase("\u201cWe will decide on Monday,\u201d the council leader added.")] // a quotation and its speaker
    public void An_unquoted_statement_ends_at_a_new_source_a_heading_or_the_writers_voice(string end)
    {
        var article = "Pier to close\n\nThe harbour minister, Ada Marsh, said:\n" +
            "The deck has rotted through in places and cannot be saved.\n" + end + "\n" +
            "The ferry still sails at noon from the north quay.\n";
        Assert.That(SentenceAt(article, "The deck").Status, Is.EqualTo(SourcingStatus.Carried));
        Assert.That(SentenceAt(article, "The ferry still").Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [Test]
    public void A_statement_in_quotation_marks_ends_where_its_quotation_closes()
    {
        const string article = "Pier to close\n\nThe harbour minister, Ada Marsh, said:\n" +
            "\u201cThe deck has rotted through in places and cannot be saved.\u201d\n" +
            "The ferry still sails at noon from the north quay.\n";
        Assert.That(SentenceAt(article, "The ferry still").Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [TestCase("said: [4]")]
    [TestCase("said: [12.3]")]
    public void A_reference_mark_after_the_colon_still_opens_the_statement(string cue)
    {
        var article = "Pier to close\n\nThe harbour minister, Ada Marsh, " + cue + "\n" +
            "The deck has rotted through in places and cannot be saved.\n";
        Assert.That(SentenceAt(article, "The deck").Status, Is.EqualTo(SourcingStatus.Carried));
    }

    [Test]
    public void A_bracketed_word_after_the_colon_is_no_reference_mark()
    {
        const string article = "Pier to close\n\nThe harbour minister, Ada Marsh, said: [sic]\n" +
            "The deck has rotted through in places and cannot be saved.\n";
        Assert.That(SentenceAt(article, "The deck").Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [TestCase("The ferry line sponsors \u201cHarbour Nights\u201d on regional television.")] // a show
    [TestCase("The new timetable is printed in ''The Tide Table'' every spring.")] // a booklet, typewriter marks
    [TestCase("Protesters marched behind a \u201cSave Our Pier\u201d banner along the quay.")] // a slogan
    public void A_quoted_title_or_name_is_nobodys_words_and_carries_no_voice(string sentence)
    {
        var article = "Pier to close\n\n\u201cThe deck cannot be saved,\u201d the harbour master said. " + sentence + "\n";
        Assert.That(SentenceAt(article, sentence[..12]).Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [TestCase("They watched \u201cHarbour Nights\u201d again.", true)]
    [TestCase("It was printed in ''The Tide Table'' again.", true)]
    [TestCase("They shouted \u201cShame!\u201d again.", false)]
    [TestCase("It was \u201cnot worth it\u201d again.", false)]
    [TestCase("They said \u201cThe Deck Is Gone And Cannot Be Saved\u201d again.", false)] // too long to tell from capitals
    public void A_quotation_names_something_when_its_few_words_are_all_capitalised(string text, bool isName) =>
        Assert.That(BlockSourcing.FindQuotations(text).Single().IsName, Is.EqualTo(isName));

    [TestCase("The repairs, she said, were \u201cnot worth the money.\u201d")]
    [TestCase("The crowd answered with \u201cShame!\u201d at every turn.")] // capitalised but shouted
    public void Quoted_words_still_carry_the_paragraphs_speaker(string sentence)
    {
        var article = "Pier to close\n\n\u201cThe deck cannot be saved,\u201d the harbour master said. " + sentence + "\n";
        Assert.That(SentenceAt(article, sentence[..12]).Status, Is.Not.EqualTo(SourcingStatus.Unattributed));
    }

    [TestCase("LEE")]
    [TestCase("Tom Lee")]
    public void A_transcript_turn_runs_on_to_the_end_of_its_paragraph(string label)
    {
        var article = "Pier to close\n\nThe mayor spoke to the radio host on Friday.\n" +
            label + ": The deck cannot be saved. The repairs would cost more than a new pier.\n" +
            "The council meets on Monday to decide.\n";
        var turn = SentenceAt(article, "The repairs");
        Assert.That((turn.Status, turn.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, label)));
        Assert.That(SentenceAt(article, "The council meets").Status, Is.EqualTo(SourcingStatus.Unattributed), "the next paragraph is the writer's");
    }

    [Test]
    public void A_run_in_heading_before_a_colon_is_no_turn()
    {
        const string article = "Pier to close\n\nLimits to the Repairs: The deck cannot be saved. The repairs would cost more than a new pier.\n";
        Assert.That(SentenceAt(article, "The repairs").Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [Test]
    public void The_writers_voice_right_after_the_colon_is_not_the_statement()
    {
        const string article = "Pier to close\n\nThe harbour master wrote to the council:\n" +
            "(The pier first opened in 1902.) The pier closes on Monday.\n";
        Assert.That(SentenceAt(article, "(The pier").Status, Is.EqualTo(SourcingStatus.Unattributed));
        Assert.That(SentenceAt(article, "The pier closes").Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [Test]
    public void A_paraphrase_after_another_speaker_is_not_carried_by_an_earlier_statement()
    {
        const string article = "Pier to close\n\nThe harbour master said:\nWe will rebuild the pier.\n" +
            "The mayor said the pier would close for a year. The ferry will run a shorter timetable until then.\n";
        Assert.That(SentenceAt(article, "We will rebuild").Status, Is.EqualTo(SourcingStatus.Carried));
        var paraphrase = SentenceAt(article, "The ferry");
        Assert.That((paraphrase.Status, paraphrase.CarryOver), Is.EqualTo((SourcingStatus.Unattributed, CarryOver.None)), "an unquoted paraphrase is the writer's account again");
    }

    [Test]
    public void A_quotation_a_colon_introduces_is_the_clause_subjects_to_its_end()
    {
        const string article = "Pier to close\n\nLater, the harbour master did not mince words: \u201cThe pier is finished. Nobody will fish from it again.\u201d " +
            "The ferry still sails at noon.\n";
        Assert.That(SentenceAt(article, "Later").Status, Is.EqualTo(SourcingStatus.Attributed));
        var carried = SentenceAt(article, "Nobody will fish");
        Assert.That((carried.Status, carried.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, "the harbour master")));
        Assert.That(SentenceAt(article, "The ferry").Status, Is.EqualTo(SourcingStatus.Unattributed), "after the quotation the writer speaks");
    }
}
