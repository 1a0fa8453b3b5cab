using System.Buffers;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Text;

/// <summary>Start offsets of the lines of a text, where only \n, \r\n and \r end a line.</summary>
public sealed class LineMap
{
    private readonly int[] _starts;
    private readonly int _textLength;

    private LineMap(int[] starts, int textLength)
    {
        _starts = starts;
        _textLength = textLength;
    }

    public int Count => _starts.Length;

    public static LineMap Create(SourceText text)
    {
        var starts = new List<int> { 0 };
        var length = text.Length;
        // Copy in chunks (SourceText indexer calls are slow for large texts) into a pooled buffer: a whole-folder
        // check makes a map per article, and a fresh buffer each time was a tenth of the text's size in garbage.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Min(length, 64 * 1024) + 1);
        var chunkLength = Math.Min(buffer.Length - 1, 64 * 1024);
        var previousWasCr = false;
        for (var chunkStart = 0; chunkStart < length; chunkStart += chunkLength)
        {
            var count = Math.Min(chunkLength, length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);
            var chunk = buffer.AsSpan(0, count);
            var i = 0;
            if (previousWasCr && count > 0 && chunk[0] != '\n')
            {
                starts.Add(chunkStart);
            }
            previousWasCr = false;
            while (i < count)
            {
                var found = chunk[i..].IndexOfAny('\n', '\r');
                if (found < 0)
                {
                    break;
                }
                i += found;
                if (chunk[i] == '\n')
                {
                    starts.Add(chunkStart + i + 1);
                }
                else if (i + 1 < count)
                {
                    if (chunk[i + 1] != '\n')
                    {
                        starts.Add(chunkStart + i + 1); // a lone \r ends a line
                    }
                }
                else
                {
                    previousWasCr = true; // the chunk's last character: the next chunk decides
                }
                i++;
            }
        }
        ArrayPool<char>.Shared.Return(buffer);
        if (previousWasCr)
        {
            starts.Add(length);
        }
        return new LineMap(starts.ToArray(), length);
    }

    /// <summary>
    /// The line map of <paramref name="newText"/>, an edit of the text this map was made for: the starts before the
    /// edit are kept, the few around it are read from the new text and the ones after it move by the change in
    /// length, so a keystroke costs a copy of the array instead of a scan of the text. Equal to <see cref="Create"/>
    /// (property-tested).
    /// </summary>
    public LineMap WithChange(SourceText newText, IReadOnlyList<TextChangeRange> ranges)
    {
        if (ranges.Count == 0)
        {
            return this;
        }
        var changeStart = ranges[0].Span.Start;
        var oldChangeEnd = ranges[^1].Span.End;
        var delta = 0;
        foreach (var range in ranges)
        {
            delta += range.NewLength - range.Span.Length;
        }
        var newChangeEnd = oldChangeEnd + delta;
        // A start depends on the two characters around it: keep those wholly before the edit, read again those the
        // edit (or the character right after it) can move, and shift the rest.
        var rescanFrom = Math.Max(0, changeStart - 1);
        var rescanTo = Math.Min(newText.Length, newChangeEnd + 1);
        var keptBefore = UpperBound(rescanFrom);
        var firstAfter = UpperBound(oldChangeEnd + 1);
        var around = StartsBetween(newText, rescanFrom, rescanTo);
        var starts = new int[keptBefore + around.Count + (_starts.Length - firstAfter)];
        Array.Copy(_starts, starts, keptBefore);
        around.CopyTo(starts, keptBefore);
        var at = keptBefore + around.Count;
        for (var i = firstAfter; i < _starts.Length; i++)
        {
            starts[at++] = _starts[i] + delta;
        }
        return new LineMap(starts, newText.Length);
    }

    /// <summary>How many starts are at or before <paramref name="offset"/>.</summary>
    private int UpperBound(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The line starts q with from &lt; q ≤ to in <paramref name="text"/>.</summary>
    private static List<int> StartsBetween(SourceText text, int from, int to)
    {
        var found = new List<int>();
        var length = text.Length;
        var count = Math.Min(length, to + 1) - from;
        var chars = new char[Math.Max(0, count)];
        text.CopyTo(from, chars, 0, chars.Length);
        for (var q = from + 1; q <= to; q++)
        {
            var before = chars[q - 1 - from];
            if (before == '\n' || before == '\r' && (q == length || chars[q - from] != '\n'))
            {
                found.Add(q);
            }
        }
        return found;
    }

    public int GetLineStart(int line) => _starts[line];

    /// <summary>End of the line's content, before its line break.</summary>
    public int GetLineEnd(int line, SourceText text)
    {
        var end = line + 1 < _starts.Length ? _starts[line + 1] : _textLength;
        if (end > _starts[line] && line + 1 < _starts.Length)
        {
            end--; // \n or lone \r
            if (end > _starts[line] && text[end] == '\n' && text[end - 1] == '\r')
            {
                end--;
            }
        }
        return end;
    }

    /// <summary>End of the line including its line break.</summary>
    public int GetLineEndIncludingBreak(int line) => line + 1 < _starts.Length ? _starts[line + 1] : _textLength;

    /// <summary>The line that contains <paramref name="offset"/>; offsets inside a line break belong to the line it ends.</summary>
    public int GetLineFromOffset(int offset)
    {
        offset = Math.Clamp(offset, 0, _textLength);
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
