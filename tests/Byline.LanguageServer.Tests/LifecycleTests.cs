using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

public class LifecycleTests
{
    [Test]
    public async Task Initialize_picks_utf8_when_the_client_offers_it()
    {
        await using var client = new LspTestClient();
        var result = await client.InitializeAsync(utf8: true);
        Assert.That(result.Capabilities.PositionEncoding, Is.EqualTo("utf-8"));
        Assert.That(result.ServerInfo.Name, Is.EqualTo("byline"));
    }

    [Test]
    public async Task Initialize_falls_back_to_utf16_when_utf8_is_not_offered()
    {
        await using var client = new LspTestClient();
        var result = await client.InitializeAsync(utf8: false);
        Assert.That(result.Capabilities.PositionEncoding, Is.EqualTo("utf-16"));
    }

    [Test]
    public async Task Log_lines_reach_the_client_as_window_logMessage()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync(utf8: true);
        var initialized = await client.LogMessageAsync(m => m.Message.StartsWith("Initialized for tests", StringComparison.Ordinal));
        Assert.That(initialized.Message, Does.Contain("position encoding utf-8, pull diagnostics"));
        Assert.That(initialized.Type, Is.EqualTo(Protocol.MessageType.Info));
        Assert.That(client.ServerLogLines.ToString(), Does.Contain("Initialized for tests"), "and to the log writer (stderr)");
    }

    [Test]
    public async Task Initialize_announces_incremental_sync_symbols_folding_and_pull_diagnostics()
    {
        await using var client = new LspTestClient();
        var capabilities = (await client.InitializeAsync(pullDiagnostics: true)).Capabilities;
        Assert.That(capabilities.TextDocumentSync.OpenClose, Is.True);
        Assert.That(capabilities.TextDocumentSync.Change, Is.EqualTo(Protocol.TextDocumentSyncKind.Incremental));
        Assert.That(capabilities.DocumentSymbolProvider, Is.True);
        Assert.That(capabilities.FoldingRangeProvider, Is.True);
        Assert.That(capabilities.DiagnosticProvider, Is.Not.Null);
        Assert.That(capabilities.DiagnosticProvider!.InterFileDependencies, Is.False);
        Assert.That(capabilities.DiagnosticProvider.WorkspaceDiagnostics, Is.False, "no indexed folder: only open documents are articles, so no workspace report");
        Assert.That(capabilities.DiagnosticProvider.WorkDoneProgress, Is.True);
    }

    [Test]
    public async Task Initialize_offers_no_diagnostic_provider_to_a_push_only_client()
    {
        await using var client = new LspTestClient();
        var capabilities = (await client.InitializeAsync(pullDiagnostics: false)).Capabilities;
        Assert.That(capabilities.DiagnosticProvider, Is.Null);
    }

    [Test]
    public async Task Exit_after_shutdown_ends_with_code_0()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        Assert.That(await client.ShutdownAndExitAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync();
        await client.NotifyAsync("exit", null);
        Assert.That(await client.Server.Completion.WaitAsync(TimeSpan.FromSeconds(30)), Is.EqualTo(1));
    }

    [Test]
    public async Task Requests_before_initialize_get_ServerNotInitialized()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.RequestAsync(7, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///a.txt" } });
        var response = await connection.ReadResponseAsync(7);
        Assert.That((int)response["error"]!["code"]!, Is.EqualTo(-32002));
    }

    [Test]
    public async Task Requests_after_shutdown_are_refused()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.RequestAsync(2, "shutdown");
        var shutdown = await connection.ReadResponseAsync(2);
        Assert.That(shutdown.ContainsKey("result"), Is.True);
        Assert.That(shutdown["result"], Is.Null);
        await connection.RequestAsync(3, "textDocument/foldingRange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///a.txt" } });
        var response = await connection.ReadResponseAsync(3);
        Assert.That((int)response["error"]!["code"]!, Is.EqualTo(-32600));
    }

    [Test]
    public async Task The_server_exits_when_the_client_process_is_gone()
    {
        var deadProcessId = await ProcessTests.IdOfAnExitedProcessAsync();
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync(processId: deadProcessId);
        Assert.That(await connection.Server!.Completion.WaitAsync(TimeSpan.FromSeconds(30)), Is.EqualTo(1));
    }
}
