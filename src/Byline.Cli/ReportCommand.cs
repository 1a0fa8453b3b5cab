using Byline.Analysis;
using Byline.Reports;

namespace Byline.Cli;

/// <summary><c>byline report &lt;paths&gt; -o report.html</c>: the sourcing report of the articles as one self-contained HTML file.</summary>
public static class ReportCommand
{
    public static int Run(IReadOnlyList<string> given, string? filesFrom, string? outputPath, string title, StreamWriter output, TextWriter error, TextReader input)
    {
        // As in check: the built-in tables load on threads of their own while the files are found and read.
        _ = ArticleAnalyzer.Preload(batch: true);
        var (paths, pathErrors) = PathArguments.Resolve(given, filesFrom, input);
        var (inputs, errors) = ArticleInputs.Expand(paths);
        var messages = pathErrors.Concat(errors).ToList();
        var progress = ProgressLine.ForTerminal(inputs);
        var figures = new ArticleFigures?[inputs.Count];
        var unreadable = new string?[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var message = new StringWriter();
            if (ArticleInputs.TryLoad(inputs[i], message) is { } document)
            {
                figures[i] = ArticleFigures.From(inputs[i].DisplayPath, document);
            }
            else
            {
                unreadable[i] = message.ToString().TrimEnd();
            }
            progress?.Advance(ArticleChecker.FileLength(inputs[i].FullPath));
        });
        progress?.Clear();
        messages.AddRange(unreadable.OfType<string>());
        messages.ForEach(error.WriteLine);
        var html = HtmlReport.Render(title, [.. figures.OfType<ArticleFigures>()]);
        if (!TryWrite(html, outputPath, output, error))
        {
            return ExitCodes.UsageOrIoError;
        }
        return messages.Count > 0 ? ExitCodes.UsageOrIoError : ExitCodes.Clean;
    }

    /// <summary>Writes the report to <paramref name="outputPath"/>, or to standard output when it is null or <c>-</c>.</summary>
    public static bool TryWrite(string html, string? outputPath, StreamWriter output, TextWriter error)
    {
        if (outputPath is null or PathArguments.StandardInput)
        {
            output.Write(html);
            return true;
        }
        try
        {
            File.WriteAllText(outputPath, html, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            error.WriteLine($"Wrote {outputPath}.");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"byline: cannot write {outputPath}: {e.Message}");
            return false;
        }
    }
}
