using System.Text;

namespace Byline.Workspace.Files;

/// <summary>
/// What a file is read as, and the most bytes Byline reads of one such file before it gives up. A list read line by
/// line (<see cref="LineBytes"/> above 0) judges each line itself (a line holding a NUL is not a path, and says so), so
/// a NUL does not refuse it; its lines are bounded instead, so that endless bytes without a line end stop early.
/// </summary>
public readonly record struct ReadLimit(string What, long Bytes, int LineBytes = 0)
{
    /// <summary><c>.byline.yaml</c>, <c>.byline/entities.yaml</c>, the review ledger: written by hand, never this large.</summary>
    public static readonly ReadLimit Settings = new("a configuration, knowledge-base or ledger file", 16L << 20);

    /// <summary>A baseline (SARIF), a path list, results to merge (JSONL), standard input: written by tools, can be large.</summary>
    public static readonly ReadLimit Data = new("a baseline, path list or results file", 256L << 20);

    /// <summary>Paths one a line (<c>--files-from</c>, <c>-</c>): as <see cref="Data"/>, with lines far longer than any path refused.</summary>
    public static readonly ReadLimit PathList = Data with { What = "a list of paths", LineBytes = 64 << 10 };

    /// <summary>
    /// An article: four bytes for each character that <c>maxArticleLength</c> allows (no encoding Byline reads takes
    /// more), so a file past it is certainly too long to analyse and reading it would only fill the memory.
    /// </summary>
    public static ReadLimit Article(int maxArticleLength) => new("an article (four bytes per character of maxArticleLength)", 4L * maxArticleLength + 4);

    /// <summary>"16 MiB" or "1,000 bytes": the limit as a person reads it.</summary>
    public string Size => Bytes % (1L << 20) == 0 ? $"{Bytes >> 20} MiB" : $"{Bytes:N0} bytes";
}

/// <summary>A file argument that Byline refuses to read (a device, FIFO or folder, too large, or binary): the message names the file and why.</summary>
public sealed class FileReadException(string message) : IOException(message);

