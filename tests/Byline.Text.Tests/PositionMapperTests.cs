using System.Text;
using CsCheck;

namespace Byline.Text.Tests;

public class PositionMapperTests
{
    private static readonly Gen<string> Texts =
        Gen.OneOf("a", "é", "😀", "\uD83D", "\uDE00", "\r", "\n", "\r\n", " ", "Я", "中", "\u2028")
            .Array[0, 40].Select(parts => string.Concat(parts));

    /// <summary>Offsets where a client can put the cursor: not inside a \r\n pair or a surrogate pair.</summary>
    private static bool IsBoundary(string s, int offset) =>
        offset == 0 || offset == s.Length ||
        !((s[offset - 1] == '\r' && s[offset] == '\n') || (char.IsHighSurrogate(s[offset - 1]) && char.IsLowSurrogate(s[offset])));

    [Test]
    public void Offset_to_position_and_back_round_trips([Values] PositionEncoding encoding)
    {
        Texts.Sample(s =>
        {
            var text = ArticleText.From(s);
            for (var offset = 0; offset <= s.Length; offset++)
            {
                if (!IsBoundary(s, offset)) continue;
                var position = text.ToPosition(offset, encoding);
                Assert.That(text.ToOffset(position, encoding), Is.EqualTo(offset), $"offset {offset} → {position}");
            }
        }, iter: 500, threads: 1);
    }

    [TestCase(PositionEncoding.Utf16, 2)]
    [TestCase(PositionEncoding.Utf8, 4)]
    [TestCase(PositionEncoding.Utf32, 1)]
    public void Emoji_width_depends_on_the_encoding(PositionEncoding encoding, int width)
    {
        var text = ArticleText.From("😀x");
        Assert.That(text.ToPosition(2, encoding), Is.EqualTo(new LinePosition(0, width)));
    }

    [Test]
    public void Positions_that_do_not_exist_are_clamped()
    {
        var text = ArticleText.From("ab\r\ncd😀\nlast");
        Assert.That(text.ToOffset(new LinePosition(99, 0)), Is.EqualTo(text.Length), "line past the end");
        Assert.That(text.ToOffset(new LinePosition(0, 99)), Is.EqualTo(2), "character past the end stops before \\r\\n");
        Assert.That(text.ToOffset(new LinePosition(1, 3)), Is.EqualTo(6), "inside the surrogate pair moves before it");
        Assert.That(text.ToOffset(new LinePosition(1, 3), PositionEncoding.Utf8), Is.EqualTo(6), "inside the UTF-8 sequence moves before it");
        Assert.That(text.ToOffset(new LinePosition(-1, -5)), Is.EqualTo(0));
        Assert.That(text.ToPosition(3), Is.EqualTo(new LinePosition(0, 2)), "offset between \\r and \\n");
        Assert.That(text.ToPosition(7), Is.EqualTo(new LinePosition(1, 2)), "offset inside the surrogate pair");
        Assert.That(text.ToPosition(1000), Is.EqualTo(new LinePosition(2, 4)));
    }
}

public class LineMapTests
{
    /// <summary>The LSP definition of lines, written the obvious way.</summary>
    private static List<int> ReferenceLineStarts(string s)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') { starts.Add(i + 2); i++; }
            else if (s[i] is '\r' or '\n') starts.Add(i + 1);
        }
        return starts;
    }

    [Test]
    public void Agrees_with_a_reference_implementation()
    {
        Gen.OneOf("a", "\r", "\n", "\r\n", "\u2028", "\u0085", "😀").Array[0, 60].Select(p => string.Concat(p)).Sample(s =>
        {
            var map = ArticleText.From(s).Lines;
            var expected = ReferenceLineStarts(s);
            Assert.That(Enumerable.Range(0, map.Count).Select(map.GetLineStart), Is.EqualTo(expected));
            for (var offset = 0; offset <= s.Length; offset++)
            {
                Assert.That(map.GetLineFromOffset(offset), Is.EqualTo(expected.FindLastIndex(start => start <= offset)));
            }
        }, iter: 1000, threads: 1);
    }

    [Test]
    public void Line_ends_exclude_the_break()
    {
        var text = ArticleText.From("one\r\ntwo\rthree\n");
        var lines = text.Lines;
        Assert.That(Enumerable.Range(0, lines.Count).Select(l => text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(lines.GetLineStart(l), lines.GetLineEnd(l, text.Source) - lines.GetLineStart(l)))),
            Is.EqualTo(new[] { "one", "two", "three", "" }));
    }

    [Test]
    public void Large_text_crosses_copy_chunks_with_a_split_crlf()
    {
        // LineMap copies 64K chunks; a \r\n pair across the chunk edge must still be one break.
        var s = new string('a', 64 * 1024 - 1) + "\r\n" + "b";
        Assert.That(ArticleText.From(s).Lines.Count, Is.EqualTo(2));
    }
}

public class TextDecoderTests
{
    [Test]
    public void Utf8_bom_is_not_part_of_the_text()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. "Headline"u8]);
        Assert.That(decoded.Text.ToString(), Is.EqualTo("Headline"));
        Assert.That(decoded.Issues, Is.Empty);
    }

    [TestCase(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00 }, "AB")]
    [TestCase(new byte[] { 0xFE, 0xFF, 0x00, 0x41, 0x00, 0x42 }, "AB")]
    public void Utf16_boms_pick_the_encoding(byte[] bytes, string expected) =>
        Assert.That(TextDecoder.Decode(bytes).Text.ToString(), Is.EqualTo(expected));

    [Test]
    public void Invalid_utf8_becomes_replacement_characters_and_an_issue()
    {
        var decoded = TextDecoder.Decode([.. "ab"u8, 0xC3, 0x28, .. "cd"u8]);
        Assert.That(decoded.Text.ToString(), Is.EqualTo("ab\uFFFD(cd"));
        var issue = decoded.Issues.Single();
        Assert.That((issue.Kind, issue.Offset), Is.EqualTo((TextDecodingIssueKind.InvalidUtf8, 2)));
        Assert.That(decoded.IsBinary, Is.False);
    }

    [Test]
    public void Nul_bytes_mark_the_file_binary()
    {
        var decoded = TextDecoder.Decode([.. "PK"u8, 0x00, 0x01]);
        Assert.That(decoded.IsBinary, Is.True);
        Assert.That(decoded.Issues[0].Offset, Is.EqualTo(2));
    }

    [Test]
    public void Any_bytes_decode()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var decoded = TextDecoder.Decode(bytes);
            var utf16 = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
            if (!utf16)
            {
                // An invalid-UTF-8 issue exactly when the bytes are not UTF-8, and valid files round-trip.
                var valid = System.Text.Unicode.Utf8.IsValid(bytes);
                Assert.That(decoded.Issues.Any(i => i.Kind == TextDecodingIssueKind.InvalidUtf8), Is.EqualTo(!valid));
                if (valid && !(bytes is [0xEF, 0xBB, 0xBF, ..]))
                {
                    Assert.That(Encoding.UTF8.GetBytes(decoded.Text.ToString()), Is.EqualTo(bytes));
                }
            }
            Assert.That(decoded.IsBinary, Is.EqualTo(decoded.Text.ToString().Contains('\0')));
        }, iter: 1000, threads: 1);
    }
}
