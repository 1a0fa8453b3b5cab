using Byline.Language;
using Byline.Language.Training;
using Byline.Syntax;

namespace Byline.EntityExperiment.Tests;

/// <summary>The entity-tagger experiment: training, the model file and the BIO rules, on invented sentences.</summary>
public class EntityTaggerTests
{
    /// <summary>Invented sentences with their names marked as [TYPE words].</summary>
    private static readonly string[] Annotated =
    [
        "[PER Ilse Marrow] flew to [LOC Tbilisi] on Monday .",
        "The [ORG Harbour Trust] said [PER Marrow] would stay in [LOC Tbilisi] .",
        "Officials of the [ORG Harbour Trust] met [PER Dov Kettle] .",
        "[PER Kettle] left [LOC Quillmouth] for [LOC Tbilisi] .",
    ];

    private static EntitySentence Sentence(string annotated)
    {
        var words = new List<string>();
        var labels = new List<string>();
        string? type = null;
        var first = false;
        foreach (var piece in annotated.Split(' '))
        {
            if (piece.StartsWith('[')) { type = piece[1..]; first = true; continue; }
            var closes = piece.EndsWith(']');
            var word = closes ? piece[..^1] : piece;
            words.Add(word);
            labels.Add(type is null ? "O" : (first ? "B-" : "I-") + type);
            first = false;
            if (closes) type = null;
        }
        var (text, tokens) = Tokens(string.Join(' ', words));
        Assert.That(tokens, Has.Count.EqualTo(words.Count), "each word of the fixture is one token");
        var pos = new PosTag[tokens.Count];
        PartOfSpeechTagger.Default.Tag(text, tokens.ToArray(), pos);
        var context = new WordHashes[tokens.Count + 4];
        EntityTagger.FillContext(text, tokens.ToArray(), context);
        return new EntitySentence(context, [.. pos.Select(p => p.Id)], new ulong[tokens.Count], [.. labels]);
    }

    private static (string Text, List<Token> Tokens) Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return (text, tokens);
    }

    private static byte[] TrainTiny()
    {
        var model = EntityTraining.Train([.. Annotated.Select(Sentence)], new EntityTrainingOptions(Iterations: 6, MinimumWeight: 0), TextWriter.Null);
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    /// <summary>The names the tagger finds in <paramref name="text"/>, as "TYPE words".</summary>
    private static List<string> Names(EntityTagger tagger, string text, ulong[]? gazetteer = null)
    {
        var (_, tokens) = Tokens(text);
        var pos = new PosTag[tokens.Count];
        PartOfSpeechTagger.Default.Tag(text, tokens.ToArray(), pos);
        var labels = new byte[tokens.Count];
        tagger.Tag(text, tokens.ToArray(), pos, gazetteer ?? new ulong[tokens.Count], labels);
        return [.. tagger.Labels.Spans(labels).Select(s => $"{s.Type} {text[tokens[s.First].Span.Start..tokens[s.End - 1].Span.End]}")];
    }

    [Test]
    public void Training_twice_gives_the_same_bytes()
    {
        Assert.That(TrainTiny(), Is.EqualTo(TrainTiny()));
    }

    [Test]
    public void A_model_trained_on_sentences_tags_them_as_annotated()
    {
        var tagger = new EntityTagger(EntityModel.Read(new MemoryStream(TrainTiny())));
        Assert.That(Names(tagger, "Ilse Marrow flew to Tbilisi on Monday ."), Is.EqualTo(new[] { "PER Ilse Marrow", "LOC Tbilisi" }));
        Assert.That(Names(tagger, "Officials of the Harbour Trust met Dov Kettle ."), Is.EqualTo(new[] { "ORG Harbour Trust", "PER Dov Kettle" }));
    }

    [Test]
    public void Something_that_is_not_an_entity_model_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => EntityModel.Read(new MemoryStream(TrainTiny()[..0])));
        using var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli)) writer.Write("BYLTAG01");
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => EntityModel.Read(stream));
    }

    [Test]
    public void A_model_file_that_is_not_an_entity_model_is_refused_with_a_clear_error()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "not-an-entity-model.bin");
        File.WriteAllText(path, "plain text");
        Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Throws<FileNotFoundException>(() => EntityTagger.Load(path + ".missing"));
    }

    [Test]
    public void An_inside_label_only_continues_a_name_of_its_own_type()
    {
        var labels = new BioLabels(["O", "B-LOC", "I-LOC", "B-PER", "I-PER"]);
        Assert.That(labels.Allowed(EntityFeatures.StartLabel, 2), Is.False);
        Assert.That(labels.Allowed(0, 4), Is.False);
        Assert.That(labels.Allowed(1, 4), Is.False);
        Assert.That(labels.Allowed(3, 4), Is.True);
        Assert.That(labels.Allowed(4, 4), Is.True);
        Assert.That(labels.Allowed(0, 1), Is.True);
    }

    [Test]
    public void Labels_spell_names_as_token_ranges()
    {
        var labels = new BioLabels(["O", "B-LOC", "I-LOC", "B-PER", "I-PER"]);
        Assert.That(labels.Spans([0, 3, 4, 0, 1, 1, 2]), Is.EqualTo(new List<(int, int, string)> { (1, 3, "PER"), (4, 5, "LOC"), (5, 7, "LOC") }));
    }
}
