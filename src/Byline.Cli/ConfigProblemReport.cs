using Byline.Analysis.Rules;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Cli;

/// <summary>Prints problems of configuration, knowledge-base and ledger files as compiler-style BYL9004 lines.</summary>
public static class ConfigProblemReport
{
    public static void Write(TextWriter error, IEnumerable<ConfigProblem> problems)
    {
        var rule = FileProblems.InvalidConfiguration;
        var texts = new Dictionary<string, ArticleText>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (!texts.TryGetValue(problem.Path, out var text))
            {
                // An unreadable file's problem sits at its start.
                texts[problem.Path] = text = ArticleText.From(ConfigLoader.ReadIfExists(problem.Path) ?? "");
            }
            var position = text.ToPosition(Math.Min(problem.Span.Start, text.Length));
            error.WriteLine($"{ArticleInputs.RelativeToCurrentDirectory(problem.Path)}({position.Line + 1},{position.Character + 1}): " +
                $"{CheckCommand.SeverityName(rule.DefaultSeverity)} {rule.Id}: {problem.Message}");
        }
    }
}
