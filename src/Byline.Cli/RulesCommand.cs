using System.Text.Json;
using Byline.Analysis;
using Byline.Analysis.Rules;

namespace Byline.Cli;

/// <summary><c>byline rules</c>: every rule Byline knows, read from the rule classes themselves, with its docs page.</summary>
public static class RulesCommand
{
    public static int Run(string format, StreamWriter output)
    {
        var rules = RuleCatalog.Descriptors;
        if (format == "json")
        {
            output.Flush();
            WriteJson(output.BaseStream, rules);
            return ExitCodes.Clean;
        }
        var idWidth = rules.Max(r => r.Id.Length) + 2;
        var severityWidth = rules.Max(r => CheckCommand.SeverityName(r.DefaultSeverity).Length) + 2;
        var nameWidth = rules.Max(r => r.Name.Length) + 2;
        output.Write($"{"ID".PadRight(idWidth)}{"SEVERITY".PadRight(severityWidth)}{"NAME".PadRight(nameWidth)}TITLE\n");
        foreach (var rule in rules)
        {
            output.Write($"{rule.Id.PadRight(idWidth)}{CheckCommand.SeverityName(rule.DefaultSeverity).PadRight(severityWidth)}{rule.Name.PadRight(nameWidth)}{rule.Title}\n");
            output.Write($"{new string(' ', idWidth)}{DocsUri(rule)}\n");
        }
        return ExitCodes.Clean;
    }

    /// <summary>The rule's page in the repository (the SARIF help URI too): it works wherever the output is read.</summary>
    public static string DocsUri(RuleDescriptor rule) => RuleDocs.RepositoryBaseUri + rule.Id + ".md";

    private static void WriteJson(Stream output, IEnumerable<RuleDescriptor> rules)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "byline-rules/1");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteString("defaultSeverity", CheckCommand.SeverityName(rule.DefaultSeverity));
                json.WriteString("title", rule.Title);
                json.WriteString("help", DocsUri(rule));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write("\n"u8);
    }
}
