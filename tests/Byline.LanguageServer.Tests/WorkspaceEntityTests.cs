using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

/// <summary>References, definition, rename and workspace symbols across the articles of a workspace folder.</summary>
public class WorkspaceEntityTests
{
    private const string RootKb = """
        entities:
          - id: acme-widgets
            name: Acme Widgets
            type: ORG
            aliases: [Acme]
            description: Maker of widgets
        """;

    private const string SeedKb = """
        # The newsroom spells him its own way.
        entities:
          - id: qasem-soleimani
            name: Qasem Soleimani
            type: PER
            aliases: [Soleimani]
        """;

    private const string A = "Acme Widgets said on Monday that sales rose by a tenth.\n\nAcme's chief executive told Reuters the company would hire 200 people.\n";
    private const string B = "Shares of Acme fell on Tuesday after Acme Widgets warned of losses.\n";

    private string _folder = null!;

    [SetUp]
    public void CreateWorkspace()
    {
        _folder = Directory.CreateTempSubdirectory("byline-entities-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, ".byline"));
        Directory.CreateDirectory(Path.Combine(_folder, "seed", ".byline"));
        File.WriteAllText(Path.Combine(_folder, ".byline", "entities.yaml"), RootKb);
        File.WriteAllText(Path.Combine(_folder, "seed", ".byline", "entities.yaml"), SeedKb);
        // A .byline.yaml makes the folder indexed, so unopened articles count across the workspace.
        File.WriteAllText(Path.Combine(_folder, ".byline.yaml"), "");
        File.WriteAllText(Path.Combine(_folder, "a.txt"), A);
        File.WriteAllText(Path.Combine(_folder, "b.txt"), B);
        File.WriteAllText(Path.Combine(_folder, "seed", "seed.txt"), LspTestClient.Seed);
    }

    [TearDown]
    public void DeleteWorkspace() => Directory.Delete(_folder, recursive: true);

    private string UriOf(string relative) => new Uri(Path.Combine(_folder, relative)).AbsoluteUri;

    private async Task<LspTestClient> StartAsync(bool documentChanges = false)
    {
        var client = new LspTestClient();
        var capabilities = LspTestClient.Capabilities() with
        {
            Workspace = new WorkspaceClientCapabilities(true, null, new WorkspaceEditClientCapabilities(documentChanges, null)),
        };
        await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(null, null, null, [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "articles")], capabilities, null, null));
        await client.NotifyAsync("initialized", new InitializedParams());
        await client.OpenAsync(UriOf("a.txt"), A, version: 7);
        return client;
    }

    private static Range RangeIn(string text, string needle, int nth = 0, int length = -1)
    {
        var offset = -1;
        for (var i = 0; i <= nth; i++)
        {
            offset = text.IndexOf(needle, offset + 1, StringComparison.Ordinal);
        }
        var article = ArticleText.From(text);
        return new Range(ToLsp(article.ToPosition(offset)), ToLsp(article.ToPosition(offset + (length < 0 ? needle.Length : length))));
    }

    private static Position ToLsp(LinePosition p) => new(p.Line, p.Character);

    private static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var article = ArticleText.From(text);
        return article.WithChanges(edits.Select(e => new Microsoft.CodeAnalysis.Text.TextChange(article.ToSpan(e.Range, PositionEncoding.Utf16), e.NewText))).ToString();
    }

    [Test]
    public async Task References_span_open_and_unopened_articles_and_the_knowledge_base()
    {
        await using var client = await StartAsync();
        var position = EntityFeatureTests.At(A, "Acme's");
        var locations = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(UriOf("a.txt")), position, new ReferenceContext(true)));
        Assert.That(locations!.Select(l => (Path.GetFileName(new Uri(l.Uri).LocalPath), l.Range)), Is.EqualTo(new[]
        {
            ("entities.yaml", new Range(new Position(1, 8), new Position(1, 20))),
            ("a.txt", RangeIn(A, "Acme Widgets")),
            ("a.txt", RangeIn(A, "Acme", 1)),
            ("b.txt", RangeIn(B, "Acme")),
            ("b.txt", RangeIn(B, "Acme Widgets")),
        }));
        Assert.That(locations![0].Uri, Is.EqualTo(UriOf(Path.Combine(".byline", "entities.yaml"))));
        var without = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(UriOf("a.txt")), position, new ReferenceContext(false)));
        Assert.That(without!.Length, Is.EqualTo(4), "the knowledge-base entry is the declaration; every mention stays");
    }

    [Test]
    public async Task Definition_goes_to_the_nearest_knowledge_base_entry()
    {
        await using var client = await StartAsync();
        var acme = await client.RequestAsync<Location[]?>("textDocument/definition",
            new TextDocumentPositionParams(new TextDocumentIdentifier(UriOf("b.txt")), EntityFeatureTests.At(B, "Acme")));
        Assert.That(acme, Is.EqualTo(new[] { new Location(UriOf(Path.Combine(".byline", "entities.yaml")), new Range(new Position(1, 8), new Position(1, 20))) }));
        var soleimani = await client.RequestAsync<Location[]?>("textDocument/definition",
            new TextDocumentPositionParams(new TextDocumentIdentifier(UriOf("seed/seed.txt")), EntityFeatureTests.At(LspTestClient.Seed, "Soleimani's")));
        Assert.That(soleimani!.Single().Uri, Is.EqualTo(UriOf(Path.Combine("seed", ".byline", "entities.yaml"))));
        Assert.That(soleimani![0].Range, Is.EqualTo(new Range(new Position(2, 8), new Position(2, 23))));
        var syria = await client.RequestAsync<Location[]?>("textDocument/definition",
            new TextDocumentPositionParams(new TextDocumentIdentifier(UriOf("seed/seed.txt")), EntityFeatureTests.At(LspTestClient.Seed, "Syria", 3)));
        Assert.That(syria!.Single(), Is.EqualTo(new Location(UriOf("seed/seed.txt"), RangeIn(LspTestClient.Seed, "Syria"))), "built-in: the first mention");
    }

    [Test]
    public async Task Rename_edits_only_the_same_spelling_in_every_article_with_versions()
    {
        await using var client = await StartAsync(documentChanges: true);
        var position = EntityFeatureTests.At(B, "Acme");
        var prepare = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new TextDocumentPositionParams(new TextDocumentIdentifier(UriOf("b.txt")), position));
        Assert.That(prepare, Is.EqualTo(new PrepareRenameResult(RangeIn(B, "Acme"), "Acme")));
        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(UriOf("b.txt")), position, "Acme Co"));
        Assert.That(edit!.Changes, Is.Null);
        var changes = edit.DocumentChanges!;
        Assert.That(changes.Select(c => (c.TextDocument!.Uri, c.TextDocument.Version)), Is.EqualTo(new[] { (UriOf("a.txt"), (int?)7), (UriOf("b.txt"), (int?)null) }));
        Assert.That(Apply(A, changes[0].Edits!), Is.EqualTo(A.Replace("Acme's", "Acme Co's", StringComparison.Ordinal)));
        Assert.That(Apply(B, changes[1].Edits!), Is.EqualTo("Shares of Acme Co fell on Tuesday after Acme Widgets warned of losses.\n"));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "b.txt")), Is.EqualTo(B), "the server never writes files");
    }

    [Test]
    public async Task Rename_of_a_builtin_name_the_workspace_overrides_keeps_possessives()
    {
        await using var client = await StartAsync();
        var seed = LspTestClient.Seed;
        var uri = UriOf("seed/seed.txt");
        var position = EntityFeatureTests.At(seed, "Soleimani's");
        var prepare = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new TextDocumentPositionParams(new TextDocumentIdentifier(uri), position));
        Assert.That(prepare!.Placeholder, Is.EqualTo("Soleimani"));
        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), position, "Suleimani"));
        Assert.That(edit!.Changes!.Keys, Is.EqualTo(new[] { uri }));
        var renamed = Apply(seed, edit.Changes[uri]);
        Assert.That(edit.Changes[uri].Length, Is.EqualTo(3));
        Assert.That(renamed, Does.Contain("anniversary of Suleimani's killing"));
        Assert.That(renamed, Does.Contain("\"Revenge for Suleimani\""));
        Assert.That(renamed, Does.Contain("following Suleimani's killing."));
        Assert.That(renamed, Does.Contain("Maj. Gen. Qasem Soleimani, who"), "other spellings stay");
        var blank = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() =>
            client.RequestAsync<WorkspaceEdit?>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), position, "  ")));
        Assert.That(blank!.ErrorCode, Is.EqualTo(LspErrorCodes.RequestFailed));
    }

    [TestCase("")]
    [TestCase("\n")]
    [TestCase("Qasem\nSoleimani")]
    [TestCase("\"")]
    [TestCase("--")]
    [TestCase("Sulei\0mani")]
    [TestCase("Sulei\tmani")]
    [TestCase("Sulei\u2028mani")]
    [TestCase("\uFFFD")]
    public async Task Rename_to_something_that_is_not_a_name_is_refused_and_the_server_keeps_renaming(string newName)
    {
        await using var client = await StartAsync();
        var uri = UriOf("seed/seed.txt");
        var position = EntityFeatureTests.At(LspTestClient.Seed, "Soleimani's");
        var refused = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() =>
            client.RequestAsync<WorkspaceEdit?>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), position, newName)));
        Assert.That(refused!.ErrorCode, Is.EqualTo(LspErrorCodes.RequestFailed));
        Assert.That(refused.Message, Does.Contain("letter or digit"));

        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename", new RenameParams(new TextDocumentIdentifier(uri), position, "  O'Leary 2 "));
        Assert.That(edit!.Changes![uri].Select(e => e.NewText).Distinct(), Is.EqualTo(new[] { "O'Leary 2" }));
    }

    [Test]
    public async Task Workspace_symbols_count_mentions_across_articles()
    {
        await using var client = await StartAsync();
        var symbols = await client.RequestAsync<SymbolInformation[]?>("workspace/symbol", new WorkspaceSymbolParams("acme"));
        Assert.That(symbols!.Select(s => (s.Name, s.Kind, s.ContainerName)), Is.EqualTo(new[]
        {
            ("Acme Widgets", SymbolKind.Class, "Organization · 4 mention(s) in 2 article(s)"),
        }));
        Assert.That(symbols![0].Location, Is.EqualTo(new Location(UriOf("a.txt"), RangeIn(A, "Acme Widgets"))));
        var reuters = await client.RequestAsync<SymbolInformation[]?>("workspace/symbol", new WorkspaceSymbolParams("reuters"));
        Assert.That(reuters!.Single().ContainerName, Is.EqualTo("Organization · 2 mention(s) in 2 article(s)"));
    }
}
