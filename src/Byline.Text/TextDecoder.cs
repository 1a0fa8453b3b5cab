using System.Text;

namespace Byline.Text;

/// <summary>A problem found while turning a file's bytes into text; the text is still produced.</summary>
public sealed record TextDecodingIssue(TextDecodingIssueKind Kind, int Offset, string Message);

public enum TextDecodingIssueKind
{
    /// <summary>Bytes that are not valid UTF-8 were replaced by U+FFFD.</summary>
    InvalidUtf8,
    /// <summary>The file looks binary (NUL bytes); it is shown as text but not analysed as prose.</summary>
    Binary,
}

public sealed record DecodedText(ArticleText Text, IReadOnlyList<TextDecodingIssue> Issues)
{
    public bool IsBinary => Issues.Any(i => i.Kind == TextDecodingIssueKind.Binary);
}

/// <summary>
/// Decodes article files: byte-order marks (UTF-8, UTF-16 LE/BE) pick the encoding and are not part of the
/// text; otherwise UTF-8. Invalid bytes become U+FFFD and an issue that says where, so nothing is lost silently.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var issues = new List<TextDecodingIssue>();
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8(bytes[3..], issues);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            text = DecodeUtf8(bytes, issues);
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            issues.Insert(0, new TextDecodingIssue(TextDecodingIssueKind.Binary, nul, "The file contains NUL characters and looks binary; it is not analysed as an article."));
        }
        return new DecodedText(ArticleText.From(text), issues);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, List<TextDecodingIssue> issues)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var text = LenientUtf8.GetString(bytes);
            var firstBad = text.IndexOf('\uFFFD');
            var count = text.Count(c => c == '\uFFFD');
            issues.Add(new TextDecodingIssue(TextDecodingIssueKind.InvalidUtf8, Math.Max(0, firstBad),
                $"The file is not valid UTF-8: {count} invalid byte sequence(s) were replaced by U+FFFD. Save it as UTF-8 to fix this."));
            return text;
        }
    }
}
