using System.Collections.Immutable;
using Byline.LanguageServer.Handlers.Folding;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Syntax;
using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Tests;

public class FoldingTests
{
    [Test]
    public void Multi_line_blocks_and_runs_of_boilerplate_fold()
    {
        const string content = "Headline\n\nFirst line of a paragraph\nand its second line.\n\nSubscribe\nNewsfeed\nlog in or register";
        var text = ArticleText.From(content);
        Block At(BlockKind kind, string blockText) => new(new BlockNode(kind, blockText, []), content.IndexOf(blockText, StringComparison.Ordinal));
        Block[] blocks =
        [
            At(BlockKind.Headline, "Headline"),
            At(BlockKind.Paragraph, "First line of a paragraph\nand its second line."),
            At(BlockKind.Boilerplate, "Subscribe"),
            At(BlockKind.Boilerplate, "Newsfeed"),
            At(BlockKind.Boilerplate, "log in or register"),
        ];
        Assert.That(ArticleFolding.Build(blocks, text), Is.EqualTo(new[]
        {
            new FoldingRange(2, null, 3, null, null),
            new FoldingRange(5, null, 7, null, "comment"),
        }));
    }

    [Test]
    public void A_block_ending_with_its_line_break_does_not_fold_into_the_next_line()
    {
        var text = ArticleText.From("One line\nNext");
        Block[] blocks = [new(new BlockNode(BlockKind.Paragraph, "One line\n", []), 0)];
        Assert.That(ArticleFolding.Build(blocks, text), Is.Empty);
    }

    [Test]
    public async Task Folding_over_lsp_covers_every_multi_line_block_of_the_document()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        var text = LspTestClient.Seed + "\n\nA paragraph that goes\nover two lines.\n";
        await client.OpenAsync(LspTestClient.SeedUri, text);
        var ranges = await client.RequestAsync<FoldingRange[]>("textDocument/foldingRange", new FoldingRangeParams(new TextDocumentIdentifier(LspTestClient.SeedUri)));

        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var lines = tree.Text.Lines;
        var multiLine = tree.Blocks
            .Select(b => (Start: lines.GetLineFromOffset(b.Start), End: lines.GetLineFromOffset(Math.Max(b.Start, b.Span.End - 1))))
            .Where(b => b.End > b.Start);
        Assert.That(ranges.All(r => r.EndLine > r.StartLine));
        foreach (var (start, end) in multiLine)
        {
            Assert.That(ranges.Any(r => r.StartLine == start && r.EndLine == end), $"no folding range for lines {start}-{end}");
        }
    }

    [Test]
    public async Task The_seeds_trailing_website_text_folds_as_one_comment()
    {
        await using var client = await LspTestClient.OpenedAsync(LspTestClient.SeedUri, LspTestClient.Seed);
        var ranges = await client.RequestAsync<FoldingRange[]>("textDocument/foldingRange", new FoldingRangeParams(new TextDocumentIdentifier(LspTestClient.SeedUri)));
        // "Newsfeed" … "Заголовок открываемого материала": lines 15-21. "Subscribe" (line 4) stands alone and does not fold.
        Assert.That(ranges, Is.EqualTo(new[] { new FoldingRange(15, null, 21, null, "comment") }));
    }

    [Test]
    public async Task Folding_for_an_unknown_document_is_null()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        var ranges = await client.RequestAsync<FoldingRange[]?>("textDocument/foldingRange", new FoldingRangeParams(new TextDocumentIdentifier("file:///nope.txt")));
        Assert.That(ranges, Is.Null);
    }

    private static readonly string[] Pieces =
    [
        "Ferry to sail on Friday", "The crossing was delayed twice, a spokesman said.", "Subscribe", "Newsfeed",
        "log in or register", "a line\nand the next", "one\r\ntwo", "lone\rbreak", "- a list item", "> a quote\n> goes on", "",
    ];

    [Test]
    public void Folding_reads_each_blocks_lines_as_the_line_map_finds_them()
    {
        // The blocks' lines are found by walking the line map in document order; each must be the line the map's own
        // search gives, for every kind of line break, blank lines between blocks and blocks that end with their break.
        string[] breaks = ["\n", "\n\n", "\r\n\r\n", "\n\n\n", "\r\r"];
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[1, 14], Gen.Int[0, breaks.Length - 1].Array[14]).Sample((picks, separators) =>
        {
            var content = "Headline\n\n" + string.Concat(picks.Select((p, i) => Pieces[p] + breaks[separators[i]]));
            var tree = ArticleSyntaxTree.Parse(ArticleText.From(content), ArticleFormat.PlainText);
            Assert.That(ArticleFolding.Build(tree.Blocks, tree.Text), Is.EqualTo(Searched(tree.Blocks, tree.Text.Lines)), content);
        }, iter: 300, threads: 1);
    }

    /// <summary>The folding ranges with each block's lines searched for in the line map, one by one.</summary>
    private static FoldingRange[] Searched(IReadOnlyList<Block> blocks, LineMap lines)
    {
        int Last(Block b) => lines.GetLineFromOffset(Math.Max(b.Start, b.Span.End - 1));
        var ranges = new List<FoldingRange>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var (start, end) = (lines.GetLineFromOffset(blocks[i].Start), Last(blocks[i]));
            var boilerplate = blocks[i].Kind == BlockKind.Boilerplate;
            if (boilerplate && (i == 0 || blocks[i - 1].Kind != BlockKind.Boilerplate))
            {
                var last = i;
                while (last + 1 < blocks.Count && blocks[last + 1].Kind == BlockKind.Boilerplate)
                {
                    last++;
                }
                if (last > i && Last(blocks[last]) > start)
                {
                    ranges.Add(new FoldingRange(start, null, Last(blocks[last]), null, FoldingRange.CommentKind));
                }
            }
            if (end > start)
            {
                ranges.Add(new FoldingRange(start, null, end, null, boilerplate ? FoldingRange.CommentKind : null));
            }
        }
        return [.. ranges.Distinct().OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine)];
    }
}
