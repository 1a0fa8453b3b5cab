using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// The dependency parser's subject of a reporting verb (SentenceReader.Parse.cs), on invented sentences: taken
/// where the patterns find no subject, or where they stop inside it; and kept, like every block fact, per block.
/// </summary>
public class ParsedSubjectTests
{
    [TestCase("Those of us who were there said nothing happened.", "said", "Those of us who were there")]
    [TestCase("A lawyer representing several of the families argued that the city had ignored the warnings.", "argued", "A lawyer representing several of the families")]
    [TestCase("The head of the agency that runs the country's nuclear plants said the reactor was safe.", "said", "The head of the agency that runs the country's nuclear plants")]
    [TestCase("Most of the economists surveyed by the bank said growth would slow.", "said", "Most of the economists surveyed by the bank")]
    public void The_whole_subject_of_the_reporting_verb_is_the_source(string sentence, string cue, string source)
    {
        var found = Attributions("Headline\n\n" + sentence + "\n");
        Assert.That(found, Does.Contain((cue, source)), string.Join("; ", found));
    }

    [Test]
    public void A_sentence_read_with_the_parser_gives_the_same_source_in_any_block_of_any_document()
    {
        const string Parsed = "Those of us who were there said nothing happened.";
        const string Other = "The minister said the agreement was fair.";
        var alone = Attributions("Headline\n\n" + Parsed + "\n");
        var afterAnother = Attributions("Headline\n\n" + Other + "\n\n" + Parsed + "\n");
        var beforeAnother = Attributions("Headline\n\n" + Parsed + "\n\n" + Other + "\n");
        Assert.That(afterAnother, Is.EqualTo(new[] { ("said", (string?)"The minister") }.Concat(alone)));
        Assert.That(beforeAnother, Is.EqualTo(alone.Append(("said", "The minister"))));
    }

    [Test]
    public void An_edit_elsewhere_reuses_the_facts_of_a_block_read_with_the_parser()
    {
        const string Article = "Headline\n\nThose of us who were there said nothing happened.\n\nAnother 2,500 troops are present.\n";
        var before = ArticleSyntaxTree.Parse(ArticleText.From(Article), ArticleFormat.PlainText);
        var editAt = Article.IndexOf("2,500", StringComparison.Ordinal);
        var after = before.WithText(before.Text.WithChanges([new TextChange(new TextSpan(editAt, 5), "3,000")]));
        var beforeTable = BlockResultTable.For(before);
        var facts = beforeTable.SourcingOf(1);
        Assert.That(facts.Sentences[0].Attributions[0].Source!.Text, Is.EqualTo("Those of us who were there"));
        Assert.That(BlockResultTable.For(after, beforeTable).SourcingOf(1), Is.SameAs(facts));
    }

    private static List<(string Cue, string? Source)> Attributions(string text)
    {
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText));
        return [.. analysis.Sourcing.Attributions.Select(a => (text.Substring(a.Cue.Start, a.Cue.Length), a.Source?.Text))];
    }
}
