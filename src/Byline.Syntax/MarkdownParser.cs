using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Byline.Syntax;

internal sealed record MarkdownParse(ImmutableArray<Block> Blocks, ImmutableArray<SyntaxDiagnostic> Diagnostics,
    IReadOnlyDictionary<string, object?> FrontMatter, int ReusedBlockCount);

/// <summary>
/// Markdown articles: Markdig finds the block structure (headings, quotes, list items, rules), then every
/// leaf goes through the same <see cref="LineClassifier"/> as a plain-text line, so both formats give the
/// same tree shape. Markdown markers ("# ", "> ", "- ") are trivia between blocks.
/// </summary>
internal static class MarkdownParser
{
    public const string BrokenFrontMatterCode = "BYL0900";

    // Block structure is all the tree takes from Markdig (links and emphasis are read from the block text), so no
    // inline parsers run: inline parsing built objects for every emphasis and link and cost ~15% of a Markdown
    // analysis, for nothing the tree uses.
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    public static MarkdownParse Parse(string text, Lexicon lexicon, ImmutableArray<Block>? previous)
    {
        var reusable = new Dictionary<(BlockKind, string), BlockNode>();
        if (previous is { } old)
        {
            foreach (var block in old)
            {
                reusable.TryAdd((block.Kind, block.Text), block.Node);
            }
        }
        var builder = new TreeBuilder(text, lexicon, reusable);
        var diagnostics = ImmutableArray.CreateBuilder<SyntaxDiagnostic>();
        IReadOnlyDictionary<string, object?> frontMatter = new Dictionary<string, object?>();

        var body = text;
        if (FindFrontMatter(text, out var yamlStart, out var yamlEnd, out var frontMatterEnd))
        {
            builder.AddFixed(0, frontMatterEnd, BlockKind.FrontMatter);
            frontMatter = ReadFrontMatter(text, yamlStart, yamlEnd, diagnostics);
            // Blank the front matter out (same length, line breaks kept) so Markdig offsets stay document offsets.
            body = string.Create(text.Length, (text, frontMatterEnd), static (span, state) =>
            {
                state.text.AsSpan().CopyTo(span);
                for (var i = 0; i < state.frontMatterEnd; i++)
                {
                    if (span[i] is not ('\r' or '\n')) span[i] = ' ';
                }
            });
        }

        MarkdownDocument? document = null;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (Exception exception)
        {
            // Markdig is not expected to throw, but parsing never fails: report it and show no structure.
            diagnostics.Add(new SyntaxDiagnostic("BYL0901", new TextSpan(0, 0), $"Markdown could not be parsed: {exception.Message}"));
        }
        if (document is not null)
        {
            builder.Walk(document, StructureHint.None);
        }
        return new MarkdownParse(builder.Blocks.ToImmutable(), diagnostics.ToImmutable(), frontMatter, builder.Reused);
    }

