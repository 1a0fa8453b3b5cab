using System.Collections.Immutable;
using System.Text.Json;
using Byline.Analysis;

namespace Byline.Cli.Formats;

/// <summary>
/// <c>check --format jsonl</c>: one JSON object per article (schema byline-check-article/1), written as each
/// article finishes, for pipelines; <c>byline merge</c> reads the lines of many such runs back. Every field an
/// output format needs is in the line, so a merge writes what one process checking all the files would.
/// </summary>
public static class JsonlFormat
{
    public const string Schema = "byline-check-article/1";

    public static void Write(Stream output, ArticleResult article)
    {
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("path", article.Path);
            if (article.Error is not null)
            {
                json.WriteString("error", article.Error);
            }
            WriteFindings(json, "findings", article.Findings);
            WriteFindings(json, "suppressed", article.Suppressed);
            if (article.Figures is not null)
            {
                FiguresJson.Write(json, article.Figures);
            }
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    /// <summary>
    /// A finding's place as every JSON format writes it: 1-based line and column of both ends, then offsets; then,
    /// when the finding has one, its <c>focus</c> (the smallest part that shows the problem) in the same fields.
    /// </summary>
    public static void WriteRange(Utf8JsonWriter json, CheckedFinding finding)
    {
        WritePlace(json, new CheckedRange(finding.Line, finding.Column, finding.EndLine, finding.EndColumn, finding.Start, finding.End));
        if (finding.Focus is { } focus)
        {
            json.WriteStartObject("focus");
            WritePlace(json, focus);
            json.WriteEndObject();
        }
    }

    private static void WritePlace(Utf8JsonWriter json, CheckedRange place)
    {
        json.WriteNumber("line", place.Line);
        json.WriteNumber("column", place.Column);
        json.WriteNumber("endLine", place.EndLine);
        json.WriteNumber("endColumn", place.EndColumn);
        json.WriteNumber("start", place.Start);
        json.WriteNumber("end", place.End);
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, ImmutableArray<CheckedFinding> findings)
    {
        json.WriteStartArray(name);
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("code", f.Code);
            json.WriteString("severity", CheckCommand.SeverityName(f.Severity));
            JsonlFormat.WriteRange(json, f);
            json.WriteString("message", f.Message);
            json.WriteString("text", f.Text);
            json.WriteString("fingerprint", f.Fingerprint);
            if (f.SuppressionReason is not null)
            {
                json.WriteString("reason", f.SuppressionReason);
                json.WriteBoolean("inSource", f.SuppressedInSource);
            }
            json.WriteStartArray("fixes");
            foreach (var fix in f.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("title", fix.Title);
                json.WriteStartArray("edits");
                foreach (var e in fix.Edits)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", e.Line);
                    json.WriteNumber("column", e.Column);
                    json.WriteNumber("endLine", e.EndLine);
                    json.WriteNumber("endColumn", e.EndColumn);
                    json.WriteString("newText", e.NewText);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Reads one line; throws <see cref="FormatException"/> with what is wrong for anything else.</summary>
    public static ArticleResult Read(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != Schema)
            {
                throw new FormatException($"not a {Schema} line (written by 'byline check --format jsonl')");
            }
            var error = root.TryGetProperty("error", out var e) ? e.GetString() : null;
            var path = root.GetProperty("path").GetString()!;
            return new ArticleResult(path, ReadFindings(root.GetProperty("findings")), ReadFindings(root.GetProperty("suppressed")), error)
            {
                Figures = root.TryGetProperty("figures", out var figures) ? FiguresJson.Read(path, figures) : null,
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static ImmutableArray<CheckedFinding> ReadFindings(JsonElement findings) =>
    [
        .. findings.EnumerateArray().Select(f => new CheckedFinding(
            f.GetProperty("code").GetString()!, ParseSeverity(f.GetProperty("severity").GetString()),
            Int(f, "line"), Int(f, "column"), Int(f, "endLine"), Int(f, "endColumn"), Int(f, "start"), Int(f, "end"),
            f.GetProperty("message").GetString()!, f.GetProperty("text").GetString()!, f.GetProperty("fingerprint").GetString()!,
            [.. f.GetProperty("fixes").EnumerateArray().Select(ReadFix)])
        {
            SuppressionReason = f.TryGetProperty("reason", out var reason) ? reason.GetString() : null,
            SuppressedInSource = f.TryGetProperty("inSource", out var inSource) && inSource.GetBoolean(),
            Focus = f.TryGetProperty("focus", out var focus) ? ReadPlace(focus) : null,
        }),
    ];

    private static CheckedFix ReadFix(JsonElement fix) => new(fix.GetProperty("title").GetString()!,
        [.. fix.GetProperty("edits").EnumerateArray().Select(e => new CheckedEdit(Int(e, "line"), Int(e, "column"), Int(e, "endLine"), Int(e, "endColumn"), e.GetProperty("newText").GetString()!))]);

    private static CheckedRange ReadPlace(JsonElement place) =>
        new(Int(place, "line"), Int(place, "column"), Int(place, "endLine"), Int(place, "endColumn"), Int(place, "start"), Int(place, "end"));

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();

    private static Severity ParseSeverity(string? name) => CheckCommand.ParseSeverity(name)
        ?? throw new FormatException($"unknown severity '{name}'");
}
