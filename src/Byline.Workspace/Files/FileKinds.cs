using System.Runtime.InteropServices;

namespace Byline.Workspace.Files;

/// <summary>What a directory entry is once its links are followed.</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    /// <summary>A FIFO, socket or device: opening it can block forever or never end, so it is never read.</summary>
    Special,
}

/// <summary>What a folder's listing says an entry is, before any link is followed.</summary>
public enum ListedType
{
    /// <summary>The file system does not say: ask it about the entry.</summary>
    Unknown,
    RegularFile,
    Directory,
    Link,
    Special,
}

/// <summary>A folder entry's name and the type its folder's listing records.</summary>
public readonly record struct ListedEntry(string Name, ListedType Type);

/// <summary>
/// File types and real paths, which .NET does not expose: its <see cref="FileInfo"/> calls a FIFO or a device a
/// normal file of length 0, and opening a FIFO for reading blocks until a writer comes. On Linux this asks the
/// kernel (<c>statx</c>, whose layout is the same on every architecture, and <c>realpath</c>); elsewhere it falls
/// back to what .NET can tell.
/// </summary>
public static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;
    private const ushort TypeMask = 0xF000;
    private const ushort TypeRegular = 0x8000;
    private const ushort TypeDirectory = 0x4000;
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;

    /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return KindFromStatx(path);
        }
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }
        return File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
    }

    /// <summary>The path with every symbolic link and <c>..</c> resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var resolved = NativeRealPath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }
            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                NativeFree(resolved);
            }
        }
        var full = Path.GetFullPath(path);
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        return info.Exists ? (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full) : null;
    }

    /// <summary>
    /// Whether <paramref name="path"/> opens for reading, by opening and closing it. On Linux two system calls: .NET's
    /// <see cref="File.OpenHandle"/> also takes and drops an advisory lock and asks the file's status, five calls per
    /// article of a folder's walk. False means "ask .NET", which gives the reason.
    /// </summary>
    public static bool OpensForReading(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        // Non-blocking: opening a FIFO that replaced the file since its kind was read must not wait for a writer.
        var descriptor = NativeOpen(path, OpenReadOnly | OpenNonBlocking | OpenCloseOnExec);
        if (descriptor < 0)
        {
            return false;
        }
        NativeClose(descriptor);
        return true;
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading and reads its kind and length from the open file: on Linux two system
    /// calls (<c>open</c>, non-blocking, so a FIFO never waits for a writer, and <c>statx</c> of the descriptor), where
    /// <see cref="Of"/> and then <see cref="File.OpenHandle"/> take seven (the kind by path, then open, status, lock,
    /// status, unlock, close) for each article a check reads. Null elsewhere, or when it does not open: then ask .NET,
    /// which gives the reason.
    /// </summary>
    public static OpenedFile? TryOpenForReading(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var descriptor = NativeOpen(path, OpenReadOnly | OpenNonBlocking | OpenCloseOnExec);
        if (descriptor < 0)
        {
            return null;
        }
        var file = new OpenedFile(descriptor, path);
        if (!file.ReadStatus())
        {
            file.Dispose();
            return null;
        }
        return file;
    }

    /// <summary>
    /// The entries of <paramref name="folder"/> (without <c>.</c> and <c>..</c>), each with its type as the folder's
    /// listing records it (Linux's <c>d_type</c>), so that a walk asks the file system nothing more about a plain file
    /// or folder: .NET's listing asks the status of every entry (<c>lstat</c>), and a link test reads it again
    /// (<c>readlink</c>). Null where this is not available (not 64-bit Linux) or when the folder cannot be listed: then
    /// ask .NET, which gives the reason.
    /// </summary>
    public static unsafe List<ListedEntry>? List(string folder)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return null;
        }
        var stream = NativeOpenDirectory(folder);
        if (stream == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            var entries = new List<ListedEntry>();
            while (true)
            {
                var entry = (byte*)NativeReadDirectory(stream);
                if (entry == null)
                {
                    // The end, or an error (errno set): then .NET lists the folder again and says what went wrong.
                    return Marshal.GetLastPInvokeError() == 0 ? entries : null;
                }
                var name = Marshal.PtrToStringUTF8((IntPtr)(entry + DirentNameOffset))!;
                if (name is not ("." or ".."))
                {
                    entries.Add(new ListedEntry(name, ListedTypeOf(entry[DirentTypeOffset])));
                }
            }
        }
        finally
        {
            NativeCloseDirectory(stream);
        }
    }

    // struct dirent of 64-bit Linux (glibc and musl alike): d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
    private const int DirentTypeOffset = 18;
    private const int DirentNameOffset = 19;

    private static ListedType ListedTypeOf(byte type) => type switch
    {
        8 => ListedType.RegularFile, // DT_REG
        4 => ListedType.Directory, // DT_DIR
        10 => ListedType.Link, // DT_LNK
        1 or 2 or 6 or 12 => ListedType.Special, // DT_FIFO, DT_CHR, DT_BLK, DT_SOCK
        _ => ListedType.Unknown, // DT_UNKNOWN: some file systems do not record it
    };

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or below it (both real paths).</summary>
    public static bool IsWithin(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative == "." || !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static unsafe FileKind KindFromStatx(string path)
    {
        var buffer = stackalloc byte[StatxSize];
        if (NativeStatx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return FileKind.Missing;
        }
        return KindOf(*(ushort*)(buffer + StatxModeOffset));
    }

    private static FileKind KindOf(ushort mode)
    {
        return (mode & TypeMask) switch
        {
            TypeRegular => FileKind.RegularFile,
            TypeDirectory => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int NativeStatx(int directoryFd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "pread64", SetLastError = true)]
    private static unsafe partial nint NativePread(int descriptor, byte* buffer, nuint count, long offset);

    /// <summary>A file opened by <see cref="TryOpenForReading"/>: its kind and length when opened, read by offset. Dispose it.</summary>
    public sealed class OpenedFile : IDisposable
    {
        private const int AtEmptyPath = 0x1000;
        private const uint StatxSizeField = 0x200;
        private const int StatxSizeOffset = 40;
        private const int Interrupted = 4;

        private readonly string _path;
        private int _descriptor;

        internal OpenedFile(int descriptor, string path) => (_descriptor, _path) = (descriptor, path);

        public FileKind Kind { get; private set; }

        public long Length { get; private set; }

        internal unsafe bool ReadStatus()
        {
            var buffer = stackalloc byte[StatxSize];
            if (NativeStatx(_descriptor, "", AtEmptyPath, StatxType | StatxSizeField, buffer) != 0)
            {
                return false;
            }
            Kind = KindOf(*(ushort*)(buffer + StatxModeOffset));
            Length = *(long*)(buffer + StatxSizeOffset);
            return true;
        }

        /// <summary>Reads into <paramref name="buffer"/> from <paramref name="offset"/>: the count read, 0 at the end.</summary>
        public unsafe int Read(Span<byte> buffer, long offset)
        {
            fixed (byte* start = buffer)
            {
                while (true)
                {
                    var read = NativePread(_descriptor, start, (nuint)buffer.Length, offset);
                    if (read >= 0)
                    {
                        return (int)read;
                    }
                    var error = Marshal.GetLastPInvokeError();
                    if (error != Interrupted)
                    {
                        throw new IOException($"{_path} could not be read: {Marshal.GetPInvokeErrorMessage(error)}.");
                    }
                }
            }
        }

        public void Dispose()
        {
            if (_descriptor >= 0)
            {
                NativeClose(_descriptor);
                _descriptor = -1;
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "opendir", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr NativeOpenDirectory(string path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial IntPtr NativeReadDirectory(IntPtr stream);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int NativeCloseDirectory(IntPtr stream);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr NativeRealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeOpen(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int NativeClose(int descriptor);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void NativeFree(IntPtr pointer);
}
