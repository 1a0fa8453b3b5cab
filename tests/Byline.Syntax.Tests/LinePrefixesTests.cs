namespace Byline.Syntax.Tests;

/// <summary>One matcher of line openings, with the comparison each list is read with.</summary>
public class LinePrefixesTests
{
    [Test]
    public void Ordinal_phrases_match_only_as_written()
    {
        var prefixes = LinePrefixes.Ordinal(["Photo:", "Credit:"]);
        Assert.That(prefixes.Open("Photo: Lena Marsh"), Is.True);
        Assert.That(prefixes.Open("PHOTO: Lena Marsh"), Is.False);
        Assert.That(prefixes.OpeningLength("Credit: Omar Diaz", textAfter: true), Is.EqualTo("Credit:".Length));
    }

    [Test]
    public void Phrases_read_ignoring_case_match_any_capitals()
    {
        var prefixes = LinePrefixes.IgnoringCase(["Read more:", "All rights reserved"]);
        Assert.That(prefixes.Open("READ MORE: Why the pier matters"), Is.True);
        Assert.That(prefixes.Open("all rights reserved."), Is.True);
        Assert.That(prefixes.Open("Readers wrote in."), Is.False);
    }

    [Test]
    public void With_text_after_a_bare_phrase_does_not_count_and_the_next_may()
    {
        var prefixes = LinePrefixes.Ordinal(["Photo:", "Photo"]);
        Assert.That(prefixes.OpeningLength("Photo:", textAfter: true), Is.EqualTo("Photo".Length));
        Assert.That(prefixes.OpeningLength("Photo:", textAfter: false), Is.EqualTo("Photo:".Length));
        Assert.That(prefixes.OpeningLength("", textAfter: false), Is.Zero);
    }
}
