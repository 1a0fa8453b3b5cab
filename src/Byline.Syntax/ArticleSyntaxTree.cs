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
    private readonly PlainTextParse? _plainText;
    private readonly MarkdownParse? _markdown;

    private ArticleSyntaxTree(ArticleText text, ArticleFormat format, ImmutableArray<Block> blocks,
        ImmutableArray<SyntaxDiagnostic> diagnostics, IReadOnlyDictionary<string, object?> frontMatter,
        PlainTextParse? plainText, int reusedBlockCount, MarkdownParse? markdown = null)
    {
        _markdown = markdown;
        Text = text;
        Format = format;
        Blocks = blocks;
        Diagnostics = diagnostics;
        FrontMatter = frontMatter;
        _plainText = plainText;
        ReusedBlockCount = reusedBlockCount;
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

    /// <summary>
    /// How many of <see cref="Blocks"/> hold the very <see cref="BlockNode"/> object of the tree this one was
    /// made from by <see cref="WithText"/> (0 for a fresh parse): caches keyed by node stay valid for them.
    /// </summary>
    public int ReusedBlockCount { get; }

    private static readonly IReadOnlyDictionary<string, object?> NoFrontMatter = new Dictionary<string, object?>();

    public static ArticleSyntaxTree Parse(ArticleText text, ArticleFormat format)
    {
        using var phase = Byline.Text.PhaseTimer.Summed("parse an article from scratch");
        if (format == ArticleFormat.Markdown)
        {
            var markdown = MarkdownParser.Parse(text.ToString(), Lexicon.Default, previous: null);
            return new ArticleSyntaxTree(text, format, ClosingBios.Settle(markdown.Blocks, default), markdown.Diagnostics, markdown.FrontMatter, null, 0, markdown);
        }
        var plain = PlainTextParser.Parse(text.Source, Lexicon.Default);
        return new ArticleSyntaxTree(text, format, ClosingBios.Settle(plain.Blocks, default), [], NoFrontMatter, plain, 0);
    }

    /// <summary>
    /// The tree for <paramref name="newText"/>, an edited version of this tree's text. Plain text reparses only
    /// the lines around the edit. Markdown classifies again only the paragraph edited when the edit stays inside one
    /// of its lines and cannot change block structure (<see cref="MarkdownParser.TryEditInLine"/>); otherwise it
    /// reparses the document (block structure can change anywhere below an edit, e.g. an opened code fence) but keeps
    /// the nodes of blocks whose kind and text did not change. Either way <see cref="ClosingBios"/> settles the
    /// bios again over the whole new tree, since story text added or removed after a bio changes the bio's kind.
    /// </summary>
    public ArticleSyntaxTree WithText(ArticleText newText)
    {
        if (Format == ArticleFormat.Markdown)
        {
            var newSource = newText.ToString();
            var markdown = (_markdown is { } old ? MarkdownParser.TryEditInLine(old, newSource, Lexicon.Default, ChangeFrom(Text, newText)) : null)
                ?? MarkdownParser.Parse(newSource, Lexicon.Default, previous: Blocks);
            return new ArticleSyntaxTree(newText, Format, ClosingBios.Settle(markdown.Blocks, Blocks), markdown.Diagnostics, markdown.FrontMatter, null, markdown.ReusedBlockCount, markdown);
        }
        var plain = PlainTextParser.Reparse(_plainText!, Text.Source, newText.Source, Lexicon.Default);
        return new ArticleSyntaxTree(newText, Format, ClosingBios.Settle(plain.Blocks, Blocks), [], NoFrontMatter, plain, plain.ReusedBlockCount);
    }

    /// <summary>The edits between two texts as one range (start, end in the old text, end in the new one), from Roslyn's change ranges.</summary>
    private static (int Start, int OldEnd, int NewEnd) ChangeFrom(ArticleText older, ArticleText newer)
    {
        var ranges = newer.GetChangeRanges(older);
        if (ranges.Count == 0)
        {
            return (0, 0, 0);
        }
        var delta = 0;
        foreach (var range in ranges)
        {
            delta += range.NewLength - range.Span.Length;
        }
        return (ranges[0].Span.Start, ranges[^1].Span.End, ranges[^1].Span.End + delta);
    }

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

