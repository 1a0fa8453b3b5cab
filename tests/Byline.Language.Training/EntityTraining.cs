using Byline.EntityExperiment;

namespace Byline.Language.Training;

/// <summary>One training sentence of the entity tagger: the inputs tagging sees and the gold BIO labels.</summary>
internal sealed record EntitySentence(WordHashes[] Context, byte[] Pos, ulong[] Gazetteer, string[] Labels);

/// <summary>Options of one entity-tagger training run; docs/language.md records the values the weights were made with.</summary>
internal sealed record EntityTrainingOptions(int Iterations = 8, int Seed = 20261202, double MinimumWeight = 0.05);

/// <summary>
/// Trains the entity tagger as the part-of-speech tagger is trained: greedy left to right over the previous two
/// predicted labels (an "I-" label only after its own type), updated against the gold label, sentence order
/// shuffled each iteration with a fixed seed, then tiny weights pruned and the rest quantised to 16 bits.
/// </summary>
internal static class EntityTraining
{
    public static EntityModel Train(IReadOnlyList<EntitySentence> sentences, EntityTrainingOptions options, TextWriter log)
    {
        // "O" first, then B-/I- pairs in type order, so label numbers do not depend on the order of the data.
        var types = sentences.SelectMany(s => s.Labels).Where(l => l != "O").Select(l => l[2..]).Distinct().Order(StringComparer.Ordinal);
        string[] labels = ["O", .. types.SelectMany(t => new[] { "B-" + t, "I-" + t })];
        var bio = new BioLabels(labels);
        var ids = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => (byte)p.i, StringComparer.Ordinal);
        var gold = sentences.Select(s => s.Labels.Select(l => ids[l]).ToArray()).ToArray();
        var perceptron = new Perceptron(labels.Length);
        PerceptronIterations.Run(sentences.Count, options.Iterations, options.Seed,
            s => (TrainSentence(perceptron, bio, sentences[s], gold[s]), gold[s].Length), log, "of the training tokens labelled right");
        var table = QuantisedWeights.From(perceptron.Averaged(options.MinimumWeight));
        return new EntityModel { Weights = table.WithLabels(labels) };
    }

    private static int TrainSentence(Perceptron perceptron, BioLabels bio, EntitySentence sentence, byte[] gold)
    {
        Span<ulong> features = stackalloc ulong[EntityFeatures.Count];
        Span<double> scores = stackalloc double[perceptron.TagCount];
        int previous = EntityFeatures.StartLabel, previous2 = EntityFeatures.Start2Label, correct = 0;
        for (var i = 0; i < gold.Length; i++)
        {
            EntityFeatures.Extract(sentence.Context, sentence.Pos, sentence.Gazetteer, i, previous, previous2, features);
            perceptron.Predict(features, scores);
            var guess = -1;
            for (var label = 0; label < scores.Length; label++)
            {
                if (bio.Allowed(previous, label) && (guess < 0 || scores[label] > scores[guess])) guess = label;
            }
            perceptron.Update(gold[i], guess, features);
            if (guess == gold[i]) correct++;
            previous2 = previous;
            previous = guess;
        }
        return correct;
    }
}
