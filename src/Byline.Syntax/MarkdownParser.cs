using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace Byline.Syntax;

/// <param name="Source">The text parsed, kept for the next edit's comparison: a changed <c>SourceText</c> builds a new string
/// on every <c>ToString</c>, and a second 2 MB string per keystroke on a 1 MB article showed in collections.</param>
internal sealed record MarkdownParse(ImmutableArray<Block> Blocks, ImmutableArray<SyntaxDiagnostic> Diagnostics,
    IReadOnlyDictionary<string, object?> FrontMatter, int ReusedBlockCount, ImmutableArray<MarkdownUnit> Units, string Source);

/// <summary>
/// One leaf Markdig found, as the tree builder classified it into blocks: what an edit inside one line of it needs
/// to classify it again alone (see <see cref="MarkdownParser.TryEditInLine"/>).
/// </summary>
/// <param name="Start">Where the leaf's text starts (markers such as "# " and "> " excluded).</param>
/// <param name="End">Where it ends; trailing white space on its last line may be included, which classification trims.</param>
/// <param name="StateBefore">The line classifier's state when the unit was classified.</param>
/// <param name="FirstBlock">Index of its first block in the tree.</param>
/// <param name="BlockCount">How many blocks it was classified into (at least one).</param>
/// <param name="IsTopLevelParagraph">A paragraph directly in the document, in no quotation or list.</param>
internal readonly record struct MarkdownUnit(int Start, int End, StructureHint Hint, LineState StateBefore, int FirstBlock, int BlockCount, bool IsTopLevelParagraph);

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

        body = CapQuoteNesting(body);
        MarkdownDocument? document = null;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (Exception exception)
        {
            // Markdig refuses some inputs (lists nested past its depth limit): parsing never fails, so report where
            // the nesting is deepest and read the article as plain lines, without its Markdown structure.
            diagnostics.Add(new SyntaxDiagnostic("BYL0901", new TextSpan(DeepestLine(body), 0),
                $"The Markdown structure could not be read ({exception.Message}); the article is analysed line by line."));
        }
        if (document is not null)
        {
            builder.Walk(document, StructureHint.None);
        }
        else
        {
            builder.AddUnstructured(0, body.Length);
        }
        return new MarkdownParse(builder.Blocks.ToImmutable(), diagnostics.ToImmutable(), frontMatter, builder.Reused, builder.Units.ToImmutable(), text);
    }

    /// <summary>Block quotes nested deeper than this are read as this deep.</summary>
    internal const int MaxQuoteDepth = 32;

    /// <summary>
    /// Markdig refuses a document nested beyond its depth limit (128) and parses none of it, which left the whole
    /// article unanalysed. Quote markers past <see cref="MaxQuoteDepth"/> on a line are blanked (same length, so
    /// offsets stay document offsets): the text of a line quoted 128 deep is analysed as quoted 32 deep.
    /// </summary>
    internal static string CapQuoteNesting(string text)
    {
        char[]? capped = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var i = lineStart;
            var depth = 0;
            while (i < text.Length && text[i] is ' ' or '\t' or '>')
            {
                if (text[i] == '>' && ++depth > MaxQuoteDepth)
                {
                    (capped ??= text.ToCharArray())[i] = ' ';
                }
                i++;
            }
            var lineEnd = text.IndexOfAny(['\n', '\r'], i);
            lineStart = lineEnd < 0 ? text.Length : lineEnd + 1;
        }
        return capped is null ? text : new string(capped);
    }

    /// <summary>The start of the line with the most container markers (quote or list) before its text.</summary>
    private static int DeepestLine(string text)
    {
        var (deepest, deepestStart, lineStart) = (0, 0, 0);
        while (lineStart < text.Length)
        {
            var i = lineStart;
            var markers = 0;
            while (i < text.Length && text[i] is ' ' or '\t' or '>' or '-' or '*' or '+')
            {
                markers += text[i] is ' ' or '\t' ? 0 : 1;
                i++;
            }
            if (markers > deepest)
            {
                (deepest, deepestStart) = (markers, lineStart);
            }
            var lineEnd = text.IndexOfAny(['\n', '\r'], i);
            lineStart = lineEnd < 0 ? text.Length : lineEnd + 1;
        }
        return deepestStart;
    }

    /// <summary>
    /// The parse of <paramref name="newText"/> when it differs from the text of <paramref name="old"/> by an edit
    /// inside one line of a top-level paragraph that cannot change the document's block structure; null when that
    /// is not certain, and the caller parses the whole document. Typing in a 1 MB Markdown article re-ran Markdig
    /// over all of it (~6–11 ms a keystroke); this classifies the edited paragraph again, and the units after it
    /// only while the classifier's state differs from before, and shifts the rest.
    /// </summary>
    /// <remarks>
    /// Block structure in CommonMark is decided at line starts: markers, indentation, fences, HTML openers, link
    /// reference definitions at a paragraph's start, setext underlines. An edit is taken here only when it has no
    /// line break in what it removes or inserts, and both the first character of its line and the first character
    /// of the paragraph are letters before the edit — a line that starts with a letter opens no block construct and
    /// continues no link reference definition, whatever follows on it. The property test in
    /// <c>IncrementalMarkdownTests</c> compares the result with a fresh parse for random edits.
    /// </remarks>
    /// <param name="change">
    /// Where the texts differ (start, end in the old text, end in the new one), from the editor's change ranges
    /// (<c>SourceText.GetChangeRanges</c>); when null it is found by comparing the two texts from both ends.
    /// </param>
    public static MarkdownParse? TryEditInLine(MarkdownParse old, string newText, Lexicon lexicon, (int Start, int OldEnd, int NewEnd)? change = null)
    {
        if (EditedParagraph(old, newText, change ?? Difference(old.Source, newText)) is not { } index)
        {
            return null;
        }
        var unit = old.Units[index];
        var delta = newText.Length - old.Source.Length;
        var blocks = ImmutableArray.CreateBuilder<Block>(old.Blocks.Length + 4);
        var units = ImmutableArray.CreateBuilder<MarkdownUnit>(old.Units.Length);
        for (var b = 0; b < unit.FirstBlock; b++)
        {
            blocks.Add(old.Blocks[b]);
        }
        for (var u = 0; u < index; u++)
        {
            units.Add(old.Units[u]);
        }
        var factory = new BlockFactory(lexicon);
        var segments = new List<Segment>();
        var reused = unit.FirstBlock;
        var state = unit.StateBefore;
        var next = index;
        // The edited unit, then each following one whose state before it changed; the rest only move.
        while (next < old.Units.Length)
        {
            var current = old.Units[next];
            var shift = next == index ? 0 : delta;
            if (next > index && current.StateBefore == state)
            {
                break;
            }
            var start = current.Start + shift;
            var end = current.End + delta;
            segments.Clear();
            LineClassifier.Classify(newText, start, end, state, current.Hint, lexicon, segments);
            if (segments.Count == 0)
            {
                return null;
            }
            var firstBlock = blocks.Count;
            var last = AddUnitBlocks(old.Blocks, current, newText, segments, factory, blocks, ref reused);
            units.Add(current with { Start = start, End = end, StateBefore = state, FirstBlock = firstBlock, BlockCount = segments.Count });
            state = LineClassifier.Advance(state, last.Kind, last.Text, newText, start, end);
            next++;
        }
        reused += AddMovedRest(old, next, delta, blocks, units);
        return new MarkdownParse(blocks.ToImmutable(), old.Diagnostics, old.FrontMatter, reused, units.ToImmutable(), newText);
    }

    /// <summary>
    /// Adds the blocks of one reclassified unit: a block whose kind and text the unit had before takes its old node
    /// over. Returns the last block's node (a unit classifies into at least one block).
    /// </summary>
    private static BlockNode AddUnitBlocks(ImmutableArray<Block> oldBlocks, MarkdownUnit unit, string newText, List<Segment> segments,
        BlockFactory factory, ImmutableArray<Block>.Builder blocks, ref int reused)
    {
        BlockNode? last = null;
        foreach (var segment in segments)
        {
            var blockText = newText.Substring(segment.Start, segment.Length);
            var node = OldNode(oldBlocks, unit, segment.Kind, blockText);
            if (node is null)
            {
                node = factory.Create(segment.Kind, blockText);
            }
            else
            {
                reused++;
            }
            blocks.Add(new Block(node, segment.Start));
            last = node;
        }
        return last!;
    }

    /// <summary>
    /// Adds the units from <paramref name="next"/> on and their blocks, moved by <paramref name="delta"/>: their
    /// state before them did not change, so neither did they. Returns how many blocks were taken over.
    /// </summary>
    private static int AddMovedRest(MarkdownParse old, int next, int delta, ImmutableArray<Block>.Builder blocks, ImmutableArray<MarkdownUnit>.Builder units)
    {
        var restStart = next < old.Units.Length ? old.Units[next].FirstBlock : old.Blocks.Length;
        var moved = blocks.Count - restStart;
        for (var b = restStart; b < old.Blocks.Length; b++)
        {
            var block = old.Blocks[b];
            blocks.Add(delta == 0 ? block : new Block(block.Node, block.Start + delta));
        }
        for (var u = next; u < old.Units.Length; u++)
        {
            var later = old.Units[u];
            units.Add(later with { Start = later.Start + delta, End = later.End + delta, FirstBlock = later.FirstBlock + moved });
        }
        return old.Blocks.Length - restStart;
    }

    /// <summary>The one range where two texts differ, found from both ends.</summary>
    private static (int Start, int OldEnd, int NewEnd) Difference(string oldText, string newText)
    {
        var prefix = oldText.AsSpan().CommonPrefixLength(newText);
        var suffix = CommonSuffixLength(oldText.AsSpan(prefix), newText.AsSpan(prefix));
        return (prefix, oldText.Length - suffix, newText.Length - suffix);
    }

    /// <summary>The index of the unit an in-line edit of a top-level paragraph falls in, or null (see <see cref="TryEditInLine"/>).</summary>
    private static int? EditedParagraph(MarkdownParse old, string newText, (int Start, int OldEnd, int NewEnd) change)
    {
        var oldText = old.Source;
        if (old.Units.IsDefaultOrEmpty)
        {
            return null;
        }
        var (prefix, oldEditEnd, newEditEnd) = change;
        if (oldText.AsSpan(prefix, oldEditEnd - prefix).ContainsAny('\n', '\r') || newText.AsSpan(prefix, newEditEnd - prefix).ContainsAny('\n', '\r'))
        {
            return null; // a line break removed or added
        }
        var index = UnitAt(old.Units, prefix);
        if (index < 0)
        {
            return null; // in trivia between blocks
        }
        var unit = old.Units[index];
        if (!unit.IsTopLevelParagraph || oldEditEnd > unit.End || !char.IsLetter(oldText[unit.Start]) || unit.Start >= prefix)
        {
            return null;
        }
        var first = oldText.AsSpan(0, prefix).LastIndexOfAny('\n', '\r') + 1;
        while (first < prefix && oldText[first] is ' ' or '\t')
        {
            first++;
        }
        return first < prefix && char.IsLetter(oldText[first]) ? index : null;
    }

    /// <summary>The node of the unit's old block with this kind and text, to be kept as it is.</summary>
    private static BlockNode? OldNode(ImmutableArray<Block> oldBlocks, MarkdownUnit unit, BlockKind kind, string text)
    {
        for (var b = unit.FirstBlock; b < unit.FirstBlock + unit.BlockCount; b++)
        {
            if (oldBlocks[b].Kind == kind && oldBlocks[b].Text == text)
            {
                return oldBlocks[b].Node;
            }
        }
        return null;
    }

    /// <summary>The unit whose range holds <paramref name="offset"/> (its end included), or -1.</summary>
    private static int UnitAt(ImmutableArray<MarkdownUnit> units, int offset)
    {
        int lo = 0, hi = units.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offset < units[mid].Start) hi = mid - 1;
            else if (offset > units[mid].End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var max = Math.Min(a.Length, b.Length);
        var length = 0;
        // Compare backwards in chunks (vectorised), then character by character inside the chunk that differs.
        const int chunk = 256;
        while (length + chunk <= max && a.Slice(a.Length - length - chunk, chunk).SequenceEqual(b.Slice(b.Length - length - chunk, chunk)))
        {
            length += chunk;
        }
        while (length < max && a[a.Length - length - 1] == b[b.Length - length - 1])
        {
            length++;
        }
        return length;
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
        if (YamlReading.Check(text.Substring(start, end - start)) is { } error)
        {
            var at = Math.Clamp(start + (int)Math.Min(error.Start.Index, int.MaxValue - start), start, end);
            diagnostics.Add(new SyntaxDiagnostic(BrokenFrontMatterCode, TextSpan.FromBounds(at, end), $"The YAML front matter is broken: {error.Message}"));
            return result;
        }
        try
        {
            var value = UntypedYaml.Read(new StringReader(text.Substring(start, end - start)));
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
        public ImmutableArray<MarkdownUnit>.Builder Units { get; } = ImmutableArray.CreateBuilder<MarkdownUnit>();
        public int Reused { get; private set; }

        private int End => Blocks.Count == 0 ? 0 : Blocks[^1].Span.End;

        public void AddFixed(int start, int end, BlockKind kind) => Add(start, end, kind);

        /// <summary>Classifies [start, end) as paragraphs split at blank lines, without Markdown structure.</summary>
        public void AddUnstructured(int start, int end)
        {
            var lineStart = start;
            var paragraphStart = start;
            while (lineStart < end)
            {
                var lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
                var next = lineEnd < 0 ? end : lineEnd + 1;
                if (text.AsSpan(lineStart, next - lineStart).IsWhiteSpace())
                {
                    Unit(paragraphStart, lineStart, StructureHint.None);
                    paragraphStart = next;
                }
                lineStart = next;
            }
            Unit(paragraphStart, end, StructureHint.None);
        }

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
                        Leaf(leaf, hint, topLevelParagraph: leaf is ParagraphBlock && leaf.Parent is MarkdownDocument);
                        break;
                }
            }
        }

        private void Leaf(LeafBlock leaf, StructureHint hint, bool topLevelParagraph = false)
        {
            // Markdig releases a leaf's lines once its inlines are parsed; the inline spans then say where the
            // text is without the "#", ">" or "-" markers around it.
            if (leaf.Inline?.FirstChild is { } first && leaf.Inline.LastChild is { } last && first.Span.Start >= 0 && last.Span.End >= first.Span.Start)
            {
                Unit(first.Span.Start, last.Span.End + 1, hint, topLevelParagraph);
                return;
            }
            var lines = leaf.Lines;
            if (lines.Lines is { } array && lines.Count > 0)
            {
                Unit(array[0].Slice.Start, array[lines.Count - 1].Slice.End + 1, hint, topLevelParagraph);
                return;
            }
            Unit(leaf.Span.Start, leaf.Span.End + 1, hint);
        }

        private void Unit(int start, int end, StructureHint hint, bool topLevelParagraph = false)
        {
            start = Math.Clamp(start, End, text.Length);
            end = Math.Clamp(end, start, text.Length);
            while (hint == StructureHint.Quote && start < end && text[start] is '>' or ' ' or '\t')
            {
                start++; // quote markers past MaxQuoteDepth, blanked for Markdig, are still markers in the text
            }
            if (start >= end)
            {
                return;
            }
            _segments.Clear();
            LineClassifier.Classify(text, start, end, _state, hint, lexicon, _segments);
            var firstBlock = Blocks.Count;
            BlockNode? last = null;
            foreach (var segment in _segments)
            {
                last = Add(segment.Start, segment.Start + segment.Length, segment.Kind);
            }
            if (last is not null)
            {
                Units.Add(new MarkdownUnit(start, end, hint, _state, firstBlock, _segments.Count, topLevelParagraph));
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
