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
        // Copy in chunks: SourceText indexer calls are slow for large texts.
        var buffer = new char[Math.Min(length, 64 * 1024) + 1];
        var previousWasCr = false;
        for (var chunkStart = 0; chunkStart < length; chunkStart += buffer.Length - 1)
        {
            var count = Math.Min(buffer.Length - 1, length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);
            for (var i = 0; i < count; i++)
            {
                var c = buffer[i];
                var offset = chunkStart + i;
                if (previousWasCr && c != '\n')
                {
                    starts.Add(offset);
                }
                previousWasCr = false;
                if (c == '\n')
                {
                    starts.Add(offset + 1);
                }
                else if (c == '\r')
                {
                    previousWasCr = true;
                }
            }
        }
        if (previousWasCr)
        {
            starts.Add(length);
        }
        return new LineMap(starts.ToArray(), length);
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
