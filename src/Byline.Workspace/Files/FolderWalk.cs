using System.Collections.Immutable;

namespace Byline.Workspace.Files;

/// <summary>An entry the walk did not read, and why: reported to the user, never thrown.</summary>
public sealed record SkippedEntry(string Path, string Reason);

/// <summary>The article files below a folder, and the entries that were left out with a reason.</summary>
public sealed record FolderWalkResult(ImmutableArray<string> Files, ImmutableArray<SkippedEntry> Skipped);

/// <summary>
/// Walks a folder for article files, safely on any tree a user or an attacker can build:
/// <list type="bullet">
/// <item>each real folder is entered once, so a link loop (<c>ln -s .. a/up</c>, <c>ln -s . me</c>) neither hangs
/// nor repeats files, and each real file is listed once, by its path without links when it has one;</item>
/// <item>a link whose target is outside the walk's roots is not followed: Byline never reads or edits files the
/// user did not put in the workspace;</item>
/// <item>FIFOs, sockets and devices are never opened (reading one can block forever);</item>
/// <item>a folder or article that cannot be read is skipped with a reason instead of failing the walk.</item>
/// </list>
/// </summary>
public sealed class FolderWalk(ArticleFiles articles)
{
    /// <summary>
    /// Articles below <paramref name="folder"/> (globs relative to it). Links may lead anywhere inside
    /// <paramref name="roots"/> (default: the folder itself); paths are sorted ordinally.
    /// </summary>
    public FolderWalkResult Walk(string folder, IEnumerable<string>? roots = null)
    {
        var start = Path.GetFullPath(folder);
        if (FileKinds.RealPath(start) is not { } realStart || FileKinds.Of(start) != FileKind.Directory)
        {
            return new FolderWalkResult([], []);
        }
        var realRoots = (roots ?? [start]).Select(FileKinds.RealPath).OfType<string>().Append(realStart).Distinct().ToList();
        return new Walker(articles, start, realRoots, realStart).Run();
    }

    /// <summary>One walk's state: the folders to read, the real folders already read, the files found.</summary>
    private sealed class Walker(ArticleFiles articles, string start, List<string> realRoots, string realStart)
    {
        private sealed record Candidate(string Path, string RealPath, bool ViaLink);

        private readonly HashSet<string> _visited = new(StringComparer.Ordinal) { realStart };
        private readonly Stack<(string Path, bool ViaLink, string RealPath)> _pending = new([(start, false, realStart)]);
        private readonly List<Candidate> _candidates = [];
        private readonly ImmutableArray<SkippedEntry>.Builder _skipped = ImmutableArray.CreateBuilder<SkippedEntry>();

        public FolderWalkResult Run()
        {
            while (_pending.TryPop(out var directory))
            {
                // Every entry's path relative to the walk's start is its folder's and its name: the folder's is worked
                // out once, not once per entry.
                var folder = Path.GetRelativePath(start, directory.Path).Replace('\\', '/');
                var entries = Entries(directory.Path)
                    .Select(e => (Entry: e, Relative: folder == "." ? e.Name.Replace('\\', '/') : folder + "/" + e.Name.Replace('\\', '/')))
                    .ToList();
                // A folder's files are matched against the globs in one call: the matcher builds a tree of the paths
                // it is given and walks it on every call, which cost more than the rest of the walk done per file.
                var matching = articles.Matching([.. entries.Where(e => e.Entry.Kind != FileKind.Directory).Select(e => e.Relative)]);
                foreach (var (entry, relative) in entries)
                {
                    Visit(entry, relative, directory, matching);
                }
            }
            var files = ImmutableArray.CreateBuilder<string>(_candidates.Count);
            foreach (var candidate in OnePerRealFile())
            {
                if (IsReadable(candidate.Path))
                {
                    files.Add(candidate.Path);
                }
            }
            files.Sort(StringComparer.Ordinal);
            return new FolderWalkResult(files.DrainToImmutable(), [.. _skipped.OrderBy(s => s.Path, StringComparer.Ordinal)]);
        }

