namespace Byline.LanguageServer.Server;

/// <summary>
/// JavaScript strings may hold a lone UTF-16 surrogate (an emoji cut in half by an edit), and
/// <c>JSON.stringify</c> writes it as an escape such as <c>\ud83d</c>. System.Text.Json refuses to read such a
/// string, which dropped the whole didOpen/didChange and made the server's text drift from the editor's. Each
/// lone surrogate escape is rewritten in place to <c>\ufffd</c>: the same six bytes, and after decoding the same
/// one UTF-16 unit at the same position, so every later range the client sends still lines up.
/// </summary>
public static class LoneSurrogates
{
    private static readonly byte[] Replacement = "\\ufffd"u8.ToArray();

    /// <summary>Rewrites lone surrogate escapes in <paramref name="json"/>; true when there was one.</summary>
    public static bool ReplaceEscapes(Span<byte> json)
    {
        var replaced = false;
        var i = json.IndexOf((byte)'\\');
        while (i >= 0 && i < json.Length - 1)
        {
            if (json[i + 1] != (byte)'u')
            {
                // Any other escape is two bytes; skipping both keeps "\\ud83d" (an escaped backslash) intact.
                i = Next(json, i + 2);
                continue;
            }
            var unit = ReadEscape(json, i);
            if (unit is >= 0xD800 and <= 0xDBFF && ReadEscape(json, i + 6) is >= 0xDC00 and <= 0xDFFF)
            {
                i = Next(json, i + 12);
                continue;
            }
            if (unit is >= 0xD800 and <= 0xDFFF)
            {
                Replacement.CopyTo(json[i..]);
                replaced = true;
            }
            i = Next(json, i + 6);
        }
        return replaced;
    }

    private static int Next(Span<byte> json, int from)
    {
        if (from >= json.Length)
        {
            return -1;
        }
        var offset = json[from..].IndexOf((byte)'\\');
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary>The code unit of a <c>\uXXXX</c> escape at <paramref name="at"/>, or -1.</summary>
    private static int ReadEscape(Span<byte> json, int at)
    {
        if (at < 0 || at + 6 > json.Length || json[at] != (byte)'\\' || json[at + 1] != (byte)'u')
        {
            return -1;
        }
        var value = 0;
        for (var k = at + 2; k < at + 6; k++)
        {
            var digit = HexValue(json[k]);
            if (digit < 0)
            {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
