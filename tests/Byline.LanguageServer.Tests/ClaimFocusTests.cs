using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// BYL0001 underlines the claim's head and, when the sentence runs onto a line the head is not on, gives the whole
/// sentence as related information; reviews still key on the sentence, so a ledger written before diagnostics had a
/// focus keeps hiding its findings.
/// </summary>
public class ClaimFocusTests
{
    private const string Article = "Storm hits the coast\n\nThe road was closed for a week. Two bridges collapsed in the storm. The army rebuilt one of them in May.\n";
    private const string Reviewed = "Two bridges collapsed in the storm.";

    private string _folder = null!;

    [SetUp]
    public void CreateWorkspaceFolder() => _folder = Directory.CreateTempSubdirectory("byline-focus-").FullName;

    [TearDown]
    public void DeleteWorkspaceFolder() => Directory.Delete(_folder, recursive: true);

    private string Uri => new Uri(Path.Combine(_folder, "stories", "storm.txt")).AbsoluteUri;

    private async Task<LspTestClient> StartAsync(bool relatedInformation = true, bool pull = true, string? ledger = null, string article = Article)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "stories"));
        File.WriteAllText(Path.Combine(_folder, "stories", "storm.txt"), article);
        if (ledger is not null)
        {
            Directory.CreateDirectory(Path.Combine(_folder, ".byline"));
            File.WriteAllText(Path.Combine(_folder, ".byline", "reviews.yaml"), ledger);
        }
        var capabilities = LspTestClient.Capabilities(pullDiagnostics: pull) is var c ? c with
        {
            TextDocument = c.TextDocument! with { PublishDiagnostics = new PublishDiagnosticsClientCapabilities(relatedInformation, true, CodeDescriptionSupport: true) },
            Workspace = new WorkspaceClientCapabilities(true, null, new WorkspaceEditClientCapabilities(true, ["create"])),
        } : null;
        var client = new LspTestClient();
        await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(null, null, null, [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "stories")], capabilities, null, null));
        await client.NotifyAsync("initialized", new InitializedParams());
        await client.OpenAsync(Uri, article);
        return client;
    }

    private static string TextAt(Protocol.Range range) => ArticleText.From(Article).ToString(ArticleText.From(Article).ToSpan(range, PositionEncoding.Utf16));

    [Test]
    public async Task Each_unattributed_claim_underlines_its_head_and_a_sentence_on_its_line_relates_nothing()
    {
        await using var client = await StartAsync();
        var claims = (await client.PullDiagnosticsAsync(Uri)).Items!.Where(d => d.Code == "BYL0001" && d.Range.Start.Line == 2).ToList();

        Assert.That(claims.Select(d => TextAt(d.Range)), Is.EqualTo(new[] { "was closed for a week", "collapsed in the storm", "rebuilt one of them in May" }));
        Assert.That(claims.Select(d => d.RelatedInformation), Is.All.Null, "the head's line holds the whole sentence");
    }

    [Test]
    public async Task A_sentence_that_runs_onto_another_line_is_related_whole()
    {
        // A hard-wrapped Markdown paragraph: the sentence starts a line above its head.
        const string wrapped = "# Storm hits the coast\n\nThe road along the northern shore of the\nbay was closed for a week.\n";
        var markdown = new Uri(Path.Combine(_folder, "stories", "wrapped.md")).AbsoluteUri;
        await using var client = await StartAsync();
        await client.OpenAsync(markdown, wrapped, languageId: "markdown");
        var claim = (await client.PullDiagnosticsAsync(markdown)).Items!.Single(d => d.Code == "BYL0001" && d.Range.Start.Line == 3);

        var text = ArticleText.From(wrapped);
        Assert.That(claim.RelatedInformation!.Single().Message, Is.EqualTo("claim: the whole sentence"));
        Assert.That(text.ToString(text.ToSpan(claim.RelatedInformation![0].Location.Range, PositionEncoding.Utf16)),
            Is.EqualTo("The road along the northern shore of the\nbay was closed for a week."));
        Assert.That(claim.RelatedInformation![0].Location.Uri, Is.EqualTo(markdown));
    }

    [Test]
    public async Task A_client_that_shows_no_related_information_gets_none()
    {
        await using var client = await StartAsync(relatedInformation: false, pull: false);
        var published = await client.NextPublishedAsync(Uri, p => p.Diagnostics.Any(d => d.Code == "BYL0001"));
        var claim = published.Diagnostics.First(d => d.Code == "BYL0001" && d.Range.Start.Line == 2);
        Assert.That(TextAt(claim.Range), Is.EqualTo("was closed for a week"));
        Assert.That(published.Diagnostics.Select(d => d.RelatedInformation), Is.All.Null);

        // Nor where the sentence runs onto another line.
        var markdown = new Uri(Path.Combine(_folder, "stories", "wrapped.md")).AbsoluteUri;
        await client.OpenAsync(markdown, "# Storm hits the coast\n\nThe road along the northern shore of the\nbay was closed for a week.\n", languageId: "markdown");
        var wrapped = await client.NextPublishedAsync(markdown, p => p.Diagnostics.Any(d => d.Code == "BYL0001" && d.Range.Start.Line == 3));
        Assert.That(wrapped.Diagnostics.Select(d => d.RelatedInformation), Is.All.Null);
    }

    [Test]
    public async Task A_ledger_written_before_the_focus_still_hides_the_sentence()
    {
        // The old form: the review's text is the whole flagged sentence, as the ledger has always recorded it.
        var ledger = $"reviews:\n  - file: stories/storm.txt\n    rule: BYL0001\n    text: \"{Reviewed}\"\n    reason: \"the bridge count is the reporter's own\"\n";
        await using var client = await StartAsync(ledger: ledger);
        var claims = (await client.PullDiagnosticsAsync(Uri)).Items!.Where(d => d.Code == "BYL0001" && d.Range.Start.Line == 2);
        Assert.That(claims.Select(d => TextAt(d.Range)), Is.EqualTo(new[] { "was closed for a week", "rebuilt one of them in May" }));
    }

    [Test]
    public async Task Fixing_and_suppressing_from_the_focus_act_on_the_sentence()
    {
        await using var client = await StartAsync();
        var claim = (await client.PullDiagnosticsAsync(Uri)).Items!.First(d => d.Code == "BYL0001" && TextAt(d.Range) == "collapsed in the storm");
        var sent = new CodeActionDiagnostic(claim.Range, System.Text.Json.JsonSerializer.SerializeToElement(claim.Code), claim.Source);
        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(Uri), claim.Range, new CodeActionContext([sent], null, null)));

        var placeholder = actions.Single(a => a.Title == "Insert an attribution placeholder").Edit!.Changes![Uri].Single();
        Assert.That(Article[..ArticleText.From(Article).ToSpan(placeholder.Range, PositionEncoding.Utf16).Start], Does.EndWith("collapsed in the storm"));
        var entry = actions.Single(a => a.Title.StartsWith("Suppress BYL0001", StringComparison.Ordinal)).Edit!.DocumentChanges![1].Edits!.Single().NewText;
        Assert.That(entry, Does.Contain($"text: \"{Reviewed}\""), "the review records the sentence, as before");
    }
}
