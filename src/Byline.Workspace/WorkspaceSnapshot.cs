using System.Collections.Concurrent;
using System.Collections.Immutable;
using Byline.Text;
using Byline.Workspace.Files;

namespace Byline.Workspace;

/// <summary>A workspace folder with the configuration and the review ledger read from its root.</summary>
public sealed record WorkspaceFolder(string Root, BylineConfig Config, ArticleFiles Files, ImmutableArray<ConfigProblem> ConfigProblems)
{
    public ReviewLedger Ledger { get; init; } = ReviewLedger.Empty(ReviewLedger.PathIn(Root));

    /// <summary>
    /// The folder has a <c>.byline.yaml</c> at its root: its globs say which files are articles and the whole
    /// folder is indexed. Without one only the documents open in the editor are checked.
    /// </summary>
    public bool HasConfig { get; init; }

    /// <summary>
    /// The folder is indexed but its files have not been walked yet (see <see cref="ArticleWorkspace.SetFolders"/>):
    /// until then its articles on disk are not among the snapshot's documents.
    /// </summary>
    public bool IndexPending { get; init; }

    /// <summary>The folder's articles found on disk when it was walked (see <see cref="FolderWalk"/>).</summary>
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

    // The index of an earlier snapshot, until this snapshot's index has been made from it (one at most: never a chain).
    private Entities.EntityIndex? _previousIndex;

    internal WorkspaceSnapshot(
        ImmutableArray<WorkspaceFolder> folders,
        ImmutableDictionary<string, ArticleDocument> openDocuments,
        ImmutableDictionary<string, ArticleDocument> openNonArticles,
        ImmutableSortedDictionary<string, DiskDocument> diskDocuments,
        ConfigLoader configLoader,
        ConcurrentDictionary<string, BylineConfig> configByFolder,
        Entities.EntityIndex? previousIndex = null)
    {
        _previousIndex = previousIndex;
        Folders = folders;
        OpenDocuments = openDocuments;
        OpenNonArticles = openNonArticles;
        DiskDocuments = diskDocuments;
        ConfigLoader = configLoader;
        _configByFolder = configByFolder;
        _entityIndex = new(() =>
        {
            var index = Entities.EntityIndex.Update(Volatile.Read(ref _previousIndex), Documents);
            Volatile.Write(ref _previousIndex, null);
            return index;
        });
    }

    public static WorkspaceSnapshot Empty(ConfigLoader? loader = null) =>
        new([], ImmutableDictionary<string, ArticleDocument>.Empty, ImmutableDictionary<string, ArticleDocument>.Empty, ImmutableSortedDictionary<string, DiskDocument>.Empty,
            loader ?? new ConfigLoader(), new ConcurrentDictionary<string, BylineConfig>());

    public ImmutableArray<WorkspaceFolder> Folders { get; }

    /// <summary>An indexed folder's files are still being walked: the disk's articles are not all known yet.</summary>
    public bool IndexPending => Folders.Any(f => f.IndexPending);

    /// <summary>Articles open in the editor, keyed by <see cref="DocumentUris.Key"/>.</summary>
    public ImmutableDictionary<string, ArticleDocument> OpenDocuments { get; }

    /// <summary>
    /// Documents open in the editor that are not articles (see <see cref="ArticleSelection"/>): their text is
    /// kept in step so that they can become articles at once, but no feature reports on them.
    /// </summary>
    public ImmutableDictionary<string, ArticleDocument> OpenNonArticles { get; }

    /// <summary>Article files found on disk, keyed by full path; null when a file could not be read.</summary>
    internal ImmutableSortedDictionary<string, DiskDocument> DiskDocuments { get; }

    internal ConfigLoader ConfigLoader { get; }

    internal ConcurrentDictionary<string, BylineConfig> ConfigCache => _configByFolder;

    /// <summary>
    /// Entities and attribution sources across all articles, made on first use from the index of the snapshot
    /// this one was made from (only the documents that changed are indexed again; see <see cref="Entities.EntityIndex"/>).
    /// </summary>
    public Entities.EntityIndex EntityIndex => _entityIndex.Value;

    private Entities.EntityIndex? LatestIndex => _entityIndex.IsValueCreated ? _entityIndex.Value : Volatile.Read(ref _previousIndex);

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

    /// <summary>
    /// The open article, else the article file on disk, else null. A document open in the editor that is not
    /// an article is null too: the editor's text is the truth, and it says "not an article".
    /// </summary>
    public ArticleDocument? GetDocument(string uri)
    {
        var key = DocumentUris.Key(uri);
        if (OpenDocuments.TryGetValue(key, out var open))
        {
            return open;
        }
        if (OpenNonArticles.ContainsKey(key))
        {
            return null;
        }
        return DiskDocuments.TryGetValue(key, out var disk) ? disk.Value : null;
    }

    /// <summary>Whether an article is open in the editor.</summary>
    public bool IsOpen(string uri) => OpenDocuments.ContainsKey(DocumentUris.Key(uri));

    /// <summary>The editor's document, article or not (text synchronisation needs both); null when not open.</summary>
    public ArticleDocument? GetEditorDocument(string uri)
    {
        var key = DocumentUris.Key(uri);
        return OpenDocuments.TryGetValue(key, out var open) ? open : OpenNonArticles.GetValueOrDefault(key);
    }

    /// <summary>
    /// Whether the server treats this URI as an article: an open article, or (when not open as a non-article)
    /// a file that a configured folder's globs name.
    /// </summary>
    public bool IsArticle(string uri)
    {
        var key = DocumentUris.Key(uri);
        if (OpenDocuments.ContainsKey(key) || DiskDocuments.ContainsKey(key))
        {
            return true;
        }
        return !OpenNonArticles.ContainsKey(key) && FolderOf(key) is { HasConfig: true } folder && folder.Files.IsArticle(folder.Root, key);
    }

    /// <summary>
    /// How many articles <see cref="Documents"/> yields at most, without reading any file: files on disk that
    /// cannot be read, or are open as non-articles, are counted but not yielded.
    /// </summary>
    public int ArticleCountAtMost => DiskDocuments.Count + OpenDocuments.Keys.Count(key => !DiskDocuments.ContainsKey(key));

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
                else if (!OpenNonArticles.ContainsKey(key) && disk.Value is { } document)
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

    /// <summary>
    /// The same folders, configuration and ledgers without any document: what reading a file from disk needs
    /// (<see cref="DiskDocument"/>), without keeping this snapshot's open documents alive.
    /// </summary>
    internal WorkspaceSnapshot ForLoading() =>
        new(Folders, ImmutableDictionary<string, ArticleDocument>.Empty, ImmutableDictionary<string, ArticleDocument>.Empty,
            ImmutableSortedDictionary<string, DiskDocument>.Empty, ConfigLoader, _configByFolder);

    internal WorkspaceSnapshot With(
        ImmutableArray<WorkspaceFolder>? folders = null,
        ImmutableDictionary<string, ArticleDocument>? openDocuments = null,
        ImmutableSortedDictionary<string, DiskDocument>? diskDocuments = null,
        bool resetConfigCache = false,
        ImmutableDictionary<string, ArticleDocument>? openNonArticles = null) =>
        new(folders ?? Folders, openDocuments ?? OpenDocuments, openNonArticles ?? OpenNonArticles, diskDocuments ?? DiskDocuments, ConfigLoader,
            resetConfigCache ? new ConcurrentDictionary<string, BylineConfig>() : _configByFolder, LatestIndex);
}
