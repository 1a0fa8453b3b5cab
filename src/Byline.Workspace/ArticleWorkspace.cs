using System.Collections.Immutable;
using Byline.Text;
using Byline.Workspace.Files;

namespace Byline.Workspace;

/// <summary>
/// Holds the current <see cref="WorkspaceSnapshot"/> and swaps it on each change. Mutators must be called
/// one at a time (the language server's queue does this); readers take <see cref="Current"/> and keep it.
/// Which open documents are articles is decided here, by <see cref="ArticleSelection"/>, on every change
/// that can alter the answer (open, configuration, the user's "check this file", the editor's narrowing).
/// </summary>
public sealed class ArticleWorkspace(ConfigLoader? configLoader = null)
{
    private volatile WorkspaceSnapshot _current = WorkspaceSnapshot.Empty(configLoader);
    private ArticleSelection _selection = ArticleSelection.Default;

    // The editor's language id of each open document, by document key: the selection needs it again
    // whenever the configuration changes.
    private ImmutableDictionary<string, string?> _languages = ImmutableDictionary<string, string?>.Empty;

    public WorkspaceSnapshot Current => _current;

    public ArticleSelection Selection => _selection;

    /// <summary>
    /// Sets the workspace folders and indexes the article files (read lazily) of those with a
    /// <c>.byline.yaml</c>; a folder without one is not indexed, only its open documents are checked.
    /// </summary>
    /// <param name="walkLater">
    /// Read each folder's configuration and ledger now but leave the walk of its files for later: the snapshot's
    /// indexed folders are <see cref="WorkspaceFolder.IndexPending"/> until <see cref="ApplyIndex"/> gets what
    /// <see cref="WalkPendingFolders"/> found (the language server answers <c>initialize</c> first and walks in the
    /// background).
    /// </param>
    public WorkspaceSnapshot SetFolders(IEnumerable<string> folderPaths, bool walkLater = false)
    {
        var snapshot = _current;
        var roots = folderPaths.Select(Path.GetFullPath).Distinct().ToList();
        var folders = roots
            .Select(root => ReadFolder(snapshot.ConfigLoader, root, snapshot.Folders.FirstOrDefault(f => f.Root == root)?.Ledger)).ToImmutableArray();
        var pending = Swap(Reselect(snapshot.With(folders: folders, diskDocuments: ImmutableSortedDictionary.Create<string, DiskDocument>(StringComparer.Ordinal), resetConfigCache: true)));
        return walkLater ? pending : ApplyIndex(WalkPendingFolders(pending));
    }

    /// <summary>
    /// Walks the files of the snapshot's folders whose index is pending. Reads the disk only, changes nothing, so
    /// it may run on any thread while the workspace goes on.
    /// </summary>
    public static FolderIndex WalkPendingFolders(WorkspaceSnapshot snapshot)
    {
        var roots = snapshot.Folders.Select(f => f.Root).ToList();
        var pending = snapshot.Folders.Where(f => f.IndexPending).ToImmutableArray();
        return new FolderIndex(pending, [.. pending.Select(folder => new FolderWalk(folder.Files).Walk(folder.Root, roots))]);
    }

    /// <summary>
    /// Adds the article files a walk found to the folders it walked. A folder set again since (configuration
    /// changed, folders changed) has been read again and walks anew, so a walk of its old self is dropped.
    /// </summary>
    public WorkspaceSnapshot ApplyIndex(FolderIndex index)
    {
        var snapshot = _current;
        var folders = snapshot.Folders.Select(folder =>
        {
            var walked = index.Folders.IndexOf(folder, ReferenceEqualityComparer.Instance);
            return walked < 0 ? folder : folder with { IndexPending = false, ArticlePaths = index.Walks[walked].Files, Skipped = index.Walks[walked].Skipped };
        }).ToImmutableArray();
        var withFolders = snapshot.With(folders: folders);
        var disk = snapshot.DiskDocuments.ToBuilder();
        var loading = withFolders.ForLoading();
        foreach (var folder in folders.Where((f, i) => !ReferenceEquals(f, snapshot.Folders[i])))
        {
            foreach (var path in folder.ArticlePaths)
            {
                disk[path] = DiskDocument.At(path, loading);
            }
        }
        return Swap(Reselect(withFolders.With(diskDocuments: disk.ToImmutable())));
    }

