using System.IO.Pipelines;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Byline.LanguageServer.Server;

/// <summary>
/// LSP's <c>Content-Length</c> framing that survives a message whose body is not JSON-RPC: StreamJsonRpc
/// would disconnect (<see cref="DisconnectedReason.ParseError"/>); we answer the message with a JSON-RPC
/// parse error (id null) and keep reading, because the framing tells where the next message starts.
/// </summary>
internal sealed class ResilientMessageHandler(PipeWriter writer, PipeReader reader, IJsonRpcMessageFormatter formatter, ServerLog log)
    : HeaderDelimitedMessageHandler(writer, reader, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken);
            }
            catch (Exception ex) when (IsMalformedBody(ex))
            {
                log.Warning($"Ignoring a malformed message: {ex.Message}");
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "Parse error: " + ex.Message },
                };
                await WriteAsync(error, cancellationToken);
            }
        }
    }

    private static bool IsMalformedBody(Exception ex) =>
        ex is JsonException || ex.InnerException is JsonException;
}
