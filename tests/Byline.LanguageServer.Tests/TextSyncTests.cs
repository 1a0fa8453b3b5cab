using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

public class TextSyncTests
{
    private const string Uri = "file:///articles/emoji.txt";
    private const string Text = "Headline\nA line with 😀 emoji and é here.\nLast line";

    private static TextDocumentContentChangeEvent Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(new Protocol.Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), null, text);

    private static async Task<LspTestClient> OpenAsync(bool utf8)
    {
        var client = new LspTestClient(new DocumentTextHandler());
        await client.InitializeAsync(utf8: utf8);
        await client.OpenAsync(Uri, Text);
        return client;
    }

    private static Task<string?> TextOf(LspTestClient client) =>
        client.RequestAsync<string?>("test/documentText", new TextDocumentIdentifier(Uri));

    [Test]
    public async Task Opened_text_is_the_document()
    {
        await using var client = await OpenAsync(utf8: false);
        Assert.That(await TextOf(client), Is.EqualTo(Text));
    }

    [Test]
    public async Task Utf16_positions_count_an_emoji_as_two_units()
    {
        await using var client = await OpenAsync(utf8: false);
        // "A line with " = 12 units, 😀 = 2, " " = 1: "emoji" is at 15..20; "é" is one unit.
        await client.ChangeAsync(Uri, 2, Edit(1, 15, 1, 20, "EMOJI"), Edit(1, 25, 1, 26, "e"));
        Assert.That(await TextOf(client), Is.EqualTo("Headline\nA line with 😀 EMOJI and e here.\nLast line"));
    }

    [Test]
    public async Task Utf8_positions_count_bytes()
    {
        await using var client = await OpenAsync(utf8: true);
        // "A line with " = 12 bytes, 😀 = 4, " " = 1: "emoji" is at 17..22; "é" is two bytes at 27..29.
        await client.ChangeAsync(Uri, 2, Edit(1, 17, 1, 22, "EMOJI"), Edit(1, 27, 1, 29, "e"));
        Assert.That(await TextOf(client), Is.EqualTo("Headline\nA line with 😀 EMOJI and e here.\nLast line"));
    }

    [Test]
    public async Task Changes_in_one_notification_apply_in_order()
    {
        await using var client = await OpenAsync(utf8: false);
        // The second range is in coordinates of the text after the first change.
        await client.ChangeAsync(Uri, 2, Edit(0, 0, 0, 8, "Title"), Edit(0, 5, 0, 5, "!"));
        Assert.That(await TextOf(client), Does.StartWith("Title!\nA line"));
    }

    [Test]
    public async Task Positions_past_the_line_or_the_document_are_clamped()
    {
        await using var client = await OpenAsync(utf8: false);
        await client.ChangeAsync(Uri, 2, Edit(0, 1000, 0, 2000, "!"), Edit(99, 0, 120, 7, " (end)"));
        Assert.That(await TextOf(client), Is.EqualTo("Headline!\nA line with 😀 emoji and é here.\nLast line (end)"));
    }

    [Test]
    public async Task A_range_past_the_last_line_is_applied_and_logged_as_drift()
    {
        await using var client = await OpenAsync(utf8: false);
        await client.ChangeAsync(Uri, 2, Edit(7, 0, 7, 0, "!"));
        var warning = await client.LogMessageAsync(m => m.Message.Contains("lies outside the text"));
        Assert.Multiple(async () =>
        {
            Assert.That(warning.Type, Is.EqualTo(MessageType.Warning));
            Assert.That(warning.Message, Does.Contain("7:0–7:0").And.Contain("3 lines").And.Contain("version 2"));
            Assert.That(await TextOf(client), Is.EqualTo(Text + "!"));
        });
    }

    [Test]
    public async Task A_reversed_range_deletes_nothing_and_is_logged()
    {
        await using var client = await OpenAsync(utf8: false);
        await client.ChangeAsync(Uri, 2, Edit(2, 4, 0, 0, "x"));
        var warning = await client.LogMessageAsync(m => m.Message.Contains("ends before it starts"));
        Assert.Multiple(async () =>
        {
            Assert.That(warning.Message, Does.Contain("2:4–0:0"));
            Assert.That(await TextOf(client), Is.EqualTo("x" + Text));
        });
    }

    [Test]
    public async Task A_version_that_does_not_move_forward_is_logged_and_applied()
    {
        await using var client = await OpenAsync(utf8: false);
        await client.ChangeAsync(Uri, 1, Edit(0, 0, 0, 0, "<"));
        var warning = await client.LogMessageAsync(m => m.Message.Contains("carries version 1"));
        Assert.Multiple(async () =>
        {
            Assert.That(warning.Message, Does.Contain("not after the open version 1"));
            Assert.That(await TextOf(client), Does.StartWith("<Headline"));
        });
    }

    [Test]
    public async Task A_position_inside_a_surrogate_pair_is_clamped_before_it()
    {
        await using var client = await OpenAsync(utf8: false);
        await client.ChangeAsync(Uri, 2, Edit(1, 13, 1, 13, "[")); // between the two halves of 😀
        Assert.That(await TextOf(client), Does.Contain("with [😀 emoji"));
    }

    [Test]
    public async Task A_change_without_range_replaces_the_whole_text()
    {
        await using var client = await OpenAsync(utf8: false);
        await client.ChangeAsync(Uri, 2, new TextDocumentContentChangeEvent(null, null, "New text"));
        Assert.That(await TextOf(client), Is.EqualTo("New text"));
    }

    [Test]
    public async Task Many_quick_edits_are_applied_in_arrival_order()
    {
        await using var client = await OpenAsync(utf8: false);
        var expected = Text;
        for (var version = 2; version < 200; version++)
        {
            var insert = (version % 10).ToString();
            await client.ChangeAsync(Uri, version, Edit(2, 0, 2, 0, insert)); // sent, not yet processed
            expected = expected.Insert(expected.LastIndexOf('\n') + 1, insert);
        }
        Assert.That(await TextOf(client), Is.EqualTo(expected));
    }

    [Test]
    public async Task Closing_falls_back_to_what_is_on_disk()
    {
        await using var client = await OpenAsync(utf8: false);
        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(Uri)));
        Assert.That(await TextOf(client), Is.Null); // the file is not on disk
    }
}
