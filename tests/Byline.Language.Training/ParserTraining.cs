namespace Byline.Language.Training;

/// <summary>Options of one parser training run; every value is printed in docs/language.md with the weights it gave.</summary>
internal sealed record ParserTrainingOptions(int Iterations = 10, int Seed = 20261202, double MinimumWeight = 0.05,
    int ExploreFrom = 2, double ExploreShare = 0.9);

/// <summary>
/// Trains the arc-hybrid parser with the dynamic oracle of Goldberg and Nivre (2013): at each step every allowed
/// transition gets a cost (the gold arcs it makes unreachable, plus one for a correct head with a wrong label); the
/// perceptron is updated towards the best-scoring cheapest transition when its own choice costs more, and from
/// iteration <see cref="ParserTrainingOptions.ExploreFrom"/> on it follows its own choice (with the seeded
/// random share <see cref="ParserTrainingOptions.ExploreShare"/>), so it learns to recover from its mistakes.
/// Tags are the tagger's predictions, as at run time. Sentence order is shuffled by a fixed seed.
/// </summary>
internal static class ParserTraining
{
    public static ParserModel Train(IReadOnlyList<ParsedSentence> sentences, PartOfSpeechTagger tagger, ParserTrainingOptions options, TextWriter log) =>
        Train(sentences, tagger, options, [options.MinimumWeight], log)[0];

    /// <summary>One training run, its averaged weights pruned at each of <paramref name="minimumWeights"/> (to compare sizes).</summary>
    public static ParserModel[] Train(IReadOnlyList<ParsedSentence> sentences, PartOfSpeechTagger tagger, ParserTrainingOptions options, IReadOnlyList<double> minimumWeights, TextWriter log)
    {
        var labels = sentences.SelectMany(s => s.Relations).Append("root").Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var inputs = sentences.Select(s => ParserInput.Of(s, tagger, labelIds)).ToArray();
        var perceptron = new Perceptron(1 + 2 * labels.Length);
        var order = Enumerable.Range(0, inputs.Length).ToArray();
        var random = new Random(options.Seed);
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            var (correct, total) = (0, 0);
            foreach (var s in order)
            {
                var explore = iteration >= options.ExploreFrom;
                correct += TrainSentence(perceptron, inputs[s], labelIds["root"], explore ? random : null, options.ExploreShare);
                total += inputs[s].Heads.Length;
            }
            log.WriteLine($"iteration {iteration}: {correct}/{total} = {(double)correct / total:P2} of the training tokens with the right head and label");
        }
        return [.. minimumWeights.Select(minimum =>
        {
            var table = QuantisedWeights.From(perceptron.Averaged(minimum));
            return new ParserModel { Labels = labels, FeatureKeys = table.Keys, FeatureStarts = table.Starts, EntryTransitions = table.Tags, EntryWeights = table.Weights };
        })];
    }

    private static int TrainSentence(Perceptron perceptron, ParserInput input, int rootLabel, Random? explore, double exploreShare)
    {
        var state = new ParseState(input.Heads.Length, rootLabel);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<double> scores = stackalloc double[perceptron.TagCount];
        Span<int> costs = stackalloc int[perceptron.TagCount];
        while (!state.IsTerminal)
        {
            ParserFeatures.Extract(state, input.Words, input.Tags, features);
            perceptron.Predict(features, scores);
            OracleCosts.Fill(state, input.Heads, input.Labels, costs);
            var (guess, best) = Choose(state, scores, costs);
            // Update counts every decision for the averaging; a guess as cheap as the best is not a mistake.
            perceptron.Update(costs[guess] > costs[best] ? best : guess, guess, features);
            var follow = explore is not null && costs[guess] > costs[best] && explore.NextDouble() < exploreShare ? guess : best;
            state.Apply(costs[guess] == costs[best] ? guess : follow);
        }
        var correct = 0;
        for (var t = 0; t < input.Heads.Length; t++)
        {
            if (state.Heads[t] == input.Heads[t] && state.Labels[t] == input.Labels[t]) correct++;
        }
        return correct;
    }

    /// <summary>The best-scoring allowed transition, and the best-scoring among the allowed ones of least cost (ties: lower number).</summary>
    private static (int Guess, int Best) Choose(ParseState state, ReadOnlySpan<double> scores, ReadOnlySpan<int> costs)
    {
        var (guess, best) = (-1, -1);
        for (var t = 0; t < scores.Length; t++)
        {
            if (!state.IsAllowed(t)) continue;
            if (guess < 0 || scores[t] > scores[guess]) guess = t;
            if (best < 0 || costs[t] < costs[best] || (costs[t] == costs[best] && scores[t] > scores[best])) best = t;
        }
        return (guess, best);
    }
}

/// <summary>One training sentence as the parser sees it: word hashes, predicted tag ids, gold heads and label ids.</summary>
internal sealed record ParserInput(WordHashes[] Words, byte[] Tags, int[] Heads, int[] Labels)
{
    public static ParserInput Of(ParsedSentence sentence, PartOfSpeechTagger tagger, IReadOnlyDictionary<string, int> labelIds)
    {
        var context = TaggerTraining.Context(sentence.Sentence);
        var tags = new PosTag[sentence.Heads.Length];
        tagger.TagContext(context, tags);
        return new ParserInput(context[2..^2], [.. tags.Select(t => t.Id)], sentence.Heads, [.. sentence.Relations.Select(r => labelIds[r])]);
    }
}

/// <summary>
/// The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): the gold arcs each transition makes unreachable. Exact
/// for projective trees; for the few non-projective ones it still ranks the transitions sensibly.
/// </summary>
internal static class OracleCosts
{
    /// <param name="heads">Gold heads, -1 for the root.</param>
    public static void Fill(ParseState state, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, Span<int> costs)
    {
        int n = state.Count, s0 = state.Stack(0), s1 = state.Stack(1), b = state.Front;
        costs.Fill(int.MaxValue);
        if (state.IsAllowed(ParseState.Shift)) costs[ParseState.Shift] = ShiftCost(state, heads);
        if (s0 < 0) return;
        var head = heads[s0] < 0 ? n : heads[s0];
        var childrenInBuffer = 0;
        for (var d = b; d < n; d++) if (heads[d] == s0) childrenInBuffer++;
        var leftCost = childrenInBuffer + (head == s1 || (head >= b && head != b) ? 1 : 0);
        var rightCost = childrenInBuffer + (head >= b ? 1 : 0);
        for (var label = 0; label * 2 + 2 < costs.Length; label++)
        {
            var wrongLabel = label != labels[s0] ? 1 : 0;
            if (state.IsAllowed(ParseState.Left(label))) costs[ParseState.Left(label)] = leftCost + (head == b ? wrongLabel : 0);
            if (state.IsAllowed(ParseState.Right(label))) costs[ParseState.Right(label)] = rightCost + (head == s1 ? wrongLabel : 0);
        }
    }

    /// <summary>Shifting the front loses its heads below the stack top and its children anywhere in the stack.</summary>
    private static int ShiftCost(ParseState state, ReadOnlySpan<int> heads)
    {
        var b = state.Front;
        var cost = 0;
        for (var depth = 0; depth < state.StackCount; depth++)
        {
            var item = state.Stack(depth);
            if (heads[item] == b) cost++;
            if (depth > 0 && heads[b] == item) cost++;
        }
        return cost;
    }
}
