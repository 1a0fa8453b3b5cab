using Byline.Analysis.Rules;
using CsCheck;

namespace Byline.Analysis.Tests.Rules;

/// <summary>BYL0008's word mask tells ASCII letters and digits apart eight at a time; it must find the words the plain definition finds.</summary>
public class RepeatedWordScanTests
{
    private static List<(int Start, int Length)> Reference(string text)
    {
        static bool Inner(string t, int i) =>
            t[i] is '\'' or '’' or '-' && i + 1 < t.Length && char.IsLetterOrDigit(t[i + 1]) && i > 0 && char.IsLetterOrDigit(t[i - 1]);
        var words = new List<(int, int)>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) return words;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || Inner(text, i))) i++;
            words.Add((start, i - start));
        }
    }

    [Test]
    public void Finds_the_same_words_as_the_character_by_character_definition()
    {
        Gen.OneOf("a", "the", "The", "7", "é", "Я", "\u0301", "-", "'", "’", " ", "  ", ",", ".", "\"", "“", "Kata'ib", "ez-Zor", "a \"a")
            .Array[0, 60].Select(parts => string.Concat(parts))
            .Sample(text =>
            {
                Assert.That(MaskWords(text), Is.EqualTo(Reference(text)), $"\"{text}\"");
            }, iter: 20000, threads: 1);
    }

    [Test]
    public void Finds_words_across_the_masks_64_character_boundaries()
    {
        foreach (var text in new[] { new string('a', 64), new string('a', 64) + " " + new string('b', 64), " " + new string('a', 63), new string('a', 65), new string('a', 63) + " b", "x " + new string('é', 70) + " ez-Zor", new string('a', 128) + "-b" })
        {
            Assert.That(MaskWords(text), Is.EqualTo(Reference(text)), text);
        }
    }

    private static List<(int Start, int Length)> MaskWords(string text)
    {
        var mask = new ulong[WordMask.Size(text.Length)];
        WordMask.Build(text, mask);
        var words = new List<(int, int)>();
        var walk = WordMask.WordsOf(mask, text.Length);
        while (walk.Next(out var start, out var end))
        {
            words.Add((start, end - start));
        }
        return words;
    }
}
