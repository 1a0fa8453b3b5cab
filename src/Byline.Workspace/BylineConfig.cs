using System.Collections.Immutable;
using Byline.Analysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Workspace;

/// <summary>
/// Settings from <c>.byline.yaml</c>. Files cascade from the workspace root down to an article's folder;
/// a nearer file overrides rule severities of a farther one. Include and exclude globs come from the
/// workspace root's file, because they decide which files are articles at all.
/// </summary>
public sealed record BylineConfig
{
    public const string FileName = ".byline.yaml";

    public static BylineConfig Default { get; } = new();

    /// <summary>Globs of article files (matched case-insensitively); defaults in <c>Data/article-files.yaml</c>.</summary>
    public ImmutableArray<string> Include { get; init; } = ArticleFileDefaults.Include;

    /// <summary>Globs of files that are never articles; defaults in <c>Data/article-files.yaml</c>.</summary>
    public ImmutableArray<string> Exclude { get; init; } = ArticleFileDefaults.Exclude;

    /// <summary>Files larger than this (in characters) are parsed but not analysed, so typing stays responsive.</summary>
    public int MaxArticleLength { get; init; } = 16 * 1024 * 1024;

    public AnalyzerOptions Analyzer { get; init; } = AnalyzerOptions.Default;

    /// <summary>Applies one parsed <c>.byline.yaml</c> on top of this configuration.</summary>
    public BylineConfig Merge(ConfigFile file, bool includeGlobs) => this with
    {
        Include = includeGlobs && !file.Include.IsDefault ? file.Include : Include,
        Exclude = includeGlobs && !file.Exclude.IsDefault ? file.Exclude : Exclude,
        MaxArticleLength = file.MaxArticleLength ?? MaxArticleLength,
        Analyzer = Analyzer with
        {
            RuleSeverities = Analyzer.RuleSeverities.SetItems(file.RuleSeverities),
            // Outlets add up down the cascade: a desk's folder names the wires it uses on top of the paper's.
            ExtraOutlets = file.Outlets.IsDefault ? Analyzer.ExtraOutlets : [.. Analyzer.ExtraOutlets.Union(file.Outlets, StringComparer.OrdinalIgnoreCase)],
            Publisher = file.Publisher ?? Analyzer.Publisher,
        },
    };
}

/// <summary>A problem in a configuration file, reported in that file; analysis goes on with the last good values.</summary>
public sealed record ConfigProblem(string Path, TextSpan Span, string Message);

/// <summary>One parsed <c>.byline.yaml</c>: only the keys it sets, and what was wrong with the rest.</summary>
public sealed record ConfigFile(string Path)
{
    public ImmutableArray<string> Include { get; init; }
    public ImmutableArray<string> Exclude { get; init; }
    public int? MaxArticleLength { get; init; }
    public ImmutableArray<string> Outlets { get; init; }
    public string? Publisher { get; init; }
    public ImmutableDictionary<string, Severity?> RuleSeverities { get; init; } = ImmutableDictionary<string, Severity?>.Empty;
    public ImmutableArray<ConfigProblem> Problems { get; init; } = [];

