namespace Byline.Language.Training;

/// <summary>
/// Multi-class averaged perceptron over hashed features (Collins 2002; Honnibal's tagger). Weights are averaged
/// lazily: each weight remembers when it last changed and its running total is brought up to date then.
/// </summary>
internal sealed class Perceptron(int tagCount)
{
    private readonly Dictionary<ulong, List<int>> _parameters = [];
    private readonly List<byte> _tags = [];
    private readonly List<double> _weights = [];
    private readonly List<double> _totals = [];
    private readonly List<int> _stamps = [];
    private int _instances;

    public int TagCount => tagCount;

    /// <summary>The best-scoring tag; ties go to the lower tag number, so training is deterministic.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<double> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (!_parameters.TryGetValue(feature, out var parameters)) continue;
            foreach (var p in parameters) scores[_tags[p]] += _weights[p];
        }
        var best = 0;
        for (var t = 1; t < tagCount; t++)
        {
            if (scores[t] > scores[best]) best = t;
        }
        return best;
    }

    public void Update(int truth, int guess, ReadOnlySpan<ulong> features)
    {
        _instances++;
        if (truth == guess) return;
        foreach (var feature in features)
        {
            Add(feature, truth, 1);
            Add(feature, guess, -1);
        }
    }

    /// <summary>The averaged weights whose magnitude reaches <paramref name="minimum"/>, per feature, sorted by key and tag.</summary>
    public SortedDictionary<ulong, List<(byte Tag, double Weight)>> Averaged(double minimum)
    {
        var result = new SortedDictionary<ulong, List<(byte, double)>>();
        foreach (var (feature, parameters) in _parameters)
        {
            var kept = new List<(byte, double)>();
            foreach (var p in parameters.OrderBy(p => _tags[p]))
            {
                var total = _totals[p] + (_instances - _stamps[p]) * _weights[p];
                var average = total / _instances;
                if (Math.Abs(average) >= minimum) kept.Add((_tags[p], average));
            }
            if (kept.Count > 0) result[feature] = kept;
        }
        return result;
    }

    private void Add(ulong feature, int tag, double value)
    {
        if (!_parameters.TryGetValue(feature, out var parameters))
        {
            parameters = [];
            _parameters[feature] = parameters;
        }
        var p = parameters.FindIndex(i => _tags[i] == tag);
        if (p < 0)
        {
            parameters.Add(_tags.Count);
            _tags.Add((byte)tag);
            _weights.Add(0);
            _totals.Add(0);
            _stamps.Add(_instances);
            p = parameters.Count - 1;
        }
        var index = parameters[p];
        _totals[index] += (_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += value;
    }
}

/// <summary>The training iterations every perceptron here runs: the sentence order shuffled by a seeded generator, every sentence trained, the share of right decisions logged.</summary>
internal static class PerceptronIterations
{
    /// <param name="trainSentence">Trains one sentence by its index; returns how many of its decisions were right, of how many.</param>
    /// <param name="what">What the logged share is of ("on the training tokens").</param>
    public static void Run(int sentences, int iterations, int seed, Func<int, (int Correct, int Total)> trainSentence, TextWriter log, string what)
    {
        var order = Enumerable.Range(0, sentences).ToArray();
        var random = new Random(seed);
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            var (correct, total) = (0, 0);
            foreach (var s in order)
            {
                var (c, n) = trainSentence(s);
                correct += c;
                total += n;
            }
            log.WriteLine($"iteration {iteration}: {correct}/{total} = {(double)correct / total:P2} {what}");
        }
    }
}
