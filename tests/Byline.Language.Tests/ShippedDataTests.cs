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
    public void The_embedded_weights_are_the_committed_model_decompressed()
    {
        var committed = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "src", "Byline.Language", "Data", "tagger.bin"));
        using var written = new MemoryStream();
        EmbeddedModel().Write(written);
        Assert.That(written.ToArray(), Is.EqualTo(committed));
    }

    // The model the embedded weights hold (the build embeds tagger.bin decompressed), read as the tagger reads it.
    private static TaggerModel EmbeddedModel()
    {
        using var stream = typeof(PartOfSpeechTagger).Assembly.GetManifestResourceStream("Byline.Language.Data.tagger.bin.decompressed")!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return TaggerModel.ReadDecompressed(bytes.ToArray());
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
