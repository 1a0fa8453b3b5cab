using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace Byline.LanguageServer.Server;

/// <summary>
/// Reads LSP frames (<c>Content-Length: N</c>, other headers ignored, a blank line, N bytes of body) from the
/// client's stream. The body's content is not looked at here; a header block without a readable
/// Content-Length loses the framing, and that alone ends the connection.
/// </summary>
internal sealed class FrameReader(Stream input)
{
    // A header block longer than this is not LSP; without the limit a stream of bytes with no blank line would
    // be buffered without end.
    private const int MaxHeaderBytes = 64 * 1024;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    private readonly PipeReader _reader = PipeReader.Create(input);

    /// <summary>The next body, or null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">The header is not LSP's.</exception>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (length is null && TryReadHeader(ref buffer, out var parsed))
            {
                length = parsed;
            }
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
                throw new InvalidDataException($"No end of the message header in {MaxHeaderBytes} bytes.");
            }
            // Consume the header once read, keep everything else until the body is complete.
            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool TryReadHeader(ref ReadOnlySequence<byte> buffer, out int length)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> header, HeaderEnd))
        {
            length = 0;
            return false;
        }
        length = ContentLength(Encoding.ASCII.GetString(header));
        buffer = buffer.Slice(reader.Position);
        return true;
    }

    private static int ContentLength(string header)
    {
        foreach (var line in header.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(line[(colon + 1)..].Trim(), out var length) && length >= 0)
                {
                    return length;
                }
                throw new InvalidDataException($"Unreadable Content-Length: {line}");
            }
        }
        throw new InvalidDataException("A message header without Content-Length.");
    }
}
