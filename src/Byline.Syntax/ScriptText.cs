namespace Byline.Syntax;

/// <summary>A vectorised first test before classifying letters by script one by one.</summary>
public static class ScriptText
{
    /// <summary>
    /// False when every letter of <paramref name="text"/> is certainly Latin (most lines of English copy): nothing
    /// beyond U+024F but General Punctuation (curly quotes, dashes, ellipsis: U+2000–U+206F) and currency signs
    /// (U+20A0–U+20CF), none of which are letters. Without those ranges every line with a curly quote took the
    /// per-character path; a <c>SearchValues</c> of the three ranges measured slower than this range search,
    /// which skips the few punctuation marks one at a time.
    /// </summary>
    public static bool MayHaveNonLatinLetters(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var i = text.IndexOfAnyExceptInRange('\0', '\u024F');
            if (i < 0)
            {
                return false;
            }
            if (text[i] is not (>= '\u2000' and <= '\u206F' or >= '\u20A0' and <= '\u20CF'))
            {
                return true;
            }
            text = text[(i + 1)..];
        }
    }
}
