using System.Text.Json;
using Byline.Analysis;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Cli;

/// <summary><c>byline check</c>: compiler-style findings, exit code 1 when any reaches the severity threshold.</summary>
public static class CheckCommand
{
    public static int Run(string[] paths, string format, Severity threshold, TextWriter output, TextWriter error)
    {
        var set = ArticleInputs.Collect(paths);
        foreach (var message in set.Errors.Concat(set.Skipped.Select(ArticleInputs.SkippedMessage)))
        {
            error.WriteLine(message);
        }
        // Broken configuration does not stop the check (defaults or the good parts apply), but it fails it.
        ConfigProblemReport.Write(error, set.ConfigProblems);
        var reported = new List<(ArticleInput Input, ArticleDocument Document, List<Finding> Findings)>();
        var fileProblems = set.Errors.Length + set.Skipped.Length;
        foreach (var input in set.Inputs)
        {
            if (ArticleInputs.TryLoad(input, error) is not { } document)
            {
                fileProblems++;
                continue;
            }
            if (document.Analysis is null && !document.IsBinary)
            {
                fileProblems++; // Too large to analyse (BYL9005): its findings are unknown, so the run is not clean.
            }
            // Severity enum is ordered error (1) … hint (4): "at or above" the threshold is a value at most it.
            reported.Add((input, document, document.Diagnostics.Where(f => f.Severity <= threshold).ToList()));
        }

        if (format == "json")
        {
            WriteJson(output, reported);
        }
        else
        {
            WriteText(output, error, reported);
        }
        var outcome = new CheckOutcome(fileProblems, set.ConfigProblems.Length, reported.Count, reported.Sum(r => r.Findings.Count));
        if (outcome.ArticlesChecked == 0)
        {
            error.WriteLine("byline: no articles were checked.");
        }
        return outcome.ExitCode;
    }

    private static void WriteText(TextWriter output, TextWriter error, List<(ArticleInput Input, ArticleDocument Document, List<Finding> Findings)> reported)
    {
        foreach (var (input, document, findings) in reported)
        {
            foreach (var finding in findings)
            {
                var position = document.Text.ToPosition(finding.Span.Start);
                output.WriteLine($"{input.DisplayPath}({position.Line + 1},{position.Character + 1}): {SeverityName(finding.Severity)} {finding.Rule.Id}: {finding.Message}");
            }
        }
        // The findings before the summary, also when both streams go to one terminal: standard output is buffered.
        output.Flush();
        var total = reported.Sum(r => r.Findings.Count);
        var files = reported.Count(r => r.Findings.Count > 0);
        var suppressed = reported.Sum(r => r.Document.SuppressedCount);
        error.WriteLine($"{total} finding(s) in {files} of {reported.Count} file(s), {suppressed} suppressed.");
    }

    private static void WriteJson(TextWriter output, List<(ArticleInput Input, ArticleDocument Document, List<Finding> Findings)> reported)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "byline-check/1");
            json.WriteStartArray("files");
            foreach (var (input, document, findings) in reported)
            {
                json.WriteStartObject();
                json.WriteString("path", input.DisplayPath);
                json.WriteStartArray("diagnostics");
                foreach (var finding in findings)
                {
                    var start = document.Text.ToPosition(finding.Span.Start);
                    var end = document.Text.ToPosition(finding.Span.End);
                    json.WriteStartObject();
                    json.WriteString("code", finding.Rule.Id);
                    json.WriteString("rule", finding.Rule.Name);
                    json.WriteString("severity", SeverityName(finding.Severity));
                    json.WriteNumber("line", start.Line + 1);
                    json.WriteNumber("column", start.Character + 1);
                    json.WriteNumber("endLine", end.Line + 1);
                    json.WriteNumber("endColumn", end.Character + 1);
                    json.WriteNumber("start", finding.Span.Start);
                    json.WriteNumber("end", finding.Span.End);
                    json.WriteString("message", finding.Message);
                    json.WriteString("help", finding.Rule.HelpUri);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        JsonOutput.Write(output, stream);
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "information",
        _ => "hint",
    };
}