    /// <param name="languageId">The editor's language id (LSP <c>TextDocumentItem.languageId</c>); it decides whether a document without configuration is prose.</param>
    public WorkspaceSnapshot OpenDocument(string uri, string text, int version, string? languageId = null)
    {
        var snapshot = _current;
        _languages = _languages.SetItem(DocumentUris.Key(uri), languageId);
        var document = ArticleDocument.Create(uri, version, ArticleText.From(text), snapshot.ConfigFor(uri), reviews: snapshot.ReviewsFor(uri),
            format: ArticleSelection.FormatOf(languageId));
        return Swap(Place(snapshot, document));
    }

    /// <summary>
    /// Replaces an open document's text; its syntax tree is updated incrementally. An edit never changes
    /// whether the document is an article, so the document stays where it is.
    /// </summary>
    public WorkspaceSnapshot ChangeDocument(string uri, ArticleText newText, int version)
    {
        var snapshot = _current;
        var key = DocumentUris.Key(uri);
        if (snapshot.OpenNonArticles.TryGetValue(key, out var other))
        {
            return Swap(snapshot.With(openNonArticles: snapshot.OpenNonArticles.SetItem(key, other.WithText(newText, version))));
        }
        var document = snapshot.OpenDocuments.TryGetValue(key, out var open)
            ? open.WithText(newText, version)
            : ArticleDocument.Create(uri, version, newText, snapshot.ConfigFor(uri), reviews: snapshot.ReviewsFor(uri));
        return Swap(snapshot.With(openDocuments: snapshot.OpenDocuments.SetItem(key, document)));
    }

    /// <summary>Closes a document: from now on the file on disk (if it is an article) is what counts.</summary>
    public WorkspaceSnapshot CloseDocument(string uri)
    {
        var snapshot = _current;
        var key = DocumentUris.Key(uri);
        _languages = _languages.Remove(key);
        var disk = snapshot.DiskDocuments;
        if (disk.ContainsKey(key))
        {
            disk = disk.SetItem(key, DiskDocument.At(key, snapshot.ForLoading()));
        }
        return Swap(snapshot.With(openDocuments: snapshot.OpenDocuments.Remove(key), openNonArticles: snapshot.OpenNonArticles.Remove(key), diskDocuments: disk));
    }

    /// <summary>
    /// The user asked to check this document ("Byline: Check Current File"): it is an article for the rest of
    /// the session, whatever globs, names or narrowing say. Works before the document is opened, too.
    /// </summary>
    public WorkspaceSnapshot CheckDocument(string uri)
    {
        _selection = _selection with { CheckedByUser = _selection.CheckedByUser.Add(DocumentUris.Key(uri)) };
        var snapshot = _current;
        return Swap(snapshot.GetEditorDocument(uri) is { } open ? Place(snapshot, open) : snapshot);
    }

    /// <summary>Sets the editor's narrowing globs (VS Code's <c>byline.files</c>; empty: none) and re-decides every open document.</summary>
    public WorkspaceSnapshot SetNarrowing(IEnumerable<string> globs)
    {
        _selection = _selection.WithNarrowing(globs);
        return Swap(Reselect(_current));
    }

    /// <summary>Files created, changed or deleted on disk (LSP <c>workspace/didChangeWatchedFiles</c>).</summary>
    public WorkspaceSnapshot FilesChanged(IEnumerable<string> uris)
    {
        var paths = uris.Select(DocumentUris.ToFilePath).OfType<string>().ToList();
        if (paths.Any(p => Path.GetFileName(p) == BylineConfig.FileName || IsEntitiesFile(p)))
        {
            // Configuration changes can change which files are articles and every rule's severity: start over.
            return SetFolders(_current.Folders.Select(f => f.Root));
        }
        var snapshot = paths.Any(ReviewLedger.IsLedger) ? ReloadLedgers(_current) : _current;
        var disk = snapshot.DiskDocuments.ToBuilder();
        var loading = snapshot.ForLoading();
        foreach (var path in paths.Where(p => !ReviewLedger.IsLedger(p)))
        {
            var folder = snapshot.FolderOf(path);
            if (folder is { HasConfig: true } && folder.Files.IsArticle(folder.Root, path) && IsSafeToRead(snapshot, path))
            {
                disk[path] = DiskDocument.At(path, loading);
            }
            else
            {
                disk.Remove(path);
            }
        }
        return Swap(snapshot.With(diskDocuments: disk.ToImmutable()));
    }

