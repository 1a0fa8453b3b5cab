namespace Byline.Analysis;

/// <summary>
/// A Markdown paragraph wrapped by hand puts line breaks where a name or phrase has spaces. The scanners treat a
/// line break (<c>\n</c> or <c>\r\n</c>) between two words as the single space it stands for.
/// </summary>
internal static class WrappedLines
{
    /// <summary>The length of the single space or line break at <paramref name="i"/> (1, or 2 for <c>\r\n</c>); 0 when there is none.</summary>
    public static int SpaceLength(ReadOnlySpan<char> text, int i) =>
        i >= text.Length ? 0
        : text[i] is ' ' or '\n' ? 1
        : text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2
        : 0;

    /// <summary>A text as the reader sees it: a name wrapped across lines is one name with one space.</summary>
    public static string OneLine(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r') < 0 ? text : text.Replace("\r\n", " ").Replace('\n', ' ');
}
