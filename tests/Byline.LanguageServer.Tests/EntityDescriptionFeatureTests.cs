using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using StreamJsonRpc;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Descriptions that refer to an entity without naming it ("the ministry") in the editor: hover says which entity,
/// references and highlights include those linked by a reliable rule, rename leaves them as written. Invented copy.
/// </summary>
public class EntityDescriptionFeatureTests
{
    private const string Uri = "file:///stories/quotas.txt";

    private const string Text =
        "Harbour rules\n\nThe Ministry of Fisheries published new quotas on Monday. Brennor Marine Ltd said it would cut its fleet. " +
        "The ministry said the company had a year to comply. The regional council did not comment.\n\n" +
        "Chile buys most of the catch, and the country's importers were not consulted.\n";

    private static Task<LspTestClient> ClientAsync() => LspTestClient.OpenedAsync(Uri, Text);

    private static Position At(string needle, int nth = 0, int into = 1) => EntityFeatureTests.At(Text, needle, nth, into);

    private static Range RangeOf(string needle, int nth = 0)
    {
        var offset = -1;
        for (var i = 0; i <= nth; i++) offset = Text.IndexOf(needle, offset + 1, StringComparison.Ordinal);
        var article = ArticleText.From(Text);
        return new Range(article.ToPosition(offset).ToLsp(), article.ToPosition(offset + needle.Length).ToLsp());
    }

    private static Task<Hover?> HoverAsync(LspTestClient client, Position position) =>
        client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), position));

    /// <summary>A reliable link is stated, a less reliable one offered as a possibility, an unlinked description typed.</summary>
    [TestCase("country's", 3, "**country** · description of a place", "Thought to refer to **Chile** (Place, first named on line 5)")]
    [TestCase("ministry said", 3, "---\n\n**ministry** · description of an organization", "May refer to **Ministry of Fisheries** (Organization, first named on line 3)")]
    [TestCase("company had", 2, "**company** · description of an organization", "May refer to **Brennor Marine Ltd**")]
    [TestCase("council did", 2, "**regional council** · description of an organization", "No name before it in this article that it could refer to.")]
    public async Task Hover_on_a_description_says_what_it_refers_to_as_surely_as_its_link_allows(string needle, int into, string description, string referent)
    {
        await using var client = await ClientAsync();
        var hover = await HoverAsync(client, At(needle, 0, into));
        Assert.That(hover!.Contents.Value, Does.Contain(description));
        Assert.That(hover.Contents.Value, Does.Contain(referent));
    }

    /// <summary>An indefinite description ("a militia") is never linked, and hover says why, though a body was named before it.</summary>
    [Test]
    public async Task Hover_on_an_indefinite_description_says_it_is_new_to_the_article()
    {
        const string uri = "file:///stories/clash.txt";
        const string text = "Border clash\n\nThe Nordvik Front denied the attack. A militia later claimed it.\n";
        await using var client = await LspTestClient.OpenedAsync(uri, text);
        var hover = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), EntityFeatureTests.At(text, "militia later", 0, 2)));
        Assert.That(hover!.Contents.Value, Does.Contain("**militia** · description of an organization"));
        Assert.That(hover.Contents.Value, Does.Contain("Indefinite: a party new to the article").And.Not.Contain("May refer to"));
    }

    /// <summary>A head of description-heads.yaml (learned from GUM's annotation) is shown as the hand-kept heads are.</summary>
    [TestCase("military closed", 2, "**military** · description of an organization")]
    [TestCase("Tarvia's government", 9, "**government** · description of an organization")]
    public async Task Hover_on_a_description_by_a_learned_head_or_after_a_possessive_types_it(string needle, int into, string description)
    {
        const string uri = "file:///stories/bridge.txt";
        const string text = "Bridge works\n\nThe military closed the bridge on Monday, and Tarvia's government said it would reopen in May.\n";
        await using var client = await LspTestClient.OpenedAsync(uri, text);
        var hover = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), EntityFeatureTests.At(text, needle, 0, into)));
        Assert.That(hover!.Contents.Value, Does.Contain(description));
    }

    private static Task<Location[]?> ReferencesAsync(LspTestClient client, string needle) =>
        client.RequestAsync<Location[]?>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(Uri), At(needle), new ReferenceContext(true)));

    [Test]
    public async Task References_and_highlights_of_an_entity_include_its_reliably_linked_descriptions()
    {
        await using var client = await ClientAsync();
        var chile = RangeOf("Chile");
        var description = RangeOf("country");
        Assert.That((await ReferencesAsync(client, "Chile"))!.Select(l => l.Range), Is.EqualTo(new[] { chile, description }));
        Assert.That((await ReferencesAsync(client, "country's"))!.Select(l => l.Range), Is.EqualTo(new[] { chile, description }));
        var highlights = await client.RequestAsync<DocumentHighlight[]?>("textDocument/documentHighlight",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At("country's")));
        Assert.That(highlights!.Select(h => (h.Range, h.Kind)), Is.EqualTo(new (Range, DocumentHighlightKind?)[]
        {
            (chile, DocumentHighlightKind.Write), (description, DocumentHighlightKind.Read),
        }));
    }

    [Test]
    public async Task In_a_book_length_article_highlights_list_the_names_and_references_the_descriptions_too()
    {
        // Past the outline's sentence limit, so that the cheaper form applies; the story stays at the top.
        var filler = string.Concat(Enumerable.Repeat("Rain fell. ", Handlers.DocumentSymbols.ArticleOutline.MaxSentences));
        var text = Text + "\n" + filler + "\n";
        const string uri = "file:///stories/quotas-long.txt";
        await using var client = await LspTestClient.OpenedAsync(uri, text);
        var at = EntityFeatureTests.At(text, "country's", 0, 1);
        var highlights = await client.RequestAsync<DocumentHighlight[]?>("textDocument/documentHighlight",
            new TextDocumentPositionParams(new TextDocumentIdentifier(uri), EntityFeatureTests.At(text, "Chile", 0, 1)));
        Assert.That(highlights!.Select(h => (h.Range, h.Kind)), Is.EqualTo(new (Range, DocumentHighlightKind?)[] { (RangeOf("Chile"), DocumentHighlightKind.Write) }));
        var references = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(uri), at, new ReferenceContext(true)));
        Assert.That(references!.Select(l => l.Range), Is.EqualTo(new[] { RangeOf("Chile"), RangeOf("country") }));
    }

    [Test]
    public async Task References_leave_out_a_description_linked_by_a_less_reliable_rule()
    {
        await using var client = await ClientAsync();
        Assert.That((await ReferencesAsync(client, "Ministry of Fisheries"))!.Select(l => l.Range), Is.EqualTo(new[] { RangeOf("Ministry of Fisheries") }));
        Assert.That(await ReferencesAsync(client, "ministry said"), Is.Null.Or.Empty);
    }

    [Test]
    public async Task Rename_changes_the_names_and_leaves_descriptions_as_written()
    {
        await using var client = await ClientAsync();
        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), At("Ministry of Fisheries"), "Ministry of Marine Resources"));
        Assert.That(edit!.Changes![Uri], Is.EqualTo(new[] { new TextEdit(RangeOf("Ministry of Fisheries"), "Ministry of Marine Resources") }));
        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), At("country's"), "nation")));
        Assert.That(refused!.ErrorCode, Is.EqualTo(LspErrorCodes.RequestFailed));
        Assert.That(refused.Message, Does.Contain("'country' describes Chile without naming it"));
    }
}
