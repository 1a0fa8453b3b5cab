using Byline.Language.Training;

namespace Byline.Language.Tests;

public class TrainingTests
{
    private static readonly string Fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "tiny.conllu");

    private static byte[] TrainTiny()
    {
        var sentences = Treebanks.Load([Fixture], TextWriter.Null, "tiny");
        var model = TaggerTraining.Train(sentences, new TrainingOptions(Iterations: 4, TagDictionaryMinimumCount: 2, LemmaRuleMinimumCount: 1), TextWriter.Null);
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Test]
    public void Training_twice_gives_the_same_bytes()
    {
        Assert.That(TrainTiny(), Is.EqualTo(TrainTiny()));
    }

    [Test]
    public void A_written_model_reads_back_to_the_same_bytes()
    {
        var bytes = TrainTiny();
        var model = TaggerModel.Read(new MemoryStream(bytes));
        using var again = new MemoryStream();
        model.Write(again);
        Assert.That(again.ToArray(), Is.EqualTo(bytes));
    }

    [Test]
    public void A_model_trained_on_a_sentence_tags_that_sentence_as_annotated()
    {
        var tagger = new PartOfSpeechTagger(TaggerModel.Read(new MemoryStream(TrainTiny())));
        var sentences = Treebanks.Load([Fixture], TextWriter.Null, "tiny");
        var score = TaggerScore.Measure(tagger, sentences);
        Assert.That(score.Label, Is.EqualTo(score.Tokens));
    }

    [Test]
    public void Something_that_is_not_a_model_is_refused()
    {
        using var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli)) writer.Write("something else");
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => TaggerModel.Read(stream));
    }

    [Test]
    public void An_edit_is_what_remains_after_the_common_prefix()
    {
        Assert.That(LemmaLearning.Edit("studies", "study"), Is.EqualTo(new LemmaRule(3, "y")));
        Assert.That(LemmaLearning.Edit("went", "go"), Is.EqualTo(new LemmaRule(4, "go")));
        Assert.That(LemmaLearning.Edit("plan", "plan"), Is.EqualTo(new LemmaRule(0, "")));
    }
}
