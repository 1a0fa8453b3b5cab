using Byline.Text;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax.Tests;

/// <summary>
/// Typing in a Markdown article takes a shortcut (<see cref="MarkdownParser.TryEditInLine"/>) when the edit stays
/// inside one line of a top-level paragraph. Whatever the edit, the tree must equal a fresh parse, and the shortcut
/// must be the one taken for plain typing inside a paragraph line.
/// </summary>
public class IncrementalMarkdownTests
{
    // Articles turned into Markdown, plus every construct that decides block structure at a line start.
    private static readonly string[] Documents =
    [
        ToMarkdown(TestArticles.Read("seed-000.txt")),
        ToMarkdown(TestArticles.Read("wikinews-clock.txt")),
        ToMarkdown(TestArticles.Read("ukgov-02.txt")).Replace("\n", "\r\n"),
        ToMarkdown(TestArticles.Read("centcom-03.txt")).Replace("\n", "\r"),
        "---\ntitle: Strikes\n---\n# Coalition strikes\n\nFriday, July 21, 2017\n\nBody text with Mr. Smith said. Another sentence\nwith a second line.\n\n" +
        "Setext heading\n==============\n\nA paragraph\n- that a list interrupts\n- second item\n\n> Quoted paragraph\nlazy line\n\n" +
        "[ref]: https://example.org \"title\nstill title\"\nText after a definition.\n\n```\ncode line\n```\n\n<div>\nhtml line\n</div>\n\n" +
        "    indented code\n\nLast paragraph with “quotes” and Daesh* here.\n\n*A terrorist organization banned in Russia\n",
    ];

    // What typing inserts: letters and spaces mostly, and every mark that means something at a line start or end.
    private static readonly string[] Insertions =
    [
        "", " ", "  ", "x", "The", "said", "#", "# ", "-", "- ", "*", "* ", "+ ", "1.", "1. ", ">", "> ", "=", "===", "---", "```", "~~~",
        "[", "]", "]:", "[a]: /u", "\"", "“", "”", "<", "<div>", "|", "\\", "\t", "    ", "\n", "\r", "\r\n", "\n\n", "a\nb", "Daesh*", "Reuters", "😀", "\uD83D",
    ];

    private static Gen<(int Document, (double Position, int Deleted, string Insert)[] Edits)> Scripts =>
        from document in Gen.Int[0, Documents.Length - 1]
        from edits in Gen.Select(Gen.Double[0, 1], Gen.Int[0, 3], Gen.OneOf(Insertions), Gen.Char['a', 'z'].Array[1, 4])
            .Select((p, deleted, insert, letters) => (p, deleted, insert.Length == 0 ? new string(letters) : insert)).Array[1, 8]
        select (document, edits);

