using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests;

public static class RuleTestHelper
{
    /// <summary>Findings of one rule on an article written with <c>[|…|]</c> markers, compared to the marked spans.</summary>
    public static IReadOnlyList<Finding> AssertFindings(string ruleId, string markedArticle, ArticleFormat format = ArticleFormat.PlainText)
    {
        var marked = MarkedText.Parse(markedArticle);
        var findings = Analyze(marked.Text, format).Where(f => f.Rule.Id == ruleId).ToList();
        Assert.That(findings.Select(f => Describe(marked.Text, f.Span)), Is.EqualTo(marked.Spans.Select(s => Describe(marked.Text, s))),
            $"{ruleId} findings differ from the marked spans");
        return findings;
    }

    public static IReadOnlyList<Finding> Analyze(string text, ArticleFormat format = ArticleFormat.PlainText, AnalyzerOptions? options = null) =>
        ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), format), options).Findings;

    public static string ApplyFix(string text, Finding finding)
    {
        Assert.That(finding.Fixes, Is.Not.Empty, "the finding offers no fix");
        return SourceTextOf(text).WithChanges(finding.Fixes[0].Changes).ToString();
    }

    private static SourceText SourceTextOf(string text) => SourceText.From(text);

    private static string Describe(string text, TextSpan span) => $"{span} '{text.Substring(span.Start, span.Length)}'";
}
