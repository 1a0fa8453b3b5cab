using Byline.Analysis.Rules;
using CsCheck;

namespace Byline.Analysis.Tests.Rules;

/// <summary>BYL0008's word scan tests ASCII letters and digits first; it must find the words the plain definition finds.</summary>
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
            .Array[0, 30].Select(parts => string.Concat(parts))
            .Sample(text =>
            {
                var words = new List<(int, int)>();
                var position = 0;
                while (RepeatedWord.NextWord(text, ref position) is { } word) words.Add((word.Start, word.Length));
                Assert.That(words, Is.EqualTo(Reference(text)), $"\"{text}\"");
            }, iter: 20000, threads: 1);
    }
}
