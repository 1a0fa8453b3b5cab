namespace Byline.LanguageServer.Server;

/// <summary>
/// The server's preload: the built-in data (<see cref="Byline.Analysis.ArticleAnalyzer.Preload"/>), then one full
/// collection that moves what it keeps (~11 MB of tables, of ~27 MB allocated) out of generation 0 at once and lets
/// the collector size the older generations' budgets on it. Without it the first analysis paid for it: its
/// allocations set off a collection that copied the tables (the 50 KB article's first pull took 47–71 processor-ms
/// instead of 11–25), and later collections would promote them bit by bit onto keystrokes. The collection sweeps
/// rather than compacts: it promotes the tables' regions where they lie instead of copying them, and leaves little
/// to compact (the preload's own generation-0 collections took most of the loads' garbage). A second, of generation 1
/// only, follows when the tables stayed there (<see cref="PromoteWhatStayedYoung"/>): Session 30 found no collection
/// of generation 1 while typing without it, but with the collector's own small budgets one came within 300 keystrokes
/// and made a full one (Session 42). The idle trim compacts later, once the server is quiet.
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

    /// <summary>Generation 1 holding at least this much after the full collection is the tables, not a stray object.</summary>
    private const long YoungTablesBytes = 2 * 1024 * 1024;

    private static void SettleLoadedData()
    {
        using var phase = Byline.Text.PhaseTimer.Once("preload: a sweeping full collection");
        // A collection promotes a survivor by one generation only: the tables leave generation 0 for 1 (those already
        // in 1 go to 2).
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        PromoteWhatStayedYoung();
        if (Byline.Text.PhaseTimer.Enabled)
        {
            var generations = GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo;
            Byline.Text.PhaseTimer.Mark($"preload: settled, generation sizes {generations[0].SizeAfterBytes / 1048576.0:F1}/" +
                $"{generations[1].SizeAfterBytes / 1048576.0:F1}/{generations[2].SizeAfterBytes / 1048576.0:F1}MB, fragmented {GC.GetGCMemoryInfo(GCKind.Any).FragmentedBytes / 1048576.0:F1}MB");
        }
    }

    /// <summary>
    /// Tables the preload's own collections had not yet moved out of generation 0 are in generation 1 after the full
    /// collection, which left generation 2's budget sized on the little that reached it. The first collection of
    /// generation 1 while typing then promoted them all at once and overran that budget: a blocking full collection of
    /// ~25 MB on a keystroke (Session 42, docs/performance-log.md). One more sweep of generation 1 moves them on now.
    /// </summary>
    private static void PromoteWhatStayedYoung()
    {
        if (GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo[1].SizeAfterBytes >= YoungTablesBytes)
        {
            GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }
}
