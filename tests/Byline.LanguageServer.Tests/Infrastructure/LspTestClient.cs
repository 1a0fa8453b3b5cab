using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Byline.LanguageServer.Tests.Infrastructure;

/// <summary>An LSP client on StreamJsonRpc talking to an in-process server over a duplex stream.</summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public const string SeedUri = "file:///articles/seed-000.txt";

    private readonly JsonRpc _rpc;
    private readonly Channel<PublishDiagnosticsParams> _published = Channel.CreateUnbounded<PublishDiagnosticsParams>();
    private readonly Channel<RegistrationParams> _registrations = Channel.CreateUnbounded<RegistrationParams>();
    private readonly Channel<ShowMessageParams> _shownMessages = Channel.CreateUnbounded<ShowMessageParams>();

    /// <summary>The next <c>window/showMessage</c> the server sent.</summary>
    public async Task<ShowMessageParams> NextShownMessageAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _shownMessages.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>How many <c>window/showMessage</c> notifications arrived and were not yet read.</summary>
    public int UnreadShownMessages => _shownMessages.Reader.Count;

    /// <summary>The next <c>client/registerCapability</c> the server sent (the client accepts every one).</summary>
    public async Task<RegistrationParams> NextRegistrationAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _registrations.Reader.ReadAsync(timeout.Token);
    }

    public LspTestClient(params ILspHandler[] extraHandlers)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        Server = new BylineLanguageServer(serverStream, serverStream, new BylineServerOptions
        {
            Log = ServerLogLines,
            PushDiagnosticsDelay = TimeSpan.FromMilliseconds(10),
            AdditionalHandlers = extraHandlers,
        });
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions = new JsonSerializerOptions(formatter.JsonSerializerOptions)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, new DefaultJsonTypeInfoResolver()),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        _rpc.AddLocalRpcTarget(new ClientTarget(this));
        _rpc.StartListening();
    }

    public BylineLanguageServer Server { get; }

    public StringWriter ServerLogLines { get; } = new();

    private readonly Channel<LogMessageParams> _logMessages = Channel.CreateUnbounded<LogMessageParams>();

    /// <summary>Waits for a window/logMessage that satisfies <paramref name="match"/> (earlier ones included).</summary>
    public async Task<LogMessageParams> LogMessageAsync(Func<LogMessageParams, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var message = await _logMessages.Reader.ReadAsync(timeout.Token);
            if (match(message))
            {
                return message;
            }
        }
    }

    public static string Seed => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "seed-000.txt"));

    public static ClientCapabilities Capabilities(bool utf8 = false, bool pullDiagnostics = true) => new(
        General: new GeneralClientCapabilities(utf8 ? ["utf-8", "utf-16"] : ["utf-16"]),
        TextDocument: new TextDocumentClientCapabilities(
            Diagnostic: pullDiagnostics ? new DiagnosticClientCapabilities(false, false) : null,
            PublishDiagnostics: new PublishDiagnosticsClientCapabilities(true, true, CodeDescriptionSupport: true),
            DocumentSymbol: new DocumentSymbolClientCapabilities(true),
            FoldingRange: new FoldingRangeClientCapabilities(true)),
        Workspace: null);

    /// <summary>
    /// Starts a server whose client sends <paramref name="initializationOptions"/> (JSON, or none) and opens
    /// <paramref name="article"/> at <paramref name="uri"/>; returns the client and the answer to <c>initialize</c>.
    /// </summary>
    public static async Task<(LspTestClient Client, InitializeResult Result)> StartWithOptionsAsync(
        string? initializationOptions, string uri, string article, bool pullDiagnostics = true)
    {
        var client = new LspTestClient();
        var options = initializationOptions is null ? (JsonElement?)null : JsonDocument.Parse(initializationOptions).RootElement;
        var result = await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(Environment.ProcessId, null, null, null, Capabilities(pullDiagnostics: pullDiagnostics), new ClientInfo("tests", null), null, options));
        await client.NotifyAsync("initialized", new InitializedParams());
        await client.OpenAsync(uri, article);
        return (client, result);
    }

    /// <summary>A client whose server is initialized and has <paramref name="text"/> open at <paramref name="uri"/>.</summary>
    public static async Task<LspTestClient> OpenedAsync(string uri, string text, bool utf8 = false)
    {
        var client = new LspTestClient();
        await client.InitializeAsync(utf8);
        await client.OpenAsync(uri, text);
        return client;
    }

    public async Task<InitializeResult> InitializeAsync(bool utf8 = false, bool pullDiagnostics = true)
    {
        var result = await RequestAsync<InitializeResult>("initialize",
            new InitializeParams(Environment.ProcessId, null, null, null, Capabilities(utf8, pullDiagnostics), new ClientInfo("tests", null), null));
        await NotifyAsync("initialized", new InitializedParams());
        return result;
    }

    public Task<T> RequestAsync<T>(string method, object? parameters, CancellationToken cancellationToken = default) =>
        _rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "plaintext") =>
        NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, version, text)));

    public Task ChangeAsync(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

    public Task<DocumentDiagnosticReport> PullDiagnosticsAsync(string uri, string? previousResultId = null) =>
        RequestAsync<DocumentDiagnosticReport>("textDocument/diagnostic", new DocumentDiagnosticParams(new TextDocumentIdentifier(uri), null, previousResultId));

    public Task<DocumentSymbol[]?> DocumentSymbolsAsync(string uri) =>
        RequestAsync<DocumentSymbol[]?>("textDocument/documentSymbol", new DocumentSymbolParams(new TextDocumentIdentifier(uri)));

    /// <summary>The next pushed diagnostics report for <paramref name="uri"/> that satisfies <paramref name="match"/>.</summary>
    public async Task<PublishDiagnosticsParams> NextPublishedAsync(string uri, Func<PublishDiagnosticsParams, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var report = await _published.Reader.ReadAsync(timeout.Token);
            if (report.Uri == uri && (match is null || match(report)))
            {
                return report;
            }
        }
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync<object?>("shutdown", null);
        await NotifyAsync("exit", null);
        return await Server.Completion.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await Server.DisposeAsync();
    }

    private sealed class ClientTarget(LspTestClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(PublishDiagnosticsParams report) => client._published.Writer.TryWrite(report);

        [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
        public object? RegisterCapability(RegistrationParams registration)
        {
            client._registrations.Writer.TryWrite(registration);
            return null;
        }

        [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
        public void ShowMessage(ShowMessageParams message) => client._shownMessages.Writer.TryWrite(message);

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(LogMessageParams message) => client._logMessages.Writer.TryWrite(message);
    }
}
