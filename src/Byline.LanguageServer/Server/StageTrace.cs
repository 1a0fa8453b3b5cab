using System.Diagnostics;

namespace Byline.LanguageServer.Server;

/// <summary>
/// With <c>BYLINE_TRACE_STAGES=1</c>, the moment each message passes each stage of the server (its frame read from the
/// client, handed to StreamJsonRpc, parsed, dispatched, taken by the queue, handled, its answer serialised and flushed),
/// with the thread it passed on, that thread's processor time and the collections so far, written to standard error when the process exits: what a slow keystroke waited for
/// between the stages, where the handlers' own timing (<c>BYLINE_PHASES=1</c>) sees nothing. Times are the monotonic
/// clock in microseconds (<see cref="Stopwatch"/>, which on Linux is the clock Node's <c>process.hrtime</c> reads, so
/// the LSP driver's own marks line up with these). Recording is an array write: no output while the server works.
/// Off, a stage costs one static field read.
/// </summary>
internal static class StageTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("BYLINE_TRACE_STAGES") is "1" or "true";

    private const int Capacity = 1 << 18;

    private static readonly Entry[] Entries = Enabled ? new Entry[Capacity] : [];
    private static int _count;
    private static int _written;

    static StageTrace()
    {
        if (Enabled)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => WriteAll();
        }
    }

    /// <summary>Notes that a message (named by <paramref name="what"/>: its method or id) passed <paramref name="stage"/> now.</summary>
    public static void Mark(string stage, string? what = null)
    {
        if (!Enabled)
        {
            return;
        }
        var index = Interlocked.Increment(ref _count) - 1;
        if (index < Capacity)
        {
            Entries[index] = new Entry(Stopwatch.GetTimestamp(), stage, what, Environment.CurrentManagedThreadId,
                Byline.Text.PhaseTimer.ThreadCpuNanoseconds(), GC.CollectionCount(0), GC.CollectionCount(2));
        }
    }

    /// <summary>Writes the stages marked so far to standard error (once: at shutdown, or at exit without one).</summary>
    public static void WriteAll()
    {
        if (Enabled && Interlocked.Exchange(ref _written, 1) == 0)
        {
            Write(Console.Error);
        }
    }

    private static void Write(TextWriter output)
    {
        var count = Math.Min(_count, Capacity);
        var toMicroseconds = 1e6 / Stopwatch.Frequency;
        for (var i = 0; i < count; i++)
        {
            var entry = Entries[i];
            output.WriteLine($"byline-stage {entry.Timestamp * toMicroseconds:F1} {entry.Thread} {entry.ThreadCpu / 1e3:F1} {entry.Gen0}/{entry.Gen2} {entry.Stage} {entry.What}");
        }
        output.Flush();
    }

    /// <param name="ThreadCpu">The thread's processor time so far (ns): with the wall time between two stages on one thread, whether it ran or waited.</param>
    /// <param name="Gen0">Collections so far (any generation); <paramref name="Gen2"/> full ones.</param>
    private readonly record struct Entry(long Timestamp, string Stage, string? What, int Thread, long ThreadCpu, int Gen0, int Gen2);
}
