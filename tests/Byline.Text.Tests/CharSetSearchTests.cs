using CsCheck;

namespace Byline.Text.Tests;

/// <summary>The search finds the first of its marks where a character-by-character scan does, in any text.</summary>
public class CharSetSearchTests
{
    private const string QuotationMarks = "\"“”„«»";
    private const string SentenceEnds = ".?!…。？！؟";

    // The marks, plain letters, and non-ASCII characters just around and between the non-ASCII marks, which the
    // search meets on its way and must pass over.
    private static readonly Gen<string> Texts = Gen.OneOf<string>(
            "a", "word ", "\"", "“", "”", "„", "«", "»", ".", "?", "!", "…", "。", "？", "！", "؟",
            "é", "\u00AA", "\u00AC", "\u2019", "\u201F", "\u2025", "\u061E", "\u0620", "\uFF00", "😀", "'")
        .Array[0, 40].Select(string.Concat);

    [TestCase(QuotationMarks)]
    [TestCase(SentenceEnds)]
    public void Finds_the_first_mark_as_a_scan_does(string marks)
    {
        var search = new CharSetSearch(marks);
        Texts.Sample(text => Assert.That(search.IndexOfAny(text), Is.EqualTo(text.IndexOfAny(marks.ToCharArray()))), iter: 2000, threads: 1);
    }

    [Test]
    public void Finds_nothing_in_text_without_the_marks()
    {
        Assert.That(new CharSetSearch(QuotationMarks).IndexOfAny("plain words, café and naïve"), Is.EqualTo(-1));
        Assert.That(new CharSetSearch(SentenceEnds).IndexOfAny(""), Is.EqualTo(-1));
    }

    [Test]
    public void Takes_one_to_five_ascii_marks()
    {
        Assert.Throws<ArgumentException>(() => new CharSetSearch("“”"));
        Assert.Throws<ArgumentException>(() => new CharSetSearch("abcdef"));
    }
}
