using System.Diagnostics;
using Byline.Analysis;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Analysis.Rules;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Byline.Benchmarks -- throughput FOLDER [--passes N] [--allocations]`: where the processor
/// time of a whole-folder check goes, in one thread and one process, stage by stage: read, parse, block facts,
/// attribution linking, entities, each rule and the findings' sort, as <see cref="ArticleAnalyzer.Analyze"/> runs them, each with the
/// bytes this thread allocated in it (exact, from the runtime's per-thread counter). Every pass parses every
/// article afresh (no result is shared across documents or passes); the first pass includes the JIT and the data
/// loads, the last is warm. Processor time is the thread's own (CLOCK_THREAD_CPUTIME_ID), so load on a shared
/// machine disturbs it less than wall time. <c>--allocations</c> adds the last pass' allocations by type (sampled);
/// <c>--allocations-in STAGE</c> those made while that stage ran ("entities", "block facts", "rule BYL0001").
/// <c>--as-check</c> analyses as <c>byline check</c>'s text output does: no claim heads or fixes, only the rules that report at
/// the default threshold, and no entities when none of those reads them.
/// </summary>
public static class ThroughputProfile
{
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: throughput FOLDER [--passes N] [--allocations | --allocations-in STAGE] [--as-check]");
            return 2;
        }
        var passesAt = Array.IndexOf(args, "--passes");
        var passes = passesAt >= 0 && passesAt + 1 < args.Length ? int.Parse(args[passesAt + 1]) : 3;
        var stageAt = Array.IndexOf(args, "--allocations-in");
        var sampledStage = stageAt >= 0 && stageAt + 1 < args.Length ? args[stageAt + 1] : null;
        using var sampler = args.Contains("--allocations") || sampledStage is not null ? new AllocationSampler() : null;
        var options = args.Contains("--as-check")
            ? AnalyzerOptions.Default with { ClaimHeads = false, ClaimFixes = false, SoleAnalysis = true, LeastReported = Severity.Warning }
            : AnalyzerOptions.Default;
        var files = Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine($"{files.Length} articles in {args[0]}, one thread, {passes} passes{(options.LeastReported is null ? "" : ", as check")}");
        var clockRead = ClockReadNanoseconds();
        for (var pass = 1; pass <= passes; pass++)
        {
            var stages = new Stages(pass == passes ? sampler : null, sampledStage);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var collections = GC.CollectionCount(0);
            var pause = GC.GetTotalPauseDuration();
            long chars = 0;
            sampler?.Recording = pass == passes;
            foreach (var file in files)
            {
                chars += AnalyseOne(file, stages, options);
            }
            var mb = chars / (1024.0 * 1024.0);
            Console.WriteLine($"pass {pass}: {mb:F1} MB (2^20 chars), {stages.TotalMs:F0} ms processor, {mb / (stages.TotalMs / 1000):F1} MB/s; " +
                $"allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:F0} MB, {GC.CollectionCount(0) - collections} gen-0 GCs, pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms");
            var clockMs = stages.Timings * clockRead / 1e6;
            Console.WriteLine($"  of which reading the clock ~{clockMs:F0} ms ({stages.Timings} stage timings, {clockRead:F0} ns a read): " +
                $"{mb / ((stages.TotalMs - clockMs) / 1000):F1} MB/s without it");
            stages.Print();
        }
        sampler?.Print(top: 25);
        return 0;
    }

    /// <summary>
    /// What one read of the thread's processor clock costs: on a virtual machine it may be a system call of a microsecond
    /// or more, and each stage's figure holds about one read (the end of the read that starts it and the start of the
    /// one that stops it), so the small stages' figures are partly the clock's.
    /// </summary>
    private static double ClockReadNanoseconds()
    {
        const int reads = 20_000;
        var first = PhaseTimer.ThreadCpuNanoseconds();
        for (var i = 1; i < reads; i++) PhaseTimer.ThreadCpuNanoseconds();
        return (PhaseTimer.ThreadCpuNanoseconds() - first) / (double)reads;
    }

    private static long AnalyseOne(string file, Stages stages, AnalyzerOptions options)
    {
        // As `byline check` analyses an article: once, its blocks' readings in the thread's buffer.
        using var buffer = BlockWordBuffer.Open();
        // Read as the workspace loads an article (ArticleDocument.Load): bytes, then the decoder.
        var source = stages.Time("read", () => TextDecoder.Decode(File.ReadAllBytes(file)).Text);
        var format = file.EndsWith(".md", StringComparison.Ordinal) ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        var syntax = stages.Time("parse", () => ArticleSyntaxTree.Parse(source, format));
        var blocks = BlockResultTable.For(syntax);
        stages.Time("block facts", () => ReadBlockFacts(syntax, blocks));
        var sourcing = stages.Time("attribution linking", () => SourcingLinker.Link(syntax, blocks));
        var rules = RuleCatalog.Rules.Where(rule => options.RunningSeverityOf(rule.Descriptor) is not null).ToArray();
        var model = rules.Any(rule => rule is IEntityRule)
            ? new ArticleModel(syntax, sourcing, options, stages.Time("entities", () => EntityAnalyzer.Analyze(syntax, options.KnowledgeBase, blocks)), blocks)
            : new ArticleModel(syntax, sourcing, options, null, blocks);
        var findings = System.Collections.Immutable.ImmutableArray.CreateBuilder<Finding>();
        foreach (var rule in rules)
        {
            findings.AddRange(stages.Time("rule " + rule.Descriptor.Id, () => rule.Analyze(model).ToList()));
        }
        // As the analysis ends: its findings in report order.
        stages.Time("sort findings", () => FindingSort.InReportOrder(findings));
        return source.Length;
    }

    // The per-block sourcing facts, timed apart from the linking that reads them.
    private static int ReadBlockFacts(ArticleSyntaxTree syntax, BlockResultTable blocks)
    {
        for (var index = 0; index < syntax.Blocks.Length; index++)
        {
            if (syntax.Blocks[index].Kind is BlockKind.Headline or BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem or BlockKind.Standfirst)
            {
                blocks.SourcingOf(index);
            }
        }
        return syntax.Blocks.Length;
    }

    /// <param name="sampler">Told when <paramref name="sampledStage"/> runs, when one is named.</param>
    private sealed class Stages(AllocationSampler? sampler, string? sampledStage)
    {
        private readonly Dictionary<string, long> _nanoseconds = [];
        private readonly Dictionary<string, long> _bytes = [];

        public double TotalMs => _nanoseconds.Values.Sum() / 1e6;

        /// <summary>How many stages were timed (two clock reads each).</summary>
        public int Timings { get; private set; }

        public T Time<T>(string stage, Func<T> work)
        {
            var window = sampler is not null && sampledStage == stage ? DateTime.UtcNow : default;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = PhaseTimer.ThreadCpuNanoseconds();
            var result = work();
            if (window != default) sampler!.Window(window, DateTime.UtcNow);
            _nanoseconds[stage] = _nanoseconds.GetValueOrDefault(stage) + PhaseTimer.ThreadCpuNanoseconds() - started;
            _bytes[stage] = _bytes.GetValueOrDefault(stage) + GC.GetAllocatedBytesForCurrentThread() - allocated;
            Timings++;
            return result;
        }

        public void Print()
        {
            foreach (var (stage, ns) in _nanoseconds.OrderByDescending(s => s.Value))
            {
                Console.WriteLine($"  {stage,-22} {ns / 1e6,8:F0} ms  {100.0 * ns / _nanoseconds.Values.Sum(),5:F1}%  {_bytes[stage] / 1e6,8:F1} MB allocated");
            }
        }
    }
}
