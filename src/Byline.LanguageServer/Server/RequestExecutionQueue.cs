using System.Threading.Channels;
using Byline.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Byline.LanguageServer.Server;

/// <summary>Whether a handler changes server state (and so must run alone, in arrival order) or only reads a snapshot.</summary>
public enum RequestKind
{
    Mutation,
    Read,
}

/// <summary>
/// Orders the work of all requests and notifications, as Roslyn's <c>RequestExecutionQueue</c> does.
/// Items are taken in arrival order by a single loop. A mutation runs to completion before the next item
/// is looked at, so it sees every earlier change and no later one. A read captures its context (the
/// current workspace snapshot) at its place in the order, then runs on the thread pool in parallel with
/// everything after it; snapshots are immutable, so handlers need no locks.
/// <para>
/// Every item honours its cancellation token (a cancelled item completes as cancelled, which StreamJsonRpc
/// answers with -32800). A handler's exception becomes a <see cref="LocalRpcException"/> with -32603 and a
/// log line; the loop itself never stops on a handler's failure.
/// </para>
/// </summary>
public sealed class RequestExecutionQueue<TContext>
{
    private readonly Channel<WorkItem> _items = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<TContext> _captureContext;
    private readonly ServerLog _log;

    public RequestExecutionQueue(Func<TContext> captureContext, ServerLog log)
    {
        _captureContext = captureContext;
        _log = log;
        Completion = Task.Run(ProcessAsync);
    }

    /// <summary>Completes after <see cref="Complete"/> once every queued item has started.</summary>
    public Task Completion { get; }

    public Task<T> ExecuteAsync<T>(string method, RequestKind kind, Func<TContext, CancellationToken, Task<T>> handler, CancellationToken cancellationToken)
    {
        var item = new WorkItem<T>(method, kind, handler, cancellationToken, _log);
        if (!_items.Writer.TryWrite(item))
        {
            return Task.FromException<T>(new LocalRpcException("The server is shutting down.") { ErrorCode = LspErrorCodes.InvalidRequest });
        }
        return item.Task;
    }

    /// <summary>Stops accepting work; items already queued still run.</summary>
    public void Complete() => _items.Writer.TryComplete();

    private async Task ProcessAsync()
    {
        await foreach (var item in _items.Reader.ReadAllAsync())
        {
            StageTrace.Mark("dequeued", item.Method);
            if (item.TryCancelBeforeStart())
            {
                continue;
            }
            TContext context;
            try
            {
                context = _captureContext();
            }
            catch (Exception ex)
            {
                item.Fail(ex);
                continue;
            }
            if (item.Kind == RequestKind.Mutation)
            {
                await item.RunAsync(context);
            }
            else
            {
                _ = Task.Run(() => item.RunAsync(context));
            }
        }
    }

    private abstract class WorkItem(string method, RequestKind kind, CancellationToken cancellationToken, ServerLog log)
    {
        public string Method { get; } = method;
        public RequestKind Kind { get; } = kind;
        protected CancellationToken CancellationToken { get; } = cancellationToken;
        protected ServerLog Log { get; } = log;

        public abstract bool TryCancelBeforeStart();

        /// <summary>Runs the handler and completes the caller's task; never throws.</summary>
        public abstract Task RunAsync(TContext context);

        public abstract void Fail(Exception exception);

        protected Exception Translate(Exception exception)
        {
            if (exception is LocalRpcException)
            {
                return exception;
            }
            Log.Error($"{Method} failed: {exception}");
            return new LocalRpcException($"{Method} failed: {exception.GetType().Name}: {exception.Message}") { ErrorCode = LspErrorCodes.InternalError };
        }
    }

    private sealed class WorkItem<T>(string method, RequestKind kind, Func<TContext, CancellationToken, Task<T>> handler,
        CancellationToken cancellationToken, ServerLog log) : WorkItem(method, kind, cancellationToken, log)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _completion.Task;

        public override bool TryCancelBeforeStart() =>
            CancellationToken.IsCancellationRequested && _completion.TrySetCanceled(CancellationToken);

        public override async Task RunAsync(TContext context)
        {
            using var timing = Byline.Text.PhaseTimer.Enabled ? new RequestTiming(Method) : null;
            StageTrace.Mark("started", Method);
            try
            {
                var result = await handler(context, CancellationToken);
                StageTrace.Mark("handled", Method);
                _completion.TrySetResult(result);
            }
            catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(CancellationToken);
            }
            catch (Exception ex)
            {
                _completion.TrySetException(Translate(ex));
            }
        }

        public override void Fail(Exception exception) => _completion.TrySetException(Translate(exception));
    }

    /// <summary>
    /// With <c>BYLINE_PHASES=1</c>, one line per handled item when it ends: its wall time from start, and the collections
    /// and collector's pause that fell in it (any thread's), to tell which request a slow keystroke waited on.
    /// </summary>
    private sealed class RequestTiming(string method) : IDisposable
    {
        private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();
        private readonly int _gen0 = GC.CollectionCount(0);
        private readonly int _gen1 = GC.CollectionCount(1);
        private readonly int _gen2 = GC.CollectionCount(2);
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
        private readonly long _allocated = GC.GetTotalAllocatedBytes();
        private readonly long _threadAllocated = GC.GetAllocatedBytesForCurrentThread();
        private readonly long _threadCpu = Byline.Text.PhaseTimer.ThreadCpuNanoseconds();
        private readonly int _thread = Environment.CurrentManagedThreadId;

        public void Dispose()
        {
            var took = System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalMilliseconds;
            var paused = (GC.GetTotalPauseDuration() - _paused).TotalMilliseconds;
            var allocated = (GC.GetTotalAllocatedBytes() - _allocated) / 1048576.0;
            // The thread's own processor time and allocations, when the handler ended on the thread it started on.
            var ownThread = Environment.CurrentManagedThreadId == _thread;
            var cpu = ownThread ? $"{(Byline.Text.PhaseTimer.ThreadCpuNanoseconds() - _threadCpu) / 1e6:F2}ms" : "?";
            var own = ownThread ? $"{(GC.GetAllocatedBytesForCurrentThread() - _threadAllocated) / 1048576.0:F2}MB" : "?";
            Byline.Text.PhaseTimer.Mark(
                $"request {method} took={took:F2}ms cpu={cpu} own_allocated={own} gc+={GC.CollectionCount(0) - _gen0}/{GC.CollectionCount(1) - _gen1}/{GC.CollectionCount(2) - _gen2} " +
                $"paused+={paused:F2}ms allocated+={allocated:F2}MB{LastCollection(_gen0)}");
        }

        /// <summary>
        /// When a collection fell in the request, the last one's facts (<see cref="GCMemoryInfo"/>, the native
        /// runtime's too): its generation, pause, bytes it promoted (copied: what a young collection's length follows),
        /// pinned objects, and each generation's size before and after it, in KB.
        /// </summary>
        private static string LastCollection(int gen0Before)
        {
            if (GC.CollectionCount(0) == gen0Before)
            {
                return "";
            }
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            var sizes = string.Join(',', Enumerable.Range(0, info.GenerationInfo.Length).Select(g =>
                $"{info.GenerationInfo[g].SizeBeforeBytes / 1024}>{info.GenerationInfo[g].SizeAfterBytes / 1024}"));
            return $" last_gc=#{info.Index} gen={info.Generation} pause={info.PauseDurations[0].TotalMilliseconds:F2}ms " +
                $"promoted={info.PromotedBytes / 1024}KB pinned={info.PinnedObjectsCount} compacted={info.Compacted} gens_kb={sizes}";
        }
    }
}
