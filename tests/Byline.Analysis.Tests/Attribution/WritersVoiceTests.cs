using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Carry-over stops where the writer speaks again (a figure the writer works out, an aside in brackets, a credit
/// line), and a verbless fragment such as a photo description is no claim. Invented text.
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
        var article = "Pier to close\n\nThe harbour master said the pier will close for a year of repairs. The repairs will cost the town $2 million. " +
            aside + "\n";
        Assert.That(SentenceAt(article, "The repairs will cost").Status, Is.EqualTo(SourcingStatus.Carried)); // the source goes on speaking
        var facts = SentenceAt(article, aside[..10]);
        Assert.That((facts.Status, facts.StartsWithVoiceChange), Is.EqualTo((SourcingStatus.Unattributed, true)));
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
