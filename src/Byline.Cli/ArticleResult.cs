using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Byline.Analysis;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Cli;

/// <summary>
/// What <c>byline check</c> found in one article, in plain data: every output format is written from it, and
/// <c>--format jsonl</c> writes it as one line so that <c>byline merge</c> can write the same output later.
/// </summary>
/// <param name="Error">Why the file could not be read; it then has no findings.</param>
public sealed record ArticleResult(string Path, ImmutableArray<CheckedFinding> Findings, ImmutableArray<CheckedFinding> Suppressed, string? Error = null)
{
    /// <summary>Bytes read; not written to JSONL (only the progress line uses it).</summary>
    [JsonIgnore]
    public long Bytes { get; init; }

    /// <summary>The sourcing figures of the report (<c>figures</c> in JSONL); only jsonl runs compute them.</summary>
    [JsonIgnore]
    public Byline.Reports.ArticleFigures? Figures { get; init; }

    public static ArticleResult Unreadable(string path, string error) => new(path, [], [], error);

    /// <summary>The article's findings at or above <paramref name="threshold"/>, and the suppressed ones likewise.</summary>
    /// <param name="withIdentities">
    /// Also each finding's fingerprint and fixes, which only SARIF, JSONL and a baseline read; without, they are left
    /// empty. Hashing every finding's text was ~5 % of a text check's processor time (docs/performance.md).
    /// </param>
    /// <param name="withText">
    /// Also each finding's flagged text, which the text format never shows; without (and without identities, which
    /// hash it) it is left empty.
    /// </param>
    public static ArticleResult From(string path, ArticleDocument document, Severity threshold, bool withIdentities = true, bool withText = true)
    {
        var fingerprints = withIdentities ? new Fingerprints() : null;
        // Reported and suppressed findings in one position order, so that a finding's occurrence number (and with
        // it its fingerprint) does not change when an editor reviews another finding with the same text.
        var all = InPositionOrder(document.Diagnostics, document.Suppressed);
        var findings = ImmutableArray.CreateBuilder<CheckedFinding>();
        var suppressed = ImmutableArray.CreateBuilder<CheckedFinding>();
        foreach (var (finding, suppression) in all)
        {
            // Severity enum is ordered error (1) … hint (4): "at or above" the threshold is a value at most it.
            var reported = finding.Severity <= threshold;
            if (!reported && fingerprints is null)
            {
                continue;
            }
            var flagged = withText || fingerprints is not null ? document.Text.ToString(finding.Span) : "";
            // Findings below the threshold still count as occurrences, so a fingerprint does not depend on --severity.
            var fingerprint = fingerprints?.Next(finding.Rule.Id, flagged, hashed: reported);
            if (!reported)
            {
                continue;
            }
            var result = CheckedFinding.From(document.Text, finding, flagged, fingerprint ?? "", withFixes: withIdentities);
            if (suppression is null)
            {
                findings.Add(result);
            }
            else
            {
                suppressed.Add(result with { SuppressionReason = suppression.Reason, SuppressedInSource = suppression.InSource });
            }
        }
        // Too large to analyse (BYL9005): its findings are unknown, so the run must not look clean.
        var error = document.Analysis is null && !document.IsBinary
            ? $"{path}: not analysed (longer than maxArticleLength); its findings are unknown."
            : null;
        return new ArticleResult(path, findings.ToImmutable(), suppressed.ToImmutable(), error) { Bytes = document.Text.Length };
    }