    // A file created while the server runs gets the walk's checks: a regular file whose real path is inside
    // the workspace folders and is not already an article under another name (a link to one).
    private static bool IsSafeToRead(WorkspaceSnapshot snapshot, string path)
    {
        if (FileKinds.Of(path) != FileKind.RegularFile || FileKinds.RealPath(path) is not { } real)
        {
            return false;
        }
        var realRoots = snapshot.Folders.Select(f => FileKinds.RealPath(f.Root)).OfType<string>();
        if (!realRoots.Any(root => FileKinds.IsWithin(root, real)))
        {
            return false;
        }
        return real == path || !snapshot.DiskDocuments.ContainsKey(real);
    }

    public static bool IsEntitiesFile(string path) =>
        Path.GetFileName(path) == KnowledgeBase.WorkspaceKnowledgeBaseLoader.FileName
        && Path.GetFileName(Path.GetDirectoryName(path)) == KnowledgeBase.WorkspaceKnowledgeBaseLoader.FolderName;

    private WorkspaceSnapshot Swap(WorkspaceSnapshot next)
    {
        _current = next;
        return next;
    }

    private static WorkspaceFolder ReadFolder(ConfigLoader loader, string root, ReviewLedger? lastGoodLedger)
    {
        var (config, problems) = loader.Load(root, root);
        var hasConfig = loader.HasConfig(root);
        return new WorkspaceFolder(root, config, new ArticleFiles(config), problems)
        {
            Ledger = loader.LoadLedger(root, lastGoodLedger),
            HasConfig = hasConfig,
            // A folder without configuration is not indexed, so it is not walked either.
            IndexPending = hasConfig,
        };
    }

    /// <summary>Puts an open document among the articles or the other open documents, as the selection decides.</summary>
    private WorkspaceSnapshot Place(WorkspaceSnapshot snapshot, ArticleDocument document)
    {
        var key = DocumentUris.Key(document.Uri);
        return _selection.IsArticle(snapshot, document.Uri, _languages.GetValueOrDefault(key))
            ? snapshot.With(openDocuments: snapshot.OpenDocuments.SetItem(key, document), openNonArticles: snapshot.OpenNonArticles.Remove(key))
            : snapshot.With(openDocuments: snapshot.OpenDocuments.Remove(key), openNonArticles: snapshot.OpenNonArticles.SetItem(key, document));
    }

    /// <summary>Re-decides every open document after the folders, their configuration or the selection changed.</summary>
    private WorkspaceSnapshot Reselect(WorkspaceSnapshot snapshot)
    {
        var open = snapshot.OpenDocuments.Values.Concat(snapshot.OpenNonArticles.Values).ToList();
        foreach (var document in open)
        {
            snapshot = Place(snapshot, document.WithConfig(snapshot.ConfigFor(document.Uri)));
        }
        return snapshot;
    }

    /// <summary>
    /// Rereads every folder's review ledger and hands each document its reviews. Documents keep their
    /// syntax trees (and analyses): only which findings are reported changes.
    /// </summary>
    private static WorkspaceSnapshot ReloadLedgers(WorkspaceSnapshot snapshot)
    {
        var folders = snapshot.Folders.Select(f => f with { Ledger = snapshot.ConfigLoader.LoadLedger(f.Root, f.Ledger) }).ToImmutableArray();
        var next = snapshot.With(folders: folders);
        var open = snapshot.OpenDocuments.ToImmutableDictionary(p => p.Key, p => p.Value.WithReviews(next.ReviewsFor(p.Value.Uri)));
        var disk = snapshot.DiskDocuments.ToImmutableSortedDictionary(p => p.Key,
            p => DiskDocument.Reviewed(p.Value, next.ReviewsFor(DocumentUris.FromFilePath(p.Key))), StringComparer.Ordinal);
        return next.With(openDocuments: open, diskDocuments: disk);
    }
}

/// <summary>What a walk of a workspace's pending folders found: for each folder walked, its files.</summary>
public sealed record FolderIndex(ImmutableArray<WorkspaceFolder> Folders, ImmutableArray<FolderWalkResult> Walks)
{
    public int ArticleCount => Walks.Sum(w => w.Files.Length);
}
