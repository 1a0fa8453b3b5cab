using System.Text.Json;
using Byline.Analysis.Rules;

namespace Byline.Cli.Formats;

/// <summary><c>check --format json</c>: one document (schema byline-check/1) listing each file with its findings.</summary>
public static class CheckJsonFormat
{
    public const string Schema = "byline-check/1";

    public static void Write(Stream output, IReadOnlyList<ArticleResult> articles, Baseline? baseline)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteStartArray("files");
            foreach (var article in articles.Where(a => a.Error is null))
            {
                json.WriteStartObject();
                json.WriteString("path", article.Path);
                json.WriteStartArray("diagnostics");
                foreach (var finding in article.Findings.Where(f => baseline?.Contains(article.Path, f) != true))
                {
                    json.WriteStartObject();
                    json.WriteString("code", finding.Code);
                    json.WriteString("rule", finding.Rule.Name);
                    json.WriteString("severity", CheckCommand.SeverityName(finding.Severity));
                    JsonlFormat.WriteRange(json, finding);
                    json.WriteString("message", finding.Message);
                    json.WriteString("help", finding.Rule.HelpUri);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                JsonOutput.FlushWhenFull(json);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }
}
