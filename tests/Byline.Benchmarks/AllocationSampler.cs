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
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public void Print(int top)
    {
        Console.WriteLine("  allocated by type (sampled):");
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"    {bytes / 1e6,7:F1} MB  {type}");
        }
        _bytes.Clear();
    }
}
