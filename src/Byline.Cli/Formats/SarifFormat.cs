using System.Reflection;
using System.Text.Json;
using Byline.Analysis;
using Byline.Analysis.Rules;

namespace Byline.Cli.Formats;

/// <summary>
/// <c>check --format sarif</c>: SARIF 2.1.0 for GitHub code scanning and other viewers. Paths are relative to
/// <c>%SRCROOT%</c> (the current folder) and each result has a fingerprint that survives edits elsewhere in the
/// article, so code scanning tracks a finding across commits; reviewed findings are suppressions with the reason.
/// </summary>
public static class SarifFormat
{
    public const string SrcRoot = "%SRCROOT%";

    /// <summary>The <c>partialFingerprints</c> key: rule, flagged text and occurrence (see <see cref="ArticleResult"/>).</summary>
    public const string FingerprintKey = "bylineFinding/v1";

    private static readonly string InformationUri = "https://github.com/byline-news/byline";

    public static void Write(Stream output, IReadOnlyList<ArticleResult> articles, Baseline? baseline)
    {
        var rules = RuleCatalog.Descriptors;
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SrcRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + "/").AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var article in articles)
            {
                foreach (var finding in article.Findings.Concat(article.Suppressed).OrderBy(f => f.Start).ThenBy(f => f.Code, StringComparer.Ordinal))
                {
                    WriteResult(json, rules, article.Path, finding, baseline);
                }
                JsonOutput.FlushWhenFull(json);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Byline");
        json.WriteString("version", ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", RuleDocs.RepositoryBaseUri + rule.Id + ".md");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules, string path, CheckedFinding finding, Baseline? baseline)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        var index = IndexOf(rules, finding.Code);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, path);
        // The region is the smallest span that shows the problem; the whole flagged sentence follows as a related location.
        if (finding.Focus is { } focus)
        {
            WriteRegion(json, "region", focus.Line, focus.Column, focus.EndLine, focus.EndColumn, finding.FocusText);
        }
        else
        {
            WriteRegion(json, "region", finding.Line, finding.Column, finding.EndLine, finding.EndColumn, finding.Text);
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (finding.Focus is not null)
        {
            WriteWholeClaim(json, path, finding);
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        if (baseline is not null)
        {
            json.WriteString("baselineState", baseline.Contains(path, finding) ? "unchanged" : "new");
        }
        WriteFixes(json, path, finding);
        if (finding.SuppressionReason is not null)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", finding.SuppressedInSource ? "inSource" : "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", finding.SuppressionReason);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteWholeClaim(Utf8JsonWriter json, string path, CheckedFinding finding)
    {
        json.WriteStartArray("relatedLocations");
        json.WriteStartObject();
        json.WriteNumber("id", 1);
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, path);
        WriteRegion(json, "region", finding.Line, finding.Column, finding.EndLine, finding.EndColumn, finding.Text);
        json.WriteEndObject();
        json.WriteStartObject("message");
        json.WriteString("text", Finding.WholeSpanMessage);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteFixes(Utf8JsonWriter json, string path, CheckedFinding finding)
    {
        if (finding.Fixes.IsEmpty)
        {
            return;
        }
        json.WriteStartArray("fixes");
        foreach (var fix in finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, path);
            json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", edit.Line, edit.Column, edit.EndLine, edit.EndColumn, snippet: null);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = ArtifactUri(path);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", SrcRoot);
        }
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, int line, int column, int endLine, int endColumn, string? snippet)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        if (snippet is not null)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// A path below the current folder as a URI relative to <c>%SRCROOT%</c> (segments escaped); any other as an
    /// absolute <c>file:</c> URI.
    /// </summary>
    public static (string Uri, bool Relative) ArtifactUri(string displayPath)
    {
        var full = Path.GetFullPath(displayPath);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
        {
            return (new Uri(full).AbsoluteUri, false);
        }
        return (string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)), true);
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static string ToolVersion { get; } =
        typeof(SarifFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static int IndexOf(IReadOnlyList<RuleDescriptor> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }
}
