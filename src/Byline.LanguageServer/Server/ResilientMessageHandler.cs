using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text.Json;
using Byline.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Byline.LanguageServer.Server;

/// <summary>
/// LSP's <c>Content-Length</c> framing between StreamJsonRpc and <see cref="InboundFilter"/>. It remembers
/// what the filter needs to judge a message: which requests of ours await a response (a response to anything
/// else is stray), and how many client requests are still unanswered (so the filter stops reading when the
/// client stops reading our answers, instead of queueing work without bound).
/// </summary>
internal sealed class ResilientMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly ServerLog _log;
    private readonly ConcurrentDictionary<RequestId, byte> _ourRequests = new();
    private readonly ConcurrentDictionary<RequestId, byte> _unanswered = new();
    private readonly SemaphoreSlim _answerSlots;
    private bool _answerWritten;

    public ResilientMessageHandler(PipeWriter writer, PipeReader reader, IJsonRpcMessageFormatter formatter, ServerLog log, int maxUnanswered)
        : base(writer, reader, formatter)
    {
        _log = log;
        _answerSlots = new SemaphoreSlim(maxUnanswered, maxUnanswered);
    }

    /// <summary>True (once) when <paramref name="id"/> is a request of ours that awaits its response.</summary>
    public bool TakeOurRequest(RequestId id) => _ourRequests.TryRemove(id, out _);

    /// <summary>Waits until fewer than the limit of client requests are unanswered, then counts this one.</summary>
    public async Task AdmitRequestAsync(RequestId id, CancellationToken cancellationToken)
    {
        await _answerSlots.WaitAsync(cancellationToken);
        if (!_unanswered.TryAdd(id, 0))
        {
            // A second request with an id already in flight: its answer frees no extra slot.
            _answerSlots.Release();
        }
    }

    /// <summary>Answers a request that is not dispatched (the filter rejected it).</summary>
    public ValueTask ReplyAsync(RequestId id, int code, string message, CancellationToken cancellationToken) =>
        WriteAsync(new JsonRpcError { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message } }, cancellationToken);

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        switch (content)
        {
            case JsonRpcRequest { IsResponseExpected: true } request:
                _ourRequests.TryAdd(request.RequestId, 0);
                break;
            case IJsonRpcMessageWithId answer when _unanswered.TryRemove(answer.RequestId, out _):
                _answerSlots.Release();
                break;
        }
        base.Write(content, cancellationToken);
        if (Byline.Text.PhaseTimer.Enabled && content is JsonRpcResult)
        {
            // With the pull's "answered" mark: how long an answer's serialisation and its write to the client take.
            _answerWritten = true;
            Byline.Text.PhaseTimer.Mark("answer serialised");
        }
    }

    protected override async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await base.FlushAsync(cancellationToken);
        HeapSettler.AfterAnswerWritten();
        if (_answerWritten)
        {
            // Writes and flushes are one message at a time (StreamJsonRpc's send lock), so the flag is this answer's.
            _answerWritten = false;
            Byline.Text.PhaseTimer.Mark("answer written");
        }
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                // InboundFilter lets only readable messages through; this is the net under it.
                _log.Warning($"Ignoring a message StreamJsonRpc could not read: {ex.Message}");
                await ReplyAsync(RequestId.Null, LspErrorCodes.ParseError, "Parse error: " + ex.Message, cancellationToken);
            }
        }
    }
}
