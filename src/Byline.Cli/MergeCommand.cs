using Byline.Cli.Formats;

namespace Byline.Cli;

/// <summary>
/// <c>byline merge</c>: the reduce step of a sharded check. Reads the JSONL of <c>check --format jsonl</c> runs
/// (files, or <c>-</c> for standard input) and writes them as one run would have: articles in path order, the
/// same output and exit code as one process checking all the files.
/// </summary>
public static class MergeCommand
{
    public static int Run(IReadOnlyList<string> files, string format, string? baselinePath, StreamWriter output, TextWriter error, TextReader input)
    {
        if (!CheckCommand.TryLoadBaseline(baselinePath, error, out var baseline))
        {
            return ExitCodes.UsageOrIoError;
        }
        var failed = false;
        var byPath = new Dictionary<string, ArticleResult>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            failed |= !TryRead(file, input, error, byPath);
        }
        var articles = byPath.Values.OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
        if (format == "jsonl")
        {
            output.Flush();
            articles.ForEach(a => JsonlFormat.Write(output.BaseStream, a));
        }
        return CheckCommand.Finish(articles, format, baseline, output, error, failed ? new RunProblems(1, 0) : RunProblems.None);
    }

    private static bool TryRead(string file, TextReader input, TextWriter error, Dictionary<string, ArticleResult> byPath)
    {
        TextReader? opened = null;
        try
        {
            var reader = file == PathArguments.StandardInput ? input : opened = new StreamReader(file);
            var ok = true;
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }
                try
                {
                    var article = JsonlFormat.Read(line);
                    // A path checked by two shards is one article: keep one, as one run would list it once.
                    byPath[article.Path] = article;
                }
                catch (FormatException e)
                {
                    error.WriteLine($"byline: {file}({number}): {e.Message}");
                    ok = false;
                }
            }
            return ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"byline: cannot read {file}: {e.Message}");
            return false;
        }
        finally
        {
            opened?.Dispose();
        }
    }
}
