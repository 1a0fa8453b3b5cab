using Byline.LanguageServer.Protocol;
using Byline.Syntax;
using Byline.Text;

namespace Byline.LanguageServer.Handlers.Folding;

/// <summary>
/// Folding ranges: every block that spans more than one line, and each run of two or more consecutive
/// boilerplate blocks (newsletter sign-ups, "Subscribe", comment prompts) as one range of kind
/// <c>comment</c>, so "Fold All Block Comments" hides what is not the story. Ranges are whole lines.
/// </summary>
public static class ArticleFolding
{
    public static FoldingRange[] Build(IReadOnlyList<Block> blocks, ArticleText text)
    {
        var ranges = new List<FoldingRange>();
        var lines = text.Lines;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var startLine = lines.GetLineFromOffset(block.Start);
            var endLine = LastLine(lines, block);
            if (block.Kind == BlockKind.Boilerplate && (i == 0 || blocks[i - 1].Kind != BlockKind.Boilerplate))
            {
                var last = i;
                while (last + 1 < blocks.Count && blocks[last + 1].Kind == BlockKind.Boilerplate)
                {
                    last++;
                }
                if (last > i)
                {
                    var runEnd = LastLine(lines, blocks[last]);
                    if (runEnd > startLine)
                    {
                        ranges.Add(new FoldingRange(startLine, null, runEnd, null, FoldingRange.CommentKind));
                    }
                }
            }
            if (endLine > startLine)
            {
                ranges.Add(new FoldingRange(startLine, null, endLine, null, block.Kind == BlockKind.Boilerplate ? FoldingRange.CommentKind : null));
            }
        }
        return [.. ranges.Distinct().OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine)];
    }

    // The line of the block's last character: a block that ends with its line break does not reach the next line.
    private static int LastLine(LineMap lines, Block block) => lines.GetLineFromOffset(Math.Max(block.Start, block.Span.End - 1));
}
