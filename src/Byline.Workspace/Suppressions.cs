using System.Collections;
using System.Collections.Immutable;
using System.Text;
using Byline.Analysis;
using Byline.Analysis.Rules;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Workspace;

/// <summary>An inline Markdown suppression: <c>&lt;!-- byline-disable BYL0005: reason --&gt;</c> (next block) or <c>byline-disable-file</c>.</summary>
public sealed record InlineSuppression(Block Comment, ImmutableArray<string> RuleIds, string? Reason, bool WholeFile);

/// <summary>
/// A finding a review took out of what is reported, with the review's reason: SARIF writes it as a suppression,
/// so code scanning shows the decision instead of losing the finding.
/// </summary>
/// <param name="InSource">Recorded in the article itself (comment or front matter) rather than in the ledger.</param>
public sealed record SuppressedFinding(Finding Finding, string Reason, bool InSource);

/// <summary>
/// Takes reviewed findings out of what is reported. Three places record a review: the workspace's ledger
/// (<c>.byline/reviews.yaml</c>, by flagged text), inline Markdown comments (next block or whole file) and
/// the article's front matter (<c>byline: {disable: [BYL0005]}</c>). Only the prose rules can be
/// suppressed: a file problem (not UTF-8, broken front matter, a failed rule) is never hidden.
/// </summary>
public static class Suppressions
{
    public const string DisableMarker = "byline-disable";
    public const string DisableFileMarker = "byline-disable-file";

    /// <summary>The placeholder the code action writes; still reported as a missing reason until an editor replaces it.</summary>
    public const string ReasonPlaceholder = "TODO: why this is fine";

    private static readonly ImmutableHashSet<string> SuppressibleRules =
        RuleCatalog.Rules.Select(r => r.Descriptor.Id).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <see cref="Apply(ImmutableArray{Finding}, ArticleSyntaxTree, ImmutableArray{Review}, AnalyzerOptions)"/> of
    /// findings read through their lags: when some moved (the analysis' own, in order) and no review, comment or front
    /// matter can take any out (the usual article, on every keystroke), they are reported as they are, not placed.
    /// </summary>
    public static (PlacedFindings Reported, ImmutableArray<SuppressedFinding> Suppressed) Apply(
        PlacedFindings findings, ArticleSyntaxTree syntax, ImmutableArray<Review> reviews, AnalyzerOptions options)
    {
        if (!findings.Lags.IsNone && reviews.IsDefaultOrEmpty && (syntax.Format != ArticleFormat.Markdown || FindInline(syntax).IsEmpty) && !FrontMatterDisabled(syntax).Any())
        {
            return (findings, []);
        }
        var (reported, suppressed) = Apply(findings.Findings, syntax, reviews, options);
        return (PlacedFindings.Of(reported), suppressed);
    }

