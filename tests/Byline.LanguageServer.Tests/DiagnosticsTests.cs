using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Diagnostics flow from the workspace to the client: the rules' findings on the seed article (mismatched
/// quotes, leftover boilerplate) and the workspace's own (an article longer than <c>maxArticleLength</c>,
/// a file on disk that is not UTF-8).
/// </summary>
public class DiagnosticsTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateWorkspaceFolder()
    {
        _folder = Directory.CreateTempSubdirectory("byline-ls-").FullName;
        File.WriteAllText(Path.Combine(_folder, ".byline.yaml"), "maxArticleLength: 100\n");
        File.WriteAllBytes(Path.Combine(_folder, "broken.txt"), [.. "Headline\nCaf"u8, 0xE9, .. " au lait.\n"u8]);
    }

    [TearDown]
    public void DeleteWorkspaceFolder() => Directory.Delete(_folder, recursive: true);

    private string UriOf(string name) => new Uri(Path.Combine(_folder, name)).AbsoluteUri;

    private async Task<LspTestClient> StartAsync(bool pull)
    {
        var client = new LspTestClient();
        var capabilities = LspTestClient.Capabilities(pullDiagnostics: pull);
        await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(null, null, null, [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "articles")], capabilities, null, null));
        await client.NotifyAsync("initialized", new InitializedParams());
        return client;
    }

    [Test]
    public async Task Pull_reports_findings_of_an_open_document()
    {
        await using var client = await StartAsync(pull: true);
        var uri = UriOf("seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);
        var report = await client.PullDiagnosticsAsync(uri);
        Assert.That(report.Kind, Is.EqualTo("full"));
        Assert.That(report.ResultId, Is.Not.Null.And.Not.Empty);
        var tooLarge = report.Items!.Single(d => d.Code == "BYL9005");
        Assert.That(tooLarge.Source, Is.EqualTo("byline"));
        Assert.That(tooLarge.Severity, Is.EqualTo(DiagnosticSeverity.Information));
        Assert.That(tooLarge.CodeDescription!.Href, Does.EndWith("/BYL9005.md"));
        Assert.That(tooLarge.Message, Does.Contain("maxArticleLength"));
        Assert.That(tooLarge.Range, Is.EqualTo(new Protocol.Range(new Position(0, 0), new Position(0, 0))));
    }

    [TestCase(false, 150)]
    [TestCase(true, 152)] // the line starts with “, three bytes in UTF-8
    public async Task Pull_reports_the_seeds_mismatched_quotes_in_the_negotiated_encoding(bool utf8, int closingCharacter)
    {
        await using var client = new LspTestClient();
        await client.InitializeAsync(utf8: utf8);
        await client.OpenAsync(LspTestClient.SeedUri, LspTestClient.Seed);
        var report = await client.PullDiagnosticsAsync(LspTestClient.SeedUri);
        var quotes = report.Items!.Where(d => d.Code == "BYL0007").ToList();
        Assert.That(quotes.Select(d => d.Range.Start), Is.EqualTo(new[] { new Position(8, 0), new Position(8, closingCharacter) }));
        var first = quotes[0];
        Assert.That(first.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(first.Message, Does.Contain("opens with “ but closes with \""));
        Assert.That(System.Uri.IsWellFormedUriString(first.CodeDescription!.Href, UriKind.Absolute), first.CodeDescription.Href);
        Assert.That(first.CodeDescription.Href, Does.EndWith("BYL0007.md"));
        Assert.That(first.RelatedInformation!.Select(r => r.Message), Is.EqualTo(new[] { "Opening mark", "Closing mark" }));
        Assert.That(first.RelatedInformation!.All(r => r.Location.Uri == LspTestClient.SeedUri));
        Assert.That(first.RelatedInformation![0].Location.Range, Is.EqualTo(new Protocol.Range(new Position(8, 0), new Position(8, utf8 ? 3 : 1))), "the opening “");
    }

    [Test]
    public async Task Leftover_boilerplate_is_tagged_unnecessary()
    {
        await using var client = await LspTestClient.OpenedAsync(LspTestClient.SeedUri, LspTestClient.Seed);
        var report = await client.PullDiagnosticsAsync(LspTestClient.SeedUri);
        var subscribe = report.Items!.First(d => d.Code == "BYL0009");
        Assert.That(subscribe.Range, Is.EqualTo(new Protocol.Range(new Position(4, 0), new Position(4, 9))));
        Assert.That(subscribe.Tags, Is.EqualTo(new[] { DiagnosticTag.Unnecessary }));
        Assert.That(report.Items!.Where(d => d.Code == "BYL0007").All(d => d.Tags is null));
    }

    [Test]
    public async Task A_call_to_action_line_is_boilerplate_and_no_unsourced_claim()
    {
        await using var client = await LspTestClient.OpenedAsync(LspTestClient.SeedUri, "Valley dam to close\n\nThe water board will close the dam on Friday, its chair said.\n\nFollow Lena Marsh on Twitter @lenamarsh.\n");
        var report = await client.PullDiagnosticsAsync(LspTestClient.SeedUri);
        var codes = report.Items!.Where(d => d.Range.Start.Line == 4).Select(d => d.Code).ToList();
        Assert.That(codes, Does.Contain("BYL0009"));
        Assert.That(codes, Does.Not.Contain("BYL0001"));
    }

    [Test]
    public async Task Pull_answers_unchanged_when_the_result_id_still_matches()
    {
        await using var client = await StartAsync(pull: true);
        var uri = UriOf("seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed);
        var first = await client.PullDiagnosticsAsync(uri);
        var second = await client.PullDiagnosticsAsync(uri, first.ResultId);
        Assert.That(second.Kind, Is.EqualTo("unchanged"));
        Assert.That(second.ResultId, Is.EqualTo(first.ResultId));
        Assert.That(second.Items, Is.Null);

        // Shortening the article under the limit removes the finding: a new full report.
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, null, "Short headline\nShort body.\n"));
        var third = await client.PullDiagnosticsAsync(uri, first.ResultId);
        Assert.That(third.Kind, Is.EqualTo("full"));
        Assert.That(third.Items, Is.Empty);
        Assert.That(third.ResultId, Is.Not.EqualTo(first.ResultId));
    }

    [Test]
    public async Task Pull_reports_a_file_on_disk_that_is_not_utf8()
    {
        await using var client = await StartAsync(pull: true);
        var report = await client.PullDiagnosticsAsync(UriOf("broken.txt"));
        var diagnostic = report.Items!.Single();
        Assert.That(diagnostic.Message, Does.Contain("UTF-8"));
        Assert.That(diagnostic.Range.Start, Is.EqualTo(new Position(1, 3))); // at the replaced byte after "Caf"
    }

    [Test]
    public async Task A_file_fixed_on_disk_is_reread_after_didChangeWatchedFiles()
    {
        await using var client = await StartAsync(pull: true);
        var uri = UriOf("broken.txt");
        Assert.That((await client.PullDiagnosticsAsync(uri)).Items, Has.Length.EqualTo(1));
        File.WriteAllText(Path.Combine(_folder, "broken.txt"), "Headline\nCafé au lait.\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(uri, FileChangeType.Changed)]));
        Assert.That((await client.PullDiagnosticsAsync(uri)).Items, Is.Empty);
    }

    [Test]
    public async Task Pull_for_an_unknown_document_is_an_empty_full_report()
    {
        await using var client = await StartAsync(pull: true);
        var report = await client.PullDiagnosticsAsync("file:///nowhere/missing.txt");
        Assert.That(report.Kind, Is.EqualTo("full"));
        Assert.That(report.Items, Is.Empty);
    }

    [Test]
    public async Task Push_publishes_with_the_document_version_and_clears_on_close()
    {
        await using var client = await StartAsync(pull: false);
        var uri = UriOf("seed.txt");
        await client.OpenAsync(uri, LspTestClient.Seed, version: 1);
        var opened = await client.NextPublishedAsync(uri, r => r.Version == 1);
        Assert.That(opened.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "BYL9005" }), "too large to analyse, so no rule runs");

        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, null, "Short headline\nShort body.\n"));
        var changed = await client.NextPublishedAsync(uri, r => r.Version == 2);
        Assert.That(changed.Diagnostics, Is.Empty);

        await client.ChangeAsync(uri, 3, new TextDocumentContentChangeEvent(null, null, LspTestClient.Seed));
        var again = await client.NextPublishedAsync(uri, r => r.Version == 3);
        Assert.That(again.Diagnostics, Has.Length.EqualTo(1));

        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        var cleared = await client.NextPublishedAsync(uri, r => r.Version is null);
        Assert.That(cleared.Diagnostics, Is.Empty);
    }
}