    public static ConfigFile Parse(string path, string text)
    {
        var result = new ConfigFile(path);
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        if (Byline.Syntax.YamlReading.Load(text, out var error) is not { } yaml)
        {
            problems.Add(new ConfigProblem(path, YamlSpans.Of(text, error!.Start), $"Invalid YAML: {error.Message} The defaults are used instead."));
            return result with { Problems = problems.ToImmutable() };
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return result;
        }
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(Problem(path, text, yaml.Documents[0].RootNode, "The configuration must be a mapping of keys such as 'include', 'exclude' and 'rules'."));
            return result with { Problems = problems.ToImmutable() };
        }
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            switch (key)
            {
                case "include":
                    result = result with { Include = ReadGlobs(path, text, value, problems) };
                    break;
                case "exclude":
                    result = result with { Exclude = ReadGlobs(path, text, value, problems) };
                    break;
                case "maxArticleLength":
                    if (value is YamlScalarNode { Value: { } n } && int.TryParse(n, out var max) && max > 0)
                        result = result with { MaxArticleLength = max };
                    else
                        problems.Add(Problem(path, text, value, "'maxArticleLength' must be a positive whole number of characters."));
                    break;
                case "rules":
                    result = result with { RuleSeverities = ReadRules(path, text, value, problems) };
                    break;
                case "outlets":
                    result = result with { Outlets = ReadStrings(path, text, value, problems, "Expected an outlet name or a list of outlet names.") };
                    break;
                case "publisher":
                    if (value is YamlScalarNode { Value: { } publisher } && !string.IsNullOrWhiteSpace(publisher))
                        result = result with { Publisher = publisher.Trim() };
                    else
                        problems.Add(Problem(path, text, value, "'publisher' must be the name of the workspace's own outlet, e.g. 'publisher: Sputnik'."));
                    break;
                default:
                    problems.Add(Problem(path, text, keyNode, $"Unknown key '{key}'. Known keys: include, exclude, maxArticleLength, rules, outlets, publisher."));
                    break;
            }
        }
        return result with { Problems = problems.ToImmutable() };
    }

    // Globs match paths inside the workspace folder only: the folder walk never leaves it, so a glob that climbs
    // out ("../outside/**") or starts at the file system root would silently match nothing. Say so.
    private static ImmutableArray<string> ReadGlobs(string path, string text, YamlNode node, ImmutableArray<ConfigProblem>.Builder problems)
    {
        var globs = ReadStrings(path, text, node, problems);
        if (globs.IsDefault)
        {
            return globs;
        }
        var outside = globs.Where(g => g.StartsWith('/') || g.Split('/', '\\').Contains("..")).ToList();
        foreach (var glob in outside)
        {
            problems.Add(Problem(path, text, node, $"'{glob}' points outside the workspace folder; Byline only reads files inside it, so the glob is ignored."));
        }
        return [.. globs.Except(outside)];
    }

    private static ImmutableArray<string> ReadStrings(string path, string text, YamlNode node, ImmutableArray<ConfigProblem>.Builder problems,
        string expected = "Expected a glob or a list of globs.")
    {
        if (node is YamlScalarNode { Value: { } single })
            return [single];
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value: not null }))
            return [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value!)];
        problems.Add(Problem(path, text, node, expected));
        return default;
    }

    private static ImmutableDictionary<string, Severity?> ReadRules(string path, string text, YamlNode node, ImmutableArray<ConfigProblem>.Builder problems)
    {
        var rules = ImmutableDictionary.CreateBuilder<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(Problem(path, text, node, "'rules' must map rule ids to a severity, e.g. 'BYL0005: off'."));
            return rules.ToImmutable();
        }
        foreach (var (idNode, severityNode) in mapping.Children)
        {
            var id = (idNode as YamlScalarNode)?.Value ?? "";
            var rule = Analysis.Rules.RuleCatalog.Find(id);
            if (rule is null)
            {
                problems.Add(Problem(path, text, idNode, $"Unknown rule '{id}'."));
                continue;
            }
            var word = (severityNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            Severity? severity = word switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "information" or "info" => Severity.Information,
                "hint" => Severity.Hint,
                "off" or "none" or "false" => null,
                _ => (Severity)(-1),
            };
            if (severity == (Severity)(-1))
            {
                problems.Add(Problem(path, text, severityNode, $"Severity of {rule.Id} must be one of error, warning, information, hint, off."));
                continue;
            }
            rules[rule.Id] = severity;
        }
        return rules.ToImmutable();
    }

    private static ConfigProblem Problem(string path, string text, YamlNode node, string message) =>
        new(path, YamlSpans.Of(text, node.Start, node.End), message);

}
