using System.Buffers;

namespace Byline.Syntax;

/// <summary>A vectorised first test before classifying letters by script one by one.</summary>
public static class ScriptText
{
    // Latin (to U+024F), General Punctuation (curly quotes, dashes, ellipsis: U+2000–U+206F) and currency signs
    // (U+20A0–U+20CF). None of the last two are letters, so a text of only these characters has no letter
    // outside Latin script. Without the punctuation ranges every line with a curly quote took the slow path.
    private static readonly SearchValues<char> LatinOrNonLetters = SearchValues.Create(BuildSet());

    private static string BuildSet()
    {
        var set = new System.Text.StringBuilder();
        for (var c = '\0'; c <= '\u024F'; c++) set.Append(c);
        for (var c = '\u2000'; c <= '\u206F'; c++) set.Append(c);
        for (var c = '\u20A0'; c <= '\u20CF'; c++) set.Append(c);
        return set.ToString();
    }

    /// <summary>False when every letter of <paramref name="text"/> is certainly Latin (most lines of English copy).</summary>
    public static bool MayHaveNonLatinLetters(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(LatinOrNonLetters) >= 0;
}
