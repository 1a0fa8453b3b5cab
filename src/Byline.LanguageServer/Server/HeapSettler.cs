namespace Byline.LanguageServer.Server;

/// <summary>
/// Moves what a long article's first analysis keeps into the old generation before its diagnostics are answered, so
/// that typing does not pay for it. That analysis leaves tens of megabytes of live objects in the young generations
/// (a 1 MB article: ~35–50 MB), and the first collections after the open copied them, to generation 1 and then to 2
/// (a blocking full collection when that overran generation 2's budget): 30–60 ms pauses each on a quiet machine,
/// which fell on the keystrokes of a user who types as soon as the diagnostics appear and set the 1 MB keystroke's
/// p99. The open pays instead (two collections, 57–100 processor-ms for 1 MB on a busy machine), once per long
/// article: a pull that allocated less than <see cref="WorthSettlingBytes"/> (any keystroke, any article of ordinary
/// length) leaves nothing the ordinary collections mind. Settling once the server had been quiet for a while after
/// the answer cost the open nothing but helped only a user who read first; settling the moment the answer was written
/// made the first keystroke wait for the whole settle (Keystroke, Sessions 15 and 18, in docs/performance.md).
/// </summary>
internal static class HeapSettler
{
    /// <summary>A pull that allocated at least this much (a long article's first analysis) settles the heap before its answer.</summary>
    public const long WorthSettlingBytes = 16 * 1024 * 1024;

    /// <summary>Settles the heap after a pull that allocated <paramref name="allocated"/> bytes, if that is worth it.</summary>
    public static void AfterPull(long allocated)
    {
        if (allocated < WorthSettlingBytes)
        {
            return;
        }
        using var phase = Byline.Text.PhaseTimer.Once("settle the heap after a long article's first analysis");
        // The first moves the analysis out of generation 0, the second into generation 2.
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
