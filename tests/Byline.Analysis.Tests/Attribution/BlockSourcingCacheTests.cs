using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>Architecture invariant: block facts are kept in the analysis' side table under the green node, so an edit recomputes only the blocks it touched.</summary>
public class BlockSourcingCacheTests
{
    private const string Article =
        "Strikes hit rocket sites\n\n" +
        "The coalition said on Tuesday it had struck two sites.\n" +
        "The rockets were reportedly aimed at the base.\n" +
        "Another 2,500 troops are present in Iraq.\n";

    [Test]
    public void An_edit_reuses_the_facts_of_every_untouched_block()
    {
        var before = ArticleSyntaxTree.Parse(ArticleText.From(Article), ArticleFormat.PlainText);
        var editAt = Article.IndexOf("2,500", StringComparison.Ordinal);
        var after = before.WithText(before.Text.WithChanges([new TextChange(new TextSpan(editAt, 5), "3,000")]));

        var beforeTable = BlockResultTable.For(before);
        var afterTable = BlockResultTable.For(after, beforeTable);
        var reused = 0;
        for (var i = 0; i < before.Blocks.Length; i++)
        {
            var old = beforeTable.SourcingOf(i);
            var current = afterTable.SourcingOf(i);
            if (ReferenceEquals(old, current))
            {
                reused++;
            }
        }
        Assert.That(reused, Is.EqualTo(before.Blocks.Length - 1), "all blocks but the edited one");
    }

    [Test]
    public void Facts_are_kept_per_node_of_one_document_and_a_fresh_parse_of_the_same_paragraph_gives_equal_facts()
    {
        var paragraph = "An Iraqi security source told the newspaper several attacks had been foiled near the base.";
        var first = ArticleSyntaxTree.Parse(ArticleText.From("First headline\n\n" + paragraph), ArticleFormat.PlainText);
        var second = ArticleSyntaxTree.Parse(ArticleText.From("A different headline\n\n" + paragraph + "\n"), ArticleFormat.PlainText);

        var table = BlockResultTable.For(first);
        var facts = table.SourcingOf(1);
        Assert.That(table.SourcingOf(1), Is.SameAs(facts), "computed once per node");
        var copy = BlockResultTable.For(second).SourcingOf(1);
        Assert.That(copy, Is.Not.SameAs(facts), "no table is shared between documents");
        Assert.That(copy.Sentences.Select(s => (s.Span, s.Attributions.Length, s.Attributions[0].Source!.Kind)),
            Is.EqualTo(facts.Sentences.Select(s => (s.Span, s.Attributions.Length, s.Attributions[0].Source!.Kind))));
        Assert.That(facts.Sentences[0].Attributions[0].Source!.Kind, Is.EqualTo(SourceKind.Anonymous));
    }

    [Test]
    public void Linking_an_edited_article_gives_the_same_result_as_analysing_it_fresh()
    {
        var before = ArticleSyntaxTree.Parse(ArticleText.From(Article), ArticleFormat.PlainText);
        var table = BlockResultTable.For(before);
        _ = SourcingLinker.Link(before, table);
        var editAt = Article.IndexOf("reportedly ", StringComparison.Ordinal);
        var edited = before.WithText(before.Text.WithChanges([new TextChange(new TextSpan(editAt, "reportedly ".Length), "")]));
        var fresh = ArticleSyntaxTree.Parse(edited.Text, ArticleFormat.PlainText);

        var incremental = SourcingLinker.Link(edited, BlockResultTable.For(edited, table)).Sentences.Select(s => (s.Span, s.Status, s.VaguePhrases.Length));
        var scratch = SourcingLinker.Link(fresh).Sentences.Select(s => (s.Span, s.Status, s.VaguePhrases.Length));
        Assert.That(incremental, Is.EqualTo(scratch));
    }
}
