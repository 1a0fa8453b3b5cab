using System.Collections.Concurrent;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Push diagnostics (<c>textDocument/publishDiagnostics</c>) for clients without pull support (Neovim 0.7,
/// older Emacs). Each open/change restarts a short per-document delay, so a burst of keystrokes costs one
/// analysis; the report carries the version it was computed for. Close clears the document's diagnostics.
/// </summary>
public sealed class DiagnosticsPublisher(ServerState state, ServerLog log, Func<PublishDiagnosticsParams, Task> send, TimeSpan delay)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new();

    // Sends are serialised so that a slow report for an old version can never arrive after a newer one or after a clear.
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    /// <summary>
    /// Called from the mutation path after a document opened or changed. An opened document is reported
    /// <paramref name="immediately"/>: no burst of keystrokes is coming, and the user waits for its first report.
    /// </summary>
    public void Schedule(string uri, bool immediately = false)
    {
        if (state.ClientPullsDiagnostics)
        {
            return;
        }
        var cancellation = new CancellationTokenSource();
        var previous = _pending.AddOrUpdate(uri, cancellation, (_, _) => cancellation);
        _ = Cancel(previous == cancellation ? null : previous);
        _ = PublishAfterDelayAsync(uri, immediately ? TimeSpan.Zero : delay, cancellation.Token);
    }

    /// <summary>Called from the mutation path after a document closed.</summary>
    public void Clear(string uri)
    {
        if (state.ClientPullsDiagnostics)
        {
            return;
        }
        if (_pending.TryRemove(uri, out var pending))
        {
            _ = Cancel(pending);
        }
        _ = SendAsync(() => new PublishDiagnosticsParams(uri, null, []), CancellationToken.None);
    }

    private static Task Cancel(CancellationTokenSource? source)
    {
        source?.Cancel();
        return Task.CompletedTask;
    }

    private async Task PublishAfterDelayAsync(string uri, TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            else
            {
                // Off the mutation path all the same: the analysis runs after the didOpen handler returns.
                await Task.Yield();
            }
            await DocumentDiagnosticHandler.AfterPreload(cancellationToken);
            await SendAsync(() =>
            {
                var snapshot = state.Workspace.Current;
                if (!snapshot.IsOpen(uri) || snapshot.GetDocument(uri) is not { } document)
                {
                    // Open but not an article (any more): an empty report clears what an earlier answer showed.
                    return snapshot.GetEditorDocument(uri) is { } other ? new PublishDiagnosticsParams(uri, other.Version, DiagnosticList.Empty) : null;
                }
                var report = state.Reports.For(document, state.Encoding, state.DiagnosticForm, open: true, cancellationToken);
                return new PublishDiagnosticsParams(uri, document.Version, report.Items);
            }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // A newer edit or a close superseded this report.
        }
        catch (Exception ex)
        {
            log.Error($"Publishing diagnostics for {uri} failed: {ex}");
        }
    }

    private async Task SendAsync(Func<PublishDiagnosticsParams?> report, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (report() is { } value)
            {
                await send(value);
            }
        }
        finally
        {
            _sendGate.Release();
        }
    }
}
