using System.Collections.Immutable;
using Byline.Analysis;
using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Reports;

/// <summary>A reported finding with the text of its line, for the report's context and link.</summary>
public sealed record ReportedFinding(string RuleId, Severity Severity, int Line, int Column, string Message, string LineText, int FlaggedStart, int FlaggedLength);

/// <summary>Claims and their attributed share in one paragraph (or quote block) of an article, in order.</summary>
public sealed record ParagraphSourcing(int Line, int Claims, int Attributed);

/// <summary>
/// The sourcing figures of one article, taken from its analysis: claims by sourcing status, sources by kind,
/// who is cited and which entities are named, sourcing paragraph by paragraph, and the findings. Plain data,
/// so a report of thousands of articles keeps these and not the documents.
/// </summary>
public sealed record ArticleFigures(
    string Path,
    ImmutableDictionary<SourcingStatus, int> ClaimsByStatus,
    ImmutableDictionary<SourceKind, int> SourcesByKind,
    ImmutableDictionary<string, int> CitedSources,
    ImmutableDictionary<string, int> EntityMentions,
    ImmutableArray<ParagraphSourcing> Paragraphs,
    ImmutableArray<ReportedFinding> Findings,
    ImmutableArray<string> Lines)
{
    public int Claims => ClaimsByStatus.Values.Sum();

    /// <summary>Claims with a source, said in the sentence or carried from the paragraph's earlier attribution.</summary>
    public int SourcedClaims => ClaimsByStatus.GetValueOrDefault(SourcingStatus.Attributed) + ClaimsByStatus.GetValueOrDefault(SourcingStatus.Carried);

    public static ArticleFigures From(string path, ArticleDocument document)
    {
        var sourcing = document.Analysis?.Sourcing ?? ArticleSourcing.Empty;
        var claims = sourcing.Sentences.Where(s => s.IsClaim).GroupBy(s => s.Status).ToImmutableDictionary(g => g.Key, g => g.Count());
        var sources = sourcing.Attributions.Select(a => a.Source?.Resolved).OfType<Source>().ToList();
        var byKind = sources.GroupBy(s => s.Kind).ToImmutableDictionary(g => g.Key, g => g.Count());
        var cited = sources.Where(s => s.Kind is not (SourceKind.Vague or SourceKind.Anonymous))
            .GroupBy(s => Suppressions.NormaliseWhitespace(s.Text)).ToImmutableDictionary(g => g.Key, g => g.Count());
        var entities = MentionsByName((document.Analysis?.Entities.Entities ?? []).Select(e => (e.Name, e.Mentions.Length)));
        // The line breaks ArticleText counts (\n, \r\n, \r), so report lines are the lines findings give.
        var lines = System.Text.RegularExpressions.Regex.Split(document.Text.ToString(), "\r\n|\r|\n").ToImmutableArray();
        return new ArticleFigures(path, claims, byKind, cited, entities, ParagraphsOf(document, sourcing), FindingsOf(document, lines), lines);
    }

    /// <summary>
    /// Mentions per entity name. Two entities can share a name (a person and a place, or one name typed two ways in one
    /// article): the name then counts the mentions of both, where a dictionary keyed by entity threw on the second.
    /// </summary>
    public static ImmutableDictionary<string, int> MentionsByName(IEnumerable<(string Name, int Mentions)> entities) =>
        entities.GroupBy(e => e.Name, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.Sum(e => e.Mentions));

    private static ImmutableArray<ParagraphSourcing> ParagraphsOf(ArticleDocument document, ArticleSourcing sourcing)
    {
        var result = ImmutableArray.CreateBuilder<ParagraphSourcing>();
        foreach (var block in document.Syntax.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote))
        {
            var claims = sourcing.Sentences.Where(s => s.IsClaim && block.Span.Contains(s.Span.Start)).ToList();
            var line = document.Text.ToPosition(block.Span.Start).Line + 1;
            result.Add(new ParagraphSourcing(line, claims.Count, claims.Count(c => c.Status is SourcingStatus.Attributed or SourcingStatus.Carried)));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<ReportedFinding> FindingsOf(ArticleDocument document, ImmutableArray<string> lines) =>
    [
        .. document.Diagnostics.Select(f =>
        {
            var start = document.Text.ToPosition(f.Span.Start);
            var lineText = start.Line < lines.Length ? lines[start.Line] : "";
            var column = Math.Min(start.Character, lineText.Length);
            var length = Math.Min(f.Span.Length, lineText.Length - column);
            return new ReportedFinding(f.Rule.Id, f.Severity, start.Line + 1, start.Character + 1, f.Message, lineText, column, length);
        }),
    ];
}