        /// <summary>
        /// A file reached twice (through a link and directly) is one article: of its paths, the one without links, then
        /// the shortest, then the ordinally first. One pass over the candidates: a sort per file, for the one path most
        /// files have, was a fifth of a 2,000-article walk (docs/performance.md, Session 40).
        /// </summary>
        private IEnumerable<Candidate> OnePerRealFile()
        {
            var best = new Dictionary<string, Candidate>(_candidates.Count, StringComparer.Ordinal);
            foreach (var candidate in _candidates)
            {
                if (!best.TryGetValue(candidate.RealPath, out var known) || Before(candidate, known))
                {
                    best[candidate.RealPath] = candidate;
                }
            }
            return best.Values;
        }

        private static bool Before(Candidate a, Candidate b) =>
            a.ViaLink != b.ViaLink ? !a.ViaLink
            : a.Path.Length != b.Path.Length ? a.Path.Length < b.Path.Length
            : string.CompareOrdinal(a.Path, b.Path) < 0;

        private void Visit(Entry entry, string relative, (string Path, bool ViaLink, string RealPath) parent, IReadOnlySet<string> matching)
        {
            var kind = entry.Kind;
            if (kind == FileKind.Directory && articles.IsExcludedFolder(relative) || kind != FileKind.Directory && !matching.Contains(relative))
            {
                return;
            }
            var viaLink = parent.ViaLink || entry.IsLink;
            // An entry that is no link is where its folder really is: its real path needs no resolving (realpath asks
            // the file system about every part of the path, for each article of a folder), and it is inside the
            // roots because its folder is.
            var realPath = entry.IsLink ? FileKinds.RealPath(entry.FullName) : Path.Join(parent.RealPath, entry.Name);
            if (realPath is not { } real || kind == FileKind.Missing)
            {
                _skipped.Add(new SkippedEntry(entry.FullName, "a link to nothing (its target does not exist)"));
                return;
            }
            if (entry.IsLink && !realRoots.Any(root => FileKinds.IsWithin(root, real)))
            {
                _skipped.Add(new SkippedEntry(entry.FullName, $"a link to {real}, outside the workspace; it is not followed"));
                return;
            }
            switch (kind)
            {
                case FileKind.Directory when _visited.Add(real):
                    _pending.Push((entry.FullName, viaLink, real));
                    break;
                case FileKind.RegularFile:
                    _candidates.Add(new Candidate(entry.FullName, real, viaLink));
                    break;
                case FileKind.Special:
                    _skipped.Add(new SkippedEntry(entry.FullName, "not a regular file (a FIFO, socket or device); it is never opened"));
                    break;
            }
        }

        /// <summary>A folder entry: its name and full path, whether it is a link, and what it is once links are followed.</summary>
        private sealed record Entry(string Name, string FullName, bool IsLink, FileKind Kind);

        /// <summary>
        /// The folder's entries in name order. A plain file or folder is known from the listing alone (Linux); a link,
        /// or an entry the listing does not type, is asked about (its kind through the link, and whether it is one).
        /// </summary>
        private List<Entry> Entries(string directory)
        {
            if (FileKinds.List(directory) is { } listed)
            {
                return [.. listed.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => Typed(directory, e))];
            }
            var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false };
            try
            {
                // Materialised here so that a folder that cannot be listed fails inside this try, not in the caller.
                return [.. new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal)
                    .Select(e => new Entry(e.Name, e.FullName, e.LinkTarget is not null, FileKinds.Of(e.FullName)))];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                _skipped.Add(new SkippedEntry(directory, $"the folder cannot be read ({e.Message})"));
                return [];
            }
        }

        private static Entry Typed(string directory, ListedEntry listed)
        {
            var path = Path.Join(directory, listed.Name);
            return listed.Type switch
            {
                ListedType.RegularFile => new Entry(listed.Name, path, IsLink: false, FileKind.RegularFile),
                ListedType.Directory => new Entry(listed.Name, path, IsLink: false, FileKind.Directory),
                ListedType.Special => new Entry(listed.Name, path, IsLink: false, FileKind.Special),
                ListedType.Link => new Entry(listed.Name, path, IsLink: true, FileKinds.Of(path)),
                _ => new Entry(listed.Name, path, new FileInfo(path).LinkTarget is not null, FileKinds.Of(path)),
            };
        }

        // Checked when the folder is read, so the user hears of an unreadable article at once, not when it is opened.
        private bool IsReadable(string path)
        {
            if (FileKinds.OpensForReading(path))
            {
                return true;
            }
            try
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _skipped.Add(new SkippedEntry(path, $"the file cannot be read ({e.Message})"));
                return false;
            }
        }
    }
}
