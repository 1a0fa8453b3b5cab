using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Unicode;

namespace Byline.LanguageServer.Server;

/// <summary>
/// Reads the client's frames, judges each body with <see cref="IncomingMessageGate"/>, and hands only readable
/// messages on to StreamJsonRpc (through an in-memory pipe, re-framed). Invalid requests are answered here,
/// stray responses and invalid notifications are logged and dropped, and a client request waits for a free
/// answer slot first: a client that sends requests but does not read the answers is no longer read either.
/// </summary>
internal sealed class InboundFilter(Stream input, PipeWriter toRpc, ResilientMessageHandler handler, ServerLog log)
{
    /// <summary>Bodies read so far (tests print it).</summary>
    public long MessagesRead { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var frames = new FrameReader(input, log.Error);
        try
        {
            while (await frames.ReadAsync(cancellationToken) is { } body)
            {
                MessagesRead++;
                StageTrace.Mark("frame");
                try
                {
                    await HandleAsync(body, cancellationToken);
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or ObjectDisposedException or IOException))
                {
                    // A bug in judging one message must not stop the server reading the next.
                    log.Error($"A message could not be handled and was dropped: {ex}");
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Shutting down, or the client went away.
        }
        await toRpc.CompleteAsync();
    }

    private async Task HandleAsync(byte[] body, CancellationToken cancellationToken)
    {
        if (!Utf8.IsValid(body))
        {
            body = WithReplacementCharacters(body);
            log.Warning("A message held bytes that are not UTF-8, which LSP requires; each such sequence was read as U+FFFD.");
        }
        switch (IncomingMessageGate.Inspect(body, handler.TakeOurRequest))
        {
            case GateVerdict.Forward forward:
                if (forward.RequestId is { } id && !await handler.AdmitRequestAsync(id, cancellationToken))
                {
                    log.Warning($"Rejected request {id}: its id is still in use by an earlier request.");
                    await handler.RejectDuplicateAsync(id, cancellationToken);
                    break;
                }
                toRpc.Write(Encoding.ASCII.GetBytes($"Content-Length: {forward.Body.Length}\r\n\r\n"));
                toRpc.Write(forward.Body);
                await toRpc.FlushAsync(cancellationToken);
                StageTrace.Mark("forwarded");
                break;
            case GateVerdict.Reply reply:
                log.Warning($"Rejected request {reply.Id}: {reply.Message}");
                await handler.ReplyAsync(reply.Id, reply.Code, reply.Message, cancellationToken);
                break;
            case GateVerdict.Drop drop:
                log.Warning($"Dropped a message: {drop.Reason}.");
                break;
        }
    }

    /// <summary>
    /// The body with each invalid UTF-8 sequence as U+FFFD. System.Text.Json refuses a string holding one, which would
    /// drop the whole message (a didOpen, and with it the document); read this way the text arrives, marked where it was
    /// broken. Positions after such a character may not line up with the client's, which no server can know.
    /// </summary>
    private static byte[] WithReplacementCharacters(byte[] body) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
}
