namespace Byline.Evaluation.Judged;

/// <summary>
/// The figures of a judged file against the sentences read now: the precision of the judged flags still raised, the
/// judged flags gone, the unflagged sample's misses and the estimate they give, and the new flags no one has judged.
/// </summary>
internal sealed class JudgedReport
{
    private readonly Dictionary<JudgedSentence, FlagState?> _now;
    private readonly IReadOnlyList<CurrentSentence> _current;

    public JudgedReport(IReadOnlyList<JudgedSentence> judged, IReadOnlyList<CurrentSentence> current)
    {
        _current = current;
        (_now, Unjudged) = JudgedMatching.Match(judged, current);
        FlagSample = judged.Where(j => j.IsJudged && j.Baseline != FlagState.None).ToList();
        UnflaggedSample = judged.Where(j => j.IsJudged && j.Baseline == FlagState.None).ToList();
        BaselineFlags = judged.Count(j => j.Baseline != FlagState.None);
        BaselineUnflagged = judged.Count(j => j.Baseline == FlagState.None);
    }

    public List<JudgedSentence> FlagSample { get; }
    public List<JudgedSentence> UnflaggedSample { get; }
    public List<CurrentSentence> Unjudged { get; }
    public int BaselineFlags { get; }
    public int BaselineUnflagged { get; }

    /// <summary>The sentence's flag now; null when no sentence of that text stands in its paragraph any more.</summary>
    public FlagState? Now(JudgedSentence row) => _now[row];

    /// <summary>Judged flags raised now at <paramref name="least"/> that severity, and how many of them are on claims.</summary>
    public (int Right, int Raised) Precision(FlagState least)
    {
        var raised = FlagSample.Where(j => Now(j) >= least).ToList();
        return (raised.Count(j => j.IsClaim), raised.Count);
    }

    /// <summary>Rows of <paramref name="sample"/> judged <paramref name="claim"/> whose flag now passes <paramref name="now"/>.</summary>
    public int Count(IEnumerable<JudgedSentence> sample, bool claim, Func<FlagState?, bool> now) =>
        sample.Count(j => j.IsClaim == claim && now(Now(j)));

    /// <summary>Claims of the unflagged sample still unflagged, scaled to every sentence unflagged at the baseline.</summary>
    public double EstimatedMissed()
    {
        var missed = Count(UnflaggedSample, claim: true, now => now is FlagState.None);
        return UnflaggedSample.Count == 0 ? 0 : (double)missed / UnflaggedSample.Count * BaselineUnflagged;
    }

    /// <summary>
    /// Recall of every flag (hints too) as the samples estimate it: right flags, the flag sample's precision times the
    /// flags raised now, against those plus <see cref="EstimatedMissed"/>. Holds while the flags raised now are mostly judged ones.
    /// </summary>
    public (double Right, int Flags, double Recall) EstimatedRecall()
    {
        var (rightJudged, raised) = Precision(FlagState.Hint);
        var flags = _current.Count(c => c.State != FlagState.None);
        var right = raised == 0 ? 0 : (double)rightJudged / raised * flags;
        var missed = EstimatedMissed();
        return (right, flags, right + missed == 0 ? 0 : right / (right + missed));
    }

    /// <summary>The Wilson score interval (95%) of a proportion of <paramref name="n"/> draws.</summary>
    public static (double Low, double High) Wilson(int successes, int n)
    {
        if (n == 0) return (0, 0);
        const double z = 1.96;
        var p = (double)successes / n;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z * Math.Sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return (centre - half, centre + half);
    }

    /// <summary>The kinds of judged rows matching a filter, largest first.</summary>
    public static IEnumerable<(string Kind, int Count)> ByKind(IEnumerable<JudgedSentence> rows) =>
        rows.GroupBy(r => r.Kind).Select(g => (g.Key, g.Count())).OrderByDescending(k => k.Item2).ThenBy(k => k.Key, StringComparer.Ordinal);
}
