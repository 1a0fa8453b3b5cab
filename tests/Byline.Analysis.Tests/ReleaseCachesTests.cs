using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests;

/// <summary>Dropping the analysis' caches between documents (the server's idle trim) changes no result.</summary>
public class ReleaseCachesTests
{
    private const string Article = """
        Harbour council claims the ferry pier will reopen in May

        The council claimed on Tuesday that repairs were nearly finished, according to officials. "We expect boats by spring," said Mara Quinlan, the harbour master.

        Quinlan added that the Harbour Pilots Association (HPA) had reportedly agreed. The HPA did not answer questions.
        """;

    [Test]
    public void Findings_after_a_release_equal_those_before()
    {
        var before = Describe(ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(Article), ArticleFormat.PlainText)));
        ArticleAnalyzer.ReleaseCaches();
        var after = Describe(ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(Article), ArticleFormat.PlainText)));
        Assert.That(after, Is.EqualTo(before));
        Assert.That(before, Is.Not.Empty);
    }

    private static List<string> Describe(ArticleAnalysis analysis) =>
        [.. analysis.Findings.Select(f => $"{f.Rule.Id} {f.Span} {f.Message}"),
         .. analysis.Entities.Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Id} {m.Span} {m.Kind}"))];
}
