using System.Buffers;
using System.Text.Encodings.Web;

namespace Byline.LanguageServer.Protocol;

/// <summary>
/// The server's JSON string encoder: escapes what JSON itself requires — the quotation mark and backslash (as
/// <c>\"</c> and <c>\\</c>), control characters — and every character outside ASCII, and nothing else.
/// System.Text.Json's default encoder also escapes the characters HTML gives a meaning to (<c>" ' &lt; &gt; &amp; + `</c>,
/// as <c>\u0022</c> and the like) in case the JSON is pasted into a web page; an LSP message goes through a pipe to
/// an editor's JSON parser and is never read as HTML, so those escapes only lengthen the answers (the quotes in
/// messages: ~5 % of a long article's diagnostics). Non-ASCII stays escaped: one such character in a message makes
/// node's string of the whole answer two bytes a character, which parses slower than the escapes cost.
/// </summary>
public sealed class LspJsonEncoder : JavaScriptEncoder
{
    public static LspJsonEncoder Instance { get; } = new();

    private const string Plain = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private static readonly SearchValues<char> PlainChars = SearchValues.Create(Plain);

    private static readonly SearchValues<byte> PlainBytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(Plain));

    private LspJsonEncoder()
    {
    }

    /// <summary>As the default encoder: <c>\uXXXX</c> per UTF-16 code unit at most.</summary>
    public override int MaxOutputCharactersPerInputCharacter => Default.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar > char.MaxValue || !PlainChars.Contains((char)unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAnyExcept(PlainChars);

    /// <summary>Every byte of a non-ASCII character is outside <see cref="Plain"/>, so the first one found starts it.</summary>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) => utf8Text.IndexOfAnyExcept(PlainBytes);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (unicodeScalar is '"' or '\\')
        {
            numberOfCharactersWritten = 0;
            if (bufferLength < 2)
            {
                return false;
            }
            buffer[0] = '\\';
            buffer[1] = (char)unicodeScalar;
            numberOfCharactersWritten = 2;
            return true;
        }
        // Control and non-ASCII characters, which the default encoder escapes too (\n, \t, \uXXXX, surrogate pairs).
        return Default.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
    }
}
