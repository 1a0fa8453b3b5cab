namespace Byline.Syntax.Tests;

/// <summary>Citation marks at a sentence's end or start (<see cref="ReferenceMarks"/>), on invented sentences.</summary>
public class ReferenceMarksTests
{
    [TestCase("The pier opened in 1911.[4]", "[4]")]
    [TestCase("The pier opened in 1911[4].", "[4].")]
    [TestCase("The pier opened in 1911. [4]", "[4]")]
    [TestCase("The pier opened in 1911[12][13].", "[12][13].")]
    [TestCase("The pier opened in 1911.[12] [13]", "[12] [13]")]
    [TestCase("The pier opened in 1911 [7].", "[7].")]
    [TestCase("“The pier is open.”[b]", "[b]")]
    [TestCase("Tidal mills were common on the estuary [17, 18].", "[17, 18].")] // academic lists and ranges
    [TestCase("Tidal mills were common on the estuary [8 – 11].", "[8 – 11].")]
    [TestCase("Tidal mills were common on the estuary [8-11][14].", "[8-11][14].")]
    public void Finds_the_citation_that_ends_a_sentence(string sentence, string fromMark)
    {
        var start = ReferenceMarks.CitationAtEnd(sentence);
        Assert.That(start, Is.GreaterThan(0));
        Assert.That(sentence[start..], Is.EqualTo(fromMark));
    }

    [TestCase("The pier opened in 1911.[citation needed]")] // the opposite of a citation
    [TestCase("The pier opened in 1911 [sic].")]
    [TestCase("The pier opened in 1911 [12.3].")] // a decimal numbers the page's own parts
    [TestCase("The pier opened in 1911. [28170]")] // an identifier: no reference list is that long
    [TestCase("Harbour board approves the new toll [4]")] // no full stop: the line is numbered, not cited
    [TestCase("The mayor gave the following statement: [4]")]
    [TestCase("The pier opened in 1911.")]
    [TestCase("[4]")]
    [TestCase("Tidal mills were common on the estuary [1, 2025].")] // a four-digit number is no reference list's
    [TestCase("Tidal mills were common on the estuary [, 4].")]
    public void Finds_no_citation(string sentence) =>
        Assert.That(ReferenceMarks.CitationAtEnd(sentence), Is.LessThanOrEqualTo(0));

    [TestCase("[17] In 1801 the pier was rebuilt.", 4)]
    [TestCase("[17][18] In 1801 the pier was rebuilt.", 8)]
    [TestCase("[citation needed] In 1801 the pier was rebuilt.", 0)]
    [TestCase("In 1801 the pier was rebuilt.", 0)]
    public void Measures_the_citation_that_opens_a_sentence(string sentence, int length) =>
        Assert.That(ReferenceMarks.CitationAtStart(sentence), Is.EqualTo(length));
}
