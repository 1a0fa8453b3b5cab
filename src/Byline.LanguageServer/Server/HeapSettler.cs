namespace Byline.LanguageServer.Server;

/// <summary>
/// Moves what a long article's first analysis keeps into the old generation once its diagnostics have been sent and
/// the user is reading them, so that typing does not pay for it. That analysis leaves tens of megabytes of live objects
/// in the young generations (a 1 MB article: ~35–50 MB), and the collections that fall on the next keystrokes copied
/// them twice, to generation 1 and then to 2: a 20–110 ms pause each, the 1 MB keystroke's p99. Here two collections
/// run when the server has stayed quiet for <see cref="Quiet"/> after the answer, as the preload settles the heap
/// before the first request. A keystroke within that time means the user types at once: the collections then take
/// their usual course rather than make that keystroke wait for both. A pull that allocated less than
/// <see cref="WorthSettlingBytes"/> leaves nothing the ordinary collections mind.
/// </summary>
internal static class HeapSettler
{
    /// <summary>A pull that allocated at least this much (a long article's first analysis) settles the heap after its answer.</summary>
    public const long WorthSettlingBytes = 16 * 1024 * 1024;

    /// <summary>How long the server must stay quiet after the answer.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    /// <summary>Less than this allocated meanwhile is quiet (a 1 MB keystroke allocates ~2 MB, a 50 KB one ~0.3 MB, timers next to nothing).</summary>
    private const long QuietBytes = 128 * 1024;

    private static int _requested;
    private static Timer? _timer;

    /// <summary>Asks for a settling once the answer being made has been written.</summary>
    public static void Request() => Volatile.Write(ref _requested, 1);

    /// <summary>Called after an answer is written: when asked to, settles the heap if the server stays quiet.</summary>
    public static void AfterAnswerWritten()
    {
        if (Interlocked.Exchange(ref _requested, 0) == 1)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            // Held in a field until it fires, so that it is not collected first.
            var timer = new Timer(_ => SettleIfQuiet(allocated), null, Quiet, Timeout.InfiniteTimeSpan);
            Interlocked.Exchange(ref _timer, timer)?.Dispose();
        }
    }

    private static void SettleIfQuiet(long allocatedAtAnswer)
    {
        if (GC.GetTotalAllocatedBytes() - allocatedAtAnswer >= QuietBytes)
        {
            return;
        }
        using var phase = Byline.Text.PhaseTimer.Once("settle the heap after a long article's first analysis");
        // The first moves the analysis out of generation 0, the second into generation 2.
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
