using System.Diagnostics;
using System.Text.Json;
using Byline.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Byline.LanguageServer.Server;

/// <summary>
/// StreamJsonRpc with LSP's error conventions: parameters that cannot be read as the method's type are -32602
/// (invalid params) with a message that names the JSON path, and no error carries .NET exception details
/// (StreamJsonRpc puts type names and stack traces in <c>error.data</c>; clients show them to users).
/// StreamJsonRpc's own warnings (a notification whose parameters did not match, an unknown method) go to the
/// server log, so a dropped notification leaves a line.
/// </summary>
internal sealed class BylineJsonRpc : JsonRpc
{
    public BylineJsonRpc(IJsonRpcMessageHandler handler, ServerLog log)
        : base(handler)
    {
        TraceSource = new TraceSource("StreamJsonRpc", SourceLevels.Warning);
        TraceSource.Listeners.Clear();
        TraceSource.Listeners.Add(new LogListener(log));
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception) => exception switch
    {
        LocalRpcException local => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message },
        JsonException json => InvalidParams(request.Method, json),
        RpcArgumentDeserializationException { InnerException: JsonException json } => InvalidParams(request.Method, json),
        RpcArgumentDeserializationException => new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = $"Invalid params for {request.Method}." },
        OperationCanceledException => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.RequestCancelled, Message = "The request was cancelled." },
        _ => new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrorCodes.InternalError, Message = $"{request.Method} failed: {exception.Message}" },
    };

    protected override ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        if (message is JsonRpcError { Error: { } error })
        {
            // Errors StreamJsonRpc builds itself (parameters matching no method) carry exception data and a message
            // about .NET method signatures.
            error.Data = null;
            // The handler answered but its result could not be written (a string past the JSON writer's limit, a
            // converter that threw): the parameters were fine, so say what failed instead of "invalid params".
            if (error.Code == JsonRpcErrorCode.ResponseSerializationFailure)
            {
                error.Message = "The answer could not be written as JSON (it may be too large); the request is dropped, the server goes on.";
            }
            if (error.Code == JsonRpcErrorCode.InvalidParams && error.Message?.StartsWith("Invalid params", StringComparison.Ordinal) != true)
            {
                error.Message = "Invalid params: they do not match the method's parameters.";
            }
        }
        return base.SendAsync(message, cancellationToken);
    }

    private static JsonRpcError.ErrorDetail InvalidParams(string? method, JsonException exception) => new()
    {
        Code = JsonRpcErrorCode.InvalidParams,
        Message = $"Invalid params for {method}: {(string.IsNullOrEmpty(exception.Path) ? "the params" : exception.Path)} has the wrong type or shape.",
    };

    /// <summary>StreamJsonRpc's warnings and errors as log lines: the message only, never exception dumps.</summary>
    private sealed class LogListener(ServerLog log) : TraceListener
    {
        public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args)
        {
            if (format is not null)
            {
                TraceEvent(eventCache, source, eventType, id, args is { Length: > 0 } ? SafeFormat(format, args) : format);
            }
        }

        public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message)
        {
            if (message is not null && eventType <= TraceEventType.Warning)
            {
                log.Warning($"StreamJsonRpc: {FirstLine(message)}");
            }
        }

        public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, params object?[]? data)
        {
        }

        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }

        private static string SafeFormat(string format, object?[] args)
        {
            try
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
            }
            catch (FormatException)
            {
                return format;
            }
        }

        private static string FirstLine(string text)
        {
            var end = text.IndexOfAny(['\r', '\n']);
            return end < 0 ? text : text[..end];
        }
    }
}
