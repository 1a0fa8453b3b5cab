using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// The outline by result id (<c>byline/documentSymbol</c>): a client that keeps outlines
/// (<c>initializationOptions.outlineResultIds: true</c>, as Byline's VS Code extension does) names the result id of the
/// last one it got and hears "unchanged" while the outline is that one; any other id gets the whole outline. Other
/// clients keep <c>textDocument/documentSymbol</c> as it was.
/// </summary>
public class OutlineResultIdTests
{
    private const string Uri = "file:///stories/harbour.txt";

    private const string Article =
        "Harbour to reopen after storm repairs\n\n" +
        "The harbour will reopen on Monday, Tom Reyes, the harbour master, said. The pier was rebuilt over the winter.\n" +
        "Fishing crews were reportedly told to wait another week.\n" +
        "The council said the repairs cost $3 million.\n";

    private static Task<(LspTestClient Client, InitializeResult Result)> StartAsync(string? initializationOptions = "{\"outlineResultIds\": true}") =>
        LspTestClient.StartWithOptionsAsync(initializationOptions, Uri, Article);

    private static Task<OutlineResult?> OutlineAsync(LspTestClient client, string? previousResultId, string uri = Uri) =>
        client.RequestAsync<OutlineResult?>("byline/documentSymbol", new OutlineParams(new TextDocumentIdentifier(uri), previousResultId));

    private static string Json(IEnumerable<DocumentSymbol> symbols) => JsonSerializer.Serialize(symbols.ToArray(), LspJsonContext.Wire.DocumentSymbolArray);

    /// <summary>Replaces the first <paramref name="old"/> in <paramref name="text"/> by an edit of its range.</summary>
    private static TextDocumentContentChangeEvent Replace(string text, string old, string by)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n');
        var character = at - (text.LastIndexOf('\n', at) + 1);
        return new TextDocumentContentChangeEvent(new Protocol.Range(new Position(line, character), new Position(line, character + old.Length)), null, by);
    }

    [Test]
    public async Task A_client_that_keeps_outlines_is_told_it_may_ask_by_result_id_and_gets_the_outline_with_one()
    {
        var (client, result) = await StartAsync();
        await using var _ = client;
        var outline = (await OutlineAsync(client, null))!;
        var plain = (await client.DocumentSymbolsAsync(Uri))!;

        Assert.That(result.Capabilities.Experimental?.OutlineResultIds, Is.True);
        Assert.That(outline.ResultId, Is.Not.Null.And.Not.Empty);
        Assert.That(outline.Unchanged, Is.Null);
        Assert.That(Json(outline.Symbols!), Is.EqualTo(Json(plain)), "the outline of textDocument/documentSymbol");
    }

    [Test]
    public async Task The_same_outline_asked_again_is_unchanged()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = (await OutlineAsync(client, null))!;
        var again = (await OutlineAsync(client, first.ResultId))!;

        Assert.That(again, Is.EqualTo(new OutlineResult(first.ResultId, null, true)));
    }

    [Test]
    public async Task An_edit_that_leaves_the_outline_alone_answers_unchanged_and_one_that_changes_it_the_new_outline()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = (await OutlineAsync(client, null))!;

        // The same word typed over itself: the paragraph is parsed and its symbol made again, and it reads the same.
        await client.ChangeAsync(Uri, 2, Replace(Article, "winter", "winter"));
        var same = (await OutlineAsync(client, first.ResultId))!;
        await client.ChangeAsync(Uri, 3, Replace(Article, "Harbour to reopen", "Port to reopen"));
        var changed = (await OutlineAsync(client, first.ResultId))!;
        var plain = (await client.DocumentSymbolsAsync(Uri))!;

        Assert.That(same, Is.EqualTo(new OutlineResult(first.ResultId, null, true)));
        Assert.That(changed.Unchanged, Is.Null);
        Assert.That(changed.ResultId, Is.Not.EqualTo(first.ResultId));
        Assert.That(changed.Symbols![0].Name, Does.StartWith("Port to reopen"));
        Assert.That(Json(changed.Symbols), Is.EqualTo(Json(plain)));
        Assert.That(await OutlineAsync(client, changed.ResultId), Is.EqualTo(new OutlineResult(changed.ResultId, null, true)));
    }

    [TestCase("no-such-id")]
    [TestCase("")]
    public async Task An_unknown_or_old_result_id_gets_the_whole_outline(string previousResultId)
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = (await OutlineAsync(client, null))!;
        await client.ChangeAsync(Uri, 2, Replace(Article, "Harbour to reopen", "Port to reopen"));
        var now = (await OutlineAsync(client, null))!;

        var unknown = (await OutlineAsync(client, previousResultId))!;
        var old = (await OutlineAsync(client, first.ResultId))!;

        Assert.That((unknown.ResultId, unknown.Unchanged, Json(unknown.Symbols!)), Is.EqualTo((now.ResultId, (bool?)null, Json(now.Symbols!))));
        Assert.That((old.ResultId, old.Unchanged, Json(old.Symbols!)), Is.EqualTo((now.ResultId, (bool?)null, Json(now.Symbols!))));
    }

    [Test]
    public async Task A_closed_document_forgets_its_outline_and_one_never_opened_has_none()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = (await OutlineAsync(client, null))!;
        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(Uri)));

        Assert.That(await OutlineAsync(client, first.ResultId), Is.Null, "not open and not on disk");
        Assert.That(await OutlineAsync(client, null, "file:///stories/never-opened.txt"), Is.Null);
        await client.OpenAsync(Uri, Article, version: 5);
        var reopened = (await OutlineAsync(client, first.ResultId))!;
        Assert.That(reopened.Unchanged, Is.Null, "what the client kept from before the close is not vouched for");
        Assert.That(Json(reopened.Symbols!), Is.EqualTo(Json(first.Symbols!)));
    }

    [TestCase(null)]
    [TestCase("{\"outlineResultIds\": false}")]
    [TestCase("{\"outlineResultIds\": \"yes\"}")]
    public async Task Other_clients_are_not_told_of_it_and_keep_the_plain_outline(string? initializationOptions)
    {
        var (client, result) = await StartAsync(initializationOptions);
        await using var _ = client;
        var plain = await client.DocumentSymbolsAsync(Uri);

        Assert.That(result.Capabilities.Experimental?.OutlineResultIds, Is.Null);
        Assert.That(plain, Is.Not.Empty);
    }

    [TestCase("{}", "textDocument is required")]
    [TestCase("{\"textDocument\":{}}", "uri is required")]
    [TestCase("{\"textDocument\":{\"uri\":\"file:///a.txt\"},\"previousResultId\":7}", "previousResultId")]
    [TestCase("[1, 2]", "")]
    public async Task Bad_params_get_InvalidParams_and_the_server_serves_on(string parameters, string mentioned)
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.RequestAsync(3, "byline/documentSymbol", JsonNode.Parse(parameters));
        var response = await connection.ReadResponseAsync(3);
        var error = response["error"]!.AsObject();

        Assert.That((int)error["code"]!, Is.EqualTo(LspErrorCodes.InvalidParams), error.ToJsonString());
        Assert.That((string?)error["message"], Does.Contain(mentioned).And.Not.Contain("   at "));
        await connection.AssertServingAsync(4);
    }
}