    /// <summary>
    /// The reported and the suppressed findings in one stable order by start, then rule id. The diagnostics come in that
    /// order already (the analysis sorts them) and most articles have nothing suppressed: then they are taken as they
    /// are, since LINQ's sort of every article's findings was ~1.5 % of a check's processor time.
    /// </summary>
    private static IEnumerable<(Finding Finding, SuppressedFinding? Suppression)> InPositionOrder(
        ImmutableArray<Finding> diagnostics, ImmutableArray<SuppressedFinding> suppressed)
    {
        var all = diagnostics.Select(f => (Finding: f, Suppression: (SuppressedFinding?)null))
            .Concat(suppressed.Select(s => (s.Finding, Suppression: (SuppressedFinding?)s)));
        return suppressed.IsEmpty && FindingSort.IsInReportOrder(diagnostics)
            ? all
            : all.OrderBy(f => f.Finding.Span.Start).ThenBy(f => f.Finding.Rule.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Stable identities of findings across commits: the rule, the flagged text (whitespace runs as one space, as
    /// the review ledger matches) and which occurrence of that pair in the file it is. Line numbers are left out,
    /// so an edit above a finding does not make it new.
    /// </summary>
    private sealed class Fingerprints
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        /// <summary>Counts the occurrence; returns its fingerprint when <paramref name="hashed"/>, else null.</summary>
        public string? Next(string ruleId, string flagged, bool hashed)
        {
            var key = ruleId + "\n" + Suppressions.NormaliseWhitespace(flagged);
            var occurrence = _seen[key] = _seen.GetValueOrDefault(key) + 1;
            if (!hashed)
            {
                return null;
            }
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + occurrence));
            return Convert.ToHexStringLower(hash.AsSpan(0, 16));
        }
    }
}

/// <summary>One finding with 1-based line and column positions (UTF-16 columns, as the editor counts).</summary>
public sealed record CheckedFinding(
    string Code, Severity Severity, int Line, int Column, int EndLine, int EndColumn, int Start, int End,
    string Message, string Text, string Fingerprint, ImmutableArray<CheckedFix> Fixes)
{
    /// <summary>The review's reason when the finding is suppressed.</summary>
    public string? SuppressionReason { get; init; }

    /// <summary>Suppressed by a comment or front matter in the article rather than by the review ledger.</summary>
    public bool SuppressedInSource { get; init; }

    /// <summary>The smallest part of the finding that shows the problem (BYL0001: the claim's head), when the finding has one.</summary>
    public CheckedRange? Focus { get; init; }

    /// <summary>The focus's text, cut from <see cref="Text"/>.</summary>
    public string? FocusText => Focus is { } focus ? Text.Substring(focus.Start - Start, focus.End - focus.Start) : null;

    public RuleDescriptor Rule => Analysis.Rules.RuleCatalog.Find(Code) ?? new RuleDescriptor(Code, Code.ToLowerInvariant(), Severity, Code);

    public static CheckedFinding From(ArticleText text, Finding finding, string flagged, string fingerprint, bool withFixes = true)
    {
        var start = text.ToPosition(finding.Span.Start);
        var end = text.ToPosition(finding.Span.End);
        var fixes = withFixes ? finding.Fixes.Select(f => new CheckedFix(f.Title, [.. f.Changes.Select(c => CheckedEdit.From(text, c))])) : [];
        return new CheckedFinding(finding.Rule.Id, finding.Severity, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1,
            finding.Span.Start, finding.Span.End, finding.Message, flagged, fingerprint, [.. fixes])
        {
            Focus = finding.Focus is { } focus ? CheckedRange.From(text, focus) : null,
        };
    }
}

/// <summary>A span as the JSON formats write it: 1-based line and column of both ends, and 0-based offsets.</summary>
public sealed record CheckedRange(int Line, int Column, int EndLine, int EndColumn, int Start, int End)
{
    public static CheckedRange From(ArticleText text, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var start = text.ToPosition(span.Start);
        var end = text.ToPosition(span.End);
        return new CheckedRange(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, span.Start, span.End);
    }
}

public sealed record CheckedFix(string Title, ImmutableArray<CheckedEdit> Edits);

/// <summary>Replace the text between the two 1-based positions with <see cref="NewText"/>.</summary>
public sealed record CheckedEdit(int Line, int Column, int EndLine, int EndColumn, string NewText)
{
    public static CheckedEdit From(ArticleText text, Microsoft.CodeAnalysis.Text.TextChange change)
    {
        var start = text.ToPosition(change.Span.Start);
        var end = text.ToPosition(change.Span.End);
        return new CheckedEdit(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, change.NewText ?? "");
    }
}
