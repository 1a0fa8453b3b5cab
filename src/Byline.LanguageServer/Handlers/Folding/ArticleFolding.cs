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
        var cursor = new LineCursor(lines);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var startLine = cursor.LineOf(block.Start);
            var endLine = cursor.LineOf(LastOffset(block));
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
    private static int LastLine(LineMap lines, Block block) => lines.GetLineFromOffset(LastOffset(block));

    private static int LastOffset(Block block) => Math.Max(block.Start, block.Span.End - 1);

    /// <summary>
    /// The lines of offsets asked for in order, found by walking on from the last one's line: the blocks' starts and
    /// ends come in document order, and two searches of the line map per block were most of folding's cost in a
    /// book-length article (asked after every change). An offset before the last one is searched for.
    /// </summary>
    private struct LineCursor(LineMap lines)
    {
        private int _line;

        /// <summary>As <see cref="LineMap.GetLineFromOffset"/>.</summary>
        public int LineOf(int offset)
        {
            if (offset < lines.GetLineStart(_line))
            {
                return _line = lines.GetLineFromOffset(offset);
            }
            while (_line + 1 < lines.Count && lines.GetLineStart(_line + 1) <= offset)
            {
                _line++;
            }
            return _line;
        }
    }
}