    /// <summary>YAML front matter: a first line "---", then YAML, then a line "---" or "...".</summary>
    private static bool FindFrontMatter(string text, out int yamlStart, out int yamlEnd, out int frontMatterEnd)
    {
        yamlStart = yamlEnd = frontMatterEnd = 0;
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return false;
        }
        var position = NextLine(text, 0, out var firstEnd);
        if (!text.AsSpan(3, firstEnd - 3).IsWhiteSpace())
        {
            return false;
        }
        yamlStart = position;
        while (position < text.Length)
        {
            var lineStart = position;
            position = NextLine(text, lineStart, out var contentEnd);
            var line = text.AsSpan(lineStart, contentEnd - lineStart).TrimEnd();
            if (line is "---" or "...")
            {
                yamlEnd = lineStart;
                frontMatterEnd = lineStart + line.Length;
                return true;
            }
        }
        return false;
    }

    private static int NextLine(string text, int start, out int contentEnd)
    {
        var k = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (k < 0)
        {
            contentEnd = text.Length;
            return text.Length;
        }
        contentEnd = start + k;
        return text[contentEnd] == '\r' && contentEnd + 1 < text.Length && text[contentEnd + 1] == '\n' ? contentEnd + 2 : contentEnd + 1;
    }

    private static IReadOnlyDictionary<string, object?> ReadFrontMatter(string text, int start, int end, ImmutableArray<SyntaxDiagnostic>.Builder diagnostics)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            var value = new DeserializerBuilder().Build().Deserialize<object?>(text.Substring(start, end - start));
            if (value is IDictionary<object, object?> mapping)
            {
                foreach (var (key, item) in mapping)
                {
                    result[key?.ToString() ?? ""] = item;
                }
            }
            else if (value is not null)
            {
                diagnostics.Add(new SyntaxDiagnostic(BrokenFrontMatterCode, TextSpan.FromBounds(start, end), "The front matter is not a YAML mapping of keys to values."));
            }
        }
        catch (YamlException exception)
        {
            var at = Math.Clamp(start + (int)Math.Min(exception.Start.Index, int.MaxValue - start), start, end);
            var to = Math.Clamp(start + (int)Math.Min(exception.End.Index, int.MaxValue - start), at, end);
            var message = exception.InnerException?.Message ?? exception.Message;
            diagnostics.Add(new SyntaxDiagnostic(BrokenFrontMatterCode, TextSpan.FromBounds(at, to), $"The YAML front matter is broken: {message}"));
            result.Clear();
        }
        catch (Exception exception)
        {
            diagnostics.Add(new SyntaxDiagnostic(BrokenFrontMatterCode, TextSpan.FromBounds(start, end), $"The YAML front matter could not be read: {exception.Message}"));
            result.Clear();
        }
        return result;
    }

    private sealed class TreeBuilder(string text, Lexicon lexicon, Dictionary<(BlockKind, string), BlockNode> reusable)
    {
        private readonly BlockFactory _factory = new(lexicon);
        private readonly List<Segment> _segments = [];
        private LineState _state = LineState.Initial;

        public ImmutableArray<Block>.Builder Blocks { get; } = ImmutableArray.CreateBuilder<Block>();
        public int Reused { get; private set; }

        private int End => Blocks.Count == 0 ? 0 : Blocks[^1].Span.End;

        public void AddFixed(int start, int end, BlockKind kind) => Add(start, end, kind);

        public void Walk(ContainerBlock container, StructureHint hint)
        {
            foreach (var child in container)
            {
                switch (child)
                {
                    case QuoteBlock quote:
                        Walk(quote, StructureHint.Quote);
                        break;
                    case ListItemBlock item:
                        Walk(item, hint == StructureHint.Quote ? hint : StructureHint.ListItem);
                        break;
                    case LinkReferenceDefinitionGroup:
                        break;
                    case ContainerBlock inner:
                        Walk(inner, hint);
                        break;
                    case ThematicBreakBlock rule:
                        Unit(rule.Span.Start, rule.Span.End + 1, StructureHint.Separator);
                        break;
                    case HeadingBlock heading:
                        Leaf(heading, hint == StructureHint.None ? StructureHint.Heading : hint);
                        break;
                    case FencedCodeBlock or HtmlBlock:
                        Unit(child.Span.Start, child.Span.End + 1, StructureHint.Boilerplate);
                        break;
                    case LeafBlock leaf:
                        Leaf(leaf, hint);
                        break;
                }
            }
        }

        private void Leaf(LeafBlock leaf, StructureHint hint)
        {
            // Markdig releases a leaf's lines once its inlines are parsed; the inline spans then say where the
            // text is without the "#", ">" or "-" markers around it.
            if (leaf.Inline?.FirstChild is { } first && leaf.Inline.LastChild is { } last && first.Span.Start >= 0 && last.Span.End >= first.Span.Start)
            {
                Unit(first.Span.Start, last.Span.End + 1, hint);
                return;
            }
            var lines = leaf.Lines;
            if (lines.Lines is { } array && lines.Count > 0)
            {
                Unit(array[0].Slice.Start, array[lines.Count - 1].Slice.End + 1, hint);
                return;
            }
            Unit(leaf.Span.Start, leaf.Span.End + 1, hint);
        }

        private void Unit(int start, int end, StructureHint hint)
        {
            start = Math.Clamp(start, End, text.Length);
            end = Math.Clamp(end, start, text.Length);
            if (start >= end)
            {
                return;
            }
            _segments.Clear();
            LineClassifier.Classify(text, start, end, _state, hint, lexicon, _segments);
            BlockNode? last = null;
            foreach (var segment in _segments)
            {
                last = Add(segment.Start, segment.Start + segment.Length, segment.Kind);
            }
            if (last is not null)
            {
                _state = LineClassifier.Advance(_state, last.Kind, last.Text, text, start, end);
            }
        }

        private BlockNode Add(int start, int end, BlockKind kind)
        {
            var blockText = text.Substring(start, end - start);
            if (reusable.TryGetValue((kind, blockText), out var node))
            {
                Reused++;
            }
            else
            {
                node = _factory.Create(kind, blockText);
            }
            Blocks.Add(new Block(node, start));
            return node;
        }
    }
}
