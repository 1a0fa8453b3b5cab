using System.Text;
using Byline.Analysis;
using Byline.Analysis.Rules;

namespace Byline.Workspace;

/// <summary>
/// A commented <c>.byline.yaml</c> for a folder, written by <c>byline init</c> (and by the editor later): the
/// include globs name the article extensions found in the folder, the excludes add the tool folders present,
/// and every rule is listed at its default severity with its title, so the desk sees what it can tune.
/// </summary>
public static class ConfigTemplate
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown"];

    /// <summary>What a look at the folder found: article files by extension, and the excluded folders present.</summary>
    public sealed record FolderSurvey(IReadOnlyDictionary<string, int> ArticlesByExtension, IReadOnlyList<string> ExcludedFoldersFound);

    /// <summary>The template for <paramref name="folder"/>; it parses without problems as a <see cref="ConfigFile"/>.</summary>
    public static string For(string folder) => Render(Survey(folder));

    public static FolderSurvey Survey(string folder)
    {
        var counts = ArticleExtensions.ToDictionary(e => e, _ => 0, StringComparer.OrdinalIgnoreCase);
        var excluded = new SortedSet<string>(StringComparer.Ordinal);
        var defaultFolders = ExcludedFolderNames(BylineConfig.Default);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", options))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var segments = relative.Split('/');
            var tool = segments.FirstOrDefault(defaultFolders.Contains);
            if (tool is not null)
            {
                excluded.Add(tool);
                continue;
            }
            if (counts.ContainsKey(Path.GetExtension(path)) && File.Exists(path))
            {
                counts[Path.GetExtension(path)]++;
            }
        }
        return new FolderSurvey(counts, [.. excluded]);
    }

    public static string Render(FolderSurvey survey)
    {
        var text = new StringBuilder();
        text.AppendLine("# Byline configuration (https://github.com/byline-news/byline#configuration-bylineyaml).");
        text.AppendLine("# Written by `byline init`. Files cascade from the workspace root down to an article's folder;");
        text.AppendLine("# a nearer .byline.yaml overrides rule severities. Include and exclude come from the root's file.");
        text.AppendLine();
        AppendGlobs(text, survey);
        text.AppendLine();
        text.AppendLine("# Longer files (in characters) are parsed but not analysed, so the editor stays responsive.");
        text.AppendLine($"maxArticleLength: {BylineConfig.Default.MaxArticleLength}");
        text.AppendLine();
        AppendRules(text);
        text.AppendLine();
        text.AppendLine("# News outlets your copy cites besides the built-in ones (BYL0006, second-hand sourcing):");
        text.AppendLine("# outlets: [Rudaw, Shafaq News]");
        text.AppendLine("# Your own outlet: its reporting is first-hand, not second-hand sourcing:");
        text.AppendLine("# publisher: Sputnik");
        return text.ToString();
    }

    private static void AppendGlobs(StringBuilder text, FolderSurvey survey)
    {
        var found = survey.ArticlesByExtension.Where(e => e.Value > 0).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        text.AppendLine(found.Count == 0
            ? "# Which files are articles. No .txt or .md files were found yet, so these are the defaults."
            : $"# Which files are articles. Found: {string.Join(", ", found.Select(e => $"{e.Value} {e.Key}"))}.");
        IEnumerable<string> include = found.Count == 0 ? BylineConfig.Default.Include : found.Select(e => $"**/*{e.Key}");
        text.AppendLine($"include: [{string.Join(", ", include.Select(Quote))}]");
        text.AppendLine(survey.ExcludedFoldersFound.Count == 0
            ? "# Never articles: tool folders and the usual repository files."
            : $"# Never articles: tool folders (found here: {string.Join(", ", survey.ExcludedFoldersFound)}) and the usual repository files.");
        text.AppendLine($"exclude: [{string.Join(", ", BylineConfig.Default.Exclude.Select(Quote))}]");
    }

    private static void AppendRules(StringBuilder text)
    {
        text.AppendLine("# Severity per rule: error | warning | information | hint | off. Each rule's page: docs/rules/<id>.md.");
        text.AppendLine("# `byline check` fails on warning and above unless told --severity.");
        text.AppendLine("rules:");
        var width = RuleCatalog.Rules.Max(r => r.Descriptor.Id.Length + SeverityName(r.Descriptor.DefaultSeverity).Length) + 4;
        foreach (var rule in RuleCatalog.Rules.Select(r => r.Descriptor))
        {
            var entry = $"  {rule.Id}: {SeverityName(rule.DefaultSeverity)}";
            text.AppendLine($"{entry.PadRight(width)} # {rule.Name}: {rule.Title}");
        }
    }

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Quote(string glob) => "\"" + glob.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Folder names the default excludes skip wherever they are ("**/bin/**" → bin).</summary>
    private static HashSet<string> ExcludedFolderNames(BylineConfig config) =>
        config.Exclude.Where(g => g.StartsWith("**/", StringComparison.Ordinal) && g.EndsWith("/**", StringComparison.Ordinal))
            .Select(g => g[3..^3]).ToHashSet(StringComparer.Ordinal);
}
