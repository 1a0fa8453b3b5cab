using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using Review = Byline.Workspace.Review;
using ReviewLedger = Byline.Workspace.ReviewLedger;
using Range = Byline.LanguageServer.Protocol.Range;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Edits the server proposes are computed on the text the client has, keep the files they touch valid, and
/// stay inside the workspace: suppression comments above the headline or after front matter, ledger entries in
/// any valid ledger, reviews anchored to one occurrence, rename after the file changed on disk, links.
/// </summary>
public class EditReliabilityTests
{
    private const string Kb = "entities:\n  - {id: acme-widgets, name: Acme Widgets, type: ORG, aliases: [Acme]}\n";

    private string _folder = null!;

    [SetUp]
    public void CreateWorkspace()
    {
        _folder = Directory.CreateTempSubdirectory("byline-edits-").FullName;
        Write(".byline/entities.yaml", Kb);
        // A root .byline.yaml makes the folder indexed (without one only open documents are checked).
        Write(".byline.yaml", "# indexed\n");
    }

    [TearDown]
    public void DeleteWorkspace() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string UriOf(string relative) => new Uri(Path.Combine(_folder, relative)).AbsoluteUri;

    private async Task<LspTestClient> StartAsync(bool createsFiles = false)
    {
        var client = new LspTestClient();
        var capabilities = LspTestClient.Capabilities() with
        {
            Workspace = new WorkspaceClientCapabilities(true, null, createsFiles ? new WorkspaceEditClientCapabilities(true, ["create"]) : null),
        };
        await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(null, null, null, [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "news")], capabilities, null, null));
        await client.NotifyAsync("initialized", new InitializedParams());
        return client;
    }

    internal static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var article = ArticleText.From(text);
        return article.WithChanges(edits.Select(e => new Microsoft.CodeAnalysis.Text.TextChange(article.ToSpan(e.Range, PositionEncoding.Utf16), e.NewText))).ToString();
    }

    private static async Task<CodeAction> SuppressAsync(LspTestClient client, string uri, string code, int nth = 0)
    {
        var report = await client.PullDiagnosticsAsync(uri);
        var diagnostic = report.Items!.Where(d => d.Code == code).ElementAt(nth);
        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.Range,
            new CodeActionContext([new CodeActionDiagnostic(diagnostic.Range, System.Text.Json.JsonSerializer.SerializeToElement(diagnostic.Code), diagnostic.Source)], null, null)));
        return actions.Single(a => a.Title.StartsWith($"Suppress {code} here", StringComparison.Ordinal));
    }

    [TestCase("Strike hits the the depot\n\nA coalition spokesperson said the strikes hit two sites.\n", TestName = "A headline without a marker")]
    [TestCase("# Strike hits the the depot\n\nA coalition spokesperson said the strikes hit two sites.\n", TestName = "A headline with a marker")]
    [TestCase("---\ntitle: Depot\n---\nStrike hits the the depot\n\nA coalition spokesperson said the strikes hit two sites.\n", TestName = "A headline after front matter")]
    [TestCase("> Strike hits depot\n>\n> The the strike hit a depot, a coalition spokesperson said.\n", TestName = "A paragraph inside a quotation")]
    public async Task Suppressing_in_the_first_blocks_keeps_the_structure_and_suppresses(string text)
    {
        await using var client = await StartAsync();
        var uri = UriOf("news/depot.md");
        await client.OpenAsync(uri, text);
        var symbolsBefore = await client.DocumentSymbolsAsync(uri);

        var suppress = await SuppressAsync(client, uri, "BYL0008");
        var commented = Apply(text, suppress.Edit!.Changes![uri]);
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, null, commented));
        var after = await client.PullDiagnosticsAsync(uri);
        var symbolsAfter = await client.DocumentSymbolsAsync(uri);

        Assert.That(after.Items!.Select(d => d.Code), Has.No.Member("BYL0008").And.Member("BYL9006"), commented);
        Assert.That(after.Items!.Select(d => d.Code), Has.No.Member("BYL9003"), "front matter stays front matter");
        // The comment is listed with the page furniture (Boilerplate); everything else stays as it was.
        Assert.That(symbolsAfter!.Where(s => s.Name != "Boilerplate").Select(s => (s.Name, s.Kind)),
            Is.EqualTo(symbolsBefore!.Where(s => s.Name != "Boilerplate").Select(s => (s.Name, s.Kind))), "the comment does not become the headline");
    }

    [TestCase("reviews: []\n")]
    [TestCase("reviews: []")]
    [TestCase("# reviews of the news desk\nreviews: [{file: news/other.txt, rule: BYL0008, text: a, reason: verbatim}]\n")]
    [TestCase("reviews:\n")]
    [TestCase("")]
    public async Task Appending_to_any_valid_ledger_keeps_it_valid_and_the_review_suppresses(string ledger)
    {
        Write(".byline/reviews.yaml", ledger);
        var text = "Strike hits depot\n\nThe strike hit a depot, a coalition spokesperson claimed.\n";
        Write("news/depot.txt", text);
        await using var client = await StartAsync();
        var uri = UriOf("news/depot.txt");
        await client.OpenAsync(uri, text);
        var before = ReviewLedger.Parse("reviews.yaml", ledger);

        var suppress = await SuppressAsync(client, uri, "BYL0005");
        var written = Apply(ledger, suppress.Edit!.Changes![UriOf(".byline/reviews.yaml")]);
        var parsed = ReviewLedger.Parse("reviews.yaml", written);

        Assert.That(parsed.Problems, Is.Empty, written);
        Assert.That(parsed.Reviews.Length, Is.EqualTo(before.Reviews.Length + 1), written);
        Assert.That(parsed.Reviews[^1] with { Reason = "ok" }, Is.EqualTo(new Review("news/depot.txt", "BYL0005", "claimed", "ok", null, 1)));
        File.WriteAllText(Path.Combine(_folder, ".byline", "reviews.yaml"), written.Replace("TODO: why this is fine", "the source's own word"));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(UriOf(".byline/reviews.yaml"), FileChangeType.Changed)]));
        var report = await client.PullDiagnosticsAsync(uri);
        Assert.That(report.Items!.Select(d => d.Code), Has.No.Member("BYL0005"));
    }

    [Test]
    public async Task A_review_of_one_repeated_word_suppresses_that_one_only()
    {
        Write(".byline/reviews.yaml", "reviews: []\n");
        var text = "Strike hits depot\n\nThe the strike hit a depot.\n\nThe the army said it had hit the depot.\n";
        Write("news/depot.txt", text);
        await using var client = await StartAsync();
        var uri = UriOf("news/depot.txt");
        await client.OpenAsync(uri, text);

        var suppress = await SuppressAsync(client, uri, "BYL0008", nth: 1);
        var written = Apply("reviews: []\n", suppress.Edit!.Changes![UriOf(".byline/reviews.yaml")]).Replace("TODO: why this is fine", "quoted verbatim");
        File.WriteAllText(Path.Combine(_folder, ".byline", "reviews.yaml"), written);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(UriOf(".byline/reviews.yaml"), FileChangeType.Changed)]));
        var report = await client.PullDiagnosticsAsync(uri);

        var left = report.Items!.Where(d => d.Code == "BYL0008").ToList();
        Assert.That(left.Select(d => d.Range.Start.Line), Is.EqualTo(new[] { 2 }), "the first 'The the' is still reported; the reviewed second one is not");
    }

    [Test]
    public async Task Rename_after_a_file_changed_on_disk_edits_the_file_as_it_is_now()
    {
        Write("news/a.txt", "Acme Widgets said sales rose.\n\nAcme will hire 200 people.\n");
        var b = Write("news/b.txt", "Shares of Acme fell.\n");
        await using var client = await StartAsync();
        var a = UriOf("news/a.txt");
        await client.OpenAsync(a, "Acme Widgets said sales rose.\n\nAcme will hire 200 people.\n");
        await client.RequestAsync<Location[]?>("textDocument/references", new ReferenceParams(new TextDocumentIdentifier(a),
            EntityFeatureTests.At("Acme Widgets said sales rose.\n\nAcme will hire 200 people.\n", "Acme will"), new ReferenceContext(true)));
        // b.txt changes on disk and the client does not watch files: the server's copy is stale.
        var now = "In a long statement, the board said shares of Acme fell.\n";
        File.WriteAllText(b, now);

        var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
            new RenameParams(new TextDocumentIdentifier(a), EntityFeatureTests.At("Acme Widgets said sales rose.\n\nAcme will hire 200 people.\n", "Acme will"), "Janet Roe"));

        Assert.That(Apply(now, edit!.Changes![UriOf("news/b.txt")]), Is.EqualTo("In a long statement, the board said shares of Janet Roe fell.\n"));
    }

    [Test]
    public async Task Rename_edits_a_linked_file_once_and_never_a_file_outside_the_workspace()
    {
        var outside = Directory.CreateTempSubdirectory("byline-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "Acme is outside.\n");
            Write("news/a.txt", "Acme said sales rose.\n");
            var b = Write("news/b.txt", "Shares of Acme fell.\n");
            File.CreateSymbolicLink(Path.Combine(_folder, "news", "b-link.txt"), b);
            File.CreateSymbolicLink(Path.Combine(_folder, "news", "secret.txt"), Path.Combine(outside, "secret.txt"));
            await using var client = await StartAsync();
            var a = UriOf("news/a.txt");
            await client.OpenAsync(a, "Acme said sales rose.\n");
            // An editor may open a linked file under its link's name: still one file, still outside.
            await client.OpenAsync(UriOf("news/secret.txt"), "Acme is outside.\n");
            await client.OpenAsync(UriOf("news/b-link.txt"), "Shares of Acme fell.\n");

            var edit = await client.RequestAsync<WorkspaceEdit?>("textDocument/rename",
                new RenameParams(new TextDocumentIdentifier(a), EntityFeatureTests.At("Acme said sales rose.\n", "Acme"), "Acme Co"));

            var files = edit!.Changes!.Keys.Select(u => Path.GetFileName(new Uri(u).LocalPath)).Order().ToList();
            Assert.That(files.Count(f => f.StartsWith('b')), Is.EqualTo(1), string.Join(", ", files));
            Assert.That(files, Has.Member("a.txt").And.No.Member("secret.txt"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
