using System.Collections.Immutable;
using Byline.Workspace;

namespace Byline.Cli;

/// <summary>An article file named on the command line or found below a named folder, with its ledger's reviews.</summary>
public sealed record ArticleInput(string DisplayPath, string FullPath, BylineConfig Config)
{
    public ImmutableArray<Review> Reviews { get; init; } = [];
}

/// <summary>Expands command-line paths into article files, with the configuration that applies to each.</summary>
public static class ArticleInputs
{
    /// <summary>
    /// Folders are searched with the include/exclude globs of their <c>.byline.yaml</c> (defaults: *.txt and
    /// *.md, without README, LICENSE… files). A file named explicitly is always checked. Paths that do not
    /// exist are returned as errors.
    /// </summary>
    public static (List<ArticleInput> Inputs, List<string> Errors) Expand(IEnumerable<string> paths) => Expand(paths, out _);

    /// <summary>
    /// As <see cref="Expand(IEnumerable{string})"/>; also reads the review ledger (<c>.byline/reviews.yaml</c>)
    /// of each root, the folder the editor would open (the current directory, or the named folder outside it).
    /// </summary>
    public static (List<ArticleInput> Inputs, List<string> Errors) Expand(IEnumerable<string> paths, out List<ReviewLedger> ledgers)
    {
        var inputs = new List<ArticleInput>();
        var errors = new List<string>();
        var loader = new ConfigLoader();
        var ledgerByRoot = new Dictionary<string, ReviewLedger>(StringComparer.Ordinal);
        // One configuration per folder, not per file: loading one reads every .byline.yaml and entities file
        // from the root down and merges the workspace's entities into a knowledge base of its own.
        var configByFolder = new Dictionary<(string Root, string Folder), BylineConfig>();
        BylineConfig ConfigOf(string root, string folder)
        {
            if (!configByFolder.TryGetValue((root, folder), out var config))
            {
                configByFolder[(root, folder)] = config = loader.Load(root, folder).Config;
            }
            return config;
        }
        ImmutableArray<Review> ReviewsOf(string root, string file)
        {
            if (!ledgerByRoot.TryGetValue(root, out var ledger))
            {
                ledgerByRoot[root] = ledger = loader.LoadLedger(root);
            }
            return ledger.ReviewsOf(Path.GetRelativePath(root, file));
        }

        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (Directory.Exists(full))
            {
                var root = ConfigRoot(full);
                var rootConfig = ConfigOf(root, full);
                foreach (var file in new ArticleFiles(rootConfig).Enumerate(full))
                {
                    var display = Join(given, Path.GetRelativePath(full, file));
                    inputs.Add(new ArticleInput(display, file, ConfigOf(root, Path.GetDirectoryName(file)!)) { Reviews = ReviewsOf(root, file) });
                }
            }
            else if (File.Exists(full))
            {
                var directory = Path.GetDirectoryName(full)!;
                var root = ConfigRoot(directory);
                inputs.Add(new ArticleInput(given.Replace('\\', '/'), full, ConfigOf(root, directory)) { Reviews = ReviewsOf(root, full) });
            }
            else
            {
                errors.Add($"byline: no such file or folder: {given}");
            }
        }
        ledgers = [.. ledgerByRoot.Values];
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

    /// <summary>Reads an input as an article, or reports on <paramref name="error"/> why it cannot and returns null.</summary>
    public static ArticleDocument? TryLoad(ArticleInput input, TextWriter error)
    {
        try
        {
            return ArticleDocument.Load(input.FullPath, input.Config, input.Reviews);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"byline: cannot read {input.DisplayPath}: {e.Message}");
            return null;
        }
    }
}
