using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Text.Tests;

/// <summary>The line map of an edited text, updated from the edit, equals the map read from the whole new text.</summary>
public class LineMapEditTests
{
    private static readonly Gen<string> Pieces = Gen.OneOf<string>("\n", "\r", "\r\n", "\n\n", "a", "bc", " ", "x\ry", "\u2028", "😀");

    private static readonly Gen<string> Texts = Pieces.Array[0, 30].Select(p => string.Concat(p));

    [Test]
    public void A_map_updated_from_any_chain_of_edits_equals_one_built_from_scratch()
    {
        var edits = 0;
        Gen.Select(Texts, Gen.Select(Gen.Double[0, 1], Gen.Int[0, 4], Texts).Array[1, 6]).Sample((start, script) =>
        {
            var text = ArticleText.From(start);
            _ = text.Lines;
            foreach (var (at, delete, insert) in script)
            {
                var from = (int)(at * text.Length);
                text = text.WithChanges([new TextChange(new TextSpan(from, Math.Min(delete, text.Length - from)), insert)]);
                var fresh = ArticleText.From(text.ToString()).Lines;
                var updated = text.Lines;
                Assert.That(Starts(updated), Is.EqualTo(Starts(fresh)), $"after inserting {insert.Length} chars at {from} of {text.Length}");
                Assert.That(updated.GetLineFromOffset(text.Length), Is.EqualTo(fresh.GetLineFromOffset(text.Length)));
                edits++;
            }
        }, iter: 2000, threads: 1);
        TestContext.Out.WriteLine($"Line map property: {edits} edits, each map equal to a fresh one.");
    }

    private static int[] Starts(LineMap map) => [.. Enumerable.Range(0, map.Count).Select(map.GetLineStart)];
}
