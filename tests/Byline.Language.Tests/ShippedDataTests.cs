namespace Byline.Language.Tests;

/// <summary>The embedded data loads, and its licence notices travel with it.</summary>
public class ShippedDataTests
{
    [TestCase("NOTICE-tagger.txt", "Attribution-ShareAlike 4.0")]
    [TestCase("NOTICE-wordnet.txt", "WordNet 3.0 Copyright 2006 by Princeton University")]
    public void Licence_notices_are_embedded_and_copied_next_to_the_binaries(string file, string phrase)
    {
        using var stream = typeof(PartOfSpeechTagger).Assembly.GetManifestResourceStream($"Byline.Language.Data.{file}");
        Assert.That(stream, Is.Not.Null);
        Assert.That(new StreamReader(stream!).ReadToEnd(), Does.Contain(phrase));
        Assert.That(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "licenses", file)), Does.Contain(phrase));
    }

    [Test]
    public void The_embedded_image_is_the_committed_model_laid_out()
    {
        using var stream = typeof(PartOfSpeechTagger).Assembly.GetManifestResourceStream(PartOfSpeechTagger.EmbeddedImageName)!;
        using var embedded = new MemoryStream();
        stream.CopyTo(embedded);
        Assert.That(embedded.ToArray(), Is.EqualTo(TaggerImage.Write(CommittedModel())));
    }

    [Test]
    public void The_embedded_table_gives_every_feature_the_committed_model_weights()
    {
        var model = CommittedModel();
        var built = new PartOfSpeechTagger(model).Weights;
        var embedded = PartOfSpeechTagger.Default.Weights;
        Assert.That(embedded.Width, Is.EqualTo(built.Width));
        var (fromImage, fromModel) = (new int[built.Width], new int[built.Width]);
        var differing = 0;
        foreach (var key in model.Weights.FeatureKeys.Append(0x1234_5678_9ABC_DEF1UL))
        {
            Array.Clear(fromImage);
            Array.Clear(fromModel);
            embedded.AddWeights(key, fromImage);
            built.AddWeights(key, fromModel);
            if (!fromImage.AsSpan().SequenceEqual(fromModel) || embedded.RefOf(key) != built.RefOf(key)) differing++;
        }
        Assert.That(differing, Is.Zero);
    }

    [Test]
    public void The_embedded_tagger_tags_and_lemmatizes_as_the_committed_model()
    {
        var text = "The minister said on Tuesday that the talks, which began in 2019, had stalled; officials didn't comment.";
        var sentence = Words.Tokenize(text);
        var fromModel = new PartOfSpeechTagger(CommittedModel()).Tag(text, sentence);
        var fromImage = PartOfSpeechTagger.Default.Tag(text, sentence);
        Assert.That(fromImage.Select(t => (t.Tag.Label, t.Lemma)), Is.EqualTo(fromModel.Select(t => (t.Tag.Label, t.Lemma))));
    }

    private static TaggerModel CommittedModel()
    {
        using var committed = File.OpenRead(Path.Combine(RepositoryRoot(), "src", "Byline.Language", "Data", "tagger.bin"));
        return TaggerModel.Read(committed);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LangServer.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test folder.");
    }

    [TestCase("say", CuePos.Verb, CueClass.Speech)]
    [TestCase("believe", CuePos.Verb, CueClass.Stance)]
    [TestCase("statement", CuePos.Noun, CueClass.Document)]
    public void The_embedded_cue_lexicon_classifies_reporting_words(string lemma, CuePos pos, CueClass expected)
    {
        Assert.That(CueLexicon.Default.Find(lemma, pos), Is.EqualTo(expected));
    }

    [Test]
    public void The_embedded_cue_lexicon_does_not_list_words_that_never_report()
    {
        Assert.That(CueLexicon.Default.Find("table", CuePos.Noun), Is.Null);
        Assert.That(CueLexicon.Default.Find("run", CuePos.Verb), Is.Null);
    }

    [Test]
    public void A_cue_with_an_unknown_class_is_refused_with_its_lemma()
    {
        var error = Assert.Throws<InvalidDataException>(() => CueLexicon.Parse("cues:\n  - { lemma: 'say', pos: verb, class: gossip }\n"));
        Assert.That(error!.Message, Does.Contain("say"));
    }
}
