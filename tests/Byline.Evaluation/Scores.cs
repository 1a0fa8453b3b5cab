namespace Byline.Evaluation;

/// <summary>True positives, false positives and false negatives, and the scores made of them.</summary>
public sealed class Counts
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>Matches predicted spans to gold spans one-to-one, exactly or by any overlap.</summary>
public static class SpanMatching
{
    public static void Score(IReadOnlyList<(int Start, int End)> gold, IReadOnlyList<(int Start, int End)> predicted, Counts exact, Counts overlap)
    {
        var exactGold = new HashSet<(int, int)>(gold);
        foreach (var p in predicted)
        {
            if (exactGold.Remove(p)) exact.TruePositives++;
            else exact.FalsePositives++;
        }
        exact.FalseNegatives += exactGold.Count;

        var match = Match(gold, predicted);
        foreach (var g in match)
        {
            if (g >= 0) overlap.TruePositives++;
            else overlap.FalsePositives++;
        }
        overlap.FalseNegatives += gold.Count - match.Count(g => g >= 0);
    }

    /// <summary>
    /// The overlap matching: for each prediction in order, the index of the first gold span not yet taken that it
    /// overlaps by at least one character, or -1 (a false positive). A gold index nobody takes is a miss.
    /// </summary>
    public static int[] Match(IReadOnlyList<(int Start, int End)> gold, IReadOnlyList<(int Start, int End)> predicted)
    {
        var used = new bool[gold.Count];
        var result = new int[predicted.Count];
        for (var i = 0; i < predicted.Count; i++)
        {
            var p = predicted[i];
            result[i] = -1;
            for (var g = 0; g < gold.Count; g++)
            {
                if (!used[g] && gold[g].Start < p.End && p.Start < gold[g].End)
                {
                    used[g] = true;
                    result[i] = g;
                    break;
                }
            }
        }
        return result;
    }
}
