using System.Text;
using Byline.LanguageServer.Handlers.TextSync;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using CsCheck;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Incremental sync against a reference: an edit given as LSP positions (in either encoding) must change
/// exactly the characters between the offsets those positions name, for texts with every line-break style,
/// accents and astral characters.
/// </summary>
public class TextSyncPropertyTests
{
    private static readonly Gen<string> Texts =
        Gen.OneOf<string>("a", "b", " ", "é", "😀", "\n", "\r\n", "\r", "“", ".").Array[0, 40].Select(string.Concat);

    private static readonly Gen<string> Insertions = Gen.OneOf<string>("", "x", "😀", "\n", "é\r\n");

    /// <summary>Offsets where an edit may start or end: not inside a surrogate pair or a \r\n.</summary>
    private static List<int> Boundaries(string text) =>
        [.. Enumerable.Range(0, text.Length + 1).Where(o =>
            o == 0 || o == text.Length || !(char.IsLowSurrogate(text[o]) || text[o] == '\n' && text[o - 1] == '\r'))];

    /// <summary>A from-scratch position of an offset: lines end at \n, \r\n or \r; columns in UTF-16 units or UTF-8 bytes.</summary>
    private static Position ReferencePosition(string text, int offset, PositionEncoding encoding)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                line++;
                lineStart = i + 1;
            }
        }
        var prefix = text[lineStart..offset];
        return new Position(line, encoding == PositionEncoding.Utf8 ? Encoding.UTF8.GetByteCount(prefix) : prefix.Length);
    }

    [TestCase(PositionEncoding.Utf16)]
    [TestCase(PositionEncoding.Utf8)]
    public void An_incremental_edit_replaces_exactly_the_range_it_names(PositionEncoding encoding)
    {
        Gen.Select(Texts, Gen.Int[0, 1000], Gen.Int[0, 1000], Insertions).Sample((text, a, b, insertion) =>
        {
            var boundaries = Boundaries(text);
            var start = boundaries[a % boundaries.Count];
            var end = boundaries[b % boundaries.Count];
            (start, end) = (Math.Min(start, end), Math.Max(start, end));
            var change = new TextDocumentContentChangeEvent(
                new Protocol.Range(ReferencePosition(text, start, encoding), ReferencePosition(text, end, encoding)), null, insertion);

            var actual = ContentChanges.Apply(ArticleText.From(text), [change], encoding).ToString();

            var expected = text[..start] + insertion + text[end..];
            if (actual != expected)
            {
                throw new AssertionException($"{Escape(text)}: [{start}, {end}) -> {Escape(insertion)} gave {Escape(actual)}, expected {Escape(expected)}");
            }
        }, iter: 2000);
    }

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");
}
