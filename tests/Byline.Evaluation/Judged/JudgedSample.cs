namespace Byline.Evaluation.Judged;

/// <summary>How BYL0001 marks a sentence: not at all, as a hint (information), or as a warning.</summary>
internal enum FlagState { None, Hint, Warning }

/// <summary>A sentence as the analysis reads it now: its document, paragraph (0-based), flag and text.</summary>
internal sealed record CurrentSentence(string Document, int Paragraph, FlagState State, string Text);

/// <summary>
/// One row of the judged file: a sentence, its flag when it was judged (the baseline), and an editor's judgement —
/// <c>claim</c> (a factual claim the writer makes with no source in reach: a flag on it is right, its absence a miss),
/// <c>not</c> (sourced, carried from a source nearby, or no claim: a flag on it is wrong), or <c>-</c> (not in a sample).
/// </summary>
internal sealed record JudgedSentence(string Document, int Paragraph, FlagState Baseline, string Judgement, string Kind, string Text)
{
    public bool IsJudged => Judgement != "-";
    public bool IsClaim => Judgement == "claim";

    public const string Header = "document\tparagraph\tstate\tjudgement\tkind\ttext";

    public static JudgedSentence Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length != 6 || f[3] is not ("claim" or "not" or "-")) throw new FormatException($"judged row: {line}");
        return new(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), ParseState(f[2]), f[3], f[4], f[5]);
    }

    public static List<JudgedSentence> Read(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0 && !l.StartsWith('#') && l != Header).Select(Parse).ToList();

    public string Line() => $"{Document}\t{Paragraph}\t{StateName(Baseline)}\t{Judgement}\t{Kind}\t{Text}";

    public static string StateName(FlagState state) => state switch { FlagState.Warning => "warning", FlagState.Hint => "hint", _ => "none" };

    private static FlagState ParseState(string s) => s switch
    {
        "warning" => FlagState.Warning,
        "hint" => FlagState.Hint,
        "none" => FlagState.None,
        _ => throw new FormatException($"state: {s}"),
    };
}

/// <summary>
/// Pairs judged rows with the sentences read now, by document, paragraph, text and the text's occurrence in the
/// paragraph (a sentence split differently no longer matches and is counted apart, never guessed).
/// </summary>
internal static class JudgedMatching
{
    public static (Dictionary<JudgedSentence, FlagState?> Now, List<CurrentSentence> Unjudged) Match(IReadOnlyList<JudgedSentence> judged, IReadOnlyList<CurrentSentence> current)
    {
        var byKey = Keyed(current, c => (c.Document, c.Paragraph, c.Text)).ToDictionary(k => k.Key, k => k.Item);
        var now = new Dictionary<JudgedSentence, FlagState?>(ReferenceEqualityComparer.Instance);
        var known = new HashSet<(string, int, string, int)>();
        foreach (var (key, row) in Keyed(judged, j => (j.Document, j.Paragraph, j.Text)))
        {
            now[row] = byKey.TryGetValue(key, out var sentence) ? sentence.State : null;
            if (row.IsJudged || row.Baseline != FlagState.None) known.Add(key);
        }
        // A flag needs a judgement when no judged row and no baseline flag stands for it: it is new since the file was written.
        var unjudged = Keyed(current, c => (c.Document, c.Paragraph, c.Text))
            .Where(k => k.Item.State != FlagState.None && !known.Contains(k.Key)).Select(k => k.Item).ToList();
        return (now, unjudged);
    }

    private static IEnumerable<((string, int, string, int) Key, T Item)> Keyed<T>(IEnumerable<T> items, Func<T, (string, int, string)> key)
    {
        var seen = new Dictionary<(string, int, string), int>();
        foreach (var item in items)
        {
            var k = key(item);
            var n = seen.GetValueOrDefault(k);
            seen[k] = n + 1;
            yield return ((k.Item1, k.Item2, k.Item3, n), item);
        }
    }
}
