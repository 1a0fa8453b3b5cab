using Byline.Analysis;
using Byline.Analysis.Entities;
using Byline.Evaluation.Entities;
using Byline.Language.Training;
using Byline.Syntax;
using Byline.Text;

namespace Byline.EntityExperiment.Tests;

/// <summary>
/// The entity tagger run over whole articles, as the evaluation runs it: a small model is trained from invented
/// articles the way the training command reads GUM (scanner gazetteer, one sentence a line), then tags others.
/// </summary>
public class EntityTaggingTests
{
    /// <summary>Invented training articles, one sentence a line, names marked as [TYPE words].</summary>
    private static readonly string[] Training =
    [
        "Harbour news\n[PER Ilse Marrow] flew to [LOC Tbilisi] on Monday.\nThe [ORG Harbour Trust] said [PER Marrow] would stay in [LOC Tbilisi].",
        "Court\nOfficials of the [ORG Harbour Trust] met [PER Dov Kettle] in [LOC Quillmouth].\n[PER Kettle] left [LOC Quillmouth] for [LOC Tbilisi].",
        "Board\nThe [ORG Harbour Trust]'s chairman, [PER Dov Kettle], met [PER Ilse Marrow] in [LOC Quillmouth].\nthe committee said on Tuesday that the plan would cost more.",
    ];

    private static readonly Lazy<EntityTagger> Tagger = new(Train);

    private static EntityTagger Train()
    {
        var sentences = Training.Select(Parse).SelectMany(a => GumEntityData.Label(a.Text, a.Mentions)).ToList();
        var model = EntityTraining.Train(sentences, new EntityTrainingOptions(Iterations: 6, MinimumWeight: 0), TextWriter.Null);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        return new EntityTagger(EntityModel.Read(stream));
    }

    /// <summary>The plain text of an annotated article and its names as GUM mentions (article offsets).</summary>
    private static (string Text, List<GumMention> Mentions) Parse(string annotated)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<GumMention>();
        var at = 0;
        while (annotated.IndexOf('[', at) is var open and >= 0)
        {
            text.Append(annotated, at, open - at);
            var space = annotated.IndexOf(' ', open);
            var close = annotated.IndexOf(']', space);
            var start = text.Length;
            text.Append(annotated, space + 1, close - space - 1);
            mentions.Add(new GumMention(start, text.Length, annotated[(open + 1)..space], $"c{mentions.Count}", Proper: true));
            at = close + 1;
        }
        text.Append(annotated, at, annotated.Length - at);
        return (text.ToString(), mentions);
    }

    private static (ArticleSyntaxTree Tree, ArticleEntities Scanned) Analyze(string text)
    {
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        return (tree, EntityAnalyzer.Analyze(tree, KnowledgeBase.Builtin));
    }

    private static List<string> Names(string text)
    {
        var (tree, scanned) = Analyze(text);
        return [.. EntityTagging.Tag(tree, scanned, Tagger.Value).Select(n => $"{n.Type} {text[n.Span.Start..n.Span.End]}")];
    }

    [Test]
    public void A_model_trained_on_articles_finds_their_names_in_a_new_sentence()
    {
        Assert.That(Names("Visit\nIlse Marrow flew to Quillmouth on Monday."), Is.EqualTo(new[] { "PER Ilse Marrow", "LOC Quillmouth" }));
    }

    [Test]
    public void The_tagger_finds_no_name_in_lower_case_prose()
    {
        Assert.That(Names("Plans\nthe committee said on Tuesday that the plan would cost more than expected."), Is.Empty);
    }

    [Test]
    public void Names_do_not_overlap_and_leave_a_possessive_out()
    {
        const string text = "Court\nThe Harbour Trust's chairman, Dov Kettle, met Ilse Marrow's lawyers in Tbilisi and Quillmouth.";
        var (tree, scanned) = Analyze(text);
        var names = EntityTagging.Tag(tree, scanned, Tagger.Value);
        Assert.That(names.Select(n => text[n.Span.Start..n.Span.End]), Does.Contain("Harbour Trust"));
        for (var i = 1; i < names.Count; i++) Assert.That(names[i].Span.Start, Is.GreaterThanOrEqualTo(names[i - 1].Span.End));
        Assert.That(names.Select(n => text[n.Span.Start..n.Span.End]), Has.None.EndsWith("'s"));
    }

    [Test]
    public void The_gazetteer_code_says_where_a_scanned_mention_begins_and_is_zero_outside_mentions()
    {
        const string text = "Storm damage\nYesterday Marta Lindqvist flew from Oslo to Nairobi.";
        var (tree, scanned) = Analyze(text);
        var sentence = EntityTagging.Sentences(tree, scanned).Single(s => s.Block.Node.Text.Contains("Lindqvist", StringComparison.Ordinal));
        string Word(int i) => sentence.Block.Node.Text[sentence.Tokens[i].Span.Start..sentence.Tokens[i].Span.End];
        var code = Enumerable.Range(0, sentence.Tokens.Length).ToDictionary(Word, i => sentence.Gazetteer[i]);
        Assert.That(code["flew"], Is.Zero);
        Assert.That(code["Marta"], Is.Not.Zero);
        Assert.That(code["Marta"] & 2, Is.EqualTo(2UL), "the mention begins at Marta");
        Assert.That(code["Lindqvist"] & 2, Is.Zero, "Lindqvist continues it");
        Assert.That(code["Lindqvist"] >> 2, Is.EqualTo(code["Marta"] >> 2), "one mention, one type");
    }
}
