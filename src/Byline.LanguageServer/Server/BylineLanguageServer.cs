using System.IO.Pipelines;
using System.Reflection;
using System.Text.Json;
using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Handlers.CodeActions;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Handlers.DocumentSymbols;
using Byline.LanguageServer.Handlers.Folding;
using Byline.LanguageServer.Handlers.Lifecycle;
using Byline.LanguageServer.Handlers.TextSync;
using Byline.LanguageServer.Handlers.Workspace;
using Byline.LanguageServer.Protocol;
using Byline.Workspace;
using NonConcurrentSynchronizationContext = Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext;
using StreamJsonRpc;

namespace Byline.LanguageServer.Server;

public sealed class BylineServerOptions
{
    /// <summary>Where log lines go besides <c>window/logMessage</c>; stderr for the real process. Never stdout.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>How often to check that the client process from <c>initialize.processId</c> is still alive.</summary>
    public TimeSpan ParentProcessPollInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Quiet time after the last edit before pushed diagnostics are computed.</summary>
    public TimeSpan PushDiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public ArticleWorkspace? Workspace { get; init; }

    /// <summary>Extra handlers, registered after the built-in ones (tests use this to add faulty or slow handlers).</summary>
    public IReadOnlyList<ILspHandler> AdditionalHandlers { get; init; } = [];

    /// <summary>
    /// Awaited after each article <c>workspace/diagnostic</c> checks, with how many are checked and the request's
    /// cancellation token; null in the product. Tests hold the walk here until a cancellation has arrived, so that
    /// the walk cannot end first however fast the machine is.
    /// </summary>
    public Func<int, CancellationToken, Task>? AfterWorkspaceArticle { get; init; }
}

/// <summary>
/// The Byline language server on a pair of streams: LSP framing (<c>Content-Length</c>), JSON-RPC by
/// StreamJsonRpc with source-generated System.Text.Json, every request and notification through one
/// <see cref="RequestExecutionQueue{TContext}"/>. Hosted by <c>Program</c> (stdio or a pipe), by
/// <c>byline serve</c> and by the tests.
/// </summary>
public sealed class BylineLanguageServer : IAsyncDisposable
{
    private static readonly HashSet<string> AllowedBeforeInitialize = ["initialize", "exit"];

    /// <summary>Client requests dispatched but not yet answered before the server stops reading more (backpressure).</summary>
    private const int MaxUnansweredRequests = 128;

    // The output pipe's buffers: written to the stream one buffer per write, so the 4 KB default made a 1.5 MB
    // answer ~390 writes; 64 KB is a Linux pipe's whole buffer, and still under the large-object heap's threshold.
    private const int OutputBufferBytes = 64 * 1024;

    private readonly JsonRpc _rpc;
    private readonly InboundFilter _inbound;
    private readonly NotificationOutbox _outbox;
    private readonly ServerState _state;
    private readonly ServerLog _log;
    private readonly RequestExecutionQueue<RequestContext> _queue;
    private readonly BylineServerOptions _options;
    private readonly TaskCompletionSource<int> _exitCode = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();

