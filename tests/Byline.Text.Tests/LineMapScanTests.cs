using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Text.Tests;

/// <summary>The line map read from a text equals the starts found one character at a time, also across its read chunks.</summary>
public class LineMapScanTests
{
    private static readonly Gen<string> Pieces = Gen.OneOf<string>("\n", "\r", "\r\n", "\n\n", "a", "bc", " ", "x\ry", "\u2028", "😀");

    // Padding before the pieces puts their line ends on either side of the 64 K boundary where the map reads a new chunk.
    private static readonly Gen<string> Texts = Gen.Select(Gen.OneOf(Gen.Const(0), Gen.Int[65_530, 65_540]), Pieces.Array[0, 30])
        .Select((padding, pieces) => new string('p', padding) + string.Concat(pieces));

    [Test]
    public void A_map_read_in_chunks_equals_a_character_by_character_scan()
    {
        Texts.Sample(text =>
        {
            var map = LineMap.Create(SourceText.From(text));
            Assert.That(Enumerable.Range(0, map.Count).Select(map.GetLineStart), Is.EqualTo(NaiveStarts(text)));
        }, iter: 500, threads: 1);
    }

    [TestCase("")]
    [TestCase("\r")]
    [TestCase("a\r\nb\rc\n")]
    public void Short_texts_end_their_lines_at_each_line_break(string text)
    {
        var map = LineMap.Create(SourceText.From(text));
        Assert.That(Enumerable.Range(0, map.Count).Select(map.GetLineStart), Is.EqualTo(NaiveStarts(text)));
    }

    private static List<int> NaiveStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }
}
