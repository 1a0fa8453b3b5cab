using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax;

/// <summary>
/// Hand-written scanner from block text to tokens; linear in the text. Every non-whitespace character belongs
/// to exactly one token. A token's kind depends only on the characters from one before it onwards, so
/// scanning may restart at any token boundary (sentences re-tokenise their own span on demand).
/// </summary>
public static class Tokenizer
{
    /// <param name="stopAt">No token starting at or after this offset is added (the scan still looks up to <paramref name="end"/>, so the tokens are exactly those of a whole scan).</param>
    public static void Tokenize(string text, int start, int end, List<Token> tokens, int stopAt = int.MaxValue)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (i >= stopAt)
            {
                break;
            }
            var tokenStart = i;
            TokenKind kind;
            // An address starts with "http" or "www" in either case: most tokens are ruled out by their first letter.
            if ((c | 0x20) is 'h' or 'w' && IsUrlStart(text, i, end))
            {
                i = ScanUrl(text, i, end);
                kind = TokenKind.Url;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c >= 0x80 && IsWordChar(text, i, end, out _)) // ASCII first: no call for most words
            {
                i = ScanWord(text, i, end, out var isNumber);
                kind = isNumber ? TokenKind.Number : TokenKind.Word;
            }
            else if (IsQuoteMark(c))
            {
                i++;
                kind = TokenKind.QuoteMark;
            }
            else if (IsFootnoteMarker(text, i, end))
            {
                i++;
                kind = TokenKind.FootnoteMarker;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                while (i < end && text[i] == '.') i++;
                kind = TokenKind.Punctuation;
            }
            else if (c == '\0' || char.IsControl(c))
            {
                // Runs of control characters (binary files) are one token, so they cost one token, not one per byte.
                while (i < end && (text[i] == '\0' || (char.IsControl(text[i]) && !char.IsWhiteSpace(text[i])))) i++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = TokenKind.Punctuation;
            }
            tokens.Add(new Token(kind, tokenStart, i));
        }
    }

    /// <summary>Where the word that starts at <paramref name="i"/> ends, as <see cref="Tokenize"/> delimits it; <paramref name="i"/> when no word starts there.</summary>
    public static int WordEnd(string text, int i, int end) =>
        i < end && IsWordChar(text, i, end, out _) ? ScanWord(text, i, end, out _) : i;

    public static bool IsQuoteMark(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›';

    public static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '„' or '‚' or '‹';

    public static bool IsClosingQuote(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›';

    /// <summary>A letter, digit or combining mark at <paramref name="i"/>, surrogate pairs included.</summary>
    public static bool IsWordChar(string text, int i, int end, out int width)
    {
        var c = text[i];
        width = 1;
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1])));
            }
            return false;
        }
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber;

    private static int ScanWord(string text, int i, int end, out bool isNumber)
    {
        var start = i;
        var number = true; // a local, not the out parameter: it stays in a register through the loop
        var segmentLetters = 0; // letters since the word start or the last internal period, for "U.S" and "a.m"
        var segmentAllLetters = true;
        while (i < end)
        {
            // Most characters of news copy are ASCII letters and digits: a run of letters is read in a loop of its own.
            var ascii = text[i];
            if (char.IsAsciiLetter(ascii))
            {
                number = false;
                var runEnd = AsciiLettersEnd(text, i, end);
                segmentLetters += runEnd - i;
                i = runEnd;
                continue;
            }
            if (char.IsAsciiDigit(ascii))
            {
                segmentAllLetters = false;
                i++;
                continue;
            }
            if (ascii < 0x80 && ascii is not ('-' or '_' or '&' or '\'' or '.' or ',' or ':'))
            {
                break; // a space, or an ASCII mark that joins no word characters (MarkInside): the word ends here
            }
            if (IsWordChar(text, i, end, out var width))
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    number = false;
                }
                if (char.IsLetter(text[i])) segmentLetters++;
                else segmentAllLetters = false;
                i += width;
                continue;
            }
            if (!(i + 1 < end && IsWordChar(text, i + 1, end, out _)))
            {
                break;
            }
            var inside = MarkInside(text, i, segmentAllLetters, segmentLetters);
            if (inside == Inside.End)
            {
                break;
            }
            if (inside != Inside.JoinsNumber)
            {
                number = false;
            }
            segmentLetters = 0;
            segmentAllLetters = true;
            i++;
        }
        isNumber = number;
        return i;
    }

    /// <summary>Where the run of ASCII letters from <paramref name="i"/> ends: a loop of its own, the tightest of the scan.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiLettersEnd(string text, int i, int end)
    {
        while (i < end && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        return i;
    }

    private enum Inside { End, Joins, JoinsNumber, Initialism }

    /// <summary>What the mark at <paramref name="i"/>, between two word characters, does to the word it is in.</summary>
    private static Inside MarkInside(string text, int i, bool segmentAllLetters, int segmentLetters)
    {
        var c = text[i];
        var previous = text[i - 1];
        var next = text[i + 1];
        if (c is '-' or '‐' or '‑' or '_' or '&')
        {
            return Inside.Joins; // "Anti-Daesh", "F-15E", "11-13": one word, no longer a plain number
        }
        if (c is '\'' or '’' && char.IsLetter(previous) && char.IsLetter(next))
        {
            return Inside.Joins; // "country's", "Kata'ib": an apostrophe, not a quote mark
        }
        if (c is '.' or ',' or ':' && char.IsAsciiDigit(previous) && char.IsAsciiDigit(next))
        {
            return Inside.JoinsNumber; // "3.5", "2,500", "04.01.2022", "6:00"
        }
        // Initialisms: "U.S", "D.C", "a.m"
        return c == '.' && segmentAllLetters && segmentLetters is >= 1 and <= 2 && char.IsLetter(next) ? Inside.Initialism : Inside.End;
    }

    /// <summary>
    /// A footnote marker is an asterisk or dagger glued to the end of a word ("Daesh*") or opening the
    /// block ("*A terrorist organization…"); doubled asterisks are Markdown emphasis, not markers.
    /// </summary>
    private static bool IsFootnoteMarker(string text, int i, int end)
    {
        var c = text[i];
        if (c is not ('*' or '†' or '‡'))
        {
            return false;
        }
        var previous = i > 0 ? text[i - 1] : ' ';
        var next = i + 1 < end ? text[i + 1] : ' ';
        if (previous == '*' || next == '*')
        {
            return false;
        }
        if (i == 0)
        {
            return !char.IsWhiteSpace(next);
        }
        return !char.IsWhiteSpace(previous) && (char.IsLetterOrDigit(previous) || IsClosingQuote(previous) || previous is ')' or '.')
            && !char.IsLetterOrDigit(next);
    }

    private static bool IsUrlStart(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        return (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && rest.Length > 7)
            || (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && rest.Length > 8)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(string text, int i, int end)
    {
        var start = i;
        while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '”' or '<' or '>'))
        {
            i++;
        }
        // Sentence punctuation after a URL belongs to the sentence, not the address.
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’')
        {
            i--;
        }
        return i;
    }
}
