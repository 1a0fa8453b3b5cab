using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using static Byline.LanguageServer.Tests.EntityFeatureTests;

namespace Byline.LanguageServer.Tests;

/// <summary>Document links: the web addresses in an article, clickable in the editor.</summary>
public class DocumentLinkTests
{
    private const string Uri = "file:///stories/links.txt";

    private static async Task<DocumentLink[]> LinksAsync(string text)
    {
        await using var client = new LspTestClient();
        var initialize = await client.InitializeAsync();
        Assert.That(initialize.Capabilities.DocumentLinkProvider, Is.Not.Null);
        await client.OpenAsync(Uri, text);
        return (await client.RequestAsync<DocumentLink[]?>("textDocument/documentLink", new DocumentLinkParams(new TextDocumentIdentifier(Uri))))!;
    }

    [Test]
    public async Task Addresses_link_without_the_sentence_punctuation_after_them()
    {
        const string article = "Council report published\n\n" +
            "The full report is at https://example.org/reports/2024?id=7. A summary is on www.example.com/summary, the council said.\n" +
            "No address here at all, the mayor said on Monday.\n";
        var links = await LinksAsync(article);
        Assert.That(links.Select(l => l.Target), Is.EqualTo(new[] { "https://example.org/reports/2024?id=7", "https://www.example.com/summary" }));
        var start = At(article, "https://", into: 0);
        Assert.That(links[0].Range, Is.EqualTo(new Protocol.Range(start, start with { Character = start.Character + "https://example.org/reports/2024?id=7".Length })));
    }

    [Test]
    public async Task Addresses_in_capitals_link_too()
    {
        const string article = "Harbour tender opens\n\nBids go to HTTPS://EXAMPLE.NET/tender by May, the port said.\n\n" +
            "Forms are on WWW.EXAMPLE.ORG/forms, a clerk said.\n";
        var links = await LinksAsync(article);
        Assert.That(links.Select(l => l.Target), Is.EqualTo(new[] { "https://example.net/tender", "https://www.example.org/forms" }));
    }

    [Test]
    public async Task An_article_without_addresses_has_no_links() =>
        Assert.That(await LinksAsync(LspTestClient.Seed), Is.Empty);

    [Test]
    public async Task Links_after_edits_equal_the_links_of_the_text_opened_afresh()
    {
        // An open document keeps, per block, whether it may hold an address: the links after each edit (an address
        // typed into a block that had none, a block added, an address removed) equal a fresh document's.
        var text = "Ferry timetable changes\n\nThe new times are posted at the harbour, the operator said.\n\n" +
            "Tickets are sold at https://example.org/tickets until Friday.\n";
        await using var client = await LspTestClient.OpenedAsync(Uri, text);
        var version = 1;
        foreach (var (find, replace) in new[] { ("posted at", "posted at www.example.com/times and at"), ("until Friday.", "until Friday.\n\nMore: http://example.net/more"), ("https://example.org/tickets", "the office") })
        {
            var offset = text.IndexOf(find, StringComparison.Ordinal);
            var (start, end) = (Position(text, offset), Position(text, offset + find.Length));
            await client.ChangeAsync(Uri, ++version, new TextDocumentContentChangeEvent(new Protocol.Range(start, end), null, replace));
            text = text[..offset] + replace + text[(offset + find.Length)..];
            var links = await client.RequestAsync<DocumentLink[]?>("textDocument/documentLink", new DocumentLinkParams(new TextDocumentIdentifier(Uri)));
            var fresh = await FreshLinksAsync(text);
            Assert.That(links!.Select(l => (l.Target, l.Range)), Is.EqualTo(fresh.Select(l => (l.Target, l.Range))), $"after replacing \"{find}\"");
        }
    }

    private static async Task<DocumentLink[]> FreshLinksAsync(string text)
    {
        await using var client = await LspTestClient.OpenedAsync("file:///stories/fresh.txt", text);
        return (await client.RequestAsync<DocumentLink[]?>("textDocument/documentLink", new DocumentLinkParams(new TextDocumentIdentifier("file:///stories/fresh.txt"))))!;
    }

    private static Position Position(string text, int offset)
    {
        var before = text[..offset];
        var line = before.Count(c => c == '\n');
        return new Position(line, offset - (before.LastIndexOf('\n') + 1));
    }
}
