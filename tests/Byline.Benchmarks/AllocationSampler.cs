using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Byline.Benchmarks;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated, naming the type of the object that crossed
/// the mark), summed per type: which types a stage allocates most, without a profiler. Sampled, so a type's
/// figure is an estimate of its bytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int AllocationTickEvent = 10;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    // The runtime hands its events to a listener late, on another thread: a sample is kept only when its own time
    // lies in one of these windows (the stage's runs), when any are noted.
    private readonly List<(DateTime Start, DateTime End)> _windows = [];
    private readonly ConcurrentBag<(DateTime At, string Type, long Bytes)> _timed = [];

    /// <summary>Keeps, of what is recorded, only the samples taken between <paramref name="start"/> and <paramref name="end"/> (UTC), and those of other such windows.</summary>
    public void Window(DateTime start, DateTime end) => _windows.Add((start, end));

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Recording || e.EventId != AllocationTickEvent || e.Payload is null)
        {
            return;
        }
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        // A sample on the large-object heap (kind 1) is named so: those allocations count toward a full collection.
        if (e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(e.Payload[k]) == 1)
        {
            type = "(large object) " + type;
        }
        _timed.Add((e.TimeStamp.ToUniversalTime(), type, amount));
    }

    public void Print(int top)
    {
        Thread.Sleep(1000); // the last events still on their way
        var windows = _windows.OrderBy(w => w.Start).ToArray();
        var starts = windows.Select(w => w.Start).ToArray();
        foreach (var (at, type, amount) in _timed)
        {
            var found = Array.BinarySearch(starts, at);
            var i = found < 0 ? ~found - 1 : found;
            if (windows.Length == 0 || i >= 0 && at <= windows[i].End) _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
        Console.WriteLine(windows.Length == 0 ? "  allocated by type (sampled):" : $"  allocated by type in {windows.Length} windows (sampled):");
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"    {bytes / 1e6,7:F1} MB  {type}");
        }
        _bytes.Clear();
        _timed.Clear();
        _windows.Clear();
    }
}
