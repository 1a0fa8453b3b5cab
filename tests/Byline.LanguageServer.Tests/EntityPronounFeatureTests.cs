using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using StreamJsonRpc;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Pronouns linked to an entity in the editor: hover says what a pronoun may refer to, references and highlights list
/// it with the entity's names only when the link is reliable, rename leaves it as written. Invented copy.
/// </summary>
public class EntityPronounFeatureTests
{
    private const string Uri = "file:///stories/fares.txt";

    private const string Text =
        "Ferry fares\n\nMarta Olvido chairs the Keldmouth Ferry Company. She said fares would rise in May.\n\n" +
        "The Harbour Authority of Keldmouth met on Monday, and its chair left early.\n";

    private static Task<LspTestClient> ClientAsync() => LspTestClient.OpenedAsync(Uri, Text);

    private static Position At(string needle, int into = 1) => EntityFeatureTests.At(Text, needle, 0, into);

    private static Range RangeOf(string needle)
    {
        var offset = Text.IndexOf(needle, StringComparison.Ordinal);
        var article = ArticleText.From(Text);
        return new Range(article.ToPosition(offset).ToLsp(), article.ToPosition(offset + needle.Length).ToLsp());
    }

    [TestCase("She said", "**She** · pronoun for a person", "Thought to refer to **Marta Olvido** (Person, first named on line 3)")]
    [TestCase("its chair", "**its** · pronoun for an organization", "May refer to **Harbour Authority of Keldmouth** (Organization, first named on line 5)")]
    public async Task Hover_on_a_pronoun_says_what_it_may_refer_to(string needle, string pronoun, string referent)
    {
        await using var client = await ClientAsync();
        var hover = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At(needle)));
        Assert.That(hover!.Contents.Value, Does.Contain(pronoun));
        Assert.That(hover.Contents.Value, Does.Contain(referent));
    }

    private static Task<Location[]?> ReferencesAsync(LspTestClient client, string needle) =>
        client.RequestAsync<Location[]?>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(Uri), At(needle), new ReferenceContext(true)));

    [Test]
    public async Task References_and_highlights_list_a_reliably_linked_pronoun_with_the_names()
    {
        await using var client = await ClientAsync();
        var name = RangeOf("Marta Olvido");
        var pronoun = RangeOf("She");
        Assert.That((await ReferencesAsync(client, "Marta Olvido"))!.Select(l => l.Range), Is.EqualTo(new[] { name, pronoun }));
        var highlights = await client.RequestAsync<DocumentHighlight[]?>("textDocument/documentHighlight",
            new TextDocumentPositionParams(new TextDocumentIdentifier(Uri), At("She said")));
        Assert.That(highlights!.Select(h => (h.Range, h.Kind)), Is.EqualTo(new (Range, DocumentHighlightKind?)[]
        {
            (name, DocumentHighlightKind.Write), (pronoun, DocumentHighlightKind.Read),
        }));
    }

    [Test]
    public async Task References_leave_out_a_pronoun_linked_less_reliably()
    {
        await using var client = await ClientAsync();
        Assert.That((await ReferencesAsync(client, "Harbour Authority"))!.Select(l => l.Range), Is.EqualTo(new[] { RangeOf("Harbour Authority of Keldmouth") }));
        Assert.That(await ReferencesAsync(client, "its chair"), Is.Null.Or.Empty);
    }

    [Test]
    public async Task Rename_is_refused_on_a_pronoun()
    {
        await using var client = await ClientAsync();
        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), At("She said"), "Ana")));
        Assert.That(refused!.ErrorCode, Is.EqualTo(LspErrorCodes.RequestFailed));
        Assert.That(refused.Message, Does.Contain("'She' is a pronoun for Marta Olvido"));
    }
}
