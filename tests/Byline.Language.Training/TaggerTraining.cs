namespace Byline.Language.Training;

/// <summary>Options of one training run; every value is printed in docs/language.md with the weights it gave.</summary>
internal sealed record TrainingOptions(int Iterations = 10, int Seed = 20261202, double MinimumWeight = 0.05,
    int TagDictionaryMinimumCount = 20, double TagDictionaryMinimumShare = 0.97, int LemmaRuleMinimumCount = 3);

/// <summary>
/// Trains the greedy tagger as Honnibal does: words seen at least 20 times with one tag 97% of the time go in a
/// tag dictionary; every other token is predicted from the previous two predicted tags and updated against the
/// gold tag; the sentence order is shuffled each iteration with a fixed seed. Then rare and tiny weights are
/// pruned and the rest quantised to 16 bits.
/// </summary>
internal static class TaggerTraining
{
    public static TaggerModel Train(IReadOnlyList<AlignedSentence> sentences, TrainingOptions options, TextWriter log)
    {
        var labels = sentences.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (labels.Length >= TaggerFeatures.Start2Tag) throw new InvalidOperationException($"Too many tags: {labels.Length}.");
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => (byte)p.i, StringComparer.Ordinal);
        var tagDictionary = BuildTagDictionary(sentences, labelIds, options);
        var contexts = sentences.Select(Context).ToArray();
        var gold = sentences.Select(s => s.Labels.Select(l => labelIds[l]).ToArray()).ToArray();
        var perceptron = new Perceptron(labels.Length);
        PerceptronIterations.Run(sentences.Count, options.Iterations, options.Seed,
            s => TrainSentence(perceptron, contexts[s], gold[s], tagDictionary), log, "on the training tokens");
        var weights = perceptron.Averaged(options.MinimumWeight);
        var lemmas = LemmaLearning.Learn(sentences, labels, labelIds, options.LemmaRuleMinimumCount);
        return Quantise(labels, weights, tagDictionary, lemmas);
    }

    public static WordHashes[] Context(AlignedSentence sentence)
    {
        var context = new WordHashes[sentence.Tokens.Length + 4];
        context[0] = WordHashes.Start2;
        context[1] = WordHashes.Start;
        for (var i = 0; i < sentence.Tokens.Length; i++) context[i + 2] = WordHashes.Of(sentence.Word(i));
        context[^2] = WordHashes.End;
        context[^1] = WordHashes.End2;
        return context;
    }

    private static (int Correct, int Total) TrainSentence(Perceptron perceptron, WordHashes[] context, byte[] gold, IReadOnlyDictionary<ulong, byte> tagDictionary)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<double> scores = stackalloc double[perceptron.TagCount];
        int previous = TaggerFeatures.StartTag, previous2 = TaggerFeatures.Start2Tag, correct = 0;
        for (var i = 0; i < gold.Length; i++)
        {
            if (!tagDictionary.TryGetValue(context[i + 2].Exact, out var known))
            {
                TaggerFeatures.Extract(context, i, previous, previous2, features);
                var guess = perceptron.Predict(features, scores);
                perceptron.Update(gold[i], guess, features);
                known = (byte)guess;
            }
            if (known == gold[i]) correct++;
            previous2 = previous;
            previous = known;
        }
        return (correct, gold.Length);
    }

    private static SortedDictionary<ulong, byte> BuildTagDictionary(IReadOnlyList<AlignedSentence> sentences, Dictionary<string, byte> labelIds, TrainingOptions options)
    {
        var counts = new Dictionary<ulong, Dictionary<byte, int>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var key = WordHashes.ExactHash(sentence.Word(i));
                if (!counts.TryGetValue(key, out var tags)) counts[key] = tags = [];
                var tag = labelIds[sentence.Labels[i]];
                tags[tag] = tags.GetValueOrDefault(tag) + 1;
            }
        }
        var dictionary = new SortedDictionary<ulong, byte>();
        foreach (var (key, tags) in counts)
        {
            var total = tags.Values.Sum();
            var (tag, count) = tags.OrderByDescending(t => t.Value).ThenBy(t => t.Key).First();
            if (total >= options.TagDictionaryMinimumCount && (double)count / total >= options.TagDictionaryMinimumShare)
            {
                dictionary[key] = tag;
            }
        }
        return dictionary;
    }

    private static TaggerModel Quantise(string[] labels, SortedDictionary<ulong, List<(byte Tag, double Weight)>> weights,
        SortedDictionary<ulong, byte> tagDictionary, (SortedDictionary<ulong, LemmaRule> Rules, SortedDictionary<ulong, string> Exceptions) lemmas)
    {
        var table = QuantisedWeights.From(weights);
        return new TaggerModel
        {
            Weights = table.WithLabels(labels), TagDictionary = tagDictionary, LemmaRules = lemmas.Rules, LemmaExceptions = lemmas.Exceptions,
        };
    }
}

/// <summary>Averaged weights scaled to 16 bits (the largest magnitude becomes 32,767), one list of (tag, weight) per feature key, keys sorted.</summary>
internal sealed record QuantisedWeights(ulong[] Keys, int[] Starts, byte[] Tags, short[] Weights)
{
    /// <summary>The weights as a model stores them, with the labels the tags number.</summary>
    public PerceptronWeights WithLabels(string[] labels) =>
        new() { Labels = labels, FeatureKeys = Keys, FeatureStarts = Starts, EntryLabels = Tags, EntryWeights = Weights };

    public static QuantisedWeights From(SortedDictionary<ulong, List<(byte Tag, double Weight)>> weights)
    {
        var largest = weights.Values.SelectMany(w => w).Max(w => Math.Abs(w.Weight));
        var scale = short.MaxValue / largest;
        var starts = new List<int> { 0 };
        var entryTags = new List<byte>();
        var entryWeights = new List<short>();
        var keys = new List<ulong>();
        foreach (var (key, entries) in weights)
        {
            var quantised = entries.Select(e => (e.Tag, Weight: (short)Math.Round(e.Weight * scale))).Where(e => e.Weight != 0).ToList();
            if (quantised.Count == 0) continue;
            keys.Add(key);
            entryTags.AddRange(quantised.Select(e => e.Tag));
            entryWeights.AddRange(quantised.Select(e => e.Weight));
            starts.Add(entryTags.Count);
        }
        return new QuantisedWeights([.. keys], [.. starts], [.. entryTags], [.. entryWeights]);
    }
}
