using Byline.Text;

namespace Byline.Syntax.Tests;

/// <summary>Block facts are kept on the green node: one slot per key, shared by every tree that reuses the node.</summary>
public class BlockFactTests
{
    private static readonly BlockFactKey<string> Upper = new("test: upper-case text");
    private static readonly BlockFactKey<string> Reversed = new("test: reversed text");

    [Test]
    public void A_fact_is_computed_once_per_node_and_keys_do_not_share_slots()
    {
        var tree = ArticleSyntaxTree.Parse(ArticleText.From("Headline\n\nThe minister said talks would resume.\n"), ArticleFormat.PlainText);
        var node = tree.Blocks[1].Node;
        var calls = 0;
        var first = node.GetOrComputeFact(Upper, 0, (n, _) => { calls++; return n.Text.ToUpperInvariant(); });
        var second = node.GetOrComputeFact(Upper, 0, (n, _) => { calls++; return "recomputed"; });

        Assert.That(second, Is.SameAs(first));
        Assert.That(calls, Is.EqualTo(1));
        Assert.That(node.GetFact(Reversed), Is.Null, "another key's slot is empty");
        node.SetFact(Reversed, "esaeler");
        Assert.That(node.GetFact(Reversed), Is.EqualTo("esaeler"));
        Assert.That(node.GetFact(Upper), Is.EqualTo("THE MINISTER SAID TALKS WOULD RESUME."));
    }

    [Test]
    public void An_edit_elsewhere_keeps_the_facts_of_untouched_blocks()
    {
        var text = ArticleText.From("Headline\n\nFirst paragraph stays.\nSecond paragraph changes.\n");
        var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText);
        tree.Blocks[1].Node.SetFact(Upper, "kept");
        var at = text.ToString().IndexOf("changes", StringComparison.Ordinal);
        var edited = tree.WithText(text.WithChanges([new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(at, 7), "changed")]));

        Assert.That(edited.Blocks[1].Node.GetFact(Upper), Is.EqualTo("kept"));
        Assert.That(edited.Blocks[2].Node.GetFact(Upper), Is.Null, "the edited block is a new node");
    }
}
