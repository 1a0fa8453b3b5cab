using Byline.Analysis.Attribution;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A quotation's word count is the number of runs of letters and digits in it. The count skips ASCII runs with span
/// searches; these cases hold it to the plain character-by-character count, odd punctuation and non-ASCII text included.
/// </summary>
public class QuotationWordCountTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("We will sail in May.")]
    [TestCase("don't -- won't -- can't")]
    [TestCase("3.5 per cent, 1,200 tonnes, £40m")]
    [TestCase("...!?;:")]
    [TestCase("a")]
    [TestCase(" a ")]
    [TestCase("Zürich’s café – naïve, Ελλάδα, Москва, 東京 and ١٢٣")]
    [TestCase("mid-word\u00ADsoft\u200Bzero-width")]
    [TestCase("emoji 😀 between 😀words😀")]
    [TestCase("tab\tline\nwrapped\r\nend—dash–dash")]
    [TestCase("x²y³ ½ Ⅻ ß")]
    [TestCase("trailing letter é")]
    [TestCase("éé")]
    public void A_word_count_equals_the_character_by_character_count(string quoted)
    {
        // Padding on both sides: the count reads only its range.
        var text = "ab" + quoted + "cd";
        Assert.That(BlockSourcing.CountWords(text, 2, 2 + quoted.Length), Is.EqualTo(CharacterByCharacter(text, 2, 2 + quoted.Length)));
    }

    [Test]
    public void Every_character_alone_and_between_letters_counts_as_before()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a{(char)c}b {(char)c} {(char)c}{(char)c}x";
            Assert.That(BlockSourcing.CountWords(text, 0, text.Length), Is.EqualTo(CharacterByCharacter(text, 0, text.Length)), $"U+{c:X4}");
        }
    }

    private static int CharacterByCharacter(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
