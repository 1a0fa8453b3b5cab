using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax.Tests;

/// <summary>
/// The plain-text parser's line table is kept in chunks, and a reparse shares the whole chunks before the edit: a
/// table built from an older one must read as if built afresh, and edits around the chunk boundaries of a long
/// article must still give the tree of a fresh parse.
/// </summary>
public class LineTableTests
{
    private static LineRecord Line(int i) => new(i * 10, i * 10 + 9, i, 1, LineState.Initial with { Ordinal = i % 5 });

    [Test]
    public void A_table_built_from_an_older_one_reads_its_lines_then_the_new_ones()
    {
        Gen.Select(Gen.Int[0, 3 * LineTable.ChunkSize], Gen.Int[0, 3 * LineTable.ChunkSize], Gen.Int[0, 2 * LineTable.ChunkSize]).Sample((length, keepAt, added) =>
        {
            var old = Build(LineTable.Empty, 0, Enumerable.Range(0, length).Select(Line));
            var keep = Math.Min(keepAt, length);
            var table = Build(old, keep, Enumerable.Range(0, added).Select(i => Line(100_000 + i)));
            Assert.That(table.Length, Is.EqualTo(keep + added));
            for (var i = 0; i < table.Length; i++)
            {
                var expected = i < keep ? Line(i) : Line(100_000 + i - keep);
                if (table[i] != expected)
                {
                    Assert.That(table[i], Is.EqualTo(expected), $"line {i} of {keep} kept and {added} added");
                }
            }
            Assert.That(() => table[table.Length], Throws.TypeOf<ArgumentOutOfRangeException>());
        }, iter: 200);
    }

    [Test]
    public void Lines_moved_from_an_older_table_read_as_if_copied_with_their_move()
    {
        // Two generations, so that chunks shared with a move are shared again with a second move added to the first.
        Gen.Select(Gen.Int[0, 4 * LineTable.ChunkSize], Gen.Int[0, 4 * LineTable.ChunkSize], Gen.Int[0, 3], Gen.Int[-2, 2], Gen.Int[-50, 50]).Sample((length, editAt, added, removed, delta) =>
        {
            var expected = Enumerable.Range(0, length).Select(Line).ToList();
            var table = Build(LineTable.Empty, 0, expected);
            for (var generation = 0; generation < 2; generation++)
            {
                var keep = Math.Min(editAt, table.Length);
                var from = Math.Min(table.Length, keep + Math.Max(0, removed));
                var inserted = Enumerable.Range(0, added).Select(i => Line(100_000 + i)).ToList();
                var blockDelta = added - (from - keep);
                var builder = new LineTable.Builder(table, keep);
                inserted.ForEach(builder.Add);
                builder.AddMoved(table, from, delta, blockDelta);
                var moved = expected[from..].Select(l => l with { Start = l.Start + delta, BreakEnd = l.BreakEnd + delta, FirstBlock = l.FirstBlock + blockDelta });
                expected = [.. expected[..keep], .. inserted, .. moved];
                Assert.That(builder.Count, Is.EqualTo(expected.Count));
                table = builder.ToTable();
                Assert.That(table.Length, Is.EqualTo(expected.Count));
                for (var i = 0; i < table.Length; i++)
                {
                    if (table[i] != expected[i])
                    {
                        Assert.That(table[i], Is.EqualTo(expected[i]), $"line {i}, generation {generation}: {keep} kept, {added} added, from {from} moved by {delta}");
                    }
                }
            }
        }, iter: 300);
    }

    [Test]
    public void Edits_around_chunk_boundaries_of_a_long_article_equal_a_fresh_parse()
    {
        // Invented one-line paragraphs, more than three chunks of them.
        var lines = Enumerable.Range(0, 3 * LineTable.ChunkSize + 100)
            .Select(i => i % 7 == 0 ? $"Update {i}" : $"The council of a made-up town met for the {i}th time, a spokesman said.");
        var text = ArticleText.From(string.Join("\n", lines) + "\n");
        var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText);
        string[] inserts = ["x", "\n", "\n\n", "", "Subscribe\n"];
        var step = 0;
        foreach (var boundary in new[] { LineTable.ChunkSize, 2 * LineTable.ChunkSize, 3 * LineTable.ChunkSize })
        {
            foreach (var lineOffset in new[] { -2, -1, 0, 1 })
            {
                var lineStart = text.Source.Lines[boundary + lineOffset].Start;
                var insert = inserts[step++ % inserts.Length];
                var deleted = insert.Length == 0 ? 1 : 0;
                text = text.WithChanges([new TextChange(new TextSpan(Math.Max(0, lineStart - 1), deleted), insert)]);
                tree = tree.WithText(text);
                Assert.That(TreeShape.Describe(tree), Is.EqualTo(TreeShape.Describe(ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText))),
                    $"after an edit at line {boundary + lineOffset}");
            }
        }
    }

    private static LineTable Build(LineTable old, int keep, IEnumerable<LineRecord> added)
    {
        var builder = new LineTable.Builder(old, keep);
        foreach (var line in added)
        {
            builder.Add(line);
        }
        Assert.That(builder.Count, Is.EqualTo(keep + added.Count()));
        return builder.ToTable();
    }
}
