using Byline.Analysis.Entities;
using CsCheck;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// The mention scanner's word end skips runs of ASCII letters with a vectorised search; it must agree with the
/// plain character-by-character definition (kept here as the reference) on any text.
/// </summary>
public class WordEndTests
{
    private static int ReferenceWordEnd(string text, int i, int limit)
    {
        var segment = 0;
        var segmentLetters = true;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                segment++;
                segmentLetters &= char.IsLetter(c);
                i++;
                continue;
            }
            var next = i + 1 < limit ? text[i + 1] : ' ';
            var previous = i > 0 ? text[i - 1] : ' ';
            if (c is '-' or '‐' or '‑' or '\'' or '’' or '&' && char.IsLetterOrDigit(next) && char.IsLetterOrDigit(previous))
            {
                i++;
                segment = 0;
                segmentLetters = true;
                continue;
            }
            if (c == '.' && segmentLetters && segment is 1 && char.IsLetter(next))
            {
                i++;
                segment = 0;
                continue;
            }
            break;
        }
        return i;
    }

    private static readonly Gen<string> Texts =
        Gen.OneOf("a", "B", "7", "é", "\u0301", "Я", "-", "‐", "‑", "'", "’", "&", ".", " ", ",", "U.S.", "D.C", "al-Assad", "Kata'ib", "F-15E", "1.5", "a.m.")
            .Array[1, 25].Select(parts => string.Concat(parts));

    [Test]
    public void Agrees_with_the_character_by_character_definition()
    {
        Texts.Sample(text =>
        {
            for (var start = 0; start < text.Length; start++)
            {
                if (!char.IsLetterOrDigit(text[start])) continue;
                Assert.That(MentionScanner.WordEnd(text, start, text.Length), Is.EqualTo(ReferenceWordEnd(text, start, text.Length)), $"\"{text}\" from {start}");
            }
        }, iter: 20000, threads: 1);
    }
}
