using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests;

/// <summary>
/// A caller that reports only findings at or above a severity (<see cref="AnalyzerOptions.LeastReported"/>, a
/// command-line check) gets exactly those findings of a full analysis, without the rules below it; the entity model,
/// then not linked by the analysis, is made when asked for and equals the one a full analysis links.
/// </summary>
public class LeastReportedTests
{
    // Invented copy with findings of both kinds: unsourced claims (warnings) and a surname before the full name, an
    // acronym nobody spells out and an anonymous source (information).
    private const string Article =
        "Ferry line plans a second boat\n\n" +
        "Orwell said the line would add a boat in May. The harbour has been crowded for years.\n\n" +
        "Dana Orwell, who runs the line for Coastway Ferries, spoke to reporters at the pier on Monday.\n\n" +
        "Officials at the KVRB said the budget would rise. The pier will cost $4 million to extend.\n\n";

    [Test]
    public void The_findings_at_or_above_the_level_are_a_full_analysis_findings_there()
    {
        var syntax = Parse(Article);
        var full = ArticleAnalyzer.Analyze(syntax).Findings;
        var warnings = ArticleAnalyzer.Analyze(syntax, AnalyzerOptions.Default with { LeastReported = Severity.Warning }).Findings;
        Assert.Multiple(() =>
        {
            Assert.That(full.Any(f => f.Severity > Severity.Warning), "the article must have findings below the level");
            Assert.That(Describe(warnings), Is.EqualTo(Describe(full.Where(f => f.Severity <= Severity.Warning))).And.Not.Empty);
        });
    }

    [Test]
    public void A_level_that_takes_every_rule_in_finds_what_a_full_analysis_finds()
    {
        var syntax = Parse(Article);
        var all = ArticleAnalyzer.Analyze(syntax, AnalyzerOptions.Default with { LeastReported = Severity.Hint, SoleAnalysis = true });
        Assert.That(Describe(all.Findings), Is.EqualTo(Describe(ArticleAnalyzer.Analyze(syntax).Findings)));
    }

    [Test]
    public void The_entities_left_to_first_use_are_those_a_full_analysis_links()
    {
        var syntax = Parse(Article);
        var full = ArticleAnalyzer.Analyze(syntax);
        // As a check analyses: its words in the per-thread buffer, released before the entities are asked for.
        var partial = ArticleAnalyzer.Analyze(syntax, AnalyzerOptions.Default with { LeastReported = Severity.Warning, SoleAnalysis = true });
        Assert.That(Describe(partial.Entities), Is.EqualTo(Describe(full.Entities)).And.Not.Empty);
    }

    [Test]
    public void An_entity_rule_raised_to_the_level_still_runs()
    {
        var syntax = Parse(Article);
        var raised = AnalyzerOptions.Default with
        {
            RuleSeverities = AnalyzerOptions.Default.RuleSeverities.SetItem("BYL0011", Severity.Warning),
        };
        var full = ArticleAnalyzer.Analyze(syntax, raised).Findings;
        var warnings = ArticleAnalyzer.Analyze(syntax, raised with { LeastReported = Severity.Warning }).Findings;
        Assert.Multiple(() =>
        {
            Assert.That(warnings.Any(f => f.Rule.Id == "BYL0011"), "the raised rule's finding must be reported");
            Assert.That(Describe(warnings), Is.EqualTo(Describe(full.Where(f => f.Severity <= Severity.Warning))));
        });
    }

    private static ArticleSyntaxTree Parse(string text) => ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Rule.Id} {f.Severity} {f.Span} {f.Focus} {f.Message}")];

    private static List<string> Describe(Byline.Analysis.Entities.ArticleEntities entities) =>
        [.. entities.Entities.Select(e => $"{e.Id} {e.Type} {e.Name} {string.Join(",", e.Mentions.Select(m => $"{m.Span}:{m.Kind}"))}")
            .Concat(entities.UndefinedAcronyms.Select(m => $"undefined {m.Text} {m.Span}"))];
}
