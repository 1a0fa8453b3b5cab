using Byline.Language.Training;

namespace Byline.Language.Tests;

/// <summary>
/// The dependency parser's machinery on invented sentences (Fixtures/parse.conllu): carrying trees onto the
/// Syntax tokenizer's tokens, the training oracle, deterministic training, the model format, and a parser trained
/// on the fixture reading the fixture's subjects and clauses back.
/// </summary>
public class DependencyParserTests
{
    private static readonly string Fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "parse.conllu");

    private static List<ParsedSentence> Sentences() => ParserCommands.Load([Fixture], TextWriter.Null, "parse");

    private static byte[] TrainTiny()
    {
        var model = ParserTraining.Train(Sentences(), PartOfSpeechTagger.Default, new ParserTrainingOptions(Iterations: 8, MinimumWeight: 0), TextWriter.Null);
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    private static DependencyParser TinyParser() => DependencyParser.Load(new MemoryStream(TrainTiny()));

    private static int TokenOf(ParsedSentence sentence, string word) =>
        Array.FindIndex(sentence.Sentence.Tokens, t => sentence.Sentence.Text.Substring(t.Span.Start, t.Span.Length) == word);

    [Test]
    public void Every_fixture_sentence_is_carried_onto_the_tokens()
    {
        Assert.That(Sentences(), Has.Count.EqualTo(4));
    }

    [Test]
    public void A_token_of_several_words_takes_the_arc_of_the_word_whose_head_is_outside_it()
    {
        var s = Sentences()[0]; // The mayor didn't say the city's well-known plan failed.
        Assert.Multiple(() =>
        {
            Assert.That(s.Heads[TokenOf(s, "didn't")], Is.EqualTo(TokenOf(s, "say")));
            Assert.That(s.Relations[TokenOf(s, "didn't")], Is.EqualTo("aux"));
            Assert.That(s.Heads[TokenOf(s, "city's")], Is.EqualTo(TokenOf(s, "plan")));
            Assert.That(s.Relations[TokenOf(s, "city's")], Is.EqualTo("nmod:poss"));
            Assert.That(s.Relations[TokenOf(s, "well-known")], Is.EqualTo("amod"));
            Assert.That(s.Heads[TokenOf(s, "say")], Is.EqualTo(-1));
        });
    }

    [Test]
    public void The_period_of_an_abbreviation_hangs_on_its_first_piece()
    {
        var s = Sentences()[1]; // Mr. Smith states that the states agree.
        var mr = TokenOf(s, "Mr");
        Assert.That(s.Heads[mr + 1], Is.EqualTo(mr));
        Assert.That(s.Relations[mr + 1], Is.EqualTo("punct"));
        Assert.That(s.Heads[mr], Is.EqualTo(TokenOf(s, "Smith")));
    }

    [Test]
    public void Relations_are_coarse_except_the_subtypes_attribution_reads()
    {
        Assert.That(DependencyRelations.Coarse("obl:tmod"), Is.EqualTo("obl"));
        Assert.That(DependencyRelations.Coarse("nsubj:pass"), Is.EqualTo("nsubj:pass"));
        Assert.That(DependencyRelations.Coarse("obl:agent"), Is.EqualTo("obl:agent"));
        Assert.That(DependencyRelations.Coarse("acl:relcl"), Is.EqualTo("acl:relcl"));
        Assert.That(DependencyRelations.Coarse("reparandum"), Is.EqualTo("dep"));
    }

    [Test]
    public void Taking_the_cheapest_transition_at_every_step_rebuilds_the_gold_tree()
    {
        foreach (var sentence in Sentences())
        {
            var labels = sentence.Relations.Append("root").Distinct().Order(StringComparer.Ordinal).ToList();
            var gold = sentence.Relations.Select(r => labels.IndexOf(r)).ToArray();
            var state = new ParseState(sentence.Heads.Length, labels.IndexOf("root"));
            var costs = new int[1 + 2 * labels.Count];
            while (!state.IsTerminal)
            {
                OracleCosts.Fill(state, sentence.Heads, gold, costs);
                var cheapest = Enumerable.Range(0, costs.Length).Where(state.IsAllowed).MinBy(t => costs[t]);
                Assert.That(costs[cheapest], Is.Zero, sentence.Sentence.Text);
                state.Apply(cheapest);
            }
            Assert.That(state.Heads.ToArray(), Is.EqualTo(sentence.Heads), sentence.Sentence.Text);
            Assert.That(state.Labels.ToArray().Select(l => (int)l), Is.EqualTo(gold), sentence.Sentence.Text);
        }
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
        using var again = new MemoryStream();
        ParserModel.Read(new MemoryStream(bytes)).Write(again);
        Assert.That(again.ToArray(), Is.EqualTo(bytes));
    }

    [Test]
    public void Something_that_is_not_a_parser_model_is_refused()
    {
        using var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli)) writer.Write("BYLTAG01");
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => DependencyParser.Load(stream));
    }

    [Test]
    public void A_parser_trained_on_the_fixture_finds_the_subject_of_the_reporting_verb_and_the_reported_clause()
    {
        var parser = TinyParser();
        var text = "The official, who spoke on condition of anonymity, said talks stalled.";
        var tokens = Words.Tokenize(text);
        var tree = parser.Parse(text, tokens, PartOfSpeechTagger.Default);
        string TextOf((int First, int Last) span) => text[tokens[span.First].Span.Start..tokens[span.Last].Span.End];
        var said = tokens.IndexOf(tokens.First(t => text.Substring(t.Span.Start, t.Span.Length) == "said"));
        var subject = tree.Child(said, "nsubj");
        var clause = tree.Child(said, "ccomp");
        Assert.Multiple(() =>
        {
            Assert.That(tree.Head(said), Is.EqualTo(-1));
            Assert.That(TextOf(tree.Subtree(subject, _ => false)), Is.EqualTo("The official, who spoke on condition of anonymity"));
            Assert.That(TextOf(tree.Subtree(subject, c => tree.Label(c) == "acl:relcl")), Is.EqualTo("The official"));
            Assert.That(TextOf(tree.Subtree(clause, _ => false)), Is.EqualTo("talks stalled"));
        });
    }

    [Test]
    public void The_embedded_weights_are_the_committed_model_decompressed()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LangServer.sln"))) folder = folder.Parent;
        var committed = File.ReadAllBytes(Path.Combine(folder!.FullName, "src", "Byline.Language", "Data", "parser.bin"));
        using var stream = typeof(DependencyParser).Assembly.GetManifestResourceStream("Byline.Language.Data.parser.bin.decompressed")!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        using var written = new MemoryStream();
        ParserModel.ReadDecompressed(bytes.ToArray()).Write(written);
        Assert.That(written.ToArray(), Is.EqualTo(committed));
    }

    [TestCase("The mayor said on Tuesday that the plan had failed.", "said", "The mayor", "the plan had failed")]
    [TestCase("Officials at the ministry told reporters the talks would resume.", "told", "Officials at the ministry", "the talks would resume")]
    public void The_embedded_parser_finds_the_subject_of_a_reporting_verb_and_the_reported_clause(string text, string verb, string subject, string clause)
    {
        var tokens = Words.Tokenize(text);
        var tree = DependencyParser.Default.Parse(text, tokens, PartOfSpeechTagger.Default);
        string TextOf((int First, int Last) span) => text[tokens[span.First].Span.Start..tokens[span.Last].Span.End];
        var at = tokens.IndexOf(tokens.First(t => text.Substring(t.Span.Start, t.Span.Length) == verb));
        Assert.Multiple(() =>
        {
            Assert.That(TextOf(tree.Subtree(tree.Child(at, "nsubj"), _ => false)), Is.EqualTo(subject));
            Assert.That(TextOf(tree.Subtree(tree.Child(at, "ccomp"), c => tree.Label(c) == "mark")), Is.EqualTo(clause));
        });
    }

    [Test]
    public void Every_token_gets_one_head_and_the_root_one_child()
    {
        var text = "Asked about it , he shrugged : “ No comment . ” ; then left";
        var tokens = Words.Tokenize(text);
        var tree = DependencyParser.Default.Parse(text, tokens, PartOfSpeechTagger.Default);
        Assert.That(Enumerable.Range(0, tree.Count).Count(t => tree.Head(t) < 0), Is.EqualTo(1));
        Assert.That(Enumerable.Range(0, tree.Count).All(t => tree.Head(t) < tree.Count && tree.Head(t) != t), Is.True);
    }

    [Test]
    public void A_very_long_sentence_is_parsed_and_its_root_spans_it()
    {
        var text = string.Concat(Enumerable.Repeat("officials said that ", 1500)) + "it rained.";
        var tokens = Words.Tokenize(text);
        var tree = DependencyParser.Default.Parse(text, tokens, PartOfSpeechTagger.Default);
        var root = Enumerable.Range(0, tree.Count).Single(t => tree.Head(t) < 0);
        Assert.That(tree.Subtree(root, _ => false), Is.EqualTo((0, tokens.Length - 2)));
    }
}
