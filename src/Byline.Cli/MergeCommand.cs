using Byline.Cli.Formats;
using Byline.Reports;
using Byline.Workspace.Files;

namespace Byline.Cli;

/// <summary>
/// <c>byline merge</c>: the reduce step of a sharded check. Reads the JSONL of <c>check --format jsonl</c> runs
/// (files, or <c>-</c> for standard input) and writes them as one run would have: articles in path order, the
/// same output and exit code as one process checking all the files. <c>--format html</c> writes the sourcing
/// report <c>byline report</c> writes for the same articles, from the lines' <c>figures</c>.
/// </summary>
public static class MergeCommand
{
    public static readonly string[] Formats = [.. CheckCommand.Formats, "html"];

    public static int Run(MergeOptions options, StreamWriter output, TextWriter error, TextReader input)
    {
        var (files, format, baselinePath) = (options.Files, options.Format, options.BaselinePath);
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
        if (format == "html")
        {
            return WriteReport(articles, options, output, error, failed);
        }
        if (options.OutputPath is not null and not PathArguments.StandardInput)
        {
            error.WriteLine("byline: --output is for --format html; redirect standard output for the other formats.");
            return ExitCodes.UsageOrIoError;
        }
        if (format == "jsonl")
        {
            output.Flush();
            articles.ForEach(a => JsonlFormat.Write(output.BaseStream, a));
        }
        return CheckCommand.Finish(articles, format, baseline, output, error, failed ? new RunProblems(1, 0) : RunProblems.None);
    }

    /// <summary>
    /// The report of the merged articles, with <c>byline report</c>'s messages and exit code: an article that could
    /// not be read is left out with its message; a line without figures (an older byline wrote it) is a problem.
    /// </summary>
    private static int WriteReport(List<ArticleResult> articles, MergeOptions options, StreamWriter output, TextWriter error, bool failed)
    {
        var messages = articles.Where(a => a.Error is not null).Select(a => a.Error!)
            .Concat(articles.Where(a => a.Error is null && a.Figures is null)
                .Select(a => $"byline: {a.Path}: its line has no figures (written by an older byline); check it again with --format jsonl."))
            .ToList();
        messages.ForEach(error.WriteLine);
        var html = HtmlReport.Render(options.Title, [.. articles.Select(a => a.Figures).OfType<ArticleFigures>()]);
        if (!ReportCommand.TryWrite(html, options.OutputPath, output, error))
        {
            return ExitCodes.UsageOrIoError;
        }
        return failed || messages.Count > 0 ? ExitCodes.UsageOrIoError : ExitCodes.Clean;
    }

    private static bool TryRead(string file, TextReader input, TextWriter error, Dictionary<string, ArticleResult> byPath)
    {
        TextReader? opened = null;
        try
        {
            var reader = file == PathArguments.StandardInput ? input : opened = BoundedFile.OpenNamedText(file, ReadLimit.Data);
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

/// <param name="OutputPath">The file to write (<c>--output</c>, html only); standard output when null.</param>
public sealed record MergeOptions(IReadOnlyList<string> Files, string Format, string? BaselinePath, string? OutputPath, string Title);
