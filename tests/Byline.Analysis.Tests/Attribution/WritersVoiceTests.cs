using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Carry-over reaches only sentences with quoted words and stops where the writer speaks again (a figure the writer
/// works out, an aside in brackets, a credit line), and a verbless fragment such as a photo description is no claim.
/// Invented text.
/// </summary>
public class WritersVoiceTests
{
    private static SentenceSourcing SentenceAt(string article, string needle)
    {
        var sourcing = SourcingLinker.Link(ArticleSyntaxTree.Parse(ArticleText.From(article), ArticleFormat.PlainText));
        var offset = article.IndexOf(needle, StringComparison.Ordinal);
        return sourcing.Sentences.Single(s => s.Span.Contains(offset));
    }

    [TestCase("That works out to about $40 for every resident of the town.")]
    [TestCase("In other words, the town will pay for the pier twice over.")]
    [TestCase("(The figures are the newspaper's own count of the council's accounts.)")]
    [TestCase("Reporting by Lena Moss in the harbour town and editing by Tom Field.")]
    public void Carry_over_stops_at_the_writers_own_voice(string aside)
    {
        var article = "Pier to close\n\nThe harbour master said the pier will close for a year of repairs. \u201cThe repairs will cost the town $2 million.\u201d " +
            aside + "\n";
        Assert.That(SentenceAt(article, "The repairs will cost").Status, Is.EqualTo(SourcingStatus.Carried)); // the source goes on speaking
        var facts = SentenceAt(article, aside[..10]);
        Assert.That((facts.Status, facts.StartsWithVoiceChange), Is.EqualTo((SourcingStatus.Unattributed, true)));
    }

    [TestCase("The pier cost the town $3 million when it opened.")]
    [TestCase("Ticket sales at the pier fell by 40 percent last summer.")]
    [TestCase("The pier closed in its 20th year of service.")] // four characters from "20", but no year
    public void Carry_over_stops_at_a_figure_the_writer_states(string figure)
    {
        var article = "Pier to close\n\nThe harbour master said the pier will close for a year of repairs. " + figure + " Anglers will have to fish from the beach.\n";
        var stated = SentenceAt(article, figure[..10]);
        Assert.That((stated.Status, stated.StatesWritersFigure), Is.EqualTo((SourcingStatus.Unattributed, true)));
        Assert.That((SentenceAt(article, "Anglers").Status, SentenceAt(article, "Anglers").CarryOver), Is.EqualTo((SourcingStatus.Unattributed, CarryOver.None)), "the writer's voice goes on");
    }

    [TestCase("The repairs could cost the town $2 million.")] // a modal: the source's forecast
    [TestCase("The repairs won't cost the town more than $2 million.")] // a negated modal forecasts as well
    [TestCase("The repairs can\u2019t take less than 18 months.")] // in the typographic apostrophe too
    [TestCase("We have spent $2 million on the pier already.")] // the first person: the source's own words
    [TestCase("The pier first opened in 1902.")] // a year dates; it is no figure
    [TestCase("The pier opened to the public in May.")] // no number at all
    public void A_source_goes_on_speaking_without_a_figure_of_the_writers(string sentence)
    {
        var article = "Pier to close\n\nThe harbour master said the pier will close for a year of repairs. " + sentence + " \u201cThe deck is rotten.\u201d\n";
        Assert.That(SentenceAt(article, sentence[..10]).StatesWritersFigure, Is.False);
        var quoted = SentenceAt(article, "The deck");
        Assert.That((quoted.Status, quoted.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Paragraph)), "the sentence did not end the source's voice");
    }

    [TestCase("The repairs will take most of the winter.")]
    [TestCase("The ferry will run a shorter timetable until then.")]
    [TestCase("The old deck has rotted through in places.")]
    public void A_paraphrase_is_carried_over_only_where_quotation_marks_continue_it(string sentence)
    {
        var article = "Pier to close\n\nThe harbour master said the pier will close for a year of repairs. " + sentence + "\n" +
            "The harbour master said the pier will close for a year of repairs. \u201c" + sentence + "\u201d\n";
        var unquoted = SentenceAt(article, sentence[..10]);
        Assert.That((unquoted.Status, unquoted.CarryOver), Is.EqualTo((SourcingStatus.Unattributed, CarryOver.None)), "the writer's account again");
        var quoted = SentenceAt(article, "\u201c" + sentence[..10]);
        Assert.That((quoted.Status, quoted.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Paragraph)));
    }

    [Test]
    public void A_quoted_figure_is_the_speakers()
    {
        const string article = "Pier to close\n\n\u201cThe repairs cost $2 million,\u201d the harbour master said. \u201cWe spent $1 million last year.\u201d\n";
        Assert.That(SentenceAt(article, "We spent").StatesWritersFigure, Is.False);
    }

    [Test]
    public void A_verbless_photo_description_is_no_claim()
    {
        const string article = "Pier to close\n\nA view of the old pier from the beach.\nfishing boats at the harbour wall in 2009.\n" +
            "The pier will close for a year of repairs, the harbour master said.\n";
        var fragment = SentenceAt(article, "fishing boats");
        Assert.That((fragment.IsClaim, fragment.NotClaimReason), Is.EqualTo((false, NotClaimReason.Fragment)));
    }

    [Test]
    public void A_short_sentence_with_a_verb_is_still_a_claim()
    {
        const string article = "Pier to close\n\nThe old pier will close in May.\nThe pier will close for a year of repairs, the harbour master said.\n";
        Assert.That(SentenceAt(article, "The old pier").IsClaim, Is.True);
    }
}
