using Microsoft.Extensions.FileSystemGlobbing;

namespace Byline.Workspace.Files;

/// <summary>
/// Decides which files of a workspace folder are articles, by the include and exclude globs. Globs match
/// case-insensitively: <c>readme.md</c> is as much a README as <c>README.md</c>, and <c>STORY.TXT</c> is text.
/// </summary>
public sealed class ArticleFiles
{
    private readonly Matcher _matcher;
    private readonly Matcher _excluded;
    private readonly Matcher _excludedFolders;

    public ArticleFiles(BylineConfig config)
    {
        _matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        _matcher.AddIncludePatterns(config.Include);
        _matcher.AddExcludePatterns(config.Exclude);
        _excluded = new Matcher(StringComparison.OrdinalIgnoreCase);
        _excluded.AddIncludePatterns(config.Exclude);
        // "**/node_modules/**" excludes everything in node_modules: the walk need not enter it at all.
        _excludedFolders = new Matcher(StringComparison.OrdinalIgnoreCase);
        _excludedFolders.AddIncludePatterns(config.Exclude.Where(p => p.EndsWith("/**", StringComparison.Ordinal)).Select(p => p[..^3]));
    }

    /// <summary>
    /// Full paths of all articles below <paramref name="root"/>, sorted ordinally (see <see cref="FolderWalk"/>
    /// for links, loops, special and unreadable files; the entries it skipped are dropped here).
    /// </summary>
    public IReadOnlyList<string> Enumerate(string root) => new FolderWalk(this).Walk(root).Files;

    /// <summary>Whether <paramref name="path"/> is an article of the folder <paramref name="root"/>.</summary>
    public bool IsArticle(string root, string path) => Relative(root, path) is { } relative && Matches(relative);

    /// <summary>
    /// Whether the exclude globs alone rule <paramref name="path"/> out (a README, a file under
    /// <c>node_modules/</c>), whatever its extension: without a configuration an open document is checked
    /// by its language, but never when it is excluded.
    /// </summary>
    public bool IsExcluded(string root, string path) => Relative(root, path) is { } relative && _excluded.Match(relative).HasMatches;

    /// <summary>Whether a path relative to the folder (with <c>/</c>) matches the include globs and no exclude glob.</summary>
    public bool Matches(string relative) => _matcher.Match(relative).HasMatches;

    /// <summary>
    /// Those of <paramref name="relatives"/> (paths relative to the folder, with <c>/</c>) that <see cref="Matches"/>
    /// accepts, matched in one call: the same answers, without building the matcher's tree once per path.
    /// </summary>
    public IReadOnlySet<string> Matching(IReadOnlyCollection<string> relatives) => relatives.Count == 0
        ? new HashSet<string>(StringComparer.Ordinal)
        : _matcher.Match(relatives).Files.Select(match => match.Path).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether every file below this folder (relative path) is excluded, so the walk can skip it.</summary>
    public bool IsExcludedFolder(string relative) => _excludedFolders.Match(relative).HasMatches;

    private static string? Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }
        return relative.Replace('\\', '/');
    }
}
