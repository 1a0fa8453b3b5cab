using Byline.Analysis.Attribution;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// <see cref="AttributionLexicon.OutletIn"/> turns a phrase away by its first letter before it looks the word up: the
/// answer is the plain reading's (drop a leading "the", trim each word's trailing commas, stops and asterisks, and
/// take the longest outlet the words open with), whatever the phrase starts with.
/// </summary>
public class OutletInTests
{
    [Test]
    public void Gives_the_longest_outlet_the_phrase_opens_with_whatever_its_first_letter()
    {
        var lexicon = AttributionLexicon.Instance;
        List<string> phrases = ["", "the", "he", "officials", "...", "the ...", "Éditions Zyx", "élan", "1990s", "*", "the\nofficials", "The", "  the  ", "THE", "the the", "\tthe\t", "the,", "the.", "the *"];
        foreach (var outlet in lexicon.Outlets.Select(o => string.Join(' ', o)))
        {
            phrases.AddRange([outlet, "the " + outlet, "The " + outlet + ",", outlet.ToLowerInvariant(), outlet + " reporter",
                "x" + outlet, char.ToLowerInvariant(outlet[0]) + outlet[1..], outlet.Replace(' ', '\n'),
                "  the   " + outlet, "THE\t" + outlet, "the the " + outlet, outlet + ".", outlet + "*,"]);
        }
        foreach (var phrase in phrases)
        {
            Assert.That(lexicon.OutletIn(phrase), Is.EqualTo(PlainOutletIn(lexicon, phrase)), phrase);
        }
    }

    private static string? PlainOutletIn(AttributionLexicon lexicon, string phrase)
    {
        var words = phrase.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words = words[1..];
        }
        var trimmed = words.Select(w => w.TrimEnd(',', '.', '*')).ToArray();
        return lexicon.Outlets.Where(o => o.Length <= trimmed.Length && o.SequenceEqual(trimmed.Take(o.Length)))
            .OrderByDescending(o => o.Length).Select(o => string.Join(' ', o)).FirstOrDefault();
    }
}
