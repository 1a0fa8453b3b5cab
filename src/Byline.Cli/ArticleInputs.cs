using Byline.Workspace;

namespace Byline.Cli;

/// <summary>An article file named on the command line or found below a named folder.</summary>
public sealed record ArticleInput(string DisplayPath, string FullPath, BylineConfig Config);

/// <summary>Expands command-line paths into article files, with the configuration that applies to each.</summary>
public static class ArticleInputs
{
    /// <summary>
    /// Folders are searched with the include/exclude globs of their <c>.byline.yaml</c> (defaults: *.txt and
    /// *.md, without README, LICENSE… files). A file named explicitly is always checked. Paths that do not
    /// exist are returned as errors.
    /// </summary>
    public static (List<ArticleInput> Inputs, List<string> Errors) Expand(IEnumerable<string> paths)
    {
        var inputs = new List<ArticleInput>();
        var errors = new List<string>();
        var loader = new ConfigLoader();
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (Directory.Exists(full))
            {
                var root = ConfigRoot(full);
                var (rootConfig, _) = loader.Load(root, full);
                foreach (var file in new ArticleFiles(rootConfig).Enumerate(full))
                {
                    var display = Join(given, Path.GetRelativePath(full, file));
                    inputs.Add(new ArticleInput(display, file, loader.Load(root, Path.GetDirectoryName(file)!).Config));
                }
            }
            else if (File.Exists(full))
            {
                var directory = Path.GetDirectoryName(full)!;
                inputs.Add(new ArticleInput(given.Replace('\\', '/'), full, loader.Load(ConfigRoot(directory), directory).Config));
            }
            else
            {
                errors.Add($"byline: no such file or folder: {given}");
            }
        }
        inputs.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return (inputs.DistinctBy(i => i.FullPath).ToList(), errors);
    }

    /// <summary>Configuration cascades from the current directory when the path is below it, as in a repository.</summary>
    private static string ConfigRoot(string folder)
    {
        var cwd = Path.GetFullPath(Directory.GetCurrentDirectory());
        var relative = Path.GetRelativePath(cwd, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : cwd;
    }

    private static string Join(string given, string relative)
    {
        var prefix = given.Replace('\\', '/').TrimEnd('/');
        return (prefix.Length == 0 ? relative : prefix + "/" + relative).Replace('\\', '/');
    }
}
