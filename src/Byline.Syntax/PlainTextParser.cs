using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax;

/// <summary>
/// A non-blank line of a plain-text article as the parser saw it: where it starts, where its line break
/// ends, which blocks it produced, and the classifier state after it (what an incremental reparse must
/// reproduce before it may reuse the rest of the old tree).
/// </summary>
internal readonly record struct LineRecord(int Start, int BreakEnd, int FirstBlock, int BlockCount, LineState After);

internal sealed record PlainTextParse(LineTable Lines, ImmutableArray<Block> Blocks, int ReusedBlockCount);

/// <summary>
/// Plain text: one paragraph a line (the corpus convention), each line classified by
/// <see cref="LineClassifier"/> from its text and the state left by the lines before it.
/// </summary>
internal static class PlainTextParser
{
    public static PlainTextParse Parse(SourceText text, Lexicon lexicon) =>
        Run(text, lexicon, LineTable.Empty, [], keptLines: 0, changeStart: 0, newChangeEnd: text.Length, delta: text.Length, reusable: null);

    /// <summary>
    /// Reparses from the last line the edit cannot have touched, and stops at the first line start after
    /// the edit where the classifier state equals the old one: from there on the old blocks are reused.
    /// </summary>
    public static PlainTextParse Reparse(PlainTextParse old, SourceText oldText, SourceText newText, Lexicon lexicon)
    {
        var ranges = newText.GetChangeRanges(oldText);
        if (ranges.Count == 0)
        {
            return old with { ReusedBlockCount = old.Blocks.Length };
        }
        var changeStart = ranges[0].Span.Start;
        var oldChangeEnd = ranges[^1].Span.End;
        var delta = 0;
        foreach (var range in ranges)
        {
            delta += range.NewLength - range.Span.Length;
        }
        // Keep lines whose break ends strictly before the edit: the character after the break is then
        // unchanged, so an edit cannot turn a "\r" into "\r\n" or join the line with the next one.
        var lines = old.Lines;
        int lo = 0, hi = lines.Length - 1, kept = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (lines[mid].BreakEnd < changeStart) { kept = mid + 1; lo = mid + 1; }
            else hi = mid - 1;
        }
        // Lines reparsed around the edit often come out the same; their nodes are worth keeping too.
        var reusable = new Dictionary<(BlockKind, string), BlockNode>();
        for (var i = kept; i < lines.Length && (lines[i].Start <= oldChangeEnd + 1 || i < kept + 8); i++)
        {
            for (var b = 0; b < lines[i].BlockCount; b++)
            {
                var node = old.Blocks[lines[i].FirstBlock + b].Node;
                reusable.TryAdd((node.Kind, node.Text), node);
            }
        }
        return Run(newText, lexicon, old.Lines, old.Blocks, kept, changeStart, oldChangeEnd + delta, delta, reusable);
    }

    private static PlainTextParse Run(SourceText text, Lexicon lexicon, LineTable oldLines, ImmutableArray<Block> oldBlocks,
        int keptLines, int changeStart, int newChangeEnd, int delta, Dictionary<(BlockKind, string), BlockNode>? reusable)
    {
        var lines = new LineTable.Builder(oldLines, keptLines);
        var blocks = ImmutableArray.CreateBuilder<Block>(Math.Max(oldBlocks.Length, 16));
        var reused = 0;
        var keptBlocks = keptLines > 0 ? oldLines[keptLines - 1].FirstBlock + oldLines[keptLines - 1].BlockCount : 0;
        for (var i = 0; i < keptBlocks; i++)
        {
            blocks.Add(oldBlocks[i]);
        }
        reused += keptBlocks;

        var state = keptLines > 0 ? oldLines[keptLines - 1].After : LineState.Initial;
        var position = keptLines > 0 ? oldLines[keptLines - 1].BreakEnd : 0;
        using var reader = new LineReader(text);
        var factory = new BlockFactory(lexicon);
        var segments = new List<Segment>();
        var length = text.Length;
        while (position < length)
        {
            if (oldLines.Length > 0 && position > newChangeEnd && TrySync(oldLines, oldBlocks, position, delta, state, lines, blocks, ref reused))
            {
                return new PlainTextParse(lines.ToTable(), blocks.DrainToImmutable(), reused);
            }
            reader.FindLineEnd(position, out var contentEnd, out var breakEnd);
            if (!reader.IsBlank(position, contentEnd))
            {
                var line = text.ToString(TextSpan.FromBounds(position, contentEnd));
                var firstBlock = blocks.Count;
                state = AddLineBlocks(line, position, state, lexicon, factory, segments, reusable, blocks, ref reused);
                lines.Add(new LineRecord(position, breakEnd, firstBlock, blocks.Count - firstBlock, state));
            }
            position = breakEnd;
        }
        return new PlainTextParse(lines.ToTable(), blocks.DrainToImmutable(), reused);
    }

    /// <summary>
    /// Classifies one non-blank line into blocks and adds them; a block whose kind and text the old tree had takes
    /// the old node over. Returns the classifier state after the line.
    /// </summary>
    private static LineState AddLineBlocks(string line, int position, LineState state, Lexicon lexicon, BlockFactory factory, List<Segment> segments,
        Dictionary<(BlockKind, string), BlockNode>? reusable, ImmutableArray<Block>.Builder blocks, ref int reused)
    {
        segments.Clear();
        LineClassifier.Classify(line, 0, line.Length, state, StructureHint.None, lexicon, segments);
        BlockNode? last = null;
        foreach (var segment in segments)
        {
            var blockText = segment.Length == line.Length ? line : line.Substring(segment.Start, segment.Length);
            if (reusable is not null && reusable.TryGetValue((segment.Kind, blockText), out var node))
            {
                reused++;
            }
            else
            {
                node = factory.Create(segment.Kind, blockText);
            }
            blocks.Add(new Block(node, position + segment.Start));
            last = node;
        }
        return last is null ? state : LineClassifier.Advance(state, last.Kind, last.Text, line, 0, line.Length);
    }

    /// <summary>
    /// At a line start past the edit, the old text had a line start at <c>position - delta</c> with the same
    /// text after it. If the classifier state there was the same, every later old line classifies the same.
    /// </summary>
    private static bool TrySync(LineTable oldLines, ImmutableArray<Block> oldBlocks, int position, int delta, LineState state,
        LineTable.Builder lines, ImmutableArray<Block>.Builder blocks, ref int reused)
    {
        var oldPosition = position - delta;
        // First old line starting at or after oldPosition.
        int lo = 0, hi = oldLines.Length - 1, next = oldLines.Length;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (oldLines[mid].Start >= oldPosition) { next = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        var oldState = next > 0 ? oldLines[next - 1].After : LineState.Initial;
        if (oldState != state)
        {
            return false;
        }
        var blockOffset = next < oldLines.Length ? oldLines[next].FirstBlock : oldBlocks.Length;
        lines.AddMoved(oldLines, next, delta, blocks.Count - blockOffset);
        for (var i = blockOffset; i < oldBlocks.Length; i++)
        {
            var block = oldBlocks[i];
            blocks.Add(delta == 0 ? block : new Block(block.Node, block.Start + delta));
        }
        reused += oldBlocks.Length - blockOffset;
        return true;
    }
}

