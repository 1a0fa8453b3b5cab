using StreamJsonRpc;

namespace Byline.LanguageServer.Server;

/// <summary>What the server may send to the client on its own initiative (notifications and requests).</summary>
public sealed class LanguageClient(JsonRpc rpc, ServerLog log)
{
    public Task NotifyAsync(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>
    /// Sends a request without waiting for the answer: a mutation must not block the queue on the client,
    /// and a client that refuses (or does not know the method) only costs a log line.
    /// </summary>
    public void Request(string method, object? parameters)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await rpc.InvokeWithParameterObjectAsync<object?>(method, parameters);
            }
            catch (Exception ex) when (ex is RemoteRpcException or ConnectionLostException or ObjectDisposedException)
            {
                log.Warning($"The client did not accept {method}: {ex.Message}");
            }
        });
    }
}
