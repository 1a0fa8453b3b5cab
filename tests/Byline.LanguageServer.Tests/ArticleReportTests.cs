using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Byline's own requests behind the VS Code client's status-bar item and report webview: <c>byline/articleSummary</c>
/// (the lens's counts) and <c>byline/sourcingReport</c> (the CLI's HTML report of one open article); and the lens
/// running the client's report command when the client names one.
/// </summary>
public class ArticleReportTests
{
    private const string Uri = "file:///stories/bridge.txt";

    internal const string Article =
        "Bridge to close in May for repairs\n\n" +
        "Jane Okafor, the city engineer, said the bridge will close in May. \u201cThe repairs will cost the city $2 million.\u201d\n" +
        "The cables were reportedly worn through years ago.\n" +
        "An Iraqi security source told reporters the city had known for years. He said the contractor was chosen last week.\n" +
        "The bridge carries 40,000 cars a day across the river.\n";

    private static Task<T> AskAsync<T>(LspTestClient client, string method, string uri) =>
        client.RequestAsync<T>(method, new ArticleReportParams(new TextDocumentIdentifier(uri)));

    private static async Task<LspTestClient> OpenedAsync(string text, string? initializationOptions = null)
    {
        var client = new LspTestClient();
        var options = initializationOptions is null ? (JsonElement?)null : JsonDocument.Parse(initializationOptions).RootElement;
        await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(Environment.ProcessId, null, null, null, LspTestClient.Capabilities(), new ClientInfo("tests", null), null, options));
        await client.NotifyAsync("initialized", new InitializedParams());
        await client.OpenAsync(Uri, text);
        return client;
    }

    [Test]
    public async Task The_summary_gives_the_lens_counts_and_label()
    {
        await using var client = await OpenedAsync(Article);
        var summary = (await AskAsync<ArticleSummary?>(client, "byline/articleSummary", Uri))!;
        var lens = (await client.RequestAsync<Protocol.CodeLens[]?>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(Uri))))!.Single();
        var findings = (await client.PullDiagnosticsAsync(Uri)).Items!.Length;
        Assert.Multiple(() =>
        {
            Assert.That(summary, Is.EqualTo(new ArticleSummary(7, 4, 1, 2, 1, findings, lens.Command!.Title)));
            Assert.That(summary.Findings, Is.GreaterThan(0), "the unattributed claims are findings");
        });
    }

    [Test]
    public async Task The_summary_follows_an_edit()
    {
        await using var client = await OpenedAsync(Article);
        await client.ChangeAsync(Uri, 2, new TextDocumentContentChangeEvent(null, null, "Bridge to close\n\nJane Okafor, the city engineer, said the bridge will close in May.\n"));
        var summary = (await AskAsync<ArticleSummary?>(client, "byline/articleSummary", Uri))!;
        Assert.That((summary.Claims, summary.Attributed, summary.Unattributed), Is.EqualTo((2, 1, 1)), "the headline and the engineer's claim");
    }

    [Test]
    public async Task A_document_that_is_not_an_article_or_not_open_has_no_summary_and_no_report()
    {
        await using var client = await OpenedAsync(Article);
        const string readme = "file:///stories/README.md";
        await client.OpenAsync(readme, "# Stories\n\nThe desk files its stories here.\n", languageId: "markdown");
        Assert.Multiple(async () =>
        {
            Assert.That(await AskAsync<ArticleSummary?>(client, "byline/articleSummary", readme), Is.Null);
            Assert.That(await AskAsync<SourcingReport?>(client, "byline/sourcingReport", readme), Is.Null);
            Assert.That(await AskAsync<ArticleSummary?>(client, "byline/articleSummary", "file:///stories/closed.txt"), Is.Null);
        });
    }

    [Test]
    public async Task The_report_is_the_html_report_of_the_open_text_with_every_piece_of_it_escaped()
    {
        const string hostile = "Strike <script>alert(1)</script> hits depot\n\n" +
            "Officials said the <b>strike</b> hit a depot. The depot held <img src=x onerror=alert(2)> fuel.\n";
        await using var client = await OpenedAsync(hostile);
        var report = (await AskAsync<SourcingReport?>(client, "byline/sourcingReport", Uri))!;
        Assert.Multiple(() =>
        {
            Assert.That(report.Title, Is.EqualTo("Sourcing report: bridge.txt"));
            Assert.That(report.Html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(report.Html, Does.Contain("Content-Security-Policy").And.Contain("default-src 'none'"));
            Assert.That(report.Html, Does.Not.Match(@"<(script|img)\b"), "article text never becomes markup");
            Assert.That(report.Html, Does.Contain("the &lt;b&gt;strike&lt;/b&gt; hit").And.Not.Contain("<b>strike"));
            Assert.That(report.Html, Does.Contain("Strike &lt;script&gt;alert(1)&lt;/script&gt; hits depot"));
            Assert.That(report.Html, Does.Contain("&lt;img src=x onerror=alert(2)&gt;"));
        });
    }

    [Test]
    public async Task The_report_shows_unsaved_edits()
    {
        await using var client = await OpenedAsync(Article);
        await client.ChangeAsync(Uri, 2, new TextDocumentContentChangeEvent(null, null, "Ferry to resume in June\n\nThe ferry resumes in June, the port said.\n"));
        var report = (await AskAsync<SourcingReport?>(client, "byline/sourcingReport", Uri))!;
        Assert.That(report.Html, Does.Contain("Ferry to resume in June").And.Not.Contain("Bridge to close"));
    }

    [Test]
    public async Task The_lens_runs_the_report_command_the_client_named()
    {
        await using var client = await OpenedAsync(Article, "{\"sourcingReportCommand\": \"byline.showSourcingReport\"}");
        var lens = (await client.RequestAsync<Protocol.CodeLens[]?>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(Uri))))!.Single();
        Assert.That(lens.Command!.CommandName, Is.EqualTo("byline.showSourcingReport"));
        Assert.That(lens.Command.Arguments!.Select(a => a.GetString()), Is.EqualTo(new[] { Uri }));
    }

    [Test]
    public async Task The_lens_stays_a_label_for_a_client_that_named_no_command()
    {
        await using var client = await OpenedAsync(Article, "{\"sourcingReportCommand\": 42}");
        var lens = (await client.RequestAsync<Protocol.CodeLens[]?>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(Uri))))!.Single();
        Assert.That((lens.Command!.CommandName, lens.Command.Arguments), Is.EqualTo(("", (JsonElement[]?)null)));
    }
}
