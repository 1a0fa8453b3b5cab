using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax.Tests;

/// <summary>
/// An edited tree must equal a fresh parse of the edited text, whatever the edit: these are the
/// property tests behind the "incremental equals from scratch" invariant.
/// </summary>
public class IncrementalParsingTests
{
    // Realistic article material plus the characters that break naive line and surrogate handling.
    private static readonly string[] Articles =
    [
        TestArticles.Read("seed-000.txt"),
        TestArticles.Read("wikinews-clock.txt")[..1500],
        TestArticles.Read("centcom-03.txt")[..1400].Replace("\n", "\r\n"),
        TestArticles.Read("ukgov-02.txt").Replace("\n", "\r"),
        "---\ntitle: Strikes in Syria\ntags: [syria, iraq]\n---\n# Coalition strikes\n\nFriday, July 21, 2017\n\n> “It was an imminent threat,” he said.\n\n- First item.\n- Second item 😀.\n\n***\n\nBody text with Mr. Smith. Another sentence.\n",
        "",
        "Pumps fall silent\n\nThe pumps stopped on Tuesday.\n\nJane Roe is a senior reporter at The Example Post covering energy.\n\nFollow her on Twitter @jroe.\n",
    ];

    private static readonly string[] Insertions =
    [
        "", "\n", "\r", "\r\n", "\n\n", " ", "Subscribe\n", "© Reuters/John SmithA soldier walks past a tank in the town.\n",
        "Friday, July 21, 2017\n", "😀", "\uD83D", "\uDE00", "# ", "> ", "- ", "* ", "---\n", "Maj. Gen. ", "\"", "“Quote.”", "U.S.",
        "*", "Daesh*", "0\n", "Заголовок\n", "3.5", "... ", "?", "\0", "BAGHDAD - ", "The coalition said on Tuesday it struck sites.",
        "\nAna Ruiz is a reporter at The Valley Herald.\n", "\nThe council will vote in June.\n",
    ];

