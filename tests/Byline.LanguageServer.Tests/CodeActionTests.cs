using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Quick fixes and "Suppress BYLxxxx here…" over the wire, on the seed article (a Sputnik piece with
/// mismatched quotes, "a "a", leftover "Subscribe", "The US has claimed") and on small Markdown articles.
/// Each test applies the returned edit the way a client would and checks the resulting text.
/// </summary>
public class CodeActionTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateWorkspaceFolder()
    {
        _folder = Directory.CreateTempSubdirectory("byline-actions-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "seeds"));
    }

    [TearDown]
    public void DeleteWorkspaceFolder() => Directory.Delete(_folder, recursive: true);

    private string UriOf(string relative) => new Uri(Path.Combine(_folder, relative)).AbsoluteUri;

    private async Task<LspTestClient> StartAsync(bool createsFiles = true, bool utf8 = false, string? ledger = null, bool dynamicWatchers = false)
    {
        if (ledger is not null)
        {
            Directory.CreateDirectory(Path.Combine(_folder, ".byline"));
            File.WriteAllText(Path.Combine(_folder, ".byline", "reviews.yaml"), ledger);
        }
        var client = new LspTestClient();
        var capabilities = LspTestClient.Capabilities(utf8: utf8) with
        {
            Workspace = new WorkspaceClientCapabilities(true, new DidChangeWatchedFilesClientCapabilities(dynamicWatchers),
                createsFiles ? new WorkspaceEditClientCapabilities(true, ["create", "rename", "delete"]) : null),
        };
        await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(null, null, null, [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "articles")], capabilities, null, null));
        await client.NotifyAsync("initialized", new InitializedParams());
        return client;
    }

    private static async Task<(Diagnostic Diagnostic, CodeAction[] Actions)> ActionsForAsync(LspTestClient client, string uri, string code, Func<Diagnostic, bool>? which = null)
    {
        var report = await client.PullDiagnosticsAsync(uri);
        var diagnostic = report.Items!.First(d => d.Code == code && (which is null || which(d)));
        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.Range, new CodeActionContext([Sent(diagnostic)], null, null)));
        return (diagnostic, actions);
    }

    private static CodeActionDiagnostic Sent(Diagnostic diagnostic) =>
        new(diagnostic.Range, System.Text.Json.JsonSerializer.SerializeToElement(diagnostic.Code), diagnostic.Source);

    /// <summary>Applies edits to a text as a client does: positions refer to the text before any of them.</summary>
    private static string Apply(string text, IEnumerable<TextEdit> edits, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        var article = ArticleText.From(text);
        var changes = edits.Select(e => new Microsoft.CodeAnalysis.Text.TextChange(article.ToSpan(e.Range, encoding), e.NewText));
        return article.WithChanges(changes).ToString();
    }

    private static TextEdit[] EditsFor(CodeAction action, string uri) => action.Edit!.Changes![uri];

    [Test]
    public async Task Initialize_announces_quickfix_code_actions()
    {
        await using var client = new LspTestClient();
        var result = await client.InitializeAsync();
        Assert.That(result.Capabilities.CodeActionProvider!.CodeActionKinds, Is.EqualTo(new[] { "quickfix" }));
    }

    [Test]
    public async Task Loaded_verb_is_replaced_with_said()
    {
        await using var client = await StartAsync();
        var uri = UriOf("seeds/seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);

        var (diagnostic, actions) = await ActionsForAsync(client, uri, "BYL0005", d => d.Message!.Contains("claimed"));
        var fix = actions.First();
        Assert.That(fix.Title, Is.EqualTo("Replace 'claimed' with 'said'"));
        Assert.That(fix.Kind, Is.EqualTo("quickfix"));
        Assert.That(fix.IsPreferred, Is.True);
        Assert.That(fix.Diagnostics!.Single(), Is.EqualTo(diagnostic));
        var fixedText = Apply(LspTestClient.Seed, EditsFor(fix, uri));
        Assert.That(fixedText, Does.Contain("The US has said that Iran controls").And.Not.Contain("has claimed"));
    }

    [TestCase(false)]
    [TestCase(true)] // the line starts with “, three bytes in UTF-8: the edit must be in the negotiated encoding
    public async Task Mismatched_closing_quote_is_replaced(bool utf8)
    {
        await using var client = await StartAsync(utf8: utf8);
        var uri = UriOf("seeds/seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);

        var (_, actions) = await ActionsForAsync(client, uri, "BYL0007", d => d.Range.Start.Character == 0);
        var fix = actions.First(a => a.Title.StartsWith("Replace", StringComparison.Ordinal));
        var line = Apply(LspTestClient.Seed, EditsFor(fix, uri), utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16).Split('\n')[8];
        Assert.That(line, Does.StartWith("“Acting in self defense, coalition forces conducted a strike to eliminate the threat,” a spokesperson"));
    }

    [Test]
    public async Task Repeated_word_is_deleted()
    {
        await using var client = await StartAsync();
        var uri = UriOf("seeds/seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);

        var (_, actions) = await ActionsForAsync(client, uri, "BYL0008");
        Assert.That(actions[0].Title, Is.EqualTo("Delete the repeated 'a'"));
        Assert.That(Apply(LspTestClient.Seed, EditsFor(actions[0], uri)), Does.Contain("poses a \"serious threat").Or.Contain("poses \"a serious threat"));
    }

    [Test]
    public async Task Leftover_line_is_deleted()
    {
        await using var client = await StartAsync();
        var uri = UriOf("seeds/seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);

        var (_, actions) = await ActionsForAsync(client, uri, "BYL0009", d => d.Range.Start.Line == 4);
        var lines = Apply(LspTestClient.Seed, EditsFor(actions[0], uri)).Split('\n');
        Assert.That(actions[0].Title, Is.EqualTo("Delete the leftover text"));
        Assert.That(lines[4], Does.StartWith("US military operations in Syria"), "the 'Subscribe' line is gone with its line break");
    }

    [Test]
    public async Task Unattributed_claim_gets_an_attribution_placeholder()
    {
        await using var client = await StartAsync();
        var uri = UriOf("seeds/seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);

        var (_, actions) = await ActionsForAsync(client, uri, "BYL0001");
        Assert.That(actions[0].Title, Is.EqualTo("Insert an attribution placeholder"));
        var edit = EditsFor(actions[0], uri).Single();
        Assert.That(edit.NewText, Is.EqualTo(", [SOURCE] said"));
        Assert.That(edit.Range.Start, Is.EqualTo(edit.Range.End), "an insertion");
    }

    [Test]
    public async Task A_stale_or_foreign_diagnostic_gets_no_actions()
    {
        await using var client = await StartAsync();
        var uri = UriOf("seeds/seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);
        var report = await client.PullDiagnosticsAsync(uri);
        var repeated = report.Items!.First(d => d.Code == "BYL0008");

        // The repeated word is gone in version 2: the client's old diagnostic no longer denotes a finding.
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, null, "Short headline\n\nA coalition spokesperson said the strikes hit two sites.\n"));
        var stale = await client.RequestAsync<CodeAction[]>("textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(uri), repeated.Range, new CodeActionContext([Sent(repeated)], null, null)));
        Assert.That(stale, Is.Empty);

        var foreign = new CodeActionDiagnostic(repeated.Range, System.Text.Json.JsonSerializer.SerializeToElement(42), "cspell");
        var none = await client.RequestAsync<CodeAction[]>("textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(uri), repeated.Range, new CodeActionContext([foreign], null, null)));
        Assert.That(none, Is.Empty);
    }

    [Test]
    public async Task Suppressing_in_plain_text_creates_the_ledger_and_the_review_hides_the_finding()
    {
        await using var client = await StartAsync();
        var uri = UriOf("seeds/seed.txt");
        File.WriteAllText(Path.Combine(_folder, "seeds", "seed.txt"), LspTestClient.Seed);
        await client.OpenAsync(uri, LspTestClient.Seed);

        var (_, actions) = await ActionsForAsync(client, uri, "BYL0005", d => d.Message!.Contains("claimed"));
        var suppress = actions.Single(a => a.Title.StartsWith("Suppress BYL0005 here…", StringComparison.Ordinal));
        Assert.That(suppress.IsPreferred, Is.Null, "a fix is preferred over a suppression");
        var changes = suppress.Edit!.DocumentChanges!;
        var ledgerUri = UriOf(".byline/reviews.yaml");
        Assert.That(changes[0], Is.EqualTo(DocumentChange.CreateFile(ledgerUri, ignoreIfExists: true)));
        var insert = changes[1].Edits!.Single();
        Assert.That(changes[1].TextDocument, Is.EqualTo(new OptionalVersionedTextDocumentIdentifier(ledgerUri, null)));
        Assert.That(File.Exists(Path.Combine(_folder, ".byline", "reviews.yaml")), Is.False, "the server never writes files");

        // The client creates the file and inserts the entry; the watcher reports the new ledger.
        var ledger = Apply("", [insert]);
        Assert.That(ledger, Is.EqualTo("reviews:\n  - file: \"seeds/seed.txt\"\n    rule: BYL0005\n    text: \"claimed\"\n    occurrence: 1\n    reason: \"TODO: why this is fine\"\n"),
            "a one-word text names its occurrence, so the review cannot hide another 'claimed'");
        Directory.CreateDirectory(Path.Combine(_folder, ".byline"));
        File.WriteAllText(Path.Combine(_folder, ".byline", "reviews.yaml"), ledger);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(ledgerUri, FileChangeType.Created)]));

        var after = await client.PullDiagnosticsAsync(uri);
        Assert.That(after.Items!.Where(d => d.Code == "BYL0005").Select(d => d.Message), Has.None.Contains("claimed"));
    }

    [Test]
    public async Task Suppressing_again_appends_to_the_existing_ledger()
    {
        var existing = "reviews:\n- file: seeds/other.txt\n  rule: BYL0008\n  text: the\n  reason: verbatim quote";
        await using var client = await StartAsync(createsFiles: false, ledger: existing);
        var uri = UriOf("seeds/seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);

        var (_, actions) = await ActionsForAsync(client, uri, "BYL0008");
        var suppress = actions.Single(a => a.Title.StartsWith("Suppress", StringComparison.Ordinal));
        var ledgerUri = UriOf(".byline/reviews.yaml");
        var appended = Apply(existing, EditsFor(suppress, ledgerUri));

        Assert.That(appended, Is.EqualTo(existing + "\n- file: \"seeds/seed.txt\"\n  rule: BYL0008\n  text: \"a\"\n  occurrence: 1\n  reason: \"TODO: why this is fine\"\n"));
        var parsed = Byline.Workspace.ReviewLedger.Parse("reviews.yaml", appended);
        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Reviews.Length, Is.EqualTo(2));
    }

    [Test]
    public async Task Suppressing_in_markdown_inserts_a_comment_before_the_block()
    {
        await using var client = await StartAsync();
        var uri = UriOf("seeds/depot.md");
        var text = "# Strike hits depot\n\nA coalition spokesperson said the the strike hit a depot.\n";
        await client.OpenAsync(uri, text);

        var (_, actions) = await ActionsForAsync(client, uri, "BYL0008");
        var suppress = actions.Single(a => a.Title == "Suppress BYL0008 here…");
        var commented = Apply(text, EditsFor(suppress, uri));
        Assert.That(commented, Is.EqualTo("# Strike hits depot\n\n<!-- byline-disable BYL0008: TODO: why this is fine -->\nA coalition spokesperson said the the strike hit a depot.\n"));

        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, null, commented));
        var after = await client.PullDiagnosticsAsync(uri);
        Assert.That(after.Items!.Select(d => d.Code), Has.No.Member("BYL0008").And.Member("BYL9006"), "suppressed, but the placeholder reason is reported");

        await client.ChangeAsync(uri, 3, new TextDocumentContentChangeEvent(null, null, commented.Replace("TODO: why this is fine", "house style")));
        var explained = await client.PullDiagnosticsAsync(uri);
        Assert.That(explained.Items!.Select(d => d.Code), Has.No.Member("BYL0008").And.No.Member("BYL9006"));
    }

    [Test]
    public async Task A_broken_ledger_is_reported_in_the_ledger_and_cleared_when_fixed()
    {
        await using var client = await StartAsync(ledger: "reviews:\n  - file: seeds/seed.txt\n    rule: BYL0008\n    text: a\n");
        var ledgerUri = UriOf(".byline/reviews.yaml");

        var report = await client.NextPublishedAsync(ledgerUri);
        var problem = report.Diagnostics.Single();
        Assert.That(problem.Code, Is.EqualTo("BYL9004"));
        Assert.That(problem.Message, Does.Contain("no reason"));
        Assert.That(problem.Range.Start, Is.EqualTo(new Position(1, 4)));

        File.WriteAllText(Path.Combine(_folder, ".byline", "reviews.yaml"), "reviews:\n  - file: seeds/seed.txt\n    rule: BYL0008\n    text: a\n    reason: verbatim\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(ledgerUri, FileChangeType.Changed)]));
        // A report of the broken ledger may still be on its way when the fix lands (the server publishes on open and
        // on each watched-file event), so wait for the report that clears it; it times out if none ever comes.
        var cleared = await client.NextPublishedAsync(ledgerUri, r => r.Diagnostics.Count == 0);
        Assert.That(cleared.Diagnostics, Is.Empty);
    }

    [Test]
    public async Task The_server_asks_to_watch_configuration_and_ledger_files()
    {
        await using var client = await StartAsync(dynamicWatchers: true);
        var registration = (await client.NextRegistrationAsync()).Registrations.Single();
        Assert.That(registration.Method, Is.EqualTo("workspace/didChangeWatchedFiles"));
        Assert.That(registration.RegisterOptions!.Watchers.Select(w => w.GlobPattern), Is.EquivalentTo(new[] { "**/.byline.yaml", "**/.byline/*.yaml" }));
    }
}
