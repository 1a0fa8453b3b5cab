using Microsoft.Extensions.FileSystemGlobbing;

namespace Byline.Workspace;

/// <summary>
/// Decides which files of a workspace folder are articles, by the include and exclude globs. Globs match
/// case-insensitively: <c>readme.md</c> is as much a README as <c>README.md</c>, and <c>STORY.TXT</c> is text.
/// </summary>
public sealed class ArticleFiles
{
    private readonly Matcher _matcher;
    private readonly Matcher _excluded;

    public ArticleFiles(BylineConfig config)
    {
        _matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        _matcher.AddIncludePatterns(config.Include);
        _matcher.AddExcludePatterns(config.Exclude);
        _excluded = new Matcher(StringComparison.OrdinalIgnoreCase);
        _excluded.AddIncludePatterns(config.Exclude);
    }

    /// <summary>Full paths of all articles below <paramref name="root"/>, sorted ordinally.</summary>
    public IReadOnlyList<string> Enumerate(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }
        return _matcher.GetResultsInFullPath(root).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether <paramref name="path"/> is an article of the folder <paramref name="root"/>.</summary>
    public bool IsArticle(string root, string path) => Relative(root, path) is { } relative && _matcher.Match(relative).HasMatches;

    /// <summary>
    /// Whether the exclude globs alone rule <paramref name="path"/> out (a README, a file under
    /// <c>node_modules/</c>), whatever its extension: without a configuration an open document is checked
    /// by its language, but never when it is excluded.
    /// </summary>
    public bool IsExcluded(string root, string path) => Relative(root, path) is { } relative && _excluded.Match(relative).HasMatches;

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
