using Byline.LanguageServer.Protocol;

namespace Byline.LanguageServer.Server;

/// <summary>
/// The server's log: every line goes to a text writer (stderr for the real process, never stdout, which
/// carries only protocol) and, once the client is connected, to <c>window/logMessage</c>.
/// </summary>
/// <remarks>
/// On the writer a record is <c>[HH:mm:ss.fff Type] message</c>, its further lines indented by
/// <see cref="ContinuationIndent"/>, so a client that shows the <c>window/logMessage</c> copy can tell the
/// records on stderr from anything else written there (the runtime's report of a crash) and show only the
/// latter, instead of every line twice.
/// </remarks>
public sealed class ServerLog(TextWriter writer)
{
    /// <summary>What starts each further line of a multi-line record on the writer.</summary>
    public const string ContinuationIndent = "    ";

    private readonly Lock _gate = new();
    private Func<LogMessageParams, Task>? _client;

    /// <summary>Forwards later lines to the client; null stops forwarding.</summary>
    internal void ConnectClient(Func<LogMessageParams, Task>? send) => _client = send;

    public void Info(string message) => Write(MessageType.Info, message);

    public void Warning(string message) => Write(MessageType.Warning, message);

    public void Error(string message) => Write(MessageType.Error, message);

    public void Write(MessageType type, string message)
    {
        lock (_gate)
        {
            writer.WriteLine($"[{DateTime.UtcNow:HH:mm:ss.fff} {type}] {Indented(message)}");
            writer.Flush();
        }
        var client = _client;
        if (client is not null)
        {
            // A failed log notification (client gone) must not turn into another log line or exception.
            _ = client(new LogMessageParams(type, message)).ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    // ReplaceLineEndings gives back the message itself when it has one line.
    private static string Indented(string message) => message.ReplaceLineEndings(Environment.NewLine + ContinuationIndent);
}
