namespace Byline.LanguageServer.Server;

/// <summary>
/// The server's preload: the built-in data (<see cref="Byline.Analysis.ArticleAnalyzer.Preload"/>), then one full
/// collection that moves what it keeps (~11 MB of tables, of ~27 MB allocated) out of generation 0 at once and lets
/// the collector size the older generations' budgets on it. Without it the first analysis paid for it: its
/// allocations set off a collection that copied the tables (the 50 KB article's first pull took 47–71 processor-ms
/// instead of 11–25), and later collections would promote them bit by bit onto keystrokes. The collection sweeps
/// rather than compacts: it promotes the tables' regions where they lie instead of copying them, and leaves little
/// to compact (the preload's own generation-0 collections took most of the loads' garbage). It is one, not two: a
/// second, which would move the tables on from generation 1 into 2, cost another ~13 processor-ms on the open's path,
/// and no collection of generation 1 came while typing in the keystroke runs after it (Start-up and open, Session 30,
/// in docs/performance.md). The idle trim compacts later, once the server is quiet.
/// </summary>
internal static class ServerPreload
{
    private static readonly Lazy<Task> Settled = new(() => Byline.Analysis.ArticleAnalyzer.Preload().ContinueWith(
        _ => SettleLoadedData(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));

    /// <summary>
    /// Starts the preload once per process (its loads run on threads of their own); the task completes when the data is
    /// loaded and the heap settled, also when a load failed (the analysis then loads what it needs itself, and reports
    /// what fails).
    /// </summary>
    public static Task Start() => Settled.Value;

    private static void SettleLoadedData()
    {
        using var phase = Byline.Text.PhaseTimer.Once("preload: a sweeping full collection");
        // A collection promotes a survivor by one generation only: the tables leave generation 0 for 1 (those already
        // in 1 go to 2).
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        if (Byline.Text.PhaseTimer.Enabled)
        {
            var generations = GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo;
            Byline.Text.PhaseTimer.Mark($"preload: settled, generation sizes {generations[0].SizeAfterBytes / 1048576.0:F1}/" +
                $"{generations[1].SizeAfterBytes / 1048576.0:F1}/{generations[2].SizeAfterBytes / 1048576.0:F1}MB, fragmented {GC.GetGCMemoryInfo(GCKind.FullBlocking).FragmentedBytes / 1048576.0:F1}MB");
        }
    }
}
