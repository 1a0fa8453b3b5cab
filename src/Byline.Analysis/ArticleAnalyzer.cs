using System.Collections.Immutable;
using Byline.Analysis.Entities;
using Byline.Analysis.Rules;
using Byline.Syntax;

namespace Byline.Analysis;

/// <summary>What the rules may be told by configuration: per-rule severity or off.</summary>
public sealed record AnalyzerOptions
{
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Rule id → severity; a null value turns the rule off.</summary>
    public ImmutableDictionary<string, Severity?> RuleSeverities { get; init; } =
        ImmutableDictionary<string, Severity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The knowledge base for entities: the built-in one (null) or a workspace layer over it.</summary>
    public KnowledgeBase? KnowledgeBase { get; init; }

    /// <summary>The severity a rule reports at, or null when it is off.</summary>
    public Severity? SeverityOf(RuleDescriptor rule) =>
        RuleSeverities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
}

/// <summary>The semantic model of one article. Grows with the attribution and entity analyses.</summary>
public sealed class ArticleAnalysis(ArticleSyntaxTree syntax, ImmutableArray<Finding> findings, ArticleEntities? entities = null)
{
    public ArticleSyntaxTree Syntax { get; } = syntax;

    /// <summary>The people, organisations, places and other names the article mentions.</summary>
    public ArticleEntities Entities { get; } = entities ?? ArticleEntities.Empty;

    /// <summary>Findings of all enabled rules, sorted by position then rule id.</summary>
    public ImmutableArray<Finding> Findings { get; } = findings;
}

/// <summary>Runs every rule over a syntax tree. A pure function of its inputs.</summary>
public static class ArticleAnalyzer
{
    public static ArticleAnalysis Analyze(ArticleSyntaxTree syntax, AnalyzerOptions? options = null)
    {
        options ??= AnalyzerOptions.Default;
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var entities = EntityAnalyzer.Analyze(syntax, options.KnowledgeBase);
        foreach (var rule in RuleCatalog.Rules)
        {
            var severity = options.SeverityOf(rule.Descriptor);
            if (severity is null)
            {
                continue;
            }
            foreach (var finding in rule is IEntityRule entityRule ? entityRule.Analyze(syntax, entities) : rule.Analyze(syntax))
            {
                findings.Add(finding with { Severity = severity.Value });
            }
        }
        findings.Sort(static (a, b) =>
        {
            var byStart = a.Span.Start.CompareTo(b.Span.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        });
        return new ArticleAnalysis(syntax, findings.ToImmutable(), entities);
    }
}
