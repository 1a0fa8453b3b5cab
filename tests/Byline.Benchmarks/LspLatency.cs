using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Byline.Analysis;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Syntax;
using Byline.Text;
using Nerdbank.Streams;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.Benchmarks;

/// <summary>
/// Request latency of the language server on one large article, as an editor meets it: the real server in
/// process, LSP frames over a duplex stream, JSON both ways. Each request is sent at positions spread over the
/// article (entity mentions, diagnostics), one at a time; the time runs from writing the request to having parsed
/// the whole response into a JsonDocument (as an editor's JSON.parse would). The client is a few lines of framing,
/// not StreamJsonRpc: with a StreamJsonRpc client the 1 MB outline request measured 265 ms, with this one 156 ms,
/// the difference being that client's conversion of the 3.6 MB result.
/// </summary>
internal sealed class LspLatency : IAsyncDisposable
{
    private const string Uri = "file:///bench/article.txt";

    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Stream _stream;
    private readonly BylineLanguageServer _server;
    private readonly byte[] _header = new byte[256];
    private int _nextId = 1;

    private LspLatency()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _server = new BylineLanguageServer(serverStream, serverStream, new BylineServerOptions { Log = TextWriter.Null, PushDiagnosticsDelay = TimeSpan.Zero });
        _stream = clientStream;
    }

    /// <summary>Opens <paramref name="source"/> and times each kind of request on it; rows are (name, latencies in ms).</summary>
    public static async Task<List<(string Name, List<double> Times)>> MeasureAsync(string source, int samples)
    {
        await using var bench = new LspLatency();
        var capabilities = new ClientCapabilities(
            new GeneralClientCapabilities(["utf-16"]),
            new TextDocumentClientCapabilities(null, new PublishDiagnosticsClientCapabilities(true, true), new DocumentSymbolClientCapabilities(true), new FoldingRangeClientCapabilities(true)),
            null);
        await bench.Request("initialize", new InitializeParams(Environment.ProcessId, null, null, null, capabilities, new ClientInfo("bench", null), null));
        await bench.Notify("initialized", new InitializedParams());

        var rows = new List<(string, List<double>)>();
        var open = Stopwatch.StartNew();
        await bench.Notify("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri, "plaintext", 1, source)));
        using (var published = await bench.ReadUntil(message => message.RootElement.TryGetProperty("method", out var m) && m.GetString() == "textDocument/publishDiagnostics"))
        {
        }
        rows.Add(("didOpen → diagnostics published (first of the process: JIT included)", [open.Elapsed.TotalMilliseconds]));

        // Positions from the same analysis the server runs: entity mentions and findings spread over the article.
        var text = ArticleText.From(source);
        var analysis = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(text, ArticleFormat.PlainText));
        var mentions = Spread(analysis.Entities.Mentions, samples).Select(m => Position(text, m.Span.Start + 1)).ToList();
        var findings = Spread(analysis.Findings, samples).ToList();
        var document = new TextDocumentIdentifier(Uri);

        async Task Time(string name, IEnumerable<Func<Task>> requests)
        {
            var times = new List<double>();
            foreach (var request in requests)
            {
                var watch = Stopwatch.StartNew();
                await request();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            rows.Add((name, times));
        }

        await Time("hover on an entity mention", mentions.Select(p => (Func<Task>)(() => bench.Request("textDocument/hover", new TextDocumentPositionParams(document, p)))));
        await Time("definition", mentions.Select(p => (Func<Task>)(() => bench.Request("textDocument/definition", new TextDocumentPositionParams(document, p)))));
        await Time("references", mentions.Select(p => (Func<Task>)(() => bench.Request("textDocument/references", new ReferenceParams(document, p, new ReferenceContext(true))))));
        await Time("documentHighlight", mentions.Select(p => (Func<Task>)(() => bench.Request("textDocument/documentHighlight", new TextDocumentPositionParams(document, p)))));
        await Time("prepareRename", mentions.Select(p => (Func<Task>)(() => bench.Request("textDocument/prepareRename", new TextDocumentPositionParams(document, p)))));
        await Time("codeAction at a diagnostic", findings.Select(f => (Func<Task>)(() =>
        {
            var range = new Range(Position(text, f.Span.Start), Position(text, f.Span.End));
            var diagnostic = new CodeActionDiagnostic(range, JsonSerializer.SerializeToElement(f.Rule.Id), "byline");
            return bench.Request("textDocument/codeAction", new CodeActionParams(document, range, new CodeActionContext([diagnostic], null, null)));
        })));
        var whole = Enumerable.Range(0, Math.Max(3, samples / 4)).ToList();
        await Time("documentSymbol (outline)", whole.Select(_ => (Func<Task>)(() => bench.Request("textDocument/documentSymbol", new DocumentSymbolParams(document)))));
        await Time("semanticTokens/full", whole.Select(_ => (Func<Task>)(() => bench.Request("textDocument/semanticTokens/full", new SemanticTokensParams(document)))));
        await Time("foldingRange", whole.Select(_ => (Func<Task>)(() => bench.Request("textDocument/foldingRange", new FoldingRangeParams(document)))));
        await Time("workspace/symbol \"a\"", whole.Select(_ => (Func<Task>)(() => bench.Request("workspace/symbol", new WorkspaceSymbolParams("a")))));

        // A keystroke as the editor sends it, to the diagnostics it gets back: didChange (one letter in a body
        // paragraph) → incremental parse and analysis → publishDiagnostics with the whole document's list.
        var version = 1;
        var typedAt = Inputs.KeystrokeOffset(source, 0.5);
        var current = text;
        await Time("keystroke: didChange → publishDiagnostics", Enumerable.Range(0, samples).Select(i => (Func<Task>)(async () =>
        {
            var position = Position(current, typedAt);
            var letter = ((char)('a' + i % 26)).ToString();
            current = current.WithChanges([new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(typedAt++, 0), letter)]);
            await bench.Notify("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, ++version),
                [new TextDocumentContentChangeEvent(new Range(position, position), 0, letter)]));
            using var published = await bench.ReadUntil(message => message.RootElement.TryGetProperty("method", out var m) && m.GetString() == "textDocument/publishDiagnostics"
                && message.RootElement.GetProperty("params").TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version);
        })));
        return rows;
    }

    private static IEnumerable<T> Spread<T>(IReadOnlyList<T> items, int count)
    {
        for (var i = 0; i < count && items.Count > 0; i++)
        {
            yield return items[(int)((long)i * items.Count / count)];
        }
    }

    private static Position Position(ArticleText text, int offset)
    {
        var position = text.ToPosition(offset);
        return new Position(position.Line, position.Character);
    }

    /// <summary>Sends a request and reads up to its response (an error response, such as a refused rename, counts as one).</summary>
    private async Task Request(string method, object parameters)
    {
        var id = _nextId++;
        await Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters, parameters.GetType(), Json) });
        using var response = await ReadUntil(message => !message.RootElement.TryGetProperty("method", out _)
            && message.RootElement.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id);
    }

    private Task Notify(string method, object parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters, parameters.GetType(), Json) });

    private async Task Write(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await _stream.WriteAsync(body);
        await _stream.FlushAsync();
    }

    /// <summary>Reads frames until one whose parsed body satisfies <paramref name="wanted"/>; server requests are answered with null.</summary>
    private async Task<JsonDocument> ReadUntil(Func<JsonDocument, bool> wanted)
    {
        while (true)
        {
            var message = JsonDocument.Parse(await ReadFrame());
            if (wanted(message))
            {
                return message;
            }
            if (message.RootElement.TryGetProperty("method", out _) && message.RootElement.TryGetProperty("id", out var id))
            {
                // client/registerCapability and the like: accept.
                await Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = null });
            }
            message.Dispose();
        }
    }

    private async Task<byte[]> ReadFrame()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLine();
            if (line.Length == 0 && length >= 0) break;
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim());
        }
        var body = new byte[length];
        await _stream.ReadExactlyAsync(body);
        return body;
    }

    private async Task<string> ReadHeaderLine()
    {
        var count = 0;
        while (true)
        {
            await _stream.ReadExactlyAsync(_header.AsMemory(count, 1));
            if (_header[count] == (byte)'\n') return Encoding.ASCII.GetString(_header, 0, count).TrimEnd('\r');
            count++;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        await _server.DisposeAsync();
    }
}
