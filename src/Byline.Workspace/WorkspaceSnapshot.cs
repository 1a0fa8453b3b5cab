using System.Collections.Concurrent;
using System.Collections.Immutable;
using Byline.Text;
using Byline.Workspace.Files;

namespace Byline.Workspace;

/// <summary>A workspace folder with the configuration and the review ledger read from its root.</summary>
public sealed record WorkspaceFolder(string Root, BylineConfig Config, ArticleFiles Files, ImmutableArray<ConfigProblem> ConfigProblems)
{
    public ReviewLedger Ledger { get; init; } = ReviewLedger.Empty(ReviewLedger.PathIn(Root));

    /// <summary>The folder's articles found on disk when it was read (see <see cref="FolderWalk"/>).</summary>
    public ImmutableArray<string> ArticlePaths { get; init; } = [];

    /// <summary>Entries that looked like articles but were not read: unreadable, special, or links out of the workspace.</summary>
    public ImmutableArray<SkippedEntry> Skipped { get; init; } = [];
}

/// <summary>
/// An immutable view of the workspace: open documents (the editor's text wins) and article files on disk,
/// loaded on first use. Readers never lock and never see a half-applied change.
/// </summary>
public sealed class WorkspaceSnapshot
{
    private readonly ConcurrentDictionary<string, BylineConfig> _configByFolder;
    private readonly Lazy<Entities.EntityIndex> _entityIndex;

    internal WorkspaceSnapshot(
        ImmutableArray<WorkspaceFolder> folders,
        ImmutableDictionary<string, ArticleDocument> openDocuments,
        ImmutableSortedDictionary<string, Lazy<ArticleDocument?>> diskDocuments,
        ConfigLoader configLoader,
        ConcurrentDictionary<string, BylineConfig> configByFolder)
    {
        Folders = folders;
        OpenDocuments = openDocuments;
        DiskDocuments = diskDocuments;
        ConfigLoader = configLoader;
        _configByFolder = configByFolder;
        _entityIndex = new(() => Entities.EntityIndex.Build(Documents));
    }

    public static WorkspaceSnapshot Empty(ConfigLoader? loader = null) =>
        new([], ImmutableDictionary<string, ArticleDocument>.Empty, ImmutableSortedDictionary<string, Lazy<ArticleDocument?>>.Empty,
            loader ?? new ConfigLoader(), new ConcurrentDictionary<string, BylineConfig>());

    public ImmutableArray<WorkspaceFolder> Folders { get; }

    /// <summary>Documents open in the editor, keyed by <see cref="DocumentUris.Key"/>.</summary>
    public ImmutableDictionary<string, ArticleDocument> OpenDocuments { get; }

    /// <summary>Article files found on disk, keyed by full path; null when a file could not be read.</summary>
    internal ImmutableSortedDictionary<string, Lazy<ArticleDocument?>> DiskDocuments { get; }

    internal ConfigLoader ConfigLoader { get; }

    internal ConcurrentDictionary<string, BylineConfig> ConfigCache => _configByFolder;

    /// <summary>Entities and attribution sources across all articles, built on first use (see <see cref="Entities.EntityIndex"/>).</summary>
    public Entities.EntityIndex EntityIndex => _entityIndex.Value;

    public ImmutableArray<ConfigProblem> ConfigProblems => [.. Folders.SelectMany(f => f.ConfigProblems)];

    /// <summary>Problems in the folders' review ledgers (<c>.byline/reviews.yaml</c>), reported in those files.</summary>
    public ImmutableArray<ConfigProblem> LedgerProblems => [.. Folders.SelectMany(f => f.Ledger.Problems)];

    /// <summary>Files and folders of the workspace that were not read, with why (reported as BYL9007 in the editor).</summary>
    public ImmutableArray<SkippedEntry> SkippedEntries => [.. Folders.SelectMany(f => f.Skipped)];

    /// <summary>The ledger's reviews of a document: those of its workspace folder's ledger that name its path.</summary>
    public ImmutableArray<Review> ReviewsFor(string uri)
    {
        var path = DocumentUris.ToFilePath(uri);
        if (path is null || FolderOf(path) is not { } folder)
        {
            return [];
        }
        return folder.Ledger.ReviewsOf(Path.GetRelativePath(folder.Root, path));
    }

    /// <summary>The open document, else the article file on disk, else null.</summary>
    public ArticleDocument? GetDocument(string uri)
    {
        var key = DocumentUris.Key(uri);
        if (OpenDocuments.TryGetValue(key, out var open))
        {
            return open;
        }
        return DiskDocuments.TryGetValue(key, out var disk) ? disk.Value : null;
    }

    public bool IsOpen(string uri) => OpenDocuments.ContainsKey(DocumentUris.Key(uri));

    /// <summary>Whether the server treats this URI as an article: it is open, or it matches a folder's include globs.</summary>
    public bool IsArticle(string uri)
    {
        var key = DocumentUris.Key(uri);
        return OpenDocuments.ContainsKey(key) || DiskDocuments.ContainsKey(key) || FolderOf(key) is { } folder && folder.Files.IsArticle(folder.Root, key);
    }

    /// <summary>Every article: open documents and files on disk, in path order.</summary>
    public IEnumerable<ArticleDocument> Documents
    {
        get
        {
            foreach (var (key, disk) in DiskDocuments)
            {
                if (OpenDocuments.TryGetValue(key, out var open))
                {
                    yield return open;
                }
                else if (disk.Value is { } document)
                {
                    yield return document;
                }
            }
            foreach (var (key, open) in OpenDocuments.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!DiskDocuments.ContainsKey(key))
                {
                    yield return open;
                }
            }
        }
    }

    /// <summary>The configuration that applies to a document (cascading <c>.byline.yaml</c> files).</summary>
    public BylineConfig ConfigFor(string uri)
    {
        var path = DocumentUris.ToFilePath(uri);
        if (path is null)
        {
            return Folders.Length > 0 ? Folders[0].Config : BylineConfig.Default;
        }
        var directory = Path.GetDirectoryName(path) ?? path;
        return _configByFolder.GetOrAdd(directory, dir =>
        {
            var root = FolderOf(path)?.Root ?? dir;
            return ConfigLoader.Load(root, dir).Config;
        });
    }

    /// <summary>The workspace folder a document belongs to (the innermost), or null for a file outside all folders.</summary>
    public WorkspaceFolder? FolderFor(string uri) => DocumentUris.ToFilePath(uri) is { } path ? FolderOf(path) : null;

    internal WorkspaceFolder? FolderOf(string path) =>
        Folders.Where(f => IsUnder(f.Root, path)).MaxBy(f => f.Root.Length);

    private static bool IsUnder(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    internal WorkspaceSnapshot With(
        ImmutableArray<WorkspaceFolder>? folders = null,
        ImmutableDictionary<string, ArticleDocument>? openDocuments = null,
        ImmutableSortedDictionary<string, Lazy<ArticleDocument?>>? diskDocuments = null,
        bool resetConfigCache = false) =>
        new(folders ?? Folders, openDocuments ?? OpenDocuments, diskDocuments ?? DiskDocuments, ConfigLoader,
            resetConfigCache ? new ConcurrentDictionary<string, BylineConfig>() : _configByFolder);
}
