using System.Diagnostics.Tracing;

namespace Byline.LanguageServer.Server;

/// <summary>
/// With <c>BYLINE_GC_EVENTS=1</c> (and <c>BYLINE_PHASES=1</c>), one line per collection with its generation and the
/// runtime's reason, the collector's global history (the condemned generation, its mechanisms; the condemn reasons
/// read 0 on .NET 10), the generations' sizes after it, and the large-object allocations the runtime
/// sampled (one allocation tick per ~100 KB allocated in the large-object heap: the type and the size of the object
/// that crossed the mark; the small-object heap's ticks are only counted), and the bytes marked from each kind of root
/// (stacks, handles, the older generations' cards). Tells what made a full collection fall
/// while typing. The runtime's events reach an in-process listener only on the JIT runtime; the native server logs
/// nothing.
/// </summary>
internal sealed class GcEventLog : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int GcStart = 1;
    private const int HeapStats = 4;
    private const int AllocationTick = 10;
    private const int GlobalHeapHistory = 205;
    private const int MarkWithType = 202;

    private static GcEventLog? _instance;
    private long _smallTicks;
    private long _largeTicks;

    public static void StartIfAsked()
    {
        if (Byline.Text.PhaseTimer.Enabled && Environment.GetEnvironmentVariable("BYLINE_GC_EVENTS") is "1")
        {
            _instance = new GcEventLog();
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventId)
        {
            case GcStart:
                Byline.Text.PhaseTimer.Mark($"gc start count={Payload(e, "Count")} depth={Payload(e, "Depth")} reason={Payload(e, "Reason")} type={Payload(e, "Type")} ticks_since_start small={_smallTicks} large={_largeTicks}");
                break;
            case GlobalHeapHistory:
                Byline.Text.PhaseTimer.Mark("gc history " + AllFields(e));
                break;
            case MarkWithType:
                // What the collection marked from each kind of root (Type: 0 stacks, 1 finalization queue, 2 handles,
                // 3 older generations' cards, 4 sized references, 5 overflow): its bytes.
                Byline.Text.PhaseTimer.Mark($"gc mark type={Payload(e, "Type")} bytes={Payload(e, "Bytes")}");
                break;
            case HeapStats:
                Byline.Text.PhaseTimer.Mark("gc heap " + AllFields(e));
                break;
            case AllocationTick when Convert.ToUInt32(Payload(e, "AllocationKind") ?? 0u) != 1:
                _smallTicks++;
                break;
            case AllocationTick:
                _largeTicks++;
                Byline.Text.PhaseTimer.Mark($"gc loh-tick amount={Payload(e, "AllocationAmount64")} type={Payload(e, "TypeName")} size={Payload(e, "ObjectSize")}");
                break;
        }
    }

    private static string AllFields(EventWrittenEventArgs e) =>
        string.Join(' ', e.PayloadNames!.Select((name, i) => $"{name}={e.Payload![i]}"));

    private static object? Payload(EventWrittenEventArgs e, string name)
    {
        var index = e.PayloadNames?.IndexOf(name) ?? -1;
        return index >= 0 ? e.Payload![index] : null;
    }
}
