using System.Diagnostics;
using Byline.Analysis;
using Byline.Text;

namespace Byline.LanguageServer;

/// <summary>
/// Gives the memory a burst of work left behind back to the operating system once the server has gone quiet.
/// Starting up (the built-in data), walking a large workspace folder or opening a long article allocates far more
/// than it keeps, and the collector keeps the emptied space committed for the allocations it expects next: a server
/// left idle after opening one article in a 10,000-article folder held about twice its live data. The check runs
/// on a timer and needs no hook in the server: when a whole period passed with next to nothing allocated (no
/// request was being served), enough was allocated since the last trim and at least 16 MB of the heap is free,
/// one blocking, compacting, aggressive full collection runs, which also releases the free space (a
/// plain forced full collection keeps it: measured, it gave nothing back). Steady typing never triggers it: a
/// keystroke allocates. A heap that is all live (long articles open, just trimmed) is not compacted for nothing.
/// </summary>
internal sealed class IdleMemoryTrim : IDisposable
{
    /// <summary>How long the server must have been quiet.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>At most this much allocated during a period still counts as quiet (timers, the parent-process watch).</summary>
    private const long QuietBytes = 256 * 1024;

    /// <summary>Less than this allocated since the last trim leaves too little to give back for a full collection to pay.</summary>
    private const long WorthTrimmingBytes = 16 * 1024 * 1024;

    /// <summary>Less than this free in the committed heap is not worth a full compacting collection.</summary>
    private const long MinimumFreeBytes = 16 * 1024 * 1024;

    private readonly Timer _timer;
    private long _allocatedAtLastTick;
    private long _allocatedAtLastTrim;

    private IdleMemoryTrim()
    {
        // One tick at a time: the next is armed when this one is done (a trim of a large heap can outlast a period).
        _timer = new Timer(_ => Tick(), null, Period, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Starts watching for quiet periods; dispose to stop.</summary>
    public static IdleMemoryTrim Start() => new();

    public void Dispose() => _timer.Dispose();

    private void Tick()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var quiet = allocated - _allocatedAtLastTick < QuietBytes;
        _allocatedAtLastTick = allocated;
        if (quiet && allocated - _allocatedAtLastTrim >= WorthTrimmingBytes && MostlyFree())
        {
            Trim();
            _allocatedAtLastTrim = _allocatedAtLastTick = GC.GetTotalAllocatedBytes();
        }
        try
        {
            _timer.Change(Period, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The server is shutting down.
        }
    }

    // What the last collection kept is live at most; the heap holds that, what was allocated since, and the space the
    // collector keeps committed for what it expects next.
    private static bool MostlyFree()
    {
        var info = GC.GetGCMemoryInfo();
        var live = info.HeapSizeBytes - info.FragmentedBytes;
        var held = Math.Max(info.TotalCommittedBytes, GC.GetTotalMemory(forceFullCollection: false));
        var free = held - live;
        return free >= MinimumFreeBytes;
    }

    private static void Trim()
    {
        var before = Describe();
        var started = Stopwatch.GetTimestamp();
        // The analysis' spelling tables grow with the words read (about as large as a long article's text): a quiet
        // server gives them back too, and the next keystroke looks up the few words it reads again.
        ArticleAnalyzer.ReleaseCaches();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (PhaseTimer.Enabled)
        {
            Console.Error.WriteLine($"byline-memory idle trim took={Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1}ms before: {before} after: {Describe()}");
        }
    }

    private static string Describe()
    {
        if (!PhaseTimer.Enabled)
        {
            return "";
        }
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var process = Process.GetCurrentProcess();
        return $"rss={process.WorkingSet64 / 1048576.0:F1}MB heap={info.HeapSizeBytes / 1048576.0:F1}MB fragmented={info.FragmentedBytes / 1048576.0:F1}MB committed={info.TotalCommittedBytes / 1048576.0:F1}MB gc={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} allocated={GC.GetTotalAllocatedBytes() / 1048576.0:F1}MB";
    }
}
