using System.Runtime.InteropServices;
using Byline.Analysis;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Analysis.Rules;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Byline.Benchmarks -- analysis-cpu FOLDER [--passes N]`: the processor
/// time of a cold analysis of every .txt article under FOLDER, one by one on one thread, by stage. Processor time of
/// the analysing thread (not wall time) so that a machine shared with other work still gives comparable figures;
/// MB/s is characters (2^20) per processor-second.
/// </summary>
internal static class AnalysisCpuProfile
{
    private static readonly string[] StageNames = ["parse", "block facts", "linking", "entities", "rules"];

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: analysis-cpu FOLDER [--passes N]");
            return 2;
        }
        var passesAt = Array.IndexOf(args, "--passes");
        var passes = passesAt >= 0 && passesAt + 1 < args.Length ? int.Parse(args[passesAt + 1]) : 5;
        var articles = Directory.GetFiles(args[0], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => ArticleText.From(File.ReadAllText(f))).ToArray();
        var chars = articles.Sum(a => (long)a.Length);
        var totals = new double[StageNames.Length];
        var warmUntil = ThreadCpuMs() + 4000;
        while (ThreadCpuMs() < warmUntil)
        {
            Pass(articles, new double[StageNames.Length]);
        }
        var perPass = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            var stages = new double[StageNames.Length];
            Pass(articles, stages);
            perPass.Add(stages.Sum());
            for (var s = 0; s < stages.Length; s++)
            {
                totals[s] += stages[s];
            }
        }
        Console.WriteLine($"{articles.Length} articles, {chars / 1048576.0:F2} MB, {passes} passes after 4 s of warm-up; thread processor time per pass:");
        for (var s = 0; s < StageNames.Length; s++)
        {
            Console.WriteLine($"  {StageNames[s],-12} {totals[s] / passes,9:F1} ms");
        }
        perPass.Sort();
        var median = perPass[perPass.Count / 2];
        Console.WriteLine($"  {"whole",-12} {median,9:F1} ms (median; min {perPass[0]:F1}, max {perPass[^1]:F1}) = {chars / 1048576.0 / (median / 1000):F1} MB/s");
        return 0;
    }

    private static void Pass(ArticleText[] articles, double[] stages)
    {
        foreach (var text in articles)
        {
            var t0 = ThreadCpuMs();
            var tree = ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText);
            var t1 = ThreadCpuMs();
            var table = BlockResultTable.For(tree);
            for (var index = 0; index < tree.Blocks.Length; index++)
            {
                if (tree.Blocks[index].Kind is BlockKind.Headline or BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem or BlockKind.Standfirst)
                {
                    table.SourcingOf(index);
                }
            }
            var t2 = ThreadCpuMs();
            var sourcing = SourcingLinker.Link(tree, table);
            var t3 = ThreadCpuMs();
            var entities = EntityAnalyzer.Analyze(tree, blocks: table);
            var t4 = ThreadCpuMs();
            var model = new ArticleModel(tree, sourcing, entities: entities, blocks: table);
            foreach (var rule in RuleCatalog.Rules)
            {
                _ = rule.Analyze(model).Count();
            }
            var t5 = ThreadCpuMs();
            stages[0] += t1 - t0;
            stages[1] += t2 - t1;
            stages[2] += t3 - t2;
            stages[3] += t4 - t3;
            stages[4] += t5 - t4;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID (Linux)

    private static double ThreadCpuMs()
    {
        ClockGetTime(ThreadCpuClock, out var t);
        return t.Seconds * 1000.0 + t.Nanoseconds / 1e6;
    }
}
