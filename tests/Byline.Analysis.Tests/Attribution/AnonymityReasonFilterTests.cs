using Byline.Analysis.Attribution;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// The one-pass test of whether a sentence may give a reason for anonymity (<see cref="AttributionLexicon.MayGiveAnonymityReason"/>)
/// never rules out a sentence that the search per reason would find one in: it only saves those searches.
/// </summary>
public class AnonymityReasonFilterTests
{
    private static readonly AttributionLexicon Lexicon = AttributionLexicon.Instance;

    private static bool FoundReasonByReason(string sentence) =>
        Lexicon.AnonymityReasons.Any(reason => sentence.Contains(reason, StringComparison.OrdinalIgnoreCase));

    [Test]
    public void Every_reason_in_any_case_is_let_through()
    {
        Assert.That(Lexicon.AnonymityReasons, Is.Not.Empty);
        foreach (var reason in Lexicon.AnonymityReasons)
        {
            foreach (var written in new[] { reason, reason.ToUpperInvariant(), char.ToUpperInvariant(reason[0]) + reason[1..] })
            {
                var sentence = $"The clerk, who {written}, described the vote count.";
                Assert.That(Lexicon.MayGiveAnonymityReason(sentence), Is.True, sentence);
            }
        }
    }

    [TestCase("The harbour master said the ferry would sail at noon.")]
    [TestCase("Ticket sales rose by a third over the summer, the museum said.")]
    [TestCase("")]
    public void An_ascii_sentence_without_a_reason_is_ruled_out(string sentence)
    {
        Assert.That(FoundReasonByReason(sentence), Is.False);
        Assert.That(Lexicon.MayGiveAnonymityReason(sentence), Is.False);
    }

    // Beyond ASCII, ordinal rules may match other letters to a reason's ("ſ", the long s, to "s"), so such a sentence
    // is always left to the search per reason, whatever it holds.
    [TestCase("A driver who spoke anonymouſly described the route.")]
    [TestCase("Officials gave the café's owner no reason.")]
    public void A_sentence_beyond_ascii_is_always_searched(string sentence)
    {
        Assert.That(Lexicon.MayGiveAnonymityReason(sentence), Is.True);
    }
}
