using System.Diagnostics;
using System.Text.Json;
using Byline.Analysis;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Analysis.Rules;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using Byline.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Byline.Benchmarks -- keystroke FILE [--keys N] [--at F]`: where one
/// keystroke's time goes inside the server's path, stage by stage (p50 / p99 / max per stage, ms). Each keystroke
/// types one letter at column 10 of the line <c>F</c> of the way down (0.5 by default, as the whole-process driver),
/// into the previous snapshot, as an editor does; the stages are what a pulled <c>textDocument/diagnostic</c> then runs: the document update (change + incremental parse), the analysis
/// (attribution linking, entities, each rule), the line map, suppressions, LSP conversion and the JSON of the report.
/// The analysis stages are timed separately and then once more together, so block facts are warm for every stage.
/// With <c>--linked-only</c> nothing reads the moved entities (as on the server's keystroke paths, which read them through
/// their shift), so the shift grows and is folded into fresh coordinates as the server's is; <c>--fold-after</c> then
/// folds it after each keystroke's report, as the server does off the keystroke's path (<see cref="ArticleEntities.FoldIfDue"/>).
/// The slowest keystrokes of the whole analysis are listed with their numbers (a fold every so many keys shows there).
/// </summary>
public static class KeystrokeProfile
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: keystroke FILE [--keys N] [--at F] [--allocations]");
            return 2;
        }
        var keysAt = Array.IndexOf(args, "--keys");
        var keys = keysAt >= 0 && keysAt + 1 < args.Length ? int.Parse(args[keysAt + 1]) : 300;
        var atAt = Array.IndexOf(args, "--at");
        var at = atAt >= 0 && atAt + 1 < args.Length ? double.Parse(args[atAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 0.5;
        var stageAt = Array.IndexOf(args, "--allocations-in");
        var sampledStage = stageAt >= 0 && stageAt + 1 < args.Length ? args[stageAt + 1] : null;
        var source = File.ReadAllText(args[0]);
        var uri = DocumentUris.FromFilePath(Path.GetFullPath(args[0]));
        var document = ArticleDocument.Create(uri, 1, ArticleText.From(source), BylineConfig.Default);
        _ = document.Diagnostics;
        var stages = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        var allocated = new Dictionary<string, List<double>>();
        DocumentReport? report = null;
        var offset = StartOfTyping(source, at);
        using var sampler = args.Contains("--allocations") || sampledStage is not null ? new AllocationSampler() : null;
        var options = new Options(args.Contains("--linked-only"), args.Contains("--fold-after"), sampledStage is null ? null : (sampledStage, sampler!));
        var warmUp = Stopwatch.StartNew();
        for (var k = -1; k < keys; k++)
        {
            // Warm up until tiered compilation has optimised the per-keystroke code (3 s), then time `keys` keystrokes.
            var timed = k >= 0;
            if (!timed && warmUp.Elapsed.TotalSeconds < 3)
            {
                k = -2;
            }
            sampler?.Recording = timed;
            (document, report) = Keystroke(document, report, offset++, timed ? new Laps(stages, cpu, allocated) : null, options);
        }
        sampler?.Recording = false;
        Console.WriteLine($"{Path.GetFileName(args[0])}: {source.Length:N0} chars, {document.Syntax.Blocks.Length:N0} blocks, {document.Diagnostics.Length} diagnostics, {keys} keystrokes (ms)");
        Console.WriteLine($"{"stage",-56} {"p50",8} {"p99",8} {"max",8} {"cpu p50",8} {"cpu p99",8} {"KB p50",8}");
        foreach (var (stage, times) in stages)
        {
            var (p50, p99, max) = Quantiles(times);
            var processor = cpu.TryGetValue(stage, out var c) ? Quantiles(c) : default;
            var bytes = allocated.TryGetValue(stage, out var a) ? Quantiles(a).P50 : 0;
            Console.WriteLine($"{stage,-56} {p50,8:F3} {p99,8:F3} {max,8:F3} {(c is null ? "" : $"{processor.P50,8:F3} {processor.P99,8:F3} {bytes,8:F1}")}");
        }
        foreach (var stage in new[] { "analysis (ArticleDocument.Analysis, all of it)", "  entities (EntityAnalyzer.Analyze)" })
        {
            // Processor time, as a loaded machine's wall times are mostly waiting.
            var slowest = cpu[stage].Select((ms, key) => (Ms: ms, Key: key)).OrderByDescending(k => k.Ms).Take(10);
            Console.WriteLine($"slowest keys, {stage.Trim()} (processor ms, key number from 0): {string.Join(", ", slowest.Select(k => $"{k.Ms:F2} #{k.Key}"))}");
        }
        sampler?.Print(top: 25);
        return 0;
    }

    private static (double P50, double P99, double Max) Quantiles(List<double> values)
    {
        values = [.. values];
        values.Sort();
        return (values[values.Count / 2], values[Math.Min(values.Count - 1, values.Count * 99 / 100)], values[^1]);
    }

    /// <summary>Per stage: wall ms, this thread's processor ms and the KB it allocated.</summary>
    /// <summary><c>--allocations-in STAGE</c>: the sampler keeps only the samples taken while the stage whose name starts with STAGE ran.</summary>
    private sealed record Options(bool LinkedOnly, bool FoldAfter, (string Stage, AllocationSampler Sampler)? SampledStage);

    private sealed record Laps(Dictionary<string, List<double>> Wall, Dictionary<string, List<double>> Cpu, Dictionary<string, List<double>> Allocated);

    private static (ArticleDocument, DocumentReport) Keystroke(ArticleDocument document, DocumentReport? report, int offset, Laps? laps, Options options)
    {
        var stages = laps?.Wall;
        var sw = Stopwatch.StartNew();
        var cpuStarted = PhaseTimer.ThreadCpuNanoseconds();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var lapStarted = DateTime.UtcNow;
        void Lap(string stage)
        {
            if (laps is not null && options.SampledStage is var (sampled, sampler) && stage.TrimStart().StartsWith(sampled, StringComparison.Ordinal))
            {
                sampler.Window(lapStarted, DateTime.UtcNow);
            }
            Count(stages, stage, sw.Elapsed.TotalMilliseconds);
            var now = PhaseTimer.ThreadCpuNanoseconds();
            Count(laps?.Cpu, stage, (now - cpuStarted) / 1e6);
            Count(laps?.Allocated, stage, (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0);
            cpuStarted = PhaseTimer.ThreadCpuNanoseconds();
            allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            lapStarted = DateTime.UtcNow;
            sw.Restart();
        }
        var gcBefore = GC.CollectionCount(0);
        var text = document.Text.WithChanges([new TextChange(new TextSpan(offset, 0), "x")]);
        var next = document.WithText(text, document.Version + 1);
        Lap("document update (change + incremental parse)");
        var syntax = next.Syntax;
        // The stages alone, on a side table of their own made from the previous analysis' (as Analyze does).
        var blocks = BlockResultTable.For(syntax, document.Analysis!.BlockResults);
        Lap("  side table (BlockResultTable.For)");
        var sourcing = SourcingLinker.Link(syntax, blocks);
        Lap("  attribution linking (SourcingLinker.Link)");
        var entities = EntityAnalyzer.Analyze(syntax, next.Config.Analyzer.KnowledgeBase, blocks);
        Lap("  entities (EntityAnalyzer.Analyze)");
        var model = new ArticleModel(syntax, sourcing, next.Config.Analyzer, entities, blocks);
        foreach (var rule in RuleCatalog.Rules)
        {
            _ = rule.Analyze(model).Count();
            Lap($"  rule {rule.Descriptor.Id}");
        }
        _ = ArticleAnalyzer.Analyze(syntax, next.Config.Analyzer, document.Analysis);
        Lap("ArticleAnalyzer.Analyze alone, from the previous analysis");
        var analysis = next.Analysis!;
        Lap("analysis (ArticleDocument.Analysis, all of it)");
        Count(stages, "(blocks whose linking was kept)", analysis.BlockResults.LinkedBlocksReused);
        Count(stages, "(blocks parsed again)", syntax.Blocks.Length - syntax.ReusedBlockCount);
        // 0 when the edit changed a name's candidates, so the whole article's entities were linked again.
        Count(stages, "(entities taken over, not linked again: 1 or 0)", analysis.BlockResults.EntitiesReused ? 1 : 0);
        // 1 when the edit's candidates established nothing, so only the entities they touch were linked again.
        Count(stages, "(entities linked again in part: 1 or 0)", analysis.BlockResults.EntitiesPartlyRelinked ? 1 : 0);
        sw.Restart();
        lapStarted = DateTime.UtcNow;
        cpuStarted = PhaseTimer.ThreadCpuNanoseconds();
        allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        // Entities taken over are moved across the edit only when first read (the editor's semantic tokens and
        // outline read them after each change): what that first read costs, 0 when they were linked or moved already.
        if (!options.LinkedOnly)
        {
            _ = analysis.Entities.Mentions;
        }
        Lap("entities' mentions, first read (the lazy move)");
        _ = next.Text.Lines;
        Lap("line map");
        // As the report reads them: the findings an edit moved through their lags, not placed.
        _ = next.GetPlacedDiagnostics(CancellationToken.None);
        Lap("suppressions + sort (ArticleDocument.Diagnostics)");
        // What the pull handler does: the report made from the last one (conversion, each new item's JSON, the
        // result id), then the answer's JSON, written from the items' JSON.
        var nextReport = DocumentReport.Create(next, PositionEncoding.Utf16, relatedInformation: true, report);
        Lap("LSP report from the last one (DocumentReport.Create)");
        _ = JsonSerializer.SerializeToUtf8Bytes(nextReport.Items, LspJsonContext.Default.DiagnosticList);
        Lap("JSON of the answer (written once)");
        Count(stages, "(diagnostics taken from the last report)", nextReport.Reused);
        Count(stages, "(gen-0 collections)", GC.CollectionCount(0) - gcBefore);
        if (options.FoldAfter)
        {
            sw.Restart();
            lapStarted = DateTime.UtcNow;
            cpuStarted = PhaseTimer.ThreadCpuNanoseconds();
            allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            analysis.Entities.FoldIfDue();
            Lap("after the answer: the shift folded when due (off the keystroke's path)");
        }
        return (next, nextReport);
    }

    private static void Count(Dictionary<string, List<double>>? stages, string what, double value)
    {
        if (stages is not null)
        {
            (stages.TryGetValue(what, out var list) ? list : stages[what] = []).Add(value);
        }
    }

    /// <summary>
    /// Where the keystrokes type, as the whole-process driver's <c>--at F</c> does: column 10 (or the line's end) of
    /// the line at <paramref name="at"/> of the way down, counting lines split at <c>\n</c>.
    /// </summary>
    private static int StartOfTyping(string source, double at)
    {
        var starts = new List<int> { 0 };
        for (var i = source.IndexOf('\n'); i >= 0; i = source.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }
        var line = (int)Math.Floor(starts.Count * at);
        var end = line + 1 < starts.Count ? starts[line + 1] - 1 : source.Length;
        return Math.Min(starts[line] + 10, end);
    }
}
