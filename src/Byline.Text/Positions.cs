using System.Text;

namespace Byline.Text;

/// <summary>How the client counts characters in a line (LSP 3.17 <c>positionEncoding</c>).</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
    Utf32,
}

/// <summary>An LSP position: zero-based line and character offset in the negotiated encoding.</summary>
public readonly record struct LinePosition(int Line, int Character);

public static class PositionEncodingNames
{
    public static string ToLspName(this PositionEncoding encoding) => encoding switch
    {
        PositionEncoding.Utf8 => "utf-8",
        PositionEncoding.Utf32 => "utf-32",
        _ => "utf-16",
    };

    public static PositionEncoding? FromLspName(string? name) => name switch
    {
        "utf-8" => PositionEncoding.Utf8,
        "utf-16" => PositionEncoding.Utf16,
        "utf-32" => PositionEncoding.Utf32,
        _ => null,
    };
}

/// <summary>
/// Converts between LSP positions and UTF-16 offsets. Positions that do not exist (past the last line,
/// past the end of a line, inside a surrogate pair or a multi-byte UTF-8 sequence) are clamped to the
/// nearest valid offset before them, never thrown on: clients send stale positions while the user types.
/// </summary>
public static class PositionMapper
{
    public static int ToOffset(this ArticleText text, LinePosition position, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        var lines = text.Lines;
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= lines.Count)
        {
            return text.Length;
        }
        var lineStart = lines.GetLineStart(position.Line);
        var lineEnd = lines.GetLineEnd(position.Line, text.Source);
        var wanted = Math.Max(0, position.Character);
        if (encoding == PositionEncoding.Utf16)
        {
            var offset = Math.Min(lineStart + wanted, lineEnd);
            if (offset > lineStart && offset < lineEnd && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]))
            {
                offset--;
            }
            return offset;
        }
        var units = 0;
        var i = lineStart;
        while (i < lineEnd)
        {
            var width = ScalarWidth(text, i, lineEnd, out var utf16Length, encoding);
            if (units + width > wanted)
            {
                break;
            }
            units += width;
            i += utf16Length;
        }
        return i;
    }

    public static LinePosition ToPosition(this ArticleText text, int offset, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lines = text.Lines;
        var line = lines.GetLineFromOffset(offset);
        var lineStart = lines.GetLineStart(line);
        var lineEnd = lines.GetLineEnd(line, text.Source);
        offset = Math.Min(offset, lineEnd);
        if (offset > lineStart && offset < lineEnd && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]))
        {
            offset--;
        }
        if (encoding == PositionEncoding.Utf16)
        {
            return new LinePosition(line, offset - lineStart);
        }
        var units = 0;
        for (var i = lineStart; i < offset;)
        {
            units += ScalarWidth(text, i, lineEnd, out var utf16Length, encoding);
            i += utf16Length;
        }
        return new LinePosition(line, units);
    }

    /// <summary>Width of the scalar at <paramref name="i"/> in the target encoding; a lone surrogate counts as U+FFFD.</summary>
    private static int ScalarWidth(ArticleText text, int i, int end, out int utf16Length, PositionEncoding encoding)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
        {
            utf16Length = 2;
            return encoding == PositionEncoding.Utf8 ? 4 : 1;
        }
        utf16Length = 1;
        if (encoding == PositionEncoding.Utf32)
        {
            return 1;
        }
        if (char.IsSurrogate(c))
        {
            return 3; // encoded as U+FFFD
        }
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
}