    private static Gen<(string Text, ArticleFormat Format, (double Position, double Length, string Insert)[] Edits)> Scripts =>
        from article in Gen.Int[0, Articles.Length - 1]
        from markdown in Gen.Bool
        from edits in Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.OneOf(Insertions), Gen.Char['a', 'z'].Array[0, 6])
            .Select((p, l, insert, letters) => (p, l, insert.Length == 0 ? new string(letters) : insert)).Array[1, 6]
        select (Articles[article], markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText, edits);

    [Test]
    public void Edited_tree_equals_fresh_parse()
    {
        Scripts.Sample(script =>
        {
            var text = ArticleText.From(script.Text);
            var tree = ArticleSyntaxTree.Parse(text, script.Format);
            foreach (var (position, length, insert) in script.Edits)
            {
                var start = (int)(position * text.Length);
                var deleted = (int)(length * Math.Min(12, text.Length - start));
                text = text.WithChanges([new TextChange(new TextSpan(start, deleted), insert)]);
                tree = tree.WithText(text);
                var fresh = ArticleSyntaxTree.Parse(text, script.Format);
                if (TreeShape.Describe(tree) != TreeShape.Describe(fresh))
                {
                    Assert.That(TreeShape.Describe(tree), Is.EqualTo(TreeShape.Describe(fresh)),
                        $"after replacing {deleted} chars at {start} with {Escape(insert)} in {script.Format}");
                }
            }
        }, iter: 1000, threads: 1);
    }

    [Test]
    public void Several_changes_at_once_equal_fresh_parse()
    {
        Gen.Select(Gen.Int[0, 3], Gen.Int[1, 4]).Sample((article, count) =>
        {
            var text = ArticleText.From(Articles[article]);
            var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText);
            var step = Math.Max(1, text.Length / (count + 1));
            var changes = Enumerable.Range(1, count).Select(i => new TextChange(new TextSpan(i * step, 1), "\r\nNew line here. ")).ToArray();
            var edited = text.WithChanges(changes);
            Assert.That(TreeShape.Describe(tree.WithText(edited)), Is.EqualTo(TreeShape.Describe(ArticleSyntaxTree.Parse(edited, ArticleFormat.PlainText))));
        }, iter: 200, threads: 1);
    }

    [Test]
    public void Typing_in_one_paragraph_reuses_every_other_block_node()
    {
        var original = string.Join("\n", Enumerable.Repeat(TestArticles.Read("seed-000.txt"), 20));
        var text = ArticleText.From(original);
        var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText);
        var target = tree.Blocks[200];
        var edited = text.WithChanges([new TextChange(new TextSpan(target.Start + 5, 0), "very ")]);
        var newTree = tree.WithText(edited);

        Assert.That(newTree.ReusedBlockCount, Is.EqualTo(tree.Blocks.Length - 1));
        for (var i = 0; i < tree.Blocks.Length; i++)
        {
            Assert.That(ReferenceEquals(newTree.Blocks[i].Node, tree.Blocks[i].Node), Is.EqualTo(i != 200), $"block {i}");
        }
        Assert.That(newTree.Blocks[201].Start, Is.EqualTo(tree.Blocks[201].Start + 5));
    }

    [Test]
    public void Editing_the_headline_reclassifies_what_depends_on_it()
    {
        // Deleting the headline line makes the next line the headline, and the repeated caption is no longer
        // the caption that followed a caption: the incremental result must still match a fresh parse.
        var text = ArticleText.From(TestArticles.Read("seed-000.txt"));
        var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText);
        var firstBreak = text.ToString().IndexOf('\n');
        var edited = text.WithChanges([new TextChange(new TextSpan(0, firstBreak + 2), "")]);
        var newTree = tree.WithText(edited);
        Assert.That(newTree.Blocks[0].Kind, Is.EqualTo(BlockKind.Headline));
        Assert.That(TreeShape.Describe(newTree), Is.EqualTo(TreeShape.Describe(ArticleSyntaxTree.Parse(edited, ArticleFormat.PlainText))));
    }

    [Test]
    public void Markdown_edit_keeps_nodes_of_unchanged_blocks()
    {
        var text = ArticleText.From("# Headline\n\nFirst paragraph here.\n\nSecond paragraph here.\n\n> A quote.\n");
        var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.Markdown);
        var edited = text.WithChanges([new TextChange(new TextSpan(text.ToString().IndexOf("Second", StringComparison.Ordinal), 6), "Third")]);
        var newTree = tree.WithText(edited);
        Assert.That(newTree.ReusedBlockCount, Is.EqualTo(3));
        Assert.That(ReferenceEquals(newTree.Blocks[3].Node, tree.Blocks[3].Node), Is.True);
    }

    [TestCase(ArticleFormat.PlainText)]
    [TestCase(ArticleFormat.Markdown)]
    public void Typing_a_paragraph_after_a_closing_bio_and_deleting_it_again(ArticleFormat format)
    {
        // Story text typed after a bio makes it the writer's statement (a paragraph); deleting the text makes it a
        // credit again. The bio's line is not edited, so only the pass over the whole tree can change its kind.
        const string bio = "Jane Roe is a senior reporter at The Example Post covering energy.";
        var text = ArticleText.From("Pumps fall silent\n\nThe pumps stopped on Tuesday.\n\n" + bio + "\n");
        var tree = ArticleSyntaxTree.Parse(text, format);
        var typed = "\nThe council will vote in June.";
        foreach (var prefix in Enumerable.Range(1, typed.Length))
        {
            text = text.WithChanges([new TextChange(new TextSpan(text.Length, 0), typed[(prefix - 1)..prefix])]);
            tree = tree.WithText(text);
            Assert.That(TreeShape.Describe(tree), Is.EqualTo(TreeShape.Describe(ArticleSyntaxTree.Parse(text, format))));
        }
        Assert.That(tree.Blocks.Single(b => b.Text == bio).Kind, Is.EqualTo(BlockKind.Paragraph));
        while (!text.ToString().EndsWith(bio + "\n", StringComparison.Ordinal))
        {
            text = text.WithChanges([new TextChange(new TextSpan(text.Length - 1, 1), "")]);
            tree = tree.WithText(text);
            Assert.That(TreeShape.Describe(tree), Is.EqualTo(TreeShape.Describe(ArticleSyntaxTree.Parse(text, format))));
        }
        Assert.That(tree.Blocks.Single(b => b.Text == bio).Kind, Is.EqualTo(BlockKind.Credit));
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
