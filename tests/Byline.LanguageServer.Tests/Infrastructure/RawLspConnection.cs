using System.Text;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Server;
using Nerdbank.Streams;

namespace Byline.LanguageServer.Tests.Infrastructure;

/// <summary>Writes LSP frames byte by byte, for what a well-behaved client library cannot send (malformed JSON, raw cancellation).</summary>
public sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _buffered;

    private RawLspConnection(Stream input, Stream output, BylineLanguageServer? server, StringWriter? log = null)
    {
        ServerLog = log ?? new StringWriter();
        _input = input;
        _output = output;
        Server = server;
    }

    public BylineLanguageServer? Server { get; }

    /// <summary>The in-process server's log (shown in the test output).</summary>
    public StringWriter ServerLog { get; }

    public static RawLspConnection InProcess(params Byline.LanguageServer.Handlers.ILspHandler[] extraHandlers)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var server = new BylineLanguageServer(serverStream, serverStream, new BylineServerOptions { AdditionalHandlers = extraHandlers, Log = log });
        return new RawLspConnection(clientStream, clientStream, server, log);
    }

    /// <summary>An in-process server that awaits <paramref name="afterWorkspaceArticle"/> after each article <c>workspace/diagnostic</c> checks.</summary>
    public static RawLspConnection InProcess(Func<int, CancellationToken, Task> afterWorkspaceArticle)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var server = new BylineLanguageServer(serverStream, serverStream, new BylineServerOptions { AfterWorkspaceArticle = afterWorkspaceArticle, Log = log });
        return new RawLspConnection(clientStream, clientStream, server, log);
    }

    public static RawLspConnection Over(Stream fromServer, Stream toServer) => new(fromServer, toServer, null);

    /// <summary>Writes <paramref name="bytes"/> as they are, with no framing added.</summary>
    public async Task SendUnframedAsync(string bytes)
    {
        await _output.WriteAsync(Encoding.UTF8.GetBytes(bytes));
        await _output.FlushAsync();
    }

    public Task SendRawAsync(string body) => SendRawAsync(Encoding.UTF8.GetBytes(body));

    public async Task SendRawAsync(byte[] bytes)
    {
        await _output.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        await _output.WriteAsync(bytes);
        await _output.FlushAsync();
    }

    public Task SendAsync(JsonObject message)
    {
        message["jsonrpc"] = "2.0";
        return SendRawAsync(message.ToJsonString());
    }

    public Task RequestAsync(int id, string method, JsonNode? parameters = null) =>
        SendAsync(new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters });

    public Task NotifyAsync(string method, JsonNode? parameters = null) =>
        SendAsync(new JsonObject { ["method"] = method, ["params"] = parameters });

    /// <summary>A didOpen and a documentSymbol round trip under <paramref name="id"/>: proof that the server still serves.</summary>
    public async Task AssertServingAsync(int id)
    {
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///alive.txt", ["languageId"] = "plaintext", ["version"] = 1, ["text"] = "Still here\nYes." },
        });
        await RequestAsync(id, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///alive.txt" } });
        var response = await ReadResponseAsync(id);
        Assert.That(response["result"]!.AsArray()[0]!["name"]!.GetValue<string>(), Is.EqualTo("Still here"));
    }

    public async Task<JsonObject> InitializeAsync(int? processId = null, int id = 1)
    {
        await RequestAsync(id, "initialize", new JsonObject
        {
            ["processId"] = processId ?? Environment.ProcessId,
            ["capabilities"] = new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } },
        });
        var response = await ReadResponseAsync(id);
        await NotifyAsync("initialized", new JsonObject());
        return response;
    }

    /// <summary>Reads messages until the response with <paramref name="id"/> (a null id matches "id": null); notifications are skipped.</summary>
    public async Task<JsonObject> ReadResponseAsync(int? id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var message = await ReadMessageAsync(timeout.Token);
            if (!message.ContainsKey("method") && message.ContainsKey("id") &&
                (id is null ? message["id"] is null : message["id"] is JsonValue v && v.TryGetValue<int>(out var n) && n == id))
            {
                return message;
            }
        }
    }

    public async Task<JsonObject> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var header = await ReadHeaderAsync(cancellationToken);
        var length = int.Parse(header.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim());
        var body = new byte[length];
        var copied = 0;
        var fromBuffer = Math.Min(_buffered, length);
        Array.Copy(_buffer, body, fromBuffer);
        Array.Copy(_buffer, fromBuffer, _buffer, 0, _buffered - fromBuffer);
        _buffered -= fromBuffer;
        copied = fromBuffer;
        while (copied < length)
        {
            var read = await _input.ReadAsync(body.AsMemory(copied), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }
            copied += read;
        }
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<string> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var text = Encoding.ASCII.GetString(_buffer, 0, _buffered);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var consumed = end + 4;
                Array.Copy(_buffer, consumed, _buffer, 0, _buffered - consumed);
                _buffered -= consumed;
                return text[..end];
            }
            var read = await _input.ReadAsync(_buffer.AsMemory(_buffered), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException("The server closed the connection.");
            }
            _buffered += read;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
            TestContext.Out.WriteLine(ServerLog.ToString());
        }
        await _output.DisposeAsync();
    }
}
