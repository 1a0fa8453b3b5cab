using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Byline.Text;

/// <summary>
/// Where a whole process spends its time, for profiling on a user's machine without a profiler: with the
/// environment variable <c>BYLINE_PHASES=1</c>, each one-off phase (loading a word list, the knowledge base)
/// writes a line to standard error when it ends — its start and its length in milliseconds since the process
/// started — and phases that repeat (per article: read, parse, analyse) are summed and written when the process
/// exits. Each phase also gives the processor time of its thread (on Linux), which a busy machine inflates far
/// less than wall time, and a one-off phase the bytes its thread allocated. Off, a phase costs one static field read.
/// </summary>
public static partial class PhaseTimer
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("BYLINE_PHASES") is "1" or "true";

    private static readonly ConcurrentDictionary<string, Total> Totals = new(StringComparer.Ordinal);
    private static readonly DateTime ProcessStart = Enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    static PhaseTimer()
    {
        if (Enabled)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => WriteTotals();
        }
    }

    /// <summary>A phase that happens once: written when the returned scope is disposed.</summary>
    public static Scope Once(string name) => Enabled ? new Scope(name, summed: false) : default;

    /// <summary>A phase that repeats (on any thread): its total and count are written at exit.</summary>
    public static Scope Summed(string name) => Enabled ? new Scope(name, summed: true) : default;

    /// <summary>Marks a moment (the first request, the first answer) with its time since the process started.</summary>
    public static void Mark(string name)
    {
        if (Enabled)
        {
            Console.Error.WriteLine($"byline-phase {name} at={SinceStart():F1}ms thread={Environment.CurrentManagedThreadId}");
        }
    }

    private static double SinceStart() => (DateTime.UtcNow - ProcessStart).TotalMilliseconds;

    private static void WriteTotals()
    {
        foreach (var (name, total) in Totals.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"byline-phase {name} total={total.Ticks * 1000.0 / Stopwatch.Frequency:F1}ms cpu={total.CpuNanoseconds / 1e6:F1}ms count={total.Count} (summed over threads)");
        }
        Console.Error.WriteLine($"byline-phase exit at={SinceStart():F1}ms cpu={Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0}ms gc={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} allocated={GC.GetTotalAllocatedBytes() / 1048576.0:F1}MB gc_pause={GC.GetTotalPauseDuration().TotalMilliseconds:F0}ms{LastCollection()}");
    }

    /// <summary>What the last collection found alive: the heap after it and what it promoted, so that a growing live set shows.</summary>
    private static string LastCollection()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return $" heap_after_last_gc={info.HeapSizeBytes / 1048576.0:F0}MB promoted={info.PromotedBytes / 1048576.0:F0}MB" +
            $" live_after_last_full_gc={full.HeapSizeBytes / 1048576.0:F0}MB pause_percent={info.PauseTimePercentage:F1}";
    }

    private sealed class Total
    {
        public long Ticks;
        public long CpuNanoseconds;
        public long Count;
    }

    /// <summary>This thread's processor time in nanoseconds, or 0 where the clock is not available.</summary>
    public static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }
        try
        {
            return ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 0;
        }
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public readonly struct Scope : IDisposable
    {
        private readonly string? _name;
        private readonly long _started;
        private readonly long _cpuStarted;
        private readonly long _allocatedStarted;
        private readonly double _startedSinceProcess;
        private readonly bool _summed;

        internal Scope(string name, bool summed)
        {
            _name = name;
            _summed = summed;
            _started = Stopwatch.GetTimestamp();
            _cpuStarted = ThreadCpuNanoseconds();
            _allocatedStarted = summed ? 0 : GC.GetAllocatedBytesForCurrentThread();
            _startedSinceProcess = summed ? 0 : SinceStart();
        }

        public void Dispose()
        {
            if (_name is null)
            {
                return;
            }
            var ticks = Stopwatch.GetTimestamp() - _started;
            var cpu = ThreadCpuNanoseconds() - _cpuStarted;
            if (_summed)
            {
                var total = Totals.GetOrAdd(_name, _ => new Total());
                Interlocked.Add(ref total.Ticks, ticks);
                Interlocked.Add(ref total.CpuNanoseconds, cpu);
                Interlocked.Increment(ref total.Count);
                return;
            }
            Console.Error.WriteLine($"byline-phase {_name} start={_startedSinceProcess:F1}ms took={ticks * 1000.0 / Stopwatch.Frequency:F1}ms cpu={cpu / 1e6:F1}ms allocated={(GC.GetAllocatedBytesForCurrentThread() - _allocatedStarted) / 1048576.0:F1}MB thread={Environment.CurrentManagedThreadId}");
        }
    }
}
