using System.Collections.Immutable;
using System.Text.Json;
using Byline.Analysis;
using Byline.Analysis.Attribution;
using Byline.Reports;

namespace Byline.Cli.Formats;

/// <summary>
/// The <c>figures</c> field of a JSONL line: an article's <see cref="ArticleFigures"/>, so that <c>byline merge
/// --format html</c> renders the report <c>byline report</c> renders without the articles. Map keys are written
/// in ordinal order (a dictionary's own order changes from process to process), enum values by camel-case name.
/// </summary>
public static class FiguresJson
{
    public static void Write(Utf8JsonWriter json, ArticleFigures figures)
    {
        json.WriteStartObject("figures");
        WriteCounts(json, "claimsByStatus", figures.ClaimsByStatus.ToDictionary(p => Name(p.Key), p => p.Value));
        WriteCounts(json, "sourcesByKind", figures.SourcesByKind.ToDictionary(p => Name(p.Key), p => p.Value));
        WriteCounts(json, "citedSources", figures.CitedSources);
        WriteCounts(json, "entities", figures.EntityMentions);
        json.WriteStartArray("paragraphs");
        foreach (var p in figures.Paragraphs)
        {
            json.WriteStartObject();
            json.WriteNumber("line", p.Line);
            json.WriteNumber("claims", p.Claims);
            json.WriteNumber("attributed", p.Attributed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteFindings(json, figures.Findings);
        json.WriteStartArray("lines");
        foreach (var line in figures.Lines)
        {
            json.WriteStringValue(line);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter json, ImmutableArray<ReportedFinding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("code", f.RuleId);
            json.WriteString("severity", CheckCommand.SeverityName(f.Severity));
            json.WriteNumber("line", f.Line);
            json.WriteNumber("column", f.Column);
            json.WriteString("message", f.Message);
            json.WriteNumber("flaggedStart", f.FlaggedStart);
            json.WriteNumber("flaggedLength", f.FlaggedLength);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, count);
        }
        json.WriteEndObject();
    }

    /// <summary>Reads the field back; a finding's <c>lineText</c> is its line from <c>lines</c>, as the report took it.</summary>
    public static ArticleFigures Read(string path, JsonElement figures)
    {
        var lines = figures.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToImmutableArray();
        return new ArticleFigures(path,
            Counts(figures.GetProperty("claimsByStatus")).ToImmutableDictionary(p => ParseEnum<SourcingStatus>(p.Key), p => p.Value),
            Counts(figures.GetProperty("sourcesByKind")).ToImmutableDictionary(p => ParseEnum<SourceKind>(p.Key), p => p.Value),
            Counts(figures.GetProperty("citedSources")).ToImmutableDictionary(),
            Counts(figures.GetProperty("entities")).ToImmutableDictionary(),
            [.. figures.GetProperty("paragraphs").EnumerateArray().Select(p => new ParagraphSourcing(Int(p, "line"), Int(p, "claims"), Int(p, "attributed")))],
            [.. figures.GetProperty("findings").EnumerateArray().Select(f => ReadFinding(f, lines))],
            lines);
    }

    private static ReportedFinding ReadFinding(JsonElement f, ImmutableArray<string> lines)
    {
        var line = Int(f, "line");
        var lineText = line >= 1 && line <= lines.Length ? lines[line - 1] : "";
        var severity = CheckCommand.ParseSeverity(f.GetProperty("severity").GetString())
            ?? throw new FormatException($"unknown severity '{f.GetProperty("severity").GetString()}'");
        return new ReportedFinding(f.GetProperty("code").GetString()!, severity, line, Int(f, "column"),
            f.GetProperty("message").GetString()!, lineText, Int(f, "flaggedStart"), Int(f, "flaggedLength"));
    }

    private static IEnumerable<KeyValuePair<string, int>> Counts(JsonElement counts) =>
        counts.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetInt32()));

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T ParseEnum<T>(string name) where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _)
            ? value
            : throw new FormatException($"unknown {typeof(T).Name} '{name}'");

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
