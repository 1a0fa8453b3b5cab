using System.Globalization;

namespace Byline.Evaluation.Judged;

/// <summary>Prints a <see cref="JudgedReport"/>: the flag sample, the unflagged sample, and the flags left to judge.</summary>
internal static class JudgedPrinter
{
    public static void Print(JudgedReport report, string path, string commit, int documents, int sentences, int shown)
    {
        Console.WriteLine($"judged file {path}: GUM {commit[..Math.Min(8, commit.Length)]}, {documents} documents, {sentences} sentences now");
        Console.WriteLine($"when judged: {report.BaselineFlags} BYL0001 flags, {report.BaselineUnflagged} sentences unflagged");
        PrintFlags(report);
        PrintUnflagged(report);
        Console.WriteLine($"flags now raised with no judgement (new since the file was written): {report.Unjudged.Count}");
        foreach (var c in report.Unjudged.Take(shown))
        {
            Console.WriteLine($"  {c.Document}\t{c.Paragraph}\t{JudgedSentence.StateName(c.State)}\t{c.Text}");
        }
    }

    private static void PrintFlags(JudgedReport r)
    {
        var sample = r.FlagSample;
        Console.WriteLine($"flag sample: {sample.Count} judged flags ({sample.Count(j => j.IsClaim)} on claims when judged; "
            + $"{sample.Count(j => j.Baseline == FlagState.Warning)} were warnings, {sample.Count(j => j.IsClaim && j.Baseline == FlagState.Warning)} of them on claims)");
        Line("  precision, warnings only", r.Precision(FlagState.Warning));
        Line("  precision, all flags (hints too)", r.Precision(FlagState.Hint));
        Console.WriteLine($"  wrong flags gone: {r.Count(sample, claim: false, n => n is FlagState.None)}, lowered to a hint: "
            + $"{sample.Count(j => !j.IsClaim && j.Baseline == FlagState.Warning && r.Now(j) == FlagState.Hint)}; "
            + $"right flags gone: {r.Count(sample, claim: true, n => n is FlagState.None)}, lowered to a hint: "
            + $"{sample.Count(j => j.IsClaim && j.Baseline == FlagState.Warning && r.Now(j) == FlagState.Hint)}; "
            + $"sentence no longer found: {sample.Count(j => r.Now(j) is null)}");
        Kinds("  wrong warnings left, by kind", sample.Where(j => !j.IsClaim && r.Now(j) == FlagState.Warning));
        Kinds("  wrong hints left, by kind", sample.Where(j => !j.IsClaim && r.Now(j) == FlagState.Hint));
        Console.WriteLine("  warnings by genre (right of raised): " + string.Join(", ", sample.Where(j => r.Now(j) == FlagState.Warning)
            .GroupBy(j => Genre(j.Document)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count(j => j.IsClaim)}/{g.Count()}")));
    }

    /// <summary>A GUM document's genre, the second part of its name (<c>GUM_news_iodine</c>: news).</summary>
    internal static string Genre(string document) => document.Split('_') is { Length: > 2 } parts ? parts[1] : document;

    private static void PrintUnflagged(JudgedReport r)
    {
        var sample = r.UnflaggedSample;
        var missed = r.Count(sample, claim: true, n => n is FlagState.None);
        Console.WriteLine($"unflagged sample: {sample.Count} sentences judged, {sample.Count(j => j.IsClaim)} claims with no source in reach when judged; "
            + $"still unflagged {missed} ({Share(missed, sample.Count)}), now flagged: {r.Count(sample, claim: true, n => n >= FlagState.Hint)} claims, "
            + $"{r.Count(sample, claim: false, n => n >= FlagState.Hint)} not claims; sentence no longer found: {sample.Count(j => r.Now(j) is null)}");
        Console.WriteLine($"  estimated missed claims among the {r.BaselineUnflagged} sentences unflagged when judged: {r.EstimatedMissed().ToString("F0", CultureInfo.InvariantCulture)}");
        var (right, flags, recall) = r.EstimatedRecall();
        Console.WriteLine($"  estimated recall, all flags: {recall.ToString("F3", CultureInfo.InvariantCulture)} (the sample's precision times the {flags} flags raised now: "
            + $"{right.ToString("F0", CultureInfo.InvariantCulture)} right, against the missed claims above)");
        Kinds("  missed claims, by kind", sample.Where(j => j.IsClaim && r.Now(j) is FlagState.None));
    }

    private static void Line(string label, (int Right, int Raised) p)
    {
        var (low, high) = JudgedReport.Wilson(p.Right, p.Raised);
        Console.WriteLine($"{label}: {Share(p.Right, p.Raised)} ({p.Right} right of {p.Raised}; 95% interval {low.ToString("F3", CultureInfo.InvariantCulture)}–{high.ToString("F3", CultureInfo.InvariantCulture)})");
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("F3", CultureInfo.InvariantCulture);

    private static void Kinds(string label, IEnumerable<JudgedSentence> rows)
    {
        Console.WriteLine(label + ":");
        foreach (var (kind, count) in JudgedReport.ByKind(rows))
        {
            Console.WriteLine($"    {count,3}  {kind}");
        }
    }
}