    // BYLINE_PROPERTY_ITERATIONS raises it for a longer local run.
    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("BYLINE_PROPERTY_ITERATIONS"), out var n) ? n : 2000;

    [Test]
    public void Edited_markdown_tree_equals_fresh_parse()
    {
        var taken = 0;
        var edits = 0;
        Scripts.Sample(script =>
        {
            var text = ArticleText.From(Documents[script.Document]);
            var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.Markdown);
            var parse = MarkdownParser.Parse(text.ToString(), Lexicon.Default, previous: null);
            foreach (var (position, deleted, insert) in script.Edits)
            {
                var start = (int)(position * text.Length);
                var length = Math.Min(deleted, text.Length - start);
                var newText = text.WithChanges([new TextChange(new TextSpan(start, length), insert)]);
                var shortcut = MarkdownParser.TryEditInLine(parse, newText.ToString(), Lexicon.Default);
                var fresh = MarkdownParser.Parse(newText.ToString(), Lexicon.Default, previous: null);
                Interlocked.Increment(ref edits);
                if (shortcut is not null)
                {
                    Interlocked.Increment(ref taken);
                    Assert.That(Describe(shortcut), Is.EqualTo(Describe(fresh)),
                        $"shortcut after replacing {length} chars at {start} with {Escape(insert)} in document {script.Document}");
                    Assert.That(shortcut.Units, Is.EqualTo(fresh.Units).Using<MarkdownUnit>(SameUnit),
                        $"units after replacing {length} chars at {start} with {Escape(insert)} in document {script.Document}");
                }
                tree = tree.WithText(newText);
                Assert.That(TreeShape.Describe(tree), Is.EqualTo(TreeShape.Describe(ArticleSyntaxTree.Parse(newText, ArticleFormat.Markdown))));
                text = newText;
                parse = shortcut ?? fresh;
            }
        }, iter: Iterations, threads: 1);
        TestContext.Out.WriteLine($"{taken} of {edits} edits took the shortcut");
        // Not a vacuous property: a good share of random edits are in-line paragraph edits the shortcut takes.
        Assert.That(taken, Is.GreaterThan(edits / 10), $"{taken} of {edits} edits took the shortcut");
    }

    [Test]
    public void Typing_a_word_in_a_paragraph_takes_the_shortcut_and_keeps_every_other_node()
    {
        var source = Documents[0];
        var text = ArticleText.From(source);
        var parse = MarkdownParser.Parse(source, Lexicon.Default, previous: null);
        var at = source.IndexOf("retaliatory", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0));
        foreach (var c in "very ")
        {
            var newText = text.WithChanges([new TextChange(new TextSpan(at++, 0), c.ToString())]);
            var shortcut = MarkdownParser.TryEditInLine(parse, newText.ToString(), Lexicon.Default);
            Assert.That(shortcut, Is.Not.Null, $"typing '{c}'");
            Assert.That(shortcut!.ReusedBlockCount, Is.EqualTo(shortcut.Blocks.Length - 1));
            Assert.That(Describe(shortcut), Is.EqualTo(Describe(MarkdownParser.Parse(newText.ToString(), Lexicon.Default, previous: null))));
            text = newText;
            parse = shortcut;
        }
    }

    [TestCase("Body text with Mr. Smith", "\n")]            // a line break: structure may change
    [TestCase("Setext heading", "x")]                        // a heading, not a paragraph
    [TestCase("- that a list interrupts", "x")]              // a list item
    [TestCase("lazy line", "x")]                             // inside a quotation
    [TestCase("still title", "x")]                           // a link reference definition
    [TestCase("Friday, July 21, 2017", "# ")]               // at the line start
    public void Edits_that_could_change_structure_are_parsed_in_full(string line, string insert)
    {
        var source = Documents[^1];
        var parse = MarkdownParser.Parse(source, Lexicon.Default, previous: null);
        var at = source.IndexOf(line, StringComparison.Ordinal) + (insert == "# " ? 0 : 3);
        var edited = source.Insert(at, insert);
        Assert.That(MarkdownParser.TryEditInLine(parse, edited, Lexicon.Default), Is.Null);
    }

    private static bool SameUnit(MarkdownUnit a, MarkdownUnit b) =>
        a.Start == b.Start && a.Hint == b.Hint && a.StateBefore == b.StateBefore && a.FirstBlock == b.FirstBlock
        && a.BlockCount == b.BlockCount && a.IsTopLevelParagraph == b.IsTopLevelParagraph;

    private static string Describe(MarkdownParse parse) =>
        string.Join("\n", parse.Blocks.Select(b => $"{b.Kind} {b.Span} {b.Text}")) + "\n" + string.Join("\n", parse.Diagnostics) + "\n" + string.Join(",", parse.FrontMatter.Keys);

    private static string ToMarkdown(string article)
    {
        var lines = article.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return "# " + lines[0] + "\n\n" + string.Concat(lines.Skip(1).Select(line => (line[0] is '"' or '“' ? "> " : "") + line + "\n\n"));
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString()));
}
