using Byline.Analysis.Entities;
using Byline.Language;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>The trained entity tagger (measured against the scanner; not on the shipped path) run on invented sentences.</summary>
public class EntityTaggingTests
{
    private static List<string> Names(string text)
    {
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var scanned = EntityAnalyzer.Analyze(tree, KnowledgeBase.Builtin);
        return [.. EntityTagging.Tag(tree, scanned, EntityTagger.Default).Select(n => $"{n.Type} {text[n.Span.Start..n.Span.End]}")];
    }

    [TestCase("Storm damage\nYesterday Marta Lindqvist flew from Oslo to Nairobi.", "LOC Oslo")]
    [TestCase("Storm damage\nYesterday Marta Lindqvist flew from Oslo to Nairobi.", "LOC Nairobi")]
    [TestCase("Court\nThe hearing in Boston was adjourned after Judge Helen Okafor fell ill.", "LOC Boston")]
    [TestCase("Court\nThe Quillmouth Harbour Trust's chairman, Dov Kettle, resigned.", "PER Dov Kettle")]
    public void The_tagger_finds_names_in_invented_sentences(string text, string name)
    {
        Assert.That(Names(text), Does.Contain(name));
    }

    [Test]
    public void The_tagger_finds_no_name_in_lower_case_prose()
    {
        Assert.That(Names("Plans\nthe committee said on Tuesday that the plan would cost more than expected."), Is.Empty);
    }

    [Test]
    public void Names_do_not_overlap_and_leave_a_possessive_out()
    {
        const string text = "Court\nThe Quillmouth Harbour Trust's chairman, Dov Kettle, met Ilse Marrow's lawyers in Tbilisi and Oslo.";
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var names = EntityTagging.Tag(tree, EntityAnalyzer.Analyze(tree, KnowledgeBase.Builtin), EntityTagger.Default);
        Assert.That(names, Is.Not.Empty);
        for (var i = 1; i < names.Count; i++) Assert.That(names[i].Span.Start, Is.GreaterThanOrEqualTo(names[i - 1].Span.End));
        Assert.That(names.Select(n => text[n.Span.Start..n.Span.End]), Has.None.EndsWith("'s"));
    }
}
