namespace Byline.LanguageServer.Server;

/// <summary>
/// Moves what a long article's first analysis keeps into the old generation once its diagnostics have been sent, so
/// that typing does not pay for it. That analysis leaves tens of megabytes of live objects in the young generations
/// (a 1 MB article: ~50 MB), and the collections that fall on the next keystrokes copied them twice, to generation 1
/// and then to 2: a 20–110 ms pause each, the 1 MB keystroke's p99. Here two collections run back to back right
/// after the answer is written, while the user reads it, as the preload settles the heap before the first request.
/// A pull that allocated less than <see cref="WorthSettlingBytes"/> leaves nothing the ordinary collections mind.
/// </summary>
internal static class HeapSettler
{
    /// <summary>A pull that allocated at least this much (a long article's first analysis) settles the heap after its answer.</summary>
    public const long WorthSettlingBytes = 16 * 1024 * 1024;

    private static int _requested;

    /// <summary>Asks for a settling once the answer being made has been written.</summary>
    public static void Request() => Volatile.Write(ref _requested, 1);

    /// <summary>Called after an answer is written: settles the heap off the writing thread when asked to.</summary>
    public static void AfterAnswerWritten()
    {
        if (Interlocked.Exchange(ref _requested, 0) == 1)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Settle(), null);
        }
    }

    private static void Settle()
    {
        using var phase = Byline.Text.PhaseTimer.Once("settle the heap after a long article's first analysis");
        // The first moves the analysis out of generation 0, the second into generation 2.
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
