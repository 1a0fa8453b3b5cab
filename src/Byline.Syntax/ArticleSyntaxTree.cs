using System.Collections.Immutable;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax;

/// <summary>
/// The immutable syntax tree of one article: its blocks in document order. Blocks never overlap; the
/// characters between them (line breaks, blank lines, Markdown markers) are trivia.
/// </summary>
public sealed class ArticleSyntaxTree
{
    private ArticleSyntaxTree(ArticleText text, ArticleFormat format, ImmutableArray<Block> blocks,
        ImmutableArray<SyntaxDiagnostic> diagnostics, IReadOnlyDictionary<string, object?> frontMatter)
    {
        Text = text;
        Format = format;
        Blocks = blocks;
        Diagnostics = diagnostics;
        FrontMatter = frontMatter;
    }

    public ArticleText Text { get; }
    public ArticleFormat Format { get; }
    public ImmutableArray<Block> Blocks { get; }
    public ImmutableArray<SyntaxDiagnostic> Diagnostics { get; }

    /// <summary>Top-level keys of the YAML front matter (Markdown only); empty when there is none or it is broken.</summary>
    public IReadOnlyDictionary<string, object?> FrontMatter { get; }

    public static ArticleFormat FormatFromPath(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : ArticleFormat.PlainText;

    public static ArticleSyntaxTree Parse(ArticleText text, ArticleFormat format)
    {
        var blocks = NaiveParser.Parse(text);
        return new ArticleSyntaxTree(text, format, blocks, [], new Dictionary<string, object?>());
    }

    /// <summary>The tree for <paramref name="newText"/>, an edited version of this tree's text.</summary>
    public ArticleSyntaxTree WithText(ArticleText newText) => Parse(newText, Format);

    /// <summary>The block that contains <paramref name="offset"/> (its end included), or null in trivia.</summary>
    public Block? FindBlock(int offset)
    {
        int lo = 0, hi = Blocks.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var block = Blocks[mid];
            if (offset < block.Start) hi = mid - 1;
            else if (offset > block.Span.End) lo = mid + 1;
            else return block;
        }
        return null;
    }
}

/// <summary>Placeholder parser: one paragraph block per non-empty line, the first one the headline.</summary>
internal static class NaiveParser
{
    public static ImmutableArray<Block> Parse(ArticleText text)
    {
        var builder = ImmutableArray.CreateBuilder<Block>();
        var lines = text.Lines;
        for (var line = 0; line < lines.Count; line++)
        {
            var start = lines.GetLineStart(line);
            var end = lines.GetLineEnd(line, text.Source);
            if (end == start) continue;
            var content = text.ToString(TextSpan.FromBounds(start, end));
            if (string.IsNullOrWhiteSpace(content)) continue;
            var kind = builder.Count == 0 ? BlockKind.Headline : BlockKind.Paragraph;
            var sentence = new SentenceNode(new TextSpan(0, content.Length), []);
            builder.Add(new Block(new BlockNode(kind, content, [sentence]), start));
        }
        return builder.ToImmutable();
    }
}
