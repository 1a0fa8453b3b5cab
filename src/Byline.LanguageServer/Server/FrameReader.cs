using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace Byline.LanguageServer.Server;

/// <summary>
/// Reads LSP frames (<c>Content-Length: N</c>, other headers ignored, a blank line, N bytes of body) from the
/// client's stream. The body's content is not looked at here. A header block without a readable Content-Length
/// (or bytes that never reach a blank line) loses the framing; the reader then skips to the next
/// <c>Content-Length:</c> and goes on from there, as a client's next message starts so. Each skip is reported
/// through <c>lostFraming</c>: the server keeps serving rather than ending the connection over one bad frame.
/// </summary>
internal sealed class FrameReader(Stream input, Action<string> lostFraming)
{
    // A header block longer than this is not LSP; without the limit a stream of bytes with no blank line would
    // be buffered without end.
    private const int MaxHeaderBytes = 64 * 1024;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    private static ReadOnlySpan<byte> HeaderStart => "Content-Length:"u8;

    private readonly PipeReader _reader = PipeReader.Create(input);

    /// <summary>True from a frame that could not be read until the next readable header.</summary>
    private bool _lost;

    /// <summary>The next body, or null at the end of the stream.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (StageTrace.Enabled)
            {
                StageTrace.Mark("read", buffer.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            length ??= ReadHeader(ref buffer);
            if (length is { } size && buffer.Length >= size)
            {
                var body = buffer.Slice(0, size).ToArray();
                _reader.AdvanceTo(buffer.GetPosition(size));
                return body;
            }
            if (result.IsCompleted)
            {
                _reader.AdvanceTo(buffer.End);
                return null;
            }
            if (length is null && buffer.Length > MaxHeaderBytes)
            {
                buffer = SkipToNextHeader(buffer, $"no end of the message header in {MaxHeaderBytes} bytes", atLeast: 1);
            }
            // Consume the header (and any bytes skipped) once read, keep everything else until the body is complete.
            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The body's length, with the header consumed from <paramref name="buffer"/>; null while no header is complete.</summary>
    private int? ReadHeader(ref ReadOnlySequence<byte> buffer)
    {
        while (true)
        {
            var reader = new SequenceReader<byte>(buffer);
            if (!reader.TryReadTo(out ReadOnlySequence<byte> header, HeaderEnd))
            {
                return null;
            }
            var (length, problem) = ContentLength(Encoding.ASCII.GetString(header));
            if (length is { } size)
            {
                _lost = false;
                buffer = buffer.Slice(reader.Position);
                return size;
            }
            buffer = SkipToNextHeader(buffer, problem!, atLeast: reader.Consumed);
        }
    }

    /// <summary>
    /// <paramref name="buffer"/> from the next <c>Content-Length:</c> after its first byte, or, with none, from
    /// <paramref name="atLeast"/> bytes on and keeping its last few bytes (the start of a header not fully arrived).
    /// Reported once per stretch of lost framing, however many reads the stretch takes.
    /// </summary>
    private ReadOnlySequence<byte> SkipToNextHeader(ReadOnlySequence<byte> buffer, string problem, long atLeast)
    {
        if (!_lost)
        {
            _lost = true;
            lostFraming($"The client's message framing is broken ({problem}); skipping to the next Content-Length header.");
        }
        var bytes = buffer.ToArray();
        var next = NextHeaderStart(bytes);
        return buffer.Slice(next >= 0 ? next : Math.Max(atLeast, bytes.Length - HeaderStart.Length + 1));
    }

    /// <summary>
    /// Where the next <c>Content-Length:</c> starts after the first byte, or -1. Not only at a line's start: a client's
    /// next message follows the last byte of a body, so after a body of the wrong length the header sits mid-line.
    /// </summary>
    private static int NextHeaderStart(ReadOnlySpan<byte> bytes)
    {
        var found = bytes.Length < 2 ? -1 : bytes[1..].IndexOf(HeaderStart);
        return found < 0 ? -1 : found + 1;
    }

    private static (int? Length, string? Problem) ContentLength(string header)
    {
        foreach (var line in header.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                return int.TryParse(line[(colon + 1)..].Trim(), out var length) && length >= 0
                    ? (length, null)
                    : (null, $"unreadable {line}");
            }
        }
        return (null, "a message header without Content-Length");
    }
}
