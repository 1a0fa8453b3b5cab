using System.Text;
using Byline.Syntax;
using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Rules;

/// <summary>
/// Architecture invariant for the block rules (BYL0007 mismatched quotes, BYL0008 repeated word): an analysis made
/// from the previous one keeps the findings of the blocks before the edit and moves those of the blocks after it, and
/// its findings equal a fresh analysis' field for field after any edit script — including edits between blocks (a
/// blank line added or removed moves the later blocks without changing a node), a paragraph split or joined, and a
/// quotation left open at a paragraph's end that the next paragraph does or does not continue.
/// </summary>
public class BlockRuleFindingsTests
{
    private static readonly string[] Paragraphs =
    [
        "The lighthouse keeper said the lamp had been repaired.",
        "“The beam reaches the reef again,” the keeper said.",
        "“The storm took the the old lens. We replaced it.",
        "“Nobody came to help us,\" she said.",
        "The council said the the repairs were finished on on Tuesday.",
        "He said the tide ” was higher than usual.",
        "“We will keep the lamp lit every night,” said Mara Voss.",
        "Fishermen welcomed the news.",
        "Photo: Coast Press",
        "---",
    ];

    private static readonly string[] Insertions =
    [
        "\n\n", "\n", "\n\n\n", "“", "”", "\"", " the the", " on on", "the ", "x", ". ", "“We are back.” ", "",
    ];

    private static readonly Gen<(string Text, bool Markdown)> Articles =
        Gen.Select(Gen.Int[0, Paragraphs.Length - 1].Array[1, 9], Gen.Bool).Select((picks, markdown) =>
            ("Lighthouse lamp repaired\n\n" + string.Join("\n\n", picks.Select(i => Paragraphs[i])) + "\n", markdown));

    private static readonly Gen<(double At, int Delete, string Insert, bool Analyse)> Edits =
        Gen.Select(Gen.Double[0, 1], Gen.OneOf(Gen.Const(0), Gen.Int[1, 3], Gen.Int[4, 60]),
            Gen.OneOf(Gen.Int[0, Insertions.Length - 1].Select(i => Insertions[i]), Gen.Int[0, Paragraphs.Length - 1].Select(i => " " + Paragraphs[i])),
            Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false))));

    private static readonly string[] BlockRules = ["BYL0007", "BYL0008"];

    [Test]
    public void Block_rule_findings_after_any_edit_script_equal_a_fresh_analysis_findings()
    {
        var (kept, moved, compared) = (0, 0, 0);
        Gen.Select(Articles, Edits.Array[1, 12]).Sample((article, edits) =>
        {
            var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article.Text), article.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText);
            var analysis = ArticleAnalyzer.Analyze(syntax);
            var script = new StringBuilder();
            foreach (var (at, delete, insert, analyse) in edits)
            {
                syntax = IncrementalFindingsTests.Apply(syntax, at, delete, insert, script);
                if (!analyse)
                {
                    continue;
                }
                var incremental = ArticleAnalyzer.Analyze(syntax, previous: analysis);
                var fresh = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(syntax.Text.ToString()), syntax.Format));
                Assert.That(IncrementalFindingsTests.Describe(incremental.Findings), Is.EqualTo(IncrementalFindingsTests.Describe(fresh.Findings)), $"after the edits {script}; final text:\n{syntax.Text}");
                var before = BlockRuleFindingsOf(analysis);
                kept += BlockRuleFindingsOf(incremental).Count(f => before.Contains(f, ReferenceEqualityComparer.Instance));
                moved += BlockRuleFindingsOf(incremental).Count(f => before.Any(b => b.Message == f.Message && b.Span.Length == f.Span.Length && b.Span.Start != f.Span.Start));
                compared++;
                analysis = incremental;
            }
        }, iter: 400, threads: 1);
        TestContext.Out.WriteLine($"Block rule findings property: {compared} analyses made from the previous one equal fresh ones; {kept} block rule findings kept as they were, {moved} moved.");
        Assert.That(kept, Is.GreaterThan(0), "the scripts keep findings of blocks before the edit");
        Assert.That(moved, Is.GreaterThan(0), "the scripts move findings of blocks after the edit");
    }

    [Test]
    public void Typing_in_the_last_paragraph_keeps_the_earlier_paragraphs_findings_as_they_were()
    {
        var text = "Lamp repaired\n\nThe the lamp was lit.\n\n“The beam is back.\n\nThe keeper spoke.\n\nFishermen were pleased.\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        var syntax = analysis.Syntax.WithText(analysis.Syntax.Text.WithChanges([new TextChange(new TextSpan(text.Length - 2, 0), "x")]));

        var next = ArticleAnalyzer.Analyze(syntax, previous: analysis);

        var before = BlockRuleFindingsOf(analysis);
        Assert.That(before.Select(f => f.Rule.Id), Is.EquivalentTo(BlockRules));
        var after = BlockRuleFindingsOf(next);
        Assert.That(after, Has.Length.EqualTo(before.Length));
        Assert.That(after.Zip(before).All(pair => ReferenceEquals(pair.First, pair.Second)), "the same objects, not copies");
    }

    [Test]
    public void A_blank_line_before_a_paragraph_moves_its_findings_though_its_node_is_shared()
    {
        var text = "Lamp repaired\n\nThe keeper spoke.\n\nThe the lamp was lit.\n";
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        var at = text.IndexOf("The the", StringComparison.Ordinal);
        var syntax = analysis.Syntax.WithText(analysis.Syntax.Text.WithChanges([new TextChange(new TextSpan(at, 0), "\n")]));

        var next = ArticleAnalyzer.Analyze(syntax, previous: analysis);

        Assert.That(BlockRuleFindingsOf(next).Single().Span.Start, Is.EqualTo(at + 1 + "The ".Length));
    }

    private static Finding[] BlockRuleFindingsOf(ArticleAnalysis analysis) => [.. analysis.Findings.Where(f => BlockRules.Contains(f.Rule.Id))];
}
