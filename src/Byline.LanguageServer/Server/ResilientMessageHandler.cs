using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Text.Json;
using Byline.LanguageServer.Protocol;
using StreamJsonRpc;
using Nerdbank.Streams;
using StreamJsonRpc.Protocol;
using StreamJsonRpc.Reflection;

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
    private readonly ConcurrentDictionary<JsonRpcMessage, byte> _answersNotCounted = new(ReferenceEqualityComparer.Instance);
    private readonly SemaphoreSlim _answerSlots;
    /// <summary>
    /// The message being framed, in arrays of <see cref="ContentSpanBytes"/> from the shared pool. The sequence's own
    /// choice grew its arrays from 4 KB as the message grew, and a 1 MB article's 3.7 MB outline took more arrays of
    /// the sizes it passed through than the pool keeps (32 per processor and size): 1.4 MB of fresh arrays a keystroke.
    /// At 256 KB the outline takes 15, which the pool keeps; the output pipe's buffers (64 KB) are another size.
    /// </summary>
    private readonly Sequence<byte> _content = new(ArrayPool<byte>.Shared) { MinimumSpanLength = ContentSpanBytes, AutoIncreaseMinimumSpanLength = false };

    private const int ContentSpanBytes = 256 * 1024;
    private bool _answerWritten;

    public ResilientMessageHandler(PipeWriter writer, PipeReader reader, IJsonRpcMessageFormatter formatter, ServerLog log, int maxUnanswered)
        : base(writer, reader, formatter)
    {
        _log = log;
        _answerSlots = new SemaphoreSlim(maxUnanswered, maxUnanswered);
    }

    /// <summary>True (once) when <paramref name="id"/> is a request of ours that awaits its response.</summary>
    public bool TakeOurRequest(RequestId id) => _ourRequests.TryRemove(id, out _);

    /// <summary>
    /// Waits until fewer than the limit of client requests are unanswered, then counts this one. False, with nothing
    /// counted, when a request with the same id still awaits its answer: JSON-RPC needs the ids of pending requests to
    /// differ, since an answer names its request only by id, and StreamJsonRpc cannot track two requests under one id.
    /// </summary>
    public async Task<bool> AdmitRequestAsync(RequestId id, CancellationToken cancellationToken)
    {
        await _answerSlots.WaitAsync(cancellationToken);
        if (_unanswered.TryAdd(id, 0))
        {
            return true;
        }
        _answerSlots.Release();
        return false;
    }

    /// <summary>Answers a request whose id is already in flight, without taking that answer for the first request's.</summary>
    public ValueTask RejectDuplicateAsync(RequestId id, CancellationToken cancellationToken)
    {
        var error = Error(id, LspErrorCodes.InvalidRequest,
            $"Invalid request: id {id} is still in use by an earlier request that awaits its answer; give each pending request its own id.");
        _answersNotCounted.TryAdd(error, 0);
        return WriteAsync(error, cancellationToken);
    }

    /// <summary>Answers a request that is not dispatched (the filter rejected it).</summary>
    public ValueTask ReplyAsync(RequestId id, int code, string message, CancellationToken cancellationToken) =>
        WriteAsync(Error(id, code, message), cancellationToken);

    private static JsonRpcError Error(RequestId id, int code, string message) =>
        new() { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message } };

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        switch (content)
        {
            case JsonRpcRequest { IsResponseExpected: true } request:
                _ourRequests.TryAdd(request.RequestId, 0);
                break;
            case JsonRpcError duplicate when _answersNotCounted.TryRemove(duplicate, out _):
                break;
            case IJsonRpcMessageWithId answer when _unanswered.TryRemove(answer.RequestId, out _):
                _answerSlots.Release();
                break;
        }
        if (Byline.Text.PhaseTimer.Enabled && content is JsonRpcResult)
        {
            // With the pull's "answered" mark: how long an answer's serialisation and its write to the client take,
            // and what serialising it cost this thread (processor time, bytes allocated).
            var cpu = Byline.Text.PhaseTimer.ThreadCpuNanoseconds();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var bytes = WriteFramed(content, cancellationToken);
            _answerWritten = true;
            Byline.Text.PhaseTimer.Mark($"answer serialised bytes={bytes} cpu={(Byline.Text.PhaseTimer.ThreadCpuNanoseconds() - cpu) / 1e6:F2}ms " +
                $"own_allocated={(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0:F2}MB");
        }
        else
        {
            WriteFramed(content, cancellationToken);
        }
        // Marked with BYLINE_PHASES=1 too: the stage trace is read with the phases' log.
        if (StageTrace.Enabled)
        {
            StageTrace.Mark("serialised", content is IJsonRpcMessageWithId { RequestId: var id } ? id.ToString() : content.GetType().Name);
        }
    }

    /// <summary>
    /// The base's framing (<c>Content-Length</c>, then the message as the formatter writes it), with the message copied
    /// into the output pipe in pieces of the pipe's own buffer size. The base asks the pipe for one buffer as long as
    /// the message: for the answer to a keystroke in a 1 MB article a fresh 1.6 MB array (too large for the pool,
    /// see <see cref="SmallBufferPool"/>), about half of what the whole process allocated per keystroke.
    /// </summary>
    /// <returns>The message's length in bytes, without its header.</returns>
    private long WriteFramed(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Formatter.Serialize(_content, content);
            var message = _content.AsReadOnlySequence;
            if (Formatter is IJsonRpcFormatterTracingCallbacks tracer)
            {
                tracer.OnSerializationComplete(content, message);
            }
            var writer = Writer!;
            var header = writer.GetSpan(64);
            var length = "Content-Length: "u8.Length;
            "Content-Length: "u8.CopyTo(header);
            Utf8Formatter.TryFormat(message.Length, header[length..], out var digits);
            length += digits;
            "\r\n\r\n"u8.CopyTo(header[length..]);
            writer.Advance(length + 4);
            foreach (var segment in message)
            {
                writer.Write(segment.Span);
            }
            return message.Length;
        }
        finally
        {
            _content.Reset();
        }
    }

    protected override async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await base.FlushAsync(cancellationToken);
        StageTrace.Mark("flushed");
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
