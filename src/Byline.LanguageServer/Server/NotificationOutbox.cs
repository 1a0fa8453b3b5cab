using Byline.LanguageServer.Protocol;

namespace Byline.LanguageServer.Server;

/// <summary>
/// The notifications the server sends on its own (log lines, pushed diagnostics), sent one at a time in a
/// bounded space. A client that stops reading stdout blocks the send in flight; meanwhile diagnostics are
/// coalesced (the latest report per document replaces an unsent one) and log lines beyond
/// <see cref="MaxLogLines"/> are dropped and counted, so memory stays bounded however long the client stalls.
/// </summary>
public sealed class NotificationOutbox(Func<string, object, Task> send)
{
    public const int MaxLogLines = 256;

    private const string LogMethod = "window/logMessage";
    private const string DiagnosticsMethod = "textDocument/publishDiagnostics";

    private readonly Lock _gate = new();
    private readonly Queue<LogMessageParams> _logLines = new();
    private readonly Dictionary<string, PublishDiagnosticsParams> _diagnostics = [];
    private readonly Queue<string> _diagnosticsOrder = new();
    private long _droppedLogLines;
    private long _unreportedDrops;
    private bool _sending;
    private bool _closed;

    /// <summary>Log lines dropped so far because the client was not reading.</summary>
    public long DroppedLogLines
    {
        get
        {
            lock (_gate)
            {
                return _droppedLogLines;
            }
        }
    }

    /// <summary>Unsent notifications (at most <see cref="MaxLogLines"/> + 1 log lines and one report per document).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _logLines.Count + _diagnostics.Count;
            }
        }
    }

    public void PostLog(LogMessageParams line)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }
            if (_logLines.Count >= MaxLogLines)
            {
                _droppedLogLines++;
                _unreportedDrops++;
                return;
            }
            _logLines.Enqueue(line);
        }
        StartSending();
    }

    public void PostDiagnostics(PublishDiagnosticsParams report)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }
            if (!_diagnostics.ContainsKey(report.Uri))
            {
                _diagnosticsOrder.Enqueue(report.Uri);
            }
            _diagnostics[report.Uri] = report;
        }
        StartSending();
    }

    /// <summary>Sends nothing more (the connection is closing).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _logLines.Clear();
            _diagnostics.Clear();
            _diagnosticsOrder.Clear();
        }
    }

    private void StartSending()
    {
        lock (_gate)
        {
            if (_sending)
            {
                return;
            }
            _sending = true;
        }
        _ = Task.Run(SendAllAsync);
    }

    private async Task SendAllAsync()
    {
        while (TryTakeNext(out var method, out var parameters))
        {
            try
            {
                await send(method, parameters);
            }
            catch (Exception)
            {
                // The connection is gone or closing; a failed notification must not become another log line.
            }
        }
    }

    private bool TryTakeNext(out string method, out object parameters)
    {
        lock (_gate)
        {
            if (_diagnosticsOrder.TryDequeue(out var uri))
            {
                (method, parameters) = (DiagnosticsMethod, _diagnostics[uri]);
                _diagnostics.Remove(uri);
                return true;
            }
            if (_logLines.TryDequeue(out var line))
            {
                (method, parameters) = (LogMethod, line);
                return true;
            }
            if (_unreportedDrops > 0)
            {
                (method, parameters) = (LogMethod, new LogMessageParams(MessageType.Warning,
                    $"{_unreportedDrops} log line(s) were dropped while the client was not reading (see stderr)."));
                _unreportedDrops = 0;
                return true;
            }
            _sending = false;
            (method, parameters) = ("", null!);
            return false;
        }
    }
}
