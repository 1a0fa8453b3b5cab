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
        var (inputs, errors) = ArticleInputs.Expand(paths, out var ledgers);
        foreach (var message in errors)
        {
            error.WriteLine(message);
        }
        // A broken ledger does not stop the check (its good reviews still apply), but the desk must hear of it.
        foreach (var problem in ledgers.SelectMany(l => l.Problems))
        {
            var position = ArticleText.From(File.ReadAllText(problem.Path)).ToPosition(problem.Span.Start);
            error.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), problem.Path).Replace('\\', '/')}({position.Line + 1},{position.Character + 1}): " +
                $"{SeverityName(Analysis.Rules.FileProblems.InvalidConfiguration.DefaultSeverity)} {Analysis.Rules.FileProblems.InvalidConfiguration.Id}: {problem.Message}");
        }
        var reported = new List<CheckedFile>();
        var failed = errors.Count > 0;
        foreach (var input in inputs)
        {
            if (ArticleInputs.TryLoad(input, error) is not { } document)
            {
                failed = true;
                continue;
            }
            // Severity enum is ordered error (1) … hint (4): "at or above" the threshold is a value at most it.
            // Only the text and the findings are kept, not the document: holding every article's tree and facts
            // until the end made each collection copy all of them (the batch case in docs/performance.md).
            reported.Add(new CheckedFile(input, document.Text, document.Diagnostics.Where(f => f.Severity <= threshold).ToList(), document.SuppressedCount));
        }

        if (format == "json")
        {
            WriteJson(output, reported);
        }
        else
        {
            WriteText(output, error, reported);
        }
        if (failed)
        {
            return ExitCodes.UsageOrIoError;
        }
        return reported.Any(r => r.Findings.Count > 0) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static void WriteText(TextWriter output, TextWriter error, List<CheckedFile> reported)
    {
        foreach (var (input, text, findings, _) in reported)
        {
            foreach (var finding in findings)
            {
                var position = text.ToPosition(finding.Span.Start);
                output.WriteLine($"{input.DisplayPath}({position.Line + 1},{position.Character + 1}): {SeverityName(finding.Severity)} {finding.Rule.Id}: {finding.Message}");
            }
        }
        // The findings before the summary, also when both streams go to one terminal: standard output is buffered.
        output.Flush();
        var total = reported.Sum(r => r.Findings.Count);
        var files = reported.Count(r => r.Findings.Count > 0);
        var suppressed = reported.Sum(r => r.SuppressedCount);
        error.WriteLine($"{total} finding(s) in {files} of {reported.Count} file(s), {suppressed} suppressed.");
    }

    private static void WriteJson(TextWriter output, List<CheckedFile> reported)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "byline-check/1");
            json.WriteStartArray("files");
            foreach (var (input, text, findings, _) in reported)
            {
                json.WriteStartObject();
                json.WriteString("path", input.DisplayPath);
                json.WriteStartArray("diagnostics");
                foreach (var finding in findings)
                {
                    var start = text.ToPosition(finding.Span.Start);
                    var end = text.ToPosition(finding.Span.End);
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

    /// <summary>What a check reports of one file: its findings and the text their positions are counted in.</summary>
    private sealed record CheckedFile(ArticleInput Input, ArticleText Text, List<Finding> Findings, int SuppressedCount);

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "information",
        _ => "hint",
    };
}
