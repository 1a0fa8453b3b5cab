using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// The server alone decides which documents are articles: with no <c>.byline.yaml</c> every plain-text or
/// Markdown document the user opens (not READMEs and the like), in any folder; with one, its globs, and the
/// whole folder is indexed. What the user asks for by hand ("Check Current File") is checked whatever the rules say.
/// </summary>
public class ArticleSelectionTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("byline-select-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new Uri(path).AbsoluteUri;
    }

    private async Task<LspTestClient> StartAsync(bool withFolder = true, bool pull = true)
    {
        var client = new LspTestClient();
        var capabilities = LspTestClient.Capabilities(pullDiagnostics: pull) with
        {
            Workspace = new WorkspaceClientCapabilities(true, null, Diagnostics: new DiagnosticWorkspaceClientCapabilities(RefreshSupport: false)),
        };
        WorkspaceFolder[]? folders = withFolder ? [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "stories")] : null;
        await client.RequestAsync<InitializeResult>("initialize", new InitializeParams(null, null, null, folders, capabilities, null, null));
        await client.NotifyAsync("initialized", new InitializedParams());
        return client;
    }

    private static async Task<string[]> CodesAsync(LspTestClient client, string uri) =>
        [.. (await client.PullDiagnosticsAsync(uri)).Items!.Select(d => d.Code!)];

    [Test]
    public async Task A_plain_article_in_a_folder_named_stories_gets_diagnostics_hover_and_symbols_without_configuration()
    {
        var uri = Write("stories/seed.txt", LspTestClient.Seed);
        await using var client = await StartAsync();
        await client.OpenAsync(uri, LspTestClient.Seed);

        Assert.That(await CodesAsync(client, uri), Has.Member("BYL0007"), "the seed's mismatched quotation marks");
        var symbols = await client.DocumentSymbolsAsync(uri);
        Assert.That(symbols, Is.Not.Null.And.Not.Empty);
        var hover = await client.RequestAsync<Hover?>("textDocument/hover",
            new TextDocumentPositionParams(new TextDocumentIdentifier(uri), Position(LspTestClient.Seed, "Soleimani's")));
        Assert.That(hover!.Contents.Value, Does.StartWith("**Qasem Soleimani**"));
    }

    [Test]
    public async Task Without_configuration_an_unopened_article_is_not_read()
    {
        var open = Write("stories/a.txt", LspTestClient.Seed);
        var closed = Write("stories/b.txt", LspTestClient.Seed);
        await using var client = await StartAsync();
        await client.OpenAsync(open, LspTestClient.Seed);

        Assert.That(await CodesAsync(client, open), Is.Not.Empty);
        Assert.That(await CodesAsync(client, closed), Is.Empty);
    }

    [TestCase("stories/README.md", "markdown")]
    [TestCase("stories/readme.txt", "plaintext")]
    [TestCase("LICENSE.md", "markdown")]
    public async Task Excluded_names_get_no_diagnostics_and_no_features(string relative, string languageId)
    {
        var uri = Write(relative, LspTestClient.Seed);
        await using var client = await StartAsync(pull: false);
        await client.OpenAsync(uri, LspTestClient.Seed, languageId: languageId);

        var pushed = await client.NextPublishedAsync(uri);
        Assert.That(pushed.Diagnostics, Is.Empty);
        Assert.That(pushed.Version, Is.EqualTo(1));
        Assert.That(await client.DocumentSymbolsAsync(uri), Is.Null.Or.Empty);
    }

    [Test]
    public async Task Check_document_makes_an_excluded_file_an_article_at_once()
    {
        var uri = Write("README.md", LspTestClient.Seed);
        await using var client = await StartAsync(pull: false);
        await client.OpenAsync(uri, LspTestClient.Seed, languageId: "markdown");
        Assert.That((await client.NextPublishedAsync(uri)).Diagnostics, Is.Empty);

        var open = await client.RequestAsync<bool>("workspace/executeCommand",
            new ExecuteCommandParams("byline.checkDocument", [JsonSerializer.SerializeToElement(uri)]));

        Assert.That(open, Is.True);
        var report = await client.NextPublishedAsync(uri, r => r.Diagnostics.Length > 0);
        Assert.That(report.Diagnostics.Select(d => d.Code), Has.Member("BYL0007"));
    }

    [Test]
    public async Task An_unknown_command_is_refused_with_the_known_ones_named()
    {
        await using var client = await StartAsync();
        var request = client.RequestAsync<bool>("workspace/executeCommand", new ExecuteCommandParams("byline.nothing", null));
        Assert.That(async () => await request,
            Throws.InstanceOf<StreamJsonRpc.RemoteRpcException>().With.Message.Contains("Unknown command 'byline.nothing'"));
    }

    [Test]
    public async Task A_configuration_s_include_and_exclude_decide_and_the_folder_is_indexed()
    {
        Write(".byline.yaml", "include: [\"desk/**/*.txt\"]\nexclude: [\"desk/drafts/**\"]\n");
        var filed = Write("desk/filed.txt", LspTestClient.Seed);
        var unopened = Write("desk/unopened.txt", LspTestClient.Seed);
        var draft = Write("desk/drafts/draft.txt", LspTestClient.Seed);
        var elsewhere = Write("stories/other.txt", LspTestClient.Seed);
        await using var client = await StartAsync();
        foreach (var uri in new[] { filed, draft, elsewhere })
        {
            await client.OpenAsync(uri, LspTestClient.Seed);
        }

        Assert.That(await CodesAsync(client, filed), Has.Member("BYL0007"));
        Assert.That(await CodesAsync(client, unopened), Has.Member("BYL0007"), "indexed from disk");
        Assert.That(await CodesAsync(client, draft), Is.Empty, "excluded");
        Assert.That(await CodesAsync(client, elsewhere), Is.Empty, "not included");
    }

    [Test]
    public async Task A_single_file_opened_without_a_folder_and_an_untitled_document_are_checked()
    {
        var uri = Write("loose/seed.txt", LspTestClient.Seed);
        await using var client = await StartAsync(withFolder: false);
        await client.OpenAsync(uri, LspTestClient.Seed);
        await client.OpenAsync("untitled:Untitled-1", LspTestClient.Seed);

        Assert.That(await CodesAsync(client, uri), Has.Member("BYL0007"));
        Assert.That(await CodesAsync(client, "untitled:Untitled-1"), Has.Member("BYL0007"));
        Assert.That(client.UnreadShownMessages, Is.Zero, "no workspace, nothing to index");
    }

    [Test]
    public async Task The_editor_s_narrowing_hides_files_outside_its_globs_until_it_is_cleared()
    {
        var story = Write("stories/a.txt", LspTestClient.Seed);
        var note = Write("notes/b.txt", LspTestClient.Seed);
        await using var client = await StartAsync();
        await client.NotifyAsync("workspace/didChangeConfiguration",
            new DidChangeConfigurationParams(JsonSerializer.SerializeToElement(new { byline = new { files = new[] { "stories/**" } } })));
        await client.OpenAsync(story, LspTestClient.Seed);
        await client.OpenAsync(note, LspTestClient.Seed);
        Assert.That(await CodesAsync(client, story), Is.Not.Empty);
        Assert.That(await CodesAsync(client, note), Is.Empty);

        await client.NotifyAsync("workspace/didChangeConfiguration",
            new DidChangeConfigurationParams(JsonSerializer.SerializeToElement(new { byline = new { files = Array.Empty<string>() } })));
        Assert.That(await CodesAsync(client, note), Is.Not.Empty);
    }

    [Test]
    public async Task An_unconfigured_folder_gets_one_notice_per_session_that_a_byline_yaml_indexes_it()
    {
        var first = Write("stories/a.txt", LspTestClient.Seed);
        var second = Write("stories/b.txt", LspTestClient.Seed);
        await using var client = await StartAsync();
        await client.OpenAsync(first, LspTestClient.Seed);
        await client.OpenAsync(second, LspTestClient.Seed);

        var notice = await client.NextShownMessageAsync();
        Assert.That(notice.Type, Is.EqualTo(MessageType.Info));
        Assert.That(notice.Message, Does.Contain("does not index").And.Contain(".byline.yaml").And.Contain("byline init"));
        await CodesAsync(client, second);
        Assert.That(client.UnreadShownMessages, Is.Zero, "only one notice");
        Assert.That(File.Exists(Path.Combine(_folder, ".byline.yaml")), Is.False, "the server never writes the file");
    }

    [Test]
    public async Task A_configured_folder_gets_no_notice()
    {
        Write(".byline.yaml", "");
        var uri = Write("stories/a.txt", LspTestClient.Seed);
        await using var client = await StartAsync();
        await client.OpenAsync(uri, LspTestClient.Seed);
        Assert.That(await CodesAsync(client, uri), Is.Not.Empty);
        Assert.That(client.UnreadShownMessages, Is.Zero);
    }

    private static Position Position(string text, string needle)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        var before = text[..offset];
        var line = before.Count(c => c == '\n');
        return new Position(line, offset - (before.LastIndexOf('\n') + 1));
    }
}
