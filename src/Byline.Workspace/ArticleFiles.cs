using Microsoft.Extensions.FileSystemGlobbing;

namespace Byline.Workspace;

/// <summary>Decides which files of a workspace folder are articles, by the include and exclude globs.</summary>
public sealed class ArticleFiles
{
    private readonly Matcher _matcher;

    public ArticleFiles(BylineConfig config)
    {
        _matcher = new Matcher(StringComparison.Ordinal);
        _matcher.AddIncludePatterns(config.Include);
        _matcher.AddExcludePatterns(config.Exclude);
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
    public bool IsArticle(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }
        return _matcher.Match(relative.Replace('\\', '/')).HasMatches;
    }
}
