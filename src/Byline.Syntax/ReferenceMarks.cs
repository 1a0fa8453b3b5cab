namespace Byline.Syntax;

/// <summary>
/// Numbered reference marks a page sets after a sentence or line ("[4]", "[12.3]", Wikipedia style): the page's
/// apparatus, not the sentence's own last character.
/// </summary>
public static class ReferenceMarks
{
    /// <summary>
    /// The most digits a citation's number has: a page's reference list runs to hundreds of entries at most, so a longer
    /// number in brackets ("[28170]") is an identifier the text was stamped with, not a note.
    /// </summary>
    private const int MaxCitationDigits = 3;

    /// <summary>The most letters of a lettered note ("[a]", "[ab]"): a longer word in brackets is an editor's aside ("[sic]").</summary>
    private const int MaxNoteLetters = 2;

    /// <summary>The trimmed text with a numbered reference mark at its end cut off ("said: [4]" → "said:").</summary>
    public static ReadOnlySpan<char> WithoutTrailingMark(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return text.Length > 0 && text[^1] == ']' && text.LastIndexOf('[') is var open and > 0 && IsMark(text[(open + 1)..^1]) ? text[..open].TrimEnd() : text;
    }

    /// <summary>
    /// Where the run of citation marks that ends the sentence starts, before or after its closing punctuation
    /// ("born in 1950.[5]", "born in 1950[12][13].", "born in 1950. [5]"), as an offset into <paramref name="sentence"/>;
    /// -1 when the sentence ends with none. A full stop (or "?", "!") must close the sentence next to the run: a mark at
    /// the end of a line that closes with none ("… statement: [67]", a headline's "[4]") numbers the line, it cites nothing.
    /// </summary>
    public static int CitationAtEnd(ReadOnlySpan<char> sentence)
    {
        var end = sentence.TrimEnd().Length;
        var closedAfter = false;
        while (end > 0 && sentence[end - 1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'')
        {
            closedAfter |= sentence[end - 1] is '.' or '!' or '?';
            end--; // "…1950[5]." and "…1950[5].”": the mark sits before the closing punctuation
        }
        var start = -1;
        while (end > 0 && sentence[end - 1] == ']' && sentence[..end].LastIndexOf('[') is var open and >= 0 && IsCitation(sentence[(open + 1)..(end - 1)]))
        {
            start = open;
            end = sentence[..open].TrimEnd().Length; // "[12][13]", "[12] [13]": a run of marks
        }
        var closedBefore = start > 0 && end > 0 && sentence[end - 1] is '.' or '!' or '?' or '"' or '”';
        return closedAfter || closedBefore ? start : -1;
    }

    /// <summary>
    /// The length of the run of citation marks that opens <paramref name="sentence"/> ("[17] In 1801, …"), or 0: set
    /// after a full stop and a space, it cites the sentence before, not this one.
    /// </summary>
    public static int CitationAtStart(ReadOnlySpan<char> sentence)
    {
        var length = 0;
        while (length < sentence.Length && sentence[length] == '[' && sentence[length..].IndexOf(']') is var close and > 0
            && IsCitation(sentence[(length + 1)..(length + close)]))
        {
            length += close + 1;
            while (length < sentence.Length && sentence[length] == ' ')
            {
                length++;
            }
        }
        return sentence[..length].TrimEnd().Length;
    }

    /// <summary>
    /// "5", "17, 18", "8 – 11", "a": the inside of a citation mark, a reference list's numbers (one, a list or a range,
    /// as academic pages print them) or a note's letter. A decimal ("12.3") numbers the page's own sections or
    /// sentences, and words ("citation needed", "sic") are an editor's aside.
    /// </summary>
    private static bool IsCitation(ReadOnlySpan<char> inside) =>
        inside.Length is > 0 and <= MaxNoteLetters && !inside.ContainsAnyExceptInRange('a', 'z') || IsNumberList(inside);

    /// <summary>Numbers of at most <see cref="MaxCitationDigits"/> digits joined by commas, dashes and spaces ("8 – 11", "17, 18").</summary>
    private static bool IsNumberList(ReadOnlySpan<char> inside)
    {
        var digits = 0;
        var afterNumber = false; // a comma or dash must follow a number: "[, 4]" is no list
        foreach (var c in inside)
        {
            if (char.IsAsciiDigit(c))
            {
                afterNumber = true;
                if (++digits > MaxCitationDigits)
                {
                    return false;
                }
            }
            else if (c == ' ' || c is ',' or '-' or '–' && afterNumber)
            {
                afterNumber &= c == ' ';
                digits = 0;
            }
            else
            {
                return false;
            }
        }
        return inside.Length > 0 && char.IsAsciiDigit(inside[0]) && char.IsAsciiDigit(inside[^1]);
    }

    /// <summary>"4", "12.3": the inside of a numbered reference mark.</summary>
    private static bool IsMark(ReadOnlySpan<char> inside) =>
        inside.Length > 0 && char.IsAsciiDigit(inside[0]) && !inside.ContainsAnyExcept("0123456789.");
}
