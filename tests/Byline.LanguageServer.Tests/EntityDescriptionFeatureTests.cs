using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using StreamJsonRpc;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Descriptions that refer to an entity without naming it ("the ministry") in the editor: hover says which entity,
/// references and highlights include them, rename leaves them as written. Invented copy.
/// </summary>
public class EntityDescriptionFeatureTests
{
    private const string Uri = "file:///stories/quotas.txt";

    private const string Text =
        "Harbour rules\n\nThe Ministry of Fisheries published new quotas on Monday. Brennor Marine Ltd said it would cut its fleet. " +
        "The ministry said the company had a year to comply. The regional council did not comment.\n";

    private static async Task<LspTestClient> ClientAsync()
    {
        var client = new LspTestClient();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Text);
        return client;
    }

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

    [Test]
    public async Task Hover_on_a_linked_description_adds_the_entity_it_refers_to()
    {
        await using var client = await ClientAsync();
        var hover = await HoverAsync(client, At("ministry said", 0, 3));
        Assert.That(hover!.Contents.Value, Does.Contain("---\n\n**ministry** · description of an organization"));
        Assert.That(hover.Contents.Value, Does.Contain("Thought to refer to **Ministry of Fisheries** (Organization, first named on line 3)"));
        var company = await HoverAsync(client, At("company had", 0, 2));
        Assert.That(company!.Contents.Value, Does.Contain("Thought to refer to **Brennor Marine Ltd**"));
    }

    [Test]
    public async Task Hover_on_an_unlinked_description_adds_its_type()
    {
        await using var client = await ClientAsync();
        var hover = await HoverAsync(client, At("council did", 0, 2));
        Assert.That(hover!.Contents.Value, Does.Contain("**regional council** · description of an organization"));
        Assert.That(hover.Contents.Value, Does.Contain("No name before it in this article that it could refer to."));
    }

    [Test]
    public async Task References_and_highlights_of_an_entity_include_its_descriptions()
    {
        await using var client = await ClientAsync();
        var ministry = RangeOf("Ministry of Fisheries");
        var description = RangeOf("ministry", 0);
        var fromName = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(Uri), At("Ministry of Fisheries"), new ReferenceContext(true)));
        Assert.That(fromName!.Select(l => l.Range), Is.EqualTo(new[] { ministry, description }));
        var fromDescription = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(Uri), At("ministry said"), new ReferenceContext(true)));
        Assert.That(fromDescription!.Select(l => l.Range), Is.EqualTo(new[] { ministry, description }));
        var highlights = await client.RequestAsync<DocumentHighlight[]?>("textDocument/documentHighlight",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At("ministry said")));
        Assert.That(highlights!.Select(h => (h.Range, h.Kind)), Is.EqualTo(new (Range, DocumentHighlightKind?)[]
        {
            (ministry, DocumentHighlightKind.Write), (description, DocumentHighlightKind.Read),
        }));
    }

    [Test]
    public async Task Rename_changes_the_names_and_leaves_descriptions_as_written()
    {
        await using var client = await ClientAsync();
        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), At("Ministry of Fisheries"), "Ministry of Marine Resources"));
        Assert.That(edit!.Changes![Uri], Is.EqualTo(new[] { new TextEdit(RangeOf("Ministry of Fisheries"), "Ministry of Marine Resources") }));
        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), At("ministry said"), "agency")));
        Assert.That(refused!.ErrorCode, Is.EqualTo(LspErrorCodes.RequestFailed));
        Assert.That(refused.Message, Does.Contain("'ministry' describes Ministry of Fisheries without naming it"));
    }
}
