using Byline.Language.Training;

namespace Byline.Language.Tests;

public class ParserTests
{
    private static readonly string Fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "tiny.conllu");

    private static List<AlignedSentence> Tiny() => Treebanks.Load([Fixture], TextWriter.Null, "tiny");

    /// <summary>Replays the oracle from the initial state; null when it gets stuck.</summary>
    private static ArcStandard? Replay(int[] heads, int[] relations)
    {
        var state = new ArcStandard(heads.Length);
        var oracle = new StaticOracle(heads, relations);
        while (!state.IsFinal)
        {
            var action = oracle.Action(state);
            if (action == ArcStandard.None) return null;
            state.Apply(action);
        }
        return state;
    }

    [Test]
    public void A_clitic_token_takes_the_head_of_its_first_word_and_a_compound_the_head_of_its_last()
    {
        var tree = Tiny()[0].Tree!;
        // The mayor didn't say the city's well-known plan failed .
        Assert.That(tree.Heads, Is.EqualTo(new[] { 1, 3, 3, -1, 5, 7, 7, 8, 3, 3 }));
        Assert.That(tree.Relations[2], Is.EqualTo("aux"));
        Assert.That(tree.Relations[5], Is.EqualTo("nmod:poss"));
        Assert.That(tree.Relations[6], Is.EqualTo("amod"));
    }

    [Test]
    public void The_period_of_an_abbreviation_hangs_on_its_first_piece()
    {
        var tree = Tiny()[1].Tree!;
        // Mr . Smith states that the states agree .
        Assert.That(tree.Heads, Is.EqualTo(new[] { 2, 0, 3, -1, 7, 6, 7, 3, 3 }));
        Assert.That(tree.Relations[1], Is.EqualTo(TokenTree.PieceRelation));
    }

    [Test]
    public void Replaying_the_oracle_builds_the_gold_tree()
    {
        // An invented sentence: "Officials said on Monday that the plan , which critics opposed , would pass ."
        int[] heads = [1, -1, 3, 1, 13, 6, 13, 10, 10, 10, 6, 10, 13, 1, 1];
        int[] relations = [0, 1, 2, 3, 4, 5, 0, 6, 7, 0, 8, 6, 9, 10, 6];
        var state = Replay(heads, relations);
        Assert.That(state, Is.Not.Null);
        Assert.That(state!.Heads, Is.EqualTo(heads));
        Assert.That(state.Relations.Where((_, i) => heads[i] >= 0), Is.EqualTo(relations.Where((_, i) => heads[i] >= 0)));
    }

    [Test]
    public void The_oracle_replays_both_fixture_trees()
    {
        foreach (var sentence in Tiny())
        {
            var tree = sentence.Tree!;
            var state = Replay(tree.Heads, new int[tree.Count]);
            Assert.That(tree.IsProjective(), Is.True);
            Assert.That(state?.Heads, Is.EqualTo(tree.Heads));
        }
    }

    [Test]
    public void The_oracle_is_stuck_on_a_crossing_tree()
    {
        // 0 → 2 and 1 → 3 cross.
        int[] heads = [2, 3, -1, 2];
        Assert.That(new TokenTree(heads, ["a", "b", "root", "c"]).IsProjective(), Is.False);
        Assert.That(Replay(heads, new int[4]), Is.Null);
    }

    [Test]
    public void An_illegal_action_is_refused()
    {
        var state = new ArcStandard(2);
        Assert.That(state.IsLegal(ArcStandard.LeftArc(0)), Is.False);
        Assert.Throws<InvalidOperationException>(() => state.Apply(ArcStandard.RightArc(0)));
    }

    private static byte[] TrainTiny()
    {
        var parser = ParserTraining.Train(ParserCommands.Examples(Tiny()), new ParserTrainingOptions(Iterations: 6), TextWriter.Null);
        using var stream = new MemoryStream();
        parser.Write(stream);
        return stream.ToArray();
    }

    [Test]
    public void A_parser_trained_on_sentences_parses_them_as_annotated()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "parser.bin");
        File.WriteAllBytes(path, TrainTiny());
        var parser = DependencyParser.Load(path);
        foreach (var example in ParserCommands.Examples(Tiny()))
        {
            var parsed = parser.Parse(example.Input);
            Assert.That(parsed.Heads, Is.EqualTo(example.Gold.Heads));
            Assert.That(parsed.Relations, Is.EqualTo(example.Gold.Relations));
        }
    }

    [Test]
    public void Training_the_parser_twice_gives_the_same_bytes()
    {
        Assert.That(TrainTiny(), Is.EqualTo(TrainTiny()));
    }
}
