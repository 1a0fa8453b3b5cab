using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.Extensions.FileSystemGlobbing;

using Byline.Workspace.Files;

namespace Byline.Workspace;

/// <summary>
/// Decides whether a document open in the editor is an article: the one answer every feature of the
/// server, and the editor's display, rely on. In order:
/// <list type="number">
/// <item>the user asked for this document ("Byline: Check Current File"): it is;</item>
/// <item>the editor narrows the documents it wants checked (VS Code's <c>byline.files</c>) and the file lies outside: it is not;</item>
/// <item>an untitled document (no path) is when it is plain text or Markdown;</item>
/// <item>its folder has a <c>.byline.yaml</c>: that file's include and exclude globs decide;</item>
/// <item>otherwise plain text and Markdown (by the editor's language id, or by the default include globs) are,
/// unless an exclude glob names them (README, LICENSE, <c>node_modules/</c> ...).</item>
/// </list>
/// </summary>
public sealed record ArticleSelection
{
    public static ArticleSelection Default { get; } = new();

    /// <summary>Document keys (<see cref="DocumentUris.Key"/>) the user asked to check, whatever the globs say.</summary>
    public ImmutableHashSet<string> CheckedByUser { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>The editor's narrowing globs, relative to the workspace folder; empty: no narrowing.</summary>
    public ImmutableArray<string> Narrowing { get; init; } = [];

    private Matcher? NarrowingMatcher { get; init; }

    public ArticleSelection WithNarrowing(IEnumerable<string> globs)
    {
        var list = globs.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).ToImmutableArray();
        Matcher? matcher = null;
        if (list.Length > 0)
        {
            matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddIncludePatterns(list);
        }
        return this with { Narrowing = list, NarrowingMatcher = matcher };
    }

    /// <summary>Whether the open document <paramref name="uri"/> (in the editor's language <paramref name="languageId"/>) is an article of <paramref name="snapshot"/>.</summary>
    public bool IsArticle(WorkspaceSnapshot snapshot, string uri, string? languageId)
    {
        if (CheckedByUser.Contains(DocumentUris.Key(uri)))
        {
            return true;
        }
        if (DocumentUris.ToFilePath(uri) is not { } path)
        {
            return ArticleFileDefaults.IsProseLanguage(languageId);
        }
        var folder = snapshot.FolderOf(path);
        // A file outside every workspace folder (or opened without one) is judged from its own folder.
        var root = folder?.Root ?? Path.GetDirectoryName(path) ?? path;
        if (!IsInsideNarrowing(folder?.Root, path))
        {
            return false;
        }
        var files = folder?.Files ?? new ArticleFiles(snapshot.ConfigFor(uri));
        if (folder?.HasConfig ?? snapshot.ConfigLoader.HasConfig(root))
        {
            return files.IsArticle(root, path);
        }
        return (ArticleFileDefaults.IsProseLanguage(languageId) || files.IsArticle(root, path)) && !files.IsExcluded(root, path);
    }

    /// <summary>The format the editor's language id names, or null to go by the file name.</summary>
    public static ArticleFormat? FormatOf(string? languageId) =>
        languageId is not null && ArticleFileDefaults.MarkdownLanguages.Contains(languageId) ? ArticleFormat.Markdown : null;

    private bool IsInsideNarrowing(string? folderRoot, string path)
    {
        if (NarrowingMatcher is null)
        {
            return true;
        }
        // Globs are relative to the workspace folder; a loose file is matched by its whole path, so
        // "**/news/**" still finds it.
        var root = folderRoot ?? Path.GetPathRoot(path) ?? "/";
        return NarrowingMatcher.Match(Path.GetRelativePath(root, path).Replace('\\', '/')).HasMatches;
    }
}
