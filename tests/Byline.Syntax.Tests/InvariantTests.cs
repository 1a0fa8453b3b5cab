using CsCheck;

namespace Byline.Syntax.Tests;

/// <summary>Parsing never fails, and the tree keeps its shape, on any input at all.</summary>
public class InvariantTests
{
    private static readonly Gen<string> Arbitrary =
        Gen.OneOf(
            Gen.Char.Array[0, 300].Select(c => new string(c)),
            Gen.OneOf("\r", "\n", "\r\n", " ", "a", "A", ".", "*", "\"", "“", "’", "\uD83D", "\uDE00", "😀", "\0", "#", ">", "-", "---", "Mr.", "3.5", "©", "Я")
                .Array[0, 120].Select(parts => string.Concat(parts)));

    [Test]
    public void Any_text_parses_into_a_well_formed_tree([Values] ArticleFormat format)
    {
        Arbitrary.Sample(text => TreeShape.AssertInvariants(TestArticles.Parse(text, format)), iter: 1000, threads: 1);
    }

    [TestCase("")]
    [TestCase("\r")]
    [TestCase("\r\r\r\n\n")]
    [TestCase("\0\0\0binary\0\u0001\u0002")]
    [TestCase("\uD800 lone \uDC00 surrogates \uD800")]
    [TestCase("---\n")]
    [TestCase("---\nkey: [unclosed\n---\n")]
    public void Edge_cases_parse_into_a_well_formed_tree(string text)
    {
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            TreeShape.AssertInvariants(TestArticles.Parse(text, format));
        }
    }

    [Test]
    public void A_five_megabyte_line_is_one_block()
    {
        var line = string.Concat(Enumerable.Repeat("The coalition said it struck targets near Mosul. ", 100_000));
        var tree = TestArticles.Parse("Headline\n" + line);
        Assert.That(tree.Blocks, Has.Length.EqualTo(2));
        Assert.That(tree.Blocks[1].Sentences.Length, Is.LessThanOrEqualTo(SentenceSplitter.MaxSentencesPerBlock));
        Assert.That(tree.Blocks[1].Sentences[^1].Span.End, Is.EqualTo(tree.Blocks[1].Span.End));
    }

    [Test]
    public void FindBlock_finds_the_block_at_an_offset_and_null_in_trivia()
    {
        var tree = TestArticles.Parse("Headline\n\nBody text here.");
        Assert.That(tree.FindBlock(3)?.Kind, Is.EqualTo(BlockKind.Headline));
        Assert.That(tree.FindBlock(9), Is.Null);
        Assert.That(tree.FindBlock(12)?.Text, Is.EqualTo("Body text here."));
    }
}