/// <summary>
/// The one way the CLI and the server read a whole file or stream they were pointed at: never a FIFO, socket or device
/// that Byline found itself (reading one can block forever or never end, as <c>/dev/zero</c> does; the user's own named
/// pipes are read as bounded streams, <see cref="ReadNamedBytes"/>), never more than a <see cref="ReadLimit"/>,
/// and, for text, never bytes that are not text (a NUL). Each refusal is a <see cref="FileReadException"/>.
/// </summary>
public static class BoundedFile
{
    /// <summary>The bytes of the regular file <paramref name="path"/>; throws when it is not one or is larger than <paramref name="limit"/>.</summary>
    public static byte[] ReadBytes(string path, ReadLimit limit)
    {
        if (FileKinds.TryOpenForReading(path) is { } file)
        {
            using (file)
            {
                ThrowUnlessRegular(path, file.Kind);
                ThrowIfLarger(path, file.Length, limit);
                return ReadUpTo(path, limit, file.Read);
            }
        }
        ThrowUnlessRegular(path, FileKinds.Of(path));
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.SequentialScan);
        ThrowIfLarger(path, RandomAccess.GetLength(handle), limit);
        return ReadUpTo(path, limit, (buffer, offset) => RandomAccess.Read(handle, buffer, offset));
    }

    /// <summary>The text of <paramref name="path"/> (UTF-8, or UTF-16 with its byte-order mark), bounded as <see cref="ReadBytes"/>; a NUL byte in UTF-8 means binary.</summary>
    public static string ReadText(string path, ReadLimit limit)
    {
        var bytes = ReadBytes(path, limit);
        if (HasUnicodeMark(bytes))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw Binary(path);
        }
        var utf8Mark = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Encoding.UTF8.GetString(bytes.AsSpan(utf8Mark));
    }

    /// <summary>
    /// As <see cref="ReadBytes"/> for a file the user named on the command line, where a FIFO or device is read as the
    /// stream it is (a shell's <c>&lt;(…)</c> gives one): bounded by the limit and refused at a NUL byte, so that
    /// <c>/dev/zero</c> still stops at once. Files Byline finds itself (a folder's walk, the server's) are never read so.
    /// </summary>
    public static byte[] ReadNamedBytes(string path, ReadLimit limit)
    {
        if (FileKinds.Of(path) != FileKind.Special)
        {
            return ReadBytes(path, limit);
        }
        using var stream = new BoundedStream(OpenStream(path), path, limit);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>As <see cref="OpenText"/> for a file the user named on the command line; a FIFO or device is read as <see cref="ReadNamedBytes"/> reads it.</summary>
    public static TextReader OpenNamedText(string path, ReadLimit limit) =>
        FileKinds.Of(path) == FileKind.Special ? Text(OpenStream(path), path, limit) : OpenText(path, limit);

    // Blocking, as a shell's reader is: the user named the pipe, so its writer is theirs to start.
    private static FileStream OpenStream(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);

    /// <summary>A reader of the text file <paramref name="path"/> that streams it, refusing it as <see cref="ReadText"/> does when it is read past the limit or holds a NUL.</summary>
    public static TextReader OpenText(string path, ReadLimit limit)
    {
        if (FileKinds.TryOpenForReading(path) is { } file)
        {
            using (file)
            {
                ThrowUnlessRegular(path, file.Kind);
                ThrowIfLarger(path, file.Length, limit);
            }
        }
        else
        {
            ThrowUnlessRegular(path, FileKinds.Of(path));
        }
        return Text(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan), path, limit);
    }

    /// <summary>A text reader of <paramref name="stream"/> (standard input) that throws once it has read more than <paramref name="limit"/> or a NUL byte.</summary>
    public static TextReader Text(Stream stream, string name, ReadLimit limit) =>
        new StreamReader(new BoundedStream(stream, name, limit), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);

    private static bool HasUnicodeMark(byte[] bytes) =>
        bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);

    private static void ThrowUnlessRegular(string path, FileKind kind)
    {
        switch (kind)
        {
            case FileKind.RegularFile:
                return;
            case FileKind.Missing:
                throw new FileNotFoundException($"{path} does not exist.", path);
            case FileKind.Directory:
                throw new FileReadException($"{path} is a folder, not a file.");
            default:
                throw new FileReadException($"{path} is not a regular file (a FIFO, socket or device), so it is never read.");
        }
    }

    private static void ThrowIfLarger(string path, long length, ReadLimit limit)
    {
        if (length > limit.Bytes)
        {
            throw TooLarge(path, limit);
        }
    }

    internal static FileReadException TooLarge(string name, ReadLimit limit) =>
        new($"{name} is larger than {limit.Size}, the most Byline reads of {limit.What}; it is not read.");

    internal static FileReadException LineTooLong(string name, ReadLimit limit) =>
        new($"{name} has a line longer than {limit.LineBytes >> 10} KiB, the most Byline reads of a line of {limit.What}; it is not read.");

    internal static FileReadException Binary(string name) =>
        new($"{name} holds a NUL byte: it is a binary file, not text; it is not read.");

    private delegate int ReadAt(Span<byte> buffer, long offset);

    // Reads to the end, not to the length asked first (the file may have grown since), but never past the limit.
    private static byte[] ReadUpTo(string path, ReadLimit limit, ReadAt read)
    {
        var buffer = new byte[(int)Math.Min(limit.Bytes + 1, 1 << 16)];
        var total = 0;
        int count;
        while ((count = read(buffer.AsSpan(total), total)) > 0)
        {
            total += count;
            if (total > limit.Bytes)
            {
                throw TooLarge(path, limit);
            }
            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limit.Bytes + 1, (long)buffer.Length * 2));
            }
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>A read-only stream that throws once more than the limit has come through it, or a NUL byte or a line too long (<see cref="ReadLimit.LineBytes"/>).</summary>
    private sealed class BoundedStream(Stream inner, string name, ReadLimit limit) : Stream
    {
        private long _read;
        private long _lineSoFar;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = inner.Read(buffer);
            _read += count;
            if (_read > limit.Bytes)
            {
                throw TooLarge(name, limit);
            }
            if (limit.LineBytes > 0)
            {
                CheckLines(buffer[..count]);
            }
            else if (buffer[..count].IndexOf((byte)0) >= 0)
            {
                throw Binary(name);
            }
            return count;
        }

        private void CheckLines(ReadOnlySpan<byte> read)
        {
            while (true)
            {
                var end = read.IndexOf((byte)'\n');
                _lineSoFar += end < 0 ? read.Length : end;
                if (_lineSoFar > limit.LineBytes)
                {
                    throw LineTooLong(name, limit);
                }
                if (end < 0)
                {
                    return;
                }
                _lineSoFar = 0;
                read = read[(end + 1)..];
            }
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