/// <summary>
/// Finds line breaks by copying the text in chunks: <see cref="SourceText"/>'s indexer is slow on large texts. The
/// chunk's buffer is borrowed from the shared pool and given back when the parse is done: a keystroke's reparse reads
/// a line or two, and a buffer of its own (32 KB), or a copy of a short article's whole edited text, was a fifth of
/// what a keystroke in a 50 KB article allocated, every byte of it fresh memory to fault in.
/// </summary>
internal sealed class LineReader : IDisposable
{
    private const int ChunkLength = 16 * 1024;
    private readonly SourceText _text;
    private char[]? _buffer;
    private int _bufferStart;
    private int _bufferLength;

    public LineReader(SourceText text)
    {
        _text = text;
        _buffer = ArrayPool<char>.Shared.Rent(Math.Clamp(text.Length, 1, ChunkLength));
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public void FindLineEnd(int position, out int contentEnd, out int breakEnd)
    {
        var length = _text.Length;
        var i = position;
        while (i < length)
        {
            var window = Window(i, length);
            var k = window.IndexOfAny('\r', '\n');
            if (k < 0)
            {
                i += window.Length;
                continue;
            }
            i += k;
            contentEnd = i;
            breakEnd = this[i] == '\r' && i + 1 < length && this[i + 1] == '\n' ? i + 2 : i + 1;
            return;
        }
        contentEnd = breakEnd = length;
    }

    public bool IsBlank(int start, int end)
    {
        for (var i = start; i < end;)
        {
            var window = Window(i, end);
            foreach (var c in window)
            {
                if (!char.IsWhiteSpace(c)) return false;
            }
            i += window.Length;
        }
        return true;
    }

    private char this[int i] => Window(i, i + 1)[0];

    /// <summary>The characters from <paramref name="i"/> up to <paramref name="end"/> or the end of the loaded chunk.</summary>
    private ReadOnlySpan<char> Window(int i, int end)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(LineReader));
        if (i < _bufferStart || i >= _bufferStart + _bufferLength)
        {
            _bufferStart = i;
            _bufferLength = Math.Min(buffer.Length, _text.Length - i);
            _text.CopyTo(i, buffer, 0, _bufferLength);
        }
        return buffer.AsSpan(i - _bufferStart, Math.Min(_bufferLength - (i - _bufferStart), end - i));
    }
}
