using Byline.Workspace.Files;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Byline.Cli;

/// <summary>
/// The paths a command was given, before <see cref="ArticleInputs"/> reads them: <c>-</c> (or
/// <c>--files-from -</c>) reads one path a line from standard input, <c>--files-from list.txt</c> from a file,
/// and a path with <c>*</c>, <c>?</c> or <c>[</c> that names no file is a glob matched below the current folder
/// (quoted, so that the shell leaves it alone: <c>byline check "news/**/*.md"</c>).
/// </summary>
public static class PathArguments
{
    public const string StandardInput = "-";

    public static (List<string> Paths, List<string> Errors) Resolve(IEnumerable<string> given, string? filesFrom, TextReader input)
    {
        var paths = new List<string>();
        var errors = new List<string>();
        var listed = given.ToList();
        var readStandardInput = listed.Remove(StandardInput) | filesFrom == StandardInput;
        if (readStandardInput)
        {
            try
            {
                listed.AddRange(Lines(input));
            }
            catch (IOException e)
            {
                errors.Add($"byline: cannot read the paths on standard input: {e.Message}");
            }
        }
        if (filesFrom is not null && filesFrom != StandardInput)
        {
            try
            {
                using var list = BoundedFile.OpenNamedText(filesFrom, ReadLimit.PathList);
                listed.AddRange(Lines(list));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"byline: cannot read the file list {filesFrom}: {e.Message}");
            }
        }
        foreach (var path in listed)
        {
            if (!IsPathName(path))
            {
                errors.Add($"byline: not a file or folder name: {path.Replace("\0", "\\0")}");
            }
            else if (IsGlob(path) && !File.Exists(path) && !Directory.Exists(path))
            {
                var matches = Glob(path);
                if (matches.Count == 0)
                {
                    errors.Add($"byline: no file matches {path}");
                }
                paths.AddRange(matches);
            }
            else
            {
                paths.Add(path);
            }
        }
        return (paths, errors);
    }

    private static IEnumerable<string> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } path)
            {
                yield return path;
            }
        }
    }

    /// <summary>False for what names no file anywhere: an empty or blank string, or one holding a NUL character.</summary>
    public static bool IsPathName(string path) => !string.IsNullOrWhiteSpace(path) && !path.Contains('\0');

    public static bool IsGlob(string path) => path.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>Files matching a glob, relative to the current folder (or absolute for an absolute glob), sorted.</summary>
    private static List<string> Glob(string pattern)
    {
        var normalised = pattern.Replace('\\', '/');
        var firstWild = normalised.IndexOfAny(['*', '?', '[']);
        var baseEnd = normalised.LastIndexOf('/', firstWild);
        var baseFolder = baseEnd < 0 ? "" : normalised[..(baseEnd + 1)];
        var rest = normalised[(baseEnd + 1)..];
        var root = baseFolder.Length == 0 ? Directory.GetCurrentDirectory() : Path.GetFullPath(baseFolder);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return [.. matcher.GetResultsInFullPath(root)
            .Select(full => baseFolder + Path.GetRelativePath(root, full).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }
}