    public BylineLanguageServer(Stream input, Stream output, BylineServerOptions? options = null)
    {
        _options = options ?? new BylineServerOptions();
        _log = new ServerLog(_options.Log);
        _state = new ServerState(_options.Workspace ?? new ArticleWorkspace());
        _queue = new RequestExecutionQueue<RequestContext>(() => new RequestContext(_state, _state.Workspace.Current, _log), _log);

        var formatter = new LspMessageFormatter();
        formatter.JsonSerializerOptions = new JsonSerializerOptions(formatter.JsonSerializerOptions)
        {
            TypeInfoResolver = LspJsonContext.Default,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = LspJsonEncoder.Instance,
        };
        var filtered = new Pipe(new PipeOptions(pool: SmallBufferPool.Instance));
        var handler = new ResilientMessageHandler(PipeWriter.Create(output, new StreamPipeWriterOptions(pool: SmallBufferPool.Instance, minimumBufferSize: OutputBufferBytes)), filtered.Reader, formatter, _log, MaxUnansweredRequests);
        _inbound = new InboundFilter(input, filtered.Writer, handler, _log);
        _rpc = new BylineJsonRpc(handler, _log)
        {
            // Dispatch in arrival order: our queue then keeps that order for mutations.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };

        _outbox = new NotificationOutbox((method, parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters));
        var publisher = new DiagnosticsPublisher(_state, _log, report =>
        {
            _outbox.PostDiagnostics(report);
            return Task.CompletedTask;
        }, _options.PushDiagnosticsDelay);
        var client = new LanguageClient(_rpc, _log, _outbox);
        var fileProblems = new FileProblemsPublisher(client, _log);
        var openDocuments = new Handlers.Selection.OpenDocumentsReporter(publisher, client);
        var folderIndexing = new Handlers.Workspace.FolderIndexing(RunMutationAsync, fileProblems, _log);
        ILspHandler[] handlers =
        [
            new InitializeHandler(WatchParentProcess, folderIndexing),
            new InitializedHandler(client, fileProblems, folderIndexing),
            new ShutdownHandler(),
            new ExitHandler(Exit),
            new DidOpenHandler(publisher, new Handlers.Selection.UnindexedFolderNotice(client, _log)),
            new DidChangeHandler(publisher),
            new DidCloseHandler(publisher),
            new DidSaveHandler(),
            new DidChangeWatchedFilesHandler(publisher, fileProblems, client),
            new Handlers.Selection.ExecuteCommandHandler(openDocuments),
            new Handlers.Selection.DidChangeConfigurationHandler(openDocuments),
            new DocumentDiagnosticHandler(),
            new WorkspaceDiagnosticHandler(client, _options.AfterWorkspaceArticle),
            new DocumentSymbolHandler(),
            new OutlineHandler(),
            new FoldingRangeHandler(),
            new CodeActionHandler(),
            new Handlers.Hover.HoverHandler(),
            new Handlers.Definition.DefinitionHandler(),
            new Handlers.References.ReferencesHandler(),
            new Handlers.References.DocumentHighlightHandler(),
            new Handlers.Rename.PrepareRenameHandler(),
            new Handlers.Rename.RenameHandler(client, _log),
            new Handlers.WorkspaceSymbols.WorkspaceSymbolHandler(),
            new Handlers.SemanticTokens.SemanticTokensFullHandler(),
            new Handlers.SemanticTokens.SemanticTokensDeltaHandler(),
            new Handlers.SemanticTokens.SemanticTokensRangeHandler(),
            new Handlers.CodeLens.CodeLensHandler(),
            new Handlers.DocumentLinks.DocumentLinkHandler(),
            new Handlers.InlayHints.InlayHintHandler(),
            new Handlers.Reports.ArticleSummaryHandler(),
            new Handlers.Reports.SourcingReportHandler(),
            .. _options.AdditionalHandlers,
        ];
        foreach (var lspHandler in handlers)
        {
            Register(lspHandler);
        }
        // "$/setTrace" needs no work; registering it keeps it out of the "unknown method" log.
        _rpc.AddLocalRpcMethod(IgnoreSetTraceMethod, null, new JsonRpcMethodAttribute("$/setTrace"));

        _rpc.Disconnected += (_, e) =>
        {
            if (e.Reason != DisconnectedReason.LocallyDisposed)
            {
                _log.Info($"Connection closed: {e.Description}");
            }
            Exit(_state.ShutdownRequested ? 0 : 1);
        };
        // LSP allows window/logMessage even before the answer to initialize.
        _log.ConnectClient(line =>
        {
            _outbox.PostLog(line);
            return Task.CompletedTask;
        });
        _rpc.StartListening();
        _ = _inbound.RunAsync(_stopping.Token);
        Completion = RunAsync();
    }

    /// <summary>The process exit code: 0 after shutdown + exit, 1 for exit without shutdown, a lost connection or a dead client process.</summary>
    public Task<int> Completion { get; }

    /// <summary>Messages read from the client so far, valid or not.</summary>
    public long MessagesRead => _inbound.MessagesRead;

    /// <summary>Log lines not sent to the client because it was not reading.</summary>
    public long DroppedLogLines => _outbox.DroppedLogLines;

    public async ValueTask DisposeAsync()
    {
        Exit(1);
        await Completion;
    }

    private async Task<int> RunAsync()
    {
        var code = await _exitCode.Task;
        _stopping.Cancel();
        _log.ConnectClient(null);
        _outbox.Close();
        _queue.Complete();
        _rpc.Dispose();
        // Don't wait for the read loop to notice: a blocking stdin read only ends when the client closes
        // stdin, and the client may wait for our exit first. Answers already written are flushed by Dispose.
        await Task.WhenAny(_rpc.Completion, Task.Delay(TimeSpan.FromSeconds(1)));
        _ = _rpc.Completion.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        return code;
    }

    private void Exit(int code) => _exitCode.TrySetResult(code);

    private void WatchParentProcess(int processId)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await ParentProcessWatcher.WaitForExitAsync(processId, _options.ParentProcessPollInterval, _stopping.Token);
                _log.Info($"The client process {processId} is gone; exiting.");
                Exit(1);
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    private void Register(ILspHandler handler) => handler.RegisterWith(this);

    /// <summary>Runs work of the server's own (not a client's message) as a mutation, in the queue's order.</summary>
    private Task RunMutationAsync(string name, Action<RequestContext> mutate) =>
        _queue.ExecuteAsync(name, RequestKind.Mutation, (context, _) =>
        {
            mutate(context);
            return Task.FromResult(true);
        }, CancellationToken.None);

    /// <summary>Called by a request handler's <see cref="ILspHandler.RegisterWith"/> with its own types.</summary>
    internal void AddRequest<TParams, TResult>(IRequestHandler<TParams, TResult> handler)
    {
        var entry = new RequestEntry<TParams, TResult>(handler, this);
        // Methods without parameters (shutdown, exit) are registered without a params argument: LSP clients
        // omit "params" for them, and StreamJsonRpc would not match a one-parameter method then.
        var parameterless = typeof(TParams) == typeof(object);
        AddLocalRpcMethod(handler.Method, parameterless, entry,
            parameterless ? RequestEntry<TParams, TResult>.InvokeWithoutParamsMethod : RequestEntry<TParams, TResult>.InvokeMethod);
    }

    /// <summary>Called by a notification handler's <see cref="ILspHandler.RegisterWith"/> with its own type.</summary>
    internal void AddNotification<TParams>(INotificationHandler<TParams> handler)
    {
        var entry = new NotificationEntry<TParams>(handler, this);
        var parameterless = typeof(TParams) == typeof(object);
        AddLocalRpcMethod(handler.Method, parameterless, entry,
            parameterless ? NotificationEntry<TParams>.InvokeWithoutParamsMethod : NotificationEntry<TParams>.InvokeMethod);
    }

    // The methods StreamJsonRpc calls are found on their types by name, never as a delegate's Delegate.Method: in a
    // native build that property looks the code address up in a reverse index of every method the program can invoke,
    // built on first use, which cost the start more than anything else before the answer to initialize.
    private static readonly MethodInfo IgnoreSetTraceMethod =
        typeof(BylineLanguageServer).GetMethod(nameof(IgnoreSetTrace), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static void IgnoreSetTrace()
    {
    }

    private void AddLocalRpcMethod(string method, bool parameterless, object target, MethodInfo invoke) =>
        _rpc.AddLocalRpcMethod(invoke, target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = !parameterless });

    private Task<T> DispatchAsync<T>(ILspHandler handler, Func<RequestContext, CancellationToken, Task<T>> invoke, CancellationToken cancellationToken,
        Func<WorkspaceSnapshot, bool>? needsFolderIndex = null) =>
        _queue.ExecuteAsync(handler.Method, handler.Kind, (context, ct) =>
        {
            if (!context.State.Initialized && !AllowedBeforeInitialize.Contains(handler.Method))
            {
                throw new LocalRpcException($"{handler.Method} before initialize.") { ErrorCode = LspErrorCodes.ServerNotInitialized };
            }
            if (context.State.ShutdownRequested && handler.Method != "exit")
            {
                throw new LocalRpcException($"{handler.Method} after shutdown.") { ErrorCode = LspErrorCodes.InvalidRequest };
            }
            if (handler.Kind == RequestKind.Read && context.Snapshot.IndexPending && needsFolderIndex?.Invoke(context.Snapshot) == true)
            {
                return AfterFolderIndexAsync(context, invoke, ct);
            }
            return invoke(context, ct);
        }, cancellationToken);

    /// <summary>Runs a read that needs the articles on disk once the folders' walk is in the workspace (see <see cref="IRequestHandler{TParams, TResult}.NeedsFolderIndex"/>).</summary>
    private static async Task<T> AfterFolderIndexAsync<T>(RequestContext context, Func<RequestContext, CancellationToken, Task<T>> invoke, CancellationToken cancellationToken)
    {
        await context.State.FolderIndexing.WaitAsync(cancellationToken);
        return await invoke(context.WithSnapshot(context.State.Workspace.Current), cancellationToken);
    }

    /// <summary>A client that omits a member LSP requires gets -32602 here, not a NullReferenceException in the handler.</summary>
    private void CheckRequiredParams(string method, object? parameters)
    {
        if (RequiredParams.FindMissing(parameters) is { } missing)
        {
            _log.Warning($"{method}: {missing} is required; the message is not handled.");
            throw new LocalRpcException($"Invalid params for {method}: {missing} is required.") { ErrorCode = LspErrorCodes.InvalidParams };
        }
    }

    private sealed class RequestEntry<TParams, TResult>(IRequestHandler<TParams, TResult> handler, BylineLanguageServer server)
    {
        public static readonly MethodInfo InvokeMethod = typeof(RequestEntry<TParams, TResult>).GetMethod(nameof(InvokeAsync))!;

        public static readonly MethodInfo InvokeWithoutParamsMethod = typeof(RequestEntry<TParams, TResult>).GetMethod(nameof(InvokeWithoutParamsAsync))!;

        public Task<TResult> InvokeAsync(TParams request, CancellationToken cancellationToken)
        {
            StageTrace.Mark("dispatched", handler.Method);
            server.CheckRequiredParams(handler.Method, request);
            return server.DispatchAsync(handler, (context, ct) => handler.HandleAsync(request, context, ct), cancellationToken,
                snapshot => handler.NeedsFolderIndex(request, snapshot));
        }

        public Task<TResult> InvokeWithoutParamsAsync(CancellationToken cancellationToken) =>
            server.DispatchAsync(handler, (context, ct) => handler.HandleAsync(default!, context, ct), cancellationToken);
    }

    private sealed class NotificationEntry<TParams>(INotificationHandler<TParams> handler, BylineLanguageServer server)
    {
        public static readonly MethodInfo InvokeMethod = typeof(NotificationEntry<TParams>).GetMethod(nameof(InvokeAsync))!;

        public static readonly MethodInfo InvokeWithoutParamsMethod = typeof(NotificationEntry<TParams>).GetMethod(nameof(InvokeWithoutParamsAsync))!;

        public Task InvokeAsync(TParams notification)
        {
            StageTrace.Mark("dispatched", handler.Method);
            server.CheckRequiredParams(handler.Method, notification);
            return InvokeCheckedAsync(notification);
        }

        private Task InvokeCheckedAsync(TParams notification) =>
            server.DispatchAsync(handler, (context, _) =>
            {
                handler.Handle(notification, context);
                return Task.FromResult(true);
            }, CancellationToken.None);

        public Task InvokeWithoutParamsAsync() => InvokeCheckedAsync(default!);
    }
}