    /// <summary>
    /// The findings still reported and how many were suppressed. Suppression comments without a reason
    /// add a <see cref="FileProblems.SuppressionWithoutReason"/> finding (the suppression still applies:
    /// the editor sees both the decision and that it is unexplained).
    /// </summary>
    public static (ImmutableArray<Finding> Reported, ImmutableArray<SuppressedFinding> Suppressed) Apply(
        ImmutableArray<Finding> findings, ArticleSyntaxTree syntax, ImmutableArray<Review> reviews, AnalyzerOptions options)
    {
        var inline = syntax.Format == ArticleFormat.Markdown ? FindInline(syntax) : [];
        var fileWide = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in FrontMatterDisabled(syntax))
        {
            fileWide.TryAdd(id, FrontMatterReason);
        }
        var byBlock = new List<(TextSpan Block, string RuleId, string Reason)>();
        foreach (var suppression in inline)
        {
            var reason = suppression.Reason ?? "";
            if (suppression.WholeFile)
            {
                suppression.RuleIds.ToList().ForEach(id => fileWide.TryAdd(id, reason));
            }
            else if (NextBlockAfter(syntax, suppression.Comment) is { } target)
            {
                byBlock.AddRange(suppression.RuleIds.Select(id => (target.Span, id, reason)));
            }
        }
        var reviewed = ReviewedByLedger(findings, syntax, reviews);
        if (fileWide.Count == 0 && byBlock.Count == 0 && reviewed.Count == 0 && !inline.Any(s => IsMissing(s.Reason))
            && (options.SeverityOf(FileProblems.SuppressionWithoutReason) is null || FindingOrder.IsSorted(findings)))
        {
            // Nothing suppresses and nothing is added (the usual article, on every keystroke): the findings as they
            // came, without a copy of each or a sort of what is already in order.
            return (findings, []);
        }
        var reported = ImmutableArray.CreateBuilder<Finding>(findings.Length);
        var suppressed = ImmutableArray.CreateBuilder<SuppressedFinding>();
        var suppresses = fileWide.Count > 0 || byBlock.Count > 0 || reviewed.Count > 0; // else only the sort below
        foreach (var finding in findings)
        {
            if (suppresses && SuppressibleRules.Contains(finding.Rule.Id) && SuppressionOf(finding, fileWide, byBlock, reviewed) is { } suppression)
            {
                suppressed.Add(suppression);
                continue;
            }
            reported.Add(finding);
        }
        if (options.SeverityOf(FileProblems.SuppressionWithoutReason) is { } severity)
        {
            foreach (var suppression in inline.Where(s => IsMissing(s.Reason)))
            {
                var message = string.IsNullOrWhiteSpace(suppression.Reason)
                    ? $"This {(suppression.WholeFile ? DisableFileMarker : DisableMarker)} has no reason. Say why the finding is acceptable: '<!-- {DisableMarker} {string.Join(", ", suppression.RuleIds)}: reason -->'."
                    : "The reason is still the placeholder. Say why the finding is acceptable, for the next editor.";
                reported.Add(new Finding(FileProblems.SuppressionWithoutReason, severity, suppression.Comment.Span, message));
            }
            return (FindingSort.InReportOrder(reported), suppressed.ToImmutable());
        }
        return (reported.ToImmutable(), suppressed.ToImmutable());
    }

    /// <summary>What front matter records as the reason: its <c>disable</c> list has no room for one.</summary>
    public const string FrontMatterReason = "disabled in the article's front matter";

    private static SuppressedFinding? SuppressionOf(Finding finding, Dictionary<string, string> fileWide,
        List<(TextSpan Block, string RuleId, string Reason)> byBlock, Dictionary<Finding, Review> reviewed)
    {
        if (fileWide.TryGetValue(finding.Rule.Id, out var fileReason))
        {
            return new SuppressedFinding(finding, fileReason, InSource: true);
        }
        foreach (var (block, ruleId, reason) in byBlock)
        {
            if (string.Equals(ruleId, finding.Rule.Id, StringComparison.OrdinalIgnoreCase) && block.Contains(finding.Span.Start))
            {
                return new SuppressedFinding(finding, reason, InSource: true);
            }
        }
        return reviewed.TryGetValue(finding, out var review) ? new SuppressedFinding(finding, review.Reason, InSource: false) : null;
    }

    private static bool IsMissing(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().StartsWith("TODO", StringComparison.OrdinalIgnoreCase);

    /// <summary>The byline-disable comments of a Markdown article (HTML comment blocks), in order.</summary>
    public static ImmutableArray<InlineSuppression> FindInline(ArticleSyntaxTree syntax)
    {
        var result = ImmutableArray.CreateBuilder<InlineSuppression>();
        foreach (var block in syntax.Blocks)
        {
            if (block.Kind == BlockKind.Boilerplate && Parse(block) is { } suppression)
            {
                result.Add(suppression);
            }
        }
        return result.ToImmutable();
    }

    private static InlineSuppression? Parse(Block block)
    {
        var text = block.Text.Trim();
        if (!text.StartsWith("<!--", StringComparison.Ordinal) || !text.EndsWith("-->", StringComparison.Ordinal) || text.Length < 7)
        {
            return null;
        }
        var inner = text[4..^3].Trim();
        bool wholeFile;
        if (inner.StartsWith(DisableFileMarker, StringComparison.Ordinal))
        {
            wholeFile = true;
            inner = inner[DisableFileMarker.Length..];
        }
        else if (inner.StartsWith(DisableMarker, StringComparison.Ordinal))
        {
            wholeFile = false;
            inner = inner[DisableMarker.Length..];
        }
        else
        {
            return null;
        }
        if (inner.Length > 0 && !char.IsWhiteSpace(inner[0]) && inner[0] != ':')
        {
            return null; // "byline-disabled", "byline-disable-next": not ours.
        }
        var colon = inner.IndexOf(':');
        var ids = colon < 0 ? inner : inner[..colon];
        var reason = colon < 0 ? null : inner[(colon + 1)..].Trim();
        var rules = ids.Split([',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(RuleCatalog.Find).OfType<RuleDescriptor>().Select(r => r.Id).ToImmutableArray();
        return rules.IsEmpty ? null : new InlineSuppression(block, rules, reason, wholeFile);
    }

    private static Block? NextBlockAfter(ArticleSyntaxTree syntax, Block comment)
    {
        var index = syntax.Blocks.IndexOf(comment);
        for (var i = index + 1; i < syntax.Blocks.Length; i++)
        {
            var block = syntax.Blocks[i];
            // Stacked comments all apply to the block below them.
            if (block.Kind == BlockKind.Separator || block.Kind == BlockKind.Boilerplate && Parse(block) is not null)
            {
                continue;
            }
            return block;
        }
        return null;
    }

    /// <summary>Rule ids under <c>byline: {disable: [...]}</c> in the front matter (a list or a single id).</summary>
    public static IEnumerable<string> FrontMatterDisabled(ArticleSyntaxTree syntax)
    {
        if (!syntax.FrontMatter.TryGetValue("byline", out var byline) || byline is not IDictionary settings)
        {
            return [];
        }
        var disable = settings.Contains("disable") ? settings["disable"] : null;
        IEnumerable<object?> ids = disable switch
        {
            string one => [one],
            IEnumerable many => many.Cast<object?>(),
            _ => [],
        };
        return ids.Select(id => RuleCatalog.Find(id?.ToString() ?? "")?.Id).OfType<string>();
    }

    // A review matches findings of its rule whose flagged text equals its text (whitespace runs compared as
    // one space, since a re-wrapped paragraph is the same passage); with an occurrence, only the n-th of them.
    private static Dictionary<Finding, Review> ReviewedByLedger(ImmutableArray<Finding> findings, ArticleSyntaxTree syntax, ImmutableArray<Review> reviews)
    {
        var reviewed = new Dictionary<Finding, Review>(ReferenceEqualityComparer.Instance);
        if (reviews.IsDefaultOrEmpty)
        {
            return reviewed;
        }
        foreach (var review in reviews)
        {
            var text = NormaliseWhitespace(review.Text);
            var occurrence = 0;
            foreach (var finding in findings)
            {
                if (!string.Equals(finding.Rule.Id, review.Rule, StringComparison.OrdinalIgnoreCase) ||
                    NormaliseWhitespace(syntax.Text.ToString(finding.Span)) != text)
                {
                    continue;
                }
                occurrence++;
                if (review.Occurrence is null || review.Occurrence == occurrence)
                {
                    reviewed.TryAdd(finding, review);
                }
            }
        }
        return reviewed;
    }

    public static string NormaliseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
