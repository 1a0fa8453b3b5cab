using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using static Byline.LanguageServer.Tests.EntityFeatureTests;

namespace Byline.LanguageServer.Tests;

/// <summary>Inlay hints naming what an acronym, a surname or a pronoun source resolves to; off unless asked for.</summary>
public class InlayHintTests
{
    private const string Uri = "file:///stories/bridge.txt";

    private const string Article =
        "Bridge to close in May\n\n" +
        "The Popular Mobilization Forces (PMF) said on Monday the bridge would close. The PMF also said the repairs would take a month.\n" +
        "Jane Okafor, the city engineer, said the cables were worn through. She said the work would start in May.\n";

    private static async Task<InlayHint[]?> HintsAsync(bool enabled)
    {
        await using var client = new LspTestClient();
        var options = enabled ? System.Text.Json.JsonDocument.Parse("{\"inlayHints\": true}").RootElement : (System.Text.Json.JsonElement?)null;
        var initialize = await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(Environment.ProcessId, null, null, null, LspTestClient.Capabilities(), new ClientInfo("tests", null), null, options));
        await client.NotifyAsync("initialized", new InitializedParams());
        Assert.That(initialize.Capabilities.InlayHintProvider, Is.True);
        await client.OpenAsync(Uri, Article);
        var whole = new Protocol.Range(new Position(0, 0), new Position(10, 0));
        return await client.RequestAsync<InlayHint[]?>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(Uri), whole));
    }

    [Test]
    public async Task Hints_are_off_by_default() =>
        Assert.That(await HintsAsync(enabled: false), Is.Empty);

    [Test]
    public async Task An_acronym_and_a_pronoun_source_are_followed_by_what_they_stand_for()
    {
        var hints = (await HintsAsync(enabled: true))!;
        var afterAcronym = At(Article, "PMF also", into: 3);
        var afterPronoun = At(Article, "She said", into: 3);
        Assert.That(hints.Select(h => (h.Position, h.Label)), Does.Contain((afterAcronym, "Popular Mobilization Forces")));
        Assert.That(hints.Select(h => (h.Position, h.Label)), Does.Contain((afterPronoun, "Jane Okafor")));
        Assert.That(hints.Select(h => h.Position), Does.Not.Contain(At(Article, "PMF)", into: 3)), "a definition needs no hint");
    }

    [Test]
    public async Task The_setting_turns_hints_on_and_off_without_a_restart()
    {
        await using var client = await LspTestClient.OpenedAsync(Uri, Article);
        var whole = new Protocol.Range(new Position(0, 0), new Position(10, 0));
        async Task<InlayHint[]> HintsAfter(string settings)
        {
            await client.NotifyAsync("workspace/didChangeConfiguration",
                new DidChangeConfigurationParams(System.Text.Json.JsonDocument.Parse(settings).RootElement));
            return (await client.RequestAsync<InlayHint[]?>("textDocument/inlayHint", new InlayHintParams(new TextDocumentIdentifier(Uri), whole)))!;
        }
        Assert.That(await HintsAfter("{\"byline\": {\"inlayHints\": true}}"), Is.Not.Empty);
        Assert.That(await HintsAfter("{\"byline\": {\"files\": []}}"), Is.Not.Empty, "a setting left out keeps its value");
        Assert.That(await HintsAfter("{\"byline\": {\"inlayHints\": false}}"), Is.Empty);
    }
}
