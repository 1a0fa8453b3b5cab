namespace Byline.Syntax.Tests;

public class MarkdownTests
{
    private const string Article = """
        ---
        title: Anti-Daesh Coalition Strikes in Syria
        tags: [syria, iraq]
        ---
        # Coalition strikes in Syria

        Friday, July 21, 2017

        The coalition said on Tuesday it struck several sites. Officials confirmed it.

        > “It was an imminent threat,” a spokesperson said.

        - Near Mosul, five strikes destroyed two vehicles.

        ***

        Subscribe
        """;

    [Test]
    public void Markdown_and_plain_text_give_the_same_shape()
    {
        var tree = TestArticles.Parse(Article, ArticleFormat.Markdown);
        Assert.That(TestArticles.Outline(tree), Is.EqualTo(new[]
        {
            (BlockKind.FrontMatter, "---\ntitle: Anti-Daesh Coalition Strikes in Syria\ntags: [syria, iraq]\n---"),
            (BlockKind.Headline, "Coalition strikes in Syria"),
            (BlockKind.Dateline, "Friday, July 21, 2017"),
            (BlockKind.Paragraph, "The coalition said on Tuesday it struck several sites. Officials confirmed it."),
            (BlockKind.Quote, "“It was an imminent threat,” a spokesperson said."),
            (BlockKind.ListItem, "Near Mosul, five strikes destroyed two vehicles."),
            (BlockKind.Separator, "***"),
            (BlockKind.Boilerplate, "Subscribe"),
        }));
        Assert.That(tree.Blocks[3].Sentences, Has.Length.EqualTo(2));
        Assert.That(tree.Diagnostics, Is.Empty);
    }

    [Test]
    public void Front_matter_keys_are_read()
    {
        var tree = TestArticles.Parse(Article, ArticleFormat.Markdown);
        Assert.That(tree.FrontMatter["title"], Is.EqualTo("Anti-Daesh Coalition Strikes in Syria"));
        Assert.That(tree.FrontMatter["tags"], Is.EquivalentTo(new[] { "syria", "iraq" }));
    }

    [Test]
    public void Front_matter_values_are_strings_lists_mappings_or_null_as_untyped_YAML_reads_them()
    {
        var text = "---\ncount: 3\nempty:\ntilde: ~\nquoted: \"null\"\nbyline:\n  disable: [BYL0001, BYL0002]\n---\n# Headline\n";
        var matter = TestArticles.Parse(text, ArticleFormat.Markdown).FrontMatter;
        Assert.That(matter["count"], Is.EqualTo("3"));
        Assert.That(matter["empty"], Is.Null);
        Assert.That(matter["tilde"], Is.Null);
        Assert.That(matter["quoted"], Is.EqualTo("null"));
        var byline = (IDictionary<object, object?>)matter["byline"]!;
        Assert.That(byline["disable"], Is.EqualTo(new List<object?> { "BYL0001", "BYL0002" }));
    }

    [Test]
    public void Broken_front_matter_is_a_diagnostic_and_the_article_still_parses()
    {
        var text = "---\ntitle: [unclosed\nauthor: x\n---\n# Headline\n\nBody text.\n";
        var tree = TestArticles.Parse(text, ArticleFormat.Markdown);
        var diagnostic = tree.Diagnostics.Single();
        Assert.That(diagnostic.Code, Is.EqualTo("BYL0900"));
        Assert.That(diagnostic.Span.Start, Is.GreaterThanOrEqualTo(4));
        Assert.That(diagnostic.Span.End, Is.LessThanOrEqualTo(text.IndexOf("\n---", StringComparison.Ordinal) + 1));
        Assert.That(tree.FrontMatter, Is.Empty);
        Assert.That(tree.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.FrontMatter, BlockKind.Headline, BlockKind.Paragraph }));
    }

    [Test]
    public void Heading_after_the_headline_is_a_heading()
    {
        var tree = TestArticles.Parse("# Headline\n\nBody.\n\n## Reactions\n\nMore body.\n", ArticleFormat.Markdown);
        Assert.That(tree.Blocks.Select(b => (b.Kind, b.Text)), Does.Contain((BlockKind.Heading, "Reactions")));
    }

    [TestCase("story.md", ArticleFormat.Markdown)]
    [TestCase("story.MARKDOWN", ArticleFormat.Markdown)]
    [TestCase("story.txt", ArticleFormat.PlainText)]
    public void Format_from_path(string path, ArticleFormat format) => Assert.That(ArticleSyntaxTree.FormatFromPath(path), Is.EqualTo(format));
}
