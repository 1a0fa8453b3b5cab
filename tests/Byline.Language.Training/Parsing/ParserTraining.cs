namespace Byline.Language.Training;

/// <summary>Options of one parser training run; every value is printed in docs/language.md with the figures it gave.</summary>
internal sealed record ParserTrainingOptions(int Iterations = 8, int Seed = 20261204, double MinimumWeight = 0.05, int JackknifeFolds = 1, int JackknifeTaggerIterations = 5);

/// <summary>One training sentence: what the parser reads (predicted tags) and the gold tree it must build.</summary>
internal sealed record ParserExample(ParserInput Input, TokenTree Gold);

/// <summary>
/// Trains the greedy parser with the static oracle: at each state of the gold derivation the perceptron predicts a
/// legal action and is updated towards the oracle's, and the derivation follows the oracle. Sentences whose gold tree
/// is not projective are left out (arc-standard cannot build them). The sentence order is shuffled each iteration
/// with a fixed seed; relations are numbered in ordinal order.
/// </summary>
internal static class ParserTraining
{
    public static DependencyParser Train(IReadOnlyList<ParserExample> examples, ParserTrainingOptions options, TextWriter log)
    {
        var relations = examples.SelectMany(e => e.Gold.Relations).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (ArcStandard.ActionCount(relations.Length) > 256) throw new InvalidOperationException($"Too many relations: {relations.Length}.");
        var ids = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var usable = examples.Where(e => e.Gold.IsProjective()).ToArray();
        log.WriteLine($"{usable.Length} of {examples.Count} sentences projective; {relations.Length} relations");
        var gold = usable.Select(e => new StaticOracle(e.Gold.Heads, [.. e.Gold.Relations.Select(r => ids[r])])).ToArray();
        var perceptron = new Perceptron(ArcStandard.ActionCount(relations.Length));
        PerceptronIterations.Run(usable.Length, options.Iterations, options.Seed,
            s => TrainSentence(perceptron, usable[s].Input, gold[s]), log, "of the oracle's actions predicted");
        return new DependencyParser(QuantisedWeights.From(perceptron.Averaged(options.MinimumWeight)).WithLabels(relations));
    }

    private static (int Correct, int Total) TrainSentence(Perceptron perceptron, ParserInput input, StaticOracle oracle)
    {
        var state = new ArcStandard(input.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<double> scores = stackalloc double[perceptron.TagCount];
        var (correct, total) = (0, 0);
        while (!state.IsFinal)
        {
            var truth = oracle.Action(state);
            if (truth == ArcStandard.None) throw new InvalidOperationException("The oracle is stuck on a projective tree.");
            ParserFeatures.Extract(state, input, features);
            perceptron.Predict(features, scores);
            var guess = DependencyParser.BestLegal<double>(state, scores);
            perceptron.Update(truth, guess, features);
            if (guess == truth) correct++;
            total++;
            state.Apply(truth);
        }
        return (correct, total);
    }
}

/// <summary>Attachment scores over tokens: unlabelled (the head) and labelled (head and relation), punctuation included.</summary>
internal sealed record AttachmentScore(int Sentences, int Tokens, int Heads, int Labelled)
{
    public override string ToString() => $"{Sentences} sentences, {Tokens} tokens: UAS {(double)Heads / Tokens:P2}, LAS {(double)Labelled / Tokens:P2}";

    public static AttachmentScore Measure(DependencyParser parser, IReadOnlyList<ParserExample> examples)
    {
        var (tokens, heads, labelled) = (0, 0, 0);
        foreach (var example in examples)
        {
            var parsed = parser.Parse(example.Input);
            for (var i = 0; i < parsed.Count; i++)
            {
                tokens++;
                if (parsed.Heads[i] != example.Gold.Heads[i]) continue;
                heads++;
                if (parsed.Relations[i] == example.Gold.Relations[i]) labelled++;
            }
        }
        return new AttachmentScore(examples.Count, tokens, heads, labelled);
    }
}
