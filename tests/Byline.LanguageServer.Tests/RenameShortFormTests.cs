using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Rename from a person's full name also renames the short mentions the entity linker tied to the same person,
/// word for word when the new name has as many words, and otherwise renames the full name only and says so.
/// Invented articles.
/// </summary>
public class RenameShortFormTests
{
    private const string Uri = "file:///articles/water.txt";

    private const string Article =
        "Reservoir levels fall\n\n" +
        "Ana Ruiz, the county's water commissioner, said on Monday that the reservoir had fallen to a third of its capacity.\n\n" +
        "Ruiz said rationing would begin next month if no rain came.\n\n" +
        "Farmers met Ruiz on Tuesday to ask for an exemption.\n";

    private static Task<LspTestClient> OpenAsync() => LspTestClient.OpenedAsync(Uri, Article);

    private static Task<WorkspaceEdit?> RenameAsync(LspTestClient client, string at, string newName) =>
        client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(Uri), EntityFeatureTests.At(Article, at), newName));

    [Test]
    public async Task A_new_name_of_as_many_words_renames_the_surname_mentions_to_its_surname()
    {
        await using var client = await OpenAsync();

        var edit = await RenameAsync(client, "Ana Ruiz", "Eva Marsh");

        Assert.That(EditReliabilityTests.Apply(Article, edit!.Changes![Uri]), Is.EqualTo(Article.Replace("Ana Ruiz", "Eva Marsh").Replace("Ruiz", "Marsh")));
        Assert.That(client.UnreadShownMessages, Is.Zero);
    }

    [Test]
    public async Task A_new_name_of_another_shape_renames_the_full_name_only_and_says_which_mentions_were_left()
    {
        await using var client = await OpenAsync();

        var edit = await RenameAsync(client, "Ana Ruiz", "Ana Ruiz Torres");

        Assert.That(EditReliabilityTests.Apply(Article, edit!.Changes![Uri]), Is.EqualTo(Article.Replace("Ana Ruiz,", "Ana Ruiz Torres,")));
        var shown = await client.NextShownMessageAsync();
        Assert.That(shown.Message, Does.Contain("2 short mention(s)").And.Contain("'Ruiz'"));
    }

    [Test]
    public async Task Rename_from_the_surname_renames_the_surname_mentions_only()
    {
        await using var client = await OpenAsync();

        var edit = await RenameAsync(client, "Ruiz said", "Marsh");

        Assert.That(EditReliabilityTests.Apply(Article, edit!.Changes![Uri]),
            Is.EqualTo(Article.Replace("Ruiz said", "Marsh said").Replace("met Ruiz", "met Marsh")));
    }
}
