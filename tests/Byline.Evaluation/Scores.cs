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

        var used = new bool[gold.Count];
        foreach (var p in predicted)
        {
            var match = -1;
            for (var g = 0; g < gold.Count; g++)
            {
                if (!used[g] && gold[g].Start < p.End && p.Start < gold[g].End)
                {
                    match = g;
                    break;
                }
            }
            if (match >= 0)
            {
                used[match] = true;
                overlap.TruePositives++;
            }
            else
            {
                overlap.FalsePositives++;
            }
        }
        overlap.FalseNegatives += used.Count(u => !u);
    }
}
