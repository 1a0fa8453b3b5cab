using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

/// <summary>
/// Reads a long JSON string with escapes (an article's text: one per line at least) without the shared array pool.
/// System.Text.Json unescapes such a string in an array as long as the string, rented from
/// <c>ArrayPool&lt;byte&gt;.Shared</c> and returned to it, where it outlives the idle trim (see
/// <c>LspMessageFormatter</c>): a 10 MB article left a 16 MB array. Here the unescaped bytes are a plain array that
/// the collector takes back. Shorter strings, and strings without escapes, are read as usual.
/// </summary>
internal sealed class UnpooledStringConverter : JsonConverter<string>
{
    /// <summary>Up to this length the pooled array is small enough to keep.</summary>
    private const int PooledLength = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length > PooledLength
            ? Unescape(reader.ValueSpan)
            : reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // The reader has checked every escape's form; the server's gate has replaced lone surrogates.
    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var bytes = new byte[escaped.Length];
        var length = 0;
        while (!escaped.IsEmpty)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            var plain = backslash < 0 ? escaped : escaped[..backslash];
            plain.CopyTo(bytes.AsSpan(length));
            length += plain.Length;
            if (backslash < 0)
            {
                break;
            }
            escaped = escaped[backslash..];
            escaped = escaped[ReadEscape(escaped, bytes.AsSpan(length), out var written)..];
            length += written;
        }
        try
        {
            return StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException ex)
        {
            throw new JsonException("The string is not valid UTF-8.", ex);
        }
    }

    /// <summary>Writes the escape at the start of <paramref name="escape"/> as UTF-8; returns the escape's length.</summary>
    private static int ReadEscape(ReadOnlySpan<byte> escape, Span<byte> destination, out int written)
    {
        written = 1;
        switch (escape[1])
        {
            case (byte)'n': destination[0] = (byte)'\n'; return 2;
            case (byte)'r': destination[0] = (byte)'\r'; return 2;
            case (byte)'t': destination[0] = (byte)'\t'; return 2;
            case (byte)'b': destination[0] = (byte)'\b'; return 2;
            case (byte)'f': destination[0] = (byte)'\f'; return 2;
            case (byte)'u': break;
            default: destination[0] = escape[1]; return 2;
        }
        var unit = Hex(escape[2..6]);
        var consumed = 6;
        int scalar = unit;
        if (char.IsHighSurrogate((char)unit) && escape.Length >= 12 && escape[6] == '\\' && escape[7] == 'u' &&
            char.IsLowSurrogate((char)Hex(escape[8..12])))
        {
            scalar = char.ConvertToUtf32((char)unit, (char)Hex(escape[8..12]));
            consumed = 12;
        }
        if (!Rune.TryCreate(scalar, out var rune))
        {
            throw new JsonException("The string has a lone UTF-16 surrogate.");
        }
        written = rune.EncodeToUtf8(destination);
        return consumed;
    }

    private static int Hex(ReadOnlySpan<byte> digits) =>
        int.Parse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
}
