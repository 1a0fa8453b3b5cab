using System.Collections.Immutable;
using Byline.Workspace;
using Byline.Workspace.Files;

namespace Byline.Cli;

/// <summary>An article file named on the command line or found below a named folder, with its ledger's reviews.</summary>
public sealed record ArticleInput(string DisplayPath, string FullPath, BylineConfig Config)
{
    public ImmutableArray<Review> Reviews { get; init; } = [];
}

/// <summary>
/// What the command line named: the articles, and every problem met on the way — paths that do not exist or
/// match nothing (<see cref="Errors"/>), entries not read (<see cref="Skipped"/>) and problems in configuration,
/// knowledge-base and ledger files (<see cref="ConfigProblems"/>, each once).
/// </summary>
public sealed record ArticleInputSet(
    ImmutableArray<ArticleInput> Inputs,
    ImmutableArray<string> Errors,
    ImmutableArray<SkippedEntry> Skipped,
    ImmutableArray<ConfigProblem> ConfigProblems,
    ImmutableArray<ReviewLedger> Ledgers);

/// <summary>Expands command-line paths into article files, with the configuration that applies to each.</summary>
public static class ArticleInputs
{
    /// <summary>
    /// Folders are searched with the include/exclude globs of their <c>.byline.yaml</c> (defaults: *.txt and
    /// *.md, without README, LICENSE… files). A file named explicitly is always checked. Paths that do not
    /// exist and entries that were not read are returned as errors.
    /// </summary>
    public static (List<ArticleInput> Inputs, List<string> Errors) Expand(IEnumerable<string> paths)
    {
        var set = Collect(paths);
        return ([.. set.Inputs], [.. set.Errors, .. set.Skipped.Select(SkippedMessage)]);
    }

    /// <summary>
    /// Reads what the paths name. Configuration and knowledge-base files are parsed once per folder for the whole
    /// run, not once per article; the review ledger of each root (the folder the editor would open: the current
    /// directory, or the named folder outside it) is read once.
    /// </summary>
    public static ArticleInputSet Collect(IEnumerable<string> paths)
    {
        var inputs = new List<ArticleInput>();
        var errors = new List<string>();
        var skipped = new List<SkippedEntry>();
        var configs = new FolderConfigs();
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            switch (FileKinds.Of(full))
            {
                case FileKind.Directory:
                    var root = ConfigRoot(full);
                    var walk = new FolderWalk(new ArticleFiles(configs.For(root, full))).Walk(full, [root]);
                    skipped.AddRange(walk.Skipped);
                    if (walk.Files.IsEmpty)
                    {
                        errors.Add($"byline: no articles in {given}: nothing there matches the include globs of {BylineConfig.FileName}.");
                    }
                    foreach (var file in walk.Files)
                    {
                        var display = Join(given, RelativeBelow(full, file));
                        inputs.Add(new ArticleInput(display, file, configs.For(root, Path.GetDirectoryName(file)!)) { Reviews = configs.ReviewsOf(root, file) });
                    }
                    break;
                case FileKind.RegularFile:
                    var directory = Path.GetDirectoryName(full)!;
                    var fileRoot = ConfigRoot(directory);
                    inputs.Add(new ArticleInput(given.Replace('\\', '/'), full, configs.For(fileRoot, directory)) { Reviews = configs.ReviewsOf(fileRoot, full) });
                    break;
                case FileKind.Special:
                    skipped.Add(new SkippedEntry(full, "not a regular file (a FIFO, socket or device); it is never opened"));
                    break;
                default:
                    errors.Add($"byline: no such file or folder: {given}");
                    break;
            }
        }
        inputs.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return new ArticleInputSet([.. inputs.DistinctBy(i => i.FullPath)], [.. errors], [.. skipped.DistinctBy(s => s.Path)],
            configs.Problems, configs.Ledgers);
    }

    /// <summary>A skipped entry as a compiler-style line (path relative to the current directory).</summary>
    public static string SkippedMessage(SkippedEntry entry)
    {
        var rule = Analysis.Rules.FileProblems.SkippedFile;
        return $"{RelativeToCurrentDirectory(entry.Path)}(1,1): {CheckCommand.SeverityName(rule.DefaultSeverity)} {rule.Id}: Not read: {entry.Reason}.";
    }

    public static string RelativeToCurrentDirectory(string path) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    /// <summary>Configuration cascades from the current directory when the path is below it, as in a repository.</summary>
    private static string ConfigRoot(string folder)
    {
        var cwd = Path.GetFullPath(Directory.GetCurrentDirectory());
        var relative = Path.GetRelativePath(cwd, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : cwd;
    }

    /// <summary>
    /// The path of <paramref name="file"/> relative to <paramref name="folder"/>, which the walk found it below: the
    /// walk joins each entry's name to its folder's full path, so the relative path is what follows the folder's, and
    /// <see cref="Path.GetRelativePath"/> (which makes both paths full again and compares them part by part) is needed
    /// only for a path of another shape.
    /// </summary>
    public static string RelativeBelow(string folder, string file)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder.Length : folder.Length + 1;
        return file.Length > prefix && file.StartsWith(folder, StringComparison.Ordinal) && (prefix == folder.Length || file[folder.Length] == '/')
            && Path.DirectorySeparatorChar == '/' && !file.AsSpan(prefix).Contains("//", StringComparison.Ordinal)
            ? file[prefix..]
            : Path.GetRelativePath(folder, file);
    }

    private static string Join(string given, string relative)
    {
        var prefix = given.Replace('\\', '/').TrimEnd('/');
        return (prefix.Length == 0 ? relative : prefix + "/" + relative).Replace('\\', '/');
    }

    /// <summary>Reads an input as an article, or reports on <paramref name="error"/> why it cannot and returns null.</summary>
    public static ArticleDocument? TryLoad(ArticleInput input, TextWriter error) => TryLoad(input, error, out _);

    /// <inheritdoc cref="TryLoad(ArticleInput, TextWriter)"/>
    /// <param name="fileBytes">The file's length in bytes as read; 0 when it could not be read.</param>
    public static ArticleDocument? TryLoad(ArticleInput input, TextWriter error, out long fileBytes)
    {
        try
        {
            return ArticleDocument.Load(input.FullPath, input.Config, input.Reviews, out fileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"byline: cannot read {input.DisplayPath}: {e.Message}");
            fileBytes = 0;
            return null;
        }
    }
}
