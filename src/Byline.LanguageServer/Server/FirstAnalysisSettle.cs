namespace Byline.LanguageServer.Server;

/// <summary>
/// Settles the heap once more, off the request path, just after the server's first diagnostics are answered. The
/// preload's settling collection sized generation 2's budget on the built-in tables alone (~10.5 MB); the first
/// analysis' objects, promoted by the first young collections while typing, then spent that small budget, and the
/// collector answered with a blocking full collection of the whole heap (~26 MB promoted, 10–20 ms on a quiet
/// machine) a few seconds into typing, in 8 of 9 runs of the 50 KB keystroke bench (Session 46, keystroke tail, in
/// docs/performance-log.md). Doing that collection here, once per process, a moment after the answer is written, puts
/// it in the pause between the open and the first keystroke, and sizes generation 2's budget on the heap as it is with
/// an article open. It is the idle trim's kind of collection (aggressive, compacting): a sweeping one left the heap
/// looking all live to <see cref="IdleMemoryTrim"/>, which then never gave the committed space back (idle 56–58 MB
/// instead of 42, measured), so this one gives it back itself.
/// </summary>
internal static class FirstAnalysisSettle
{
    /// <summary>Long enough for the first answer to be written before the collection stops every thread.</summary>
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(20);

    private static int _armed;
    private static Timer? _timer;

    /// <summary>Arms the settle after the first pull that answered diagnostics; later calls do nothing.</summary>
    public static void AfterFirstAnswer()
    {
        if (Interlocked.Exchange(ref _armed, 1) == 0)
        {
            _timer = new Timer(_ => Settle(), null, Delay, Timeout.InfiniteTimeSpan);
        }
    }

    private static void Settle()
    {
        using var phase = Byline.Text.PhaseTimer.Once("settle the heap after the first analysis");
        // A collection promotes a survivor by one generation only: the first moves the analysis out of generation 0,
        // the full one moves it into generation 2, sizes that generation's budget on everything now live and decommits
        // the free space.
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _timer?.Dispose();
    }
}
