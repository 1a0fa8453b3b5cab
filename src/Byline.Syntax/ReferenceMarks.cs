namespace Byline.Syntax;

/// <summary>
/// Numbered reference marks a page sets after a sentence or line ("[4]", "[12.3]", Wikipedia style): the page's
/// apparatus, not the sentence's own last character.
/// </summary>
public static class ReferenceMarks
{
    /// <summary>The trimmed text with a numbered reference mark at its end cut off ("said: [4]" → "said:").</summary>
    public static ReadOnlySpan<char> WithoutTrailingMark(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return text.Length > 0 && text[^1] == ']' && text.LastIndexOf('[') is var open and > 0 && IsMark(text[(open + 1)..^1]) ? text[..open].TrimEnd() : text;
    }

    /// <summary>"4", "12.3": the inside of a numbered reference mark.</summary>
    private static bool IsMark(ReadOnlySpan<char> inside) =>
        inside.Length > 0 && char.IsAsciiDigit(inside[0]) && !inside.ContainsAnyExcept("0123456789.");
}
