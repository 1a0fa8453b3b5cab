using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using Byline.Workspace;

namespace Byline.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Byline.Benchmarks -- memory FILE...`: the managed heap that the open
/// articles keep alive, per byte of their files, stage by stage as the server builds it: the text, the syntax tree,
/// the analysis (block facts, linking, entities, findings), the diagnostics and the last LSP report. Each figure is
/// the live heap after a full compacting collection minus the one before the stage, so it attributes the server's
/// "RSS per byte held" (lsp-driver.mjs) to the layers without a heap dump.
/// </summary>
public static class MemoryProfile
{
    public static int Run(string[] args)
    {
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (files.Length == 0 || !files.All(File.Exists))
        {
            Console.Error.WriteLine("usage: memory FILE... [--pause]");
            return 2;
        }
        // Warm up on the first file so that lazily loaded data (tagger, knowledge base, lexicons) is not counted.
        Hold(files[0], []);
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var stages = new Dictionary<string, long>();
        var kept = new List<object>();
        var live = Live();
        foreach (var file in files)
        {
            live = Hold(file, kept, stages, live);
        }
        // What the server's idle trim gives back besides free space: the analysis' caches between documents.
        Byline.Analysis.ArticleAnalyzer.ReleaseCaches();
        stages["idle trim (ArticleAnalyzer.ReleaseCaches)"] = Live() - live;
        Console.WriteLine($"{files.Length} files, {bytes:N0} bytes held; live heap per byte of file, by stage:");
        foreach (var (stage, size) in stages)
        {
            Console.WriteLine($"  {stage,-44} {size / 1048576.0,9:F1} MB {(double)size / bytes,7:F2}");
        }
        Console.WriteLine($"  {"total",-44} {stages.Values.Sum() / 1048576.0,9:F1} MB {(double)stages.Values.Sum() / bytes,7:F2}");
        if (args.Contains("--pause"))
        {
            // For `dotnet-dump collect -p PID`: the articles stay held until a line arrives on standard input.
            Console.WriteLine($"pid {Environment.ProcessId}: press Enter to exit");
            Console.ReadLine();
        }
        GC.KeepAlive(kept);
        return 0;
    }

    private static void Hold(string file, List<object> kept) => Hold(file, kept, [], Live());

    private static long Hold(string file, List<object> kept, Dictionary<string, long> stages, long live)
    {
        void Stage(string name, object value)
        {
            kept.Add(value);
            var now = Live();
            stages[name] = stages.GetValueOrDefault(name) + now - live;
            live = now;
        }
        var text = ArticleText.From(File.ReadAllText(file));
        _ = text.Lines;
        Stage("text + line map", text);
        var uri = DocumentUris.FromFilePath(Path.GetFullPath(file));
        var document = ArticleDocument.Create(uri, 1, text, BylineConfig.Default);
        Stage("syntax tree", document.Syntax);
        Stage("analysis", document.Analysis!);
        Stage("diagnostics (suppressions, sort)", document.Diagnostics);
        var report = DocumentReport.Create(document, PositionEncoding.Utf16, relatedInformation: true);
        Stage("LSP report (DocumentReport)", report);
        Stage("document", document);
        return live;
    }

    private static long Live()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
