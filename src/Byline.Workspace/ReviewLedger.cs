using Byline.Analysis;
using System.Collections.Immutable;
using Byline.Analysis.Rules;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Workspace;

/// <summary>
/// An editor's decision that one flagged passage is fine as written: the finding of <see cref="Rule"/> in
/// <see cref="File"/> whose flagged text is <see cref="Text"/> is not reported any more. The text, not a
/// line number, identifies the passage, so the review survives edits that move it.
/// </summary>
/// <param name="File">Path relative to the workspace folder root, with <c>/</c> separators.</param>
/// <param name="Occurrence">1-based: only the n-th finding of this rule with this text in the file; null for all of them.</param>
public sealed record Review(string File, string Rule, string Text, string Reason, string? By = null, int? Occurrence = null);

/// <summary>
/// The review ledger, <c>.byline/reviews.yaml</c> in a workspace folder root: the desk's record of
/// findings reviewed and accepted, with who and why. A broken ledger is reported in the ledger file and
/// the last good one (or none) applies; it never stops analysis.
/// </summary>
public sealed record ReviewLedger(string Path)
{
    public const string FolderName = ".byline";
    public const string FileName = "reviews.yaml";

    /// <summary>Where the ledger of a workspace folder is.</summary>
    public static string PathIn(string root) => System.IO.Path.Combine(root, FolderName, FileName);

    /// <summary>Whether a changed file is a ledger (<c>…/.byline/reviews.yaml</c>).</summary>
    public static bool IsLedger(string path) =>
        System.IO.Path.GetFileName(path) == FileName && System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path)) == FolderName;

    public static ReviewLedger Empty(string path) => new(path);

    public ImmutableArray<Review> Reviews { get; init; } = [];

    /// <summary>What is wrong with the file; reported as <see cref="FileProblems.InvalidConfiguration"/> in it.</summary>
    public ImmutableArray<ConfigProblem> Problems { get; init; } = [];

    /// <summary>The ledger file could not be read as YAML at all (so a caller may keep its last good ledger).</summary>
    public bool IsBroken { get; init; }

    /// <summary>The reviews of one file (path relative to the folder root, any separators).</summary>
    public ImmutableArray<Review> ReviewsOf(string relativePath)
    {
        var key = relativePath.Replace('\\', '/');
        return [.. Reviews.Where(r => string.Equals(r.File, key, StringComparison.Ordinal))];
    }

    /// <summary>
    /// Reads the ledger of the folder <paramref name="root"/>. When it is broken, <paramref name="lastGood"/>'s
    /// reviews stay in force (with the new problems), as for <c>.byline.yaml</c>.
    /// </summary>
    public static ReviewLedger Load(string root, Func<string, string?> readFile, ReviewLedger? lastGood = null)
    {
        var path = PathIn(root);
        var text = readFile(path);
        if (text is null)
        {
            return Empty(path);
        }
        var ledger = Parse(path, text);
        return ledger.IsBroken && lastGood is not null ? ledger with { Reviews = lastGood.Reviews } : ledger;
    }

    public static ReviewLedger Parse(string path, string text)
    {
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        if (Byline.Syntax.YamlReading.Load(text, out var error) is not { } yaml)
        {
            problems.Add(new ConfigProblem(path, YamlSpans.Of(text, error!.Start), $"Invalid YAML: {error.Message} The last good reviews stay in force."));
            return new ReviewLedger(path) { Problems = problems.ToImmutable(), IsBroken = true };
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new ReviewLedger(path);
        }
        if (yaml.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("reviews"), out var list))
        {
            problems.Add(Problem(path, text, yaml.Documents[0].RootNode, "The review ledger must be a mapping with a 'reviews' list."));
            return new ReviewLedger(path) { Problems = problems.ToImmutable(), IsBroken = true };
        }
        foreach (var (key, _) in root.Children.Where(c => (c.Key as YamlScalarNode)?.Value != "reviews"))
        {
            problems.Add(Problem(path, text, key, $"Unknown key '{(key as YamlScalarNode)?.Value}'. The ledger has one key, 'reviews'."));
        }
        if (list is YamlScalarNode { Value: null or "" })
        {
            return new ReviewLedger(path) { Problems = problems.ToImmutable() };
        }
        if (list is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(path, text, list, "'reviews' must be a list of reviews (file, rule, text, reason)."));
            return new ReviewLedger(path) { Problems = problems.ToImmutable(), IsBroken = true };
        }
        var reviews = ImmutableArray.CreateBuilder<Review>();
        foreach (var entry in sequence.Children)
        {
            if (Read(path, text, entry, problems) is { } review)
            {
                reviews.Add(review);
            }
        }
        return new ReviewLedger(path) { Reviews = reviews.ToImmutable(), Problems = problems.ToImmutable() };
    }

    // A review with a missing field is dropped (and reported): a review nobody can explain is not a review.
    private static Review? Read(string path, string text, YamlNode entry, ImmutableArray<ConfigProblem>.Builder problems)
    {
        if (entry is not YamlMappingNode mapping)
        {
            problems.Add(Problem(path, text, entry, "A review is a mapping with file, rule, text and reason."));
            return null;
        }
        string? Field(string name) =>
            mapping.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

        var missing = new[] { "file", "rule", "text", "reason" }.Where(f => string.IsNullOrWhiteSpace(Field(f))).ToList();
        if (missing.Count > 0)
        {
            var why = missing.Contains("reason") ? " Every review must say why the finding is acceptable." : "";
            problems.Add(Problem(path, text, entry, $"This review has no {string.Join(", ", missing)}; it is ignored.{why}"));
            return null;
        }
        var rule = RuleCatalog.Find(Field("rule")!);
        if (rule is null)
        {
            problems.Add(Problem(path, text, entry, $"Unknown rule '{Field("rule")}'; the review is ignored."));
            return null;
        }
        int? occurrence = null;
        if (Field("occurrence") is { } n)
        {
            if (!int.TryParse(n, out var index) || index < 1)
            {
                problems.Add(Problem(path, text, entry, "'occurrence' must be a whole number from 1 (the first finding with this text)."));
                return null;
            }
            occurrence = index;
        }
        return new Review(NormaliseFile(Field("file")!), rule.Id, Field("text")!, Field("reason")!, Field("by"), occurrence);
    }

    private static string NormaliseFile(string file)
    {
        var normalised = file.Replace('\\', '/');
        return normalised.StartsWith("./", StringComparison.Ordinal) ? normalised[2..] : normalised;
    }

    private static ConfigProblem Problem(string path, string text, YamlNode node, string message) =>
        new(path, YamlSpans.Of(text, node.Start, node.End), message);

}
