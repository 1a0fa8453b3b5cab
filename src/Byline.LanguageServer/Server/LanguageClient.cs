using StreamJsonRpc;

namespace Byline.LanguageServer.Server;

/// <summary>What the server may send to the client on its own initiative (notifications and requests).</summary>
public sealed class LanguageClient(JsonRpc rpc, ServerLog log, NotificationOutbox outbox)
{
    /// <summary>Diagnostics go through the bounded <see cref="NotificationOutbox"/> (latest report per document wins).</summary>
    public Task NotifyAsync(string method, object parameters)
    {
        if (method == "textDocument/publishDiagnostics" && parameters is Protocol.PublishDiagnosticsParams report)
        {
            outbox.PostDiagnostics(report);
            return Task.CompletedTask;
        }
        return rpc.NotifyWithParameterObjectAsync(method, parameters);
    }

    /// <summary>Sends a request and waits for the answer: false when the client refused it or is gone.</summary>
    public async Task<bool> RequestAsync(string method, object? parameters)
    {
        try
        {
            await rpc.InvokeWithParameterObjectAsync<object?>(method, parameters);
            return true;
        }
        catch (Exception ex) when (ex is RemoteRpcException or ConnectionLostException or ObjectDisposedException)
        {
            log.Warning($"The client did not accept {method}: {ex.Message}");
            return false;
        }
    }

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
