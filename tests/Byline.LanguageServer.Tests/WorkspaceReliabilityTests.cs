using System.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// <c>initialize</c> and watched-file changes on broken configuration and hostile folders: the server starts,
/// reports each problem in its file (BYL9004) or on the entry not read (BYL9007), and never hangs.
/// </summary>
public class WorkspaceReliabilityTests
{
    private const string Story = "Strike hits depot\n\nThe the strike hit a depot in Iraq, a coalition spokesperson said.\n";

    private string _folder = null!;

    [SetUp]
    public void CreateWorkspace()
    {
        _folder = Directory.CreateTempSubdirectory("byline-reliability-").FullName;
        Write("news/story.txt", Story);
        // A root .byline.yaml makes the folder indexed (without one only open documents are checked).
        Write(".byline.yaml", "# indexed\n");
    }

    [TearDown]
    public void DeleteWorkspace() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string UriOf(string relative) => new Uri(Path.Combine(_folder, relative)).AbsoluteUri;

    private async Task<(LspTestClient Client, InitializeResult Result)> StartAsync()
    {
        var client = new LspTestClient();
        var result = await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(null, null, null, [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "news")], LspTestClient.Capabilities(), null, null));
        await client.NotifyAsync("initialized", new InitializedParams());
        return (client, result);
    }

    [TestCase(".byline.yaml", "rules: {BYL0008: \"error}\n")]
    [TestCase(".byline/entities.yaml", "entities: [{id: x, name: X, type: ORG}\n")]
    [TestCase(".byline/reviews.yaml", "reviews:\n  - {file: news/story.txt, rule: BYL0008, text: \"the, reason: x}\n")]
    [TestCase(".byline.yaml", "rules: ")]
    [TestCase(".byline/entities.yaml", "entities: ")]
    [TestCase(".byline/reviews.yaml", "reviews: ")]
    public async Task Initialize_succeeds_and_reports_a_broken_file_in_that_file(string file, string text)
    {
        if (text.EndsWith(": ", StringComparison.Ordinal))
        {
            text += new string('[', 60_000); // deep enough to overflow a recursive parser's stack
        }
        Write(file, text);
        var (client, result) = await StartAsync();
        await using var _ = client;

        var report = await client.NextPublishedAsync(UriOf(file));

        Assert.That(result.Capabilities, Is.Not.Null);
        Assert.That(report.Diagnostics.Select(d => d.Code), Has.All.EqualTo("BYL9004").And.Not.Empty);
        var diagnostics = await client.PullDiagnosticsAsync(UriOf("news/story.txt"));
        Assert.That(diagnostics.Items!.Select(d => d.Code), Has.Member("BYL0008"), "articles are still analysed, with the defaults");
    }

    [Test]
    public async Task A_malformed_knowledge_base_saved_while_running_is_reported_in_that_file()
    {
        Write(".byline/entities.yaml", "entities:\n  - {id: acme, name: Acme Widgets, type: ORG}\n");
        var (client, _) = await StartAsync();
        await using var _client = client;

        Write(".byline/entities.yaml", "entities:\n  - {id: acme, name: \"Acme Widgets, type: ORG}\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesParams([new FileEvent(UriOf(".byline/entities.yaml"), FileChangeType.Changed)]));
        var report = await client.NextPublishedAsync(UriOf(".byline/entities.yaml"), r => r.Diagnostics.Length > 0);

        Assert.That(report.Diagnostics.Single().Code, Is.EqualTo("BYL9004"));
        Assert.That(report.Diagnostics[0].Message, Does.StartWith("Invalid YAML"));
    }

    [Test]
    public async Task Initialize_finishes_on_link_loops_and_a_fifo_and_reports_the_fifo()
    {
        Directory.CreateSymbolicLink(Path.Combine(_folder, "news", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "me"), ".");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(_folder, "news", "pipe.txt")]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }
        var (client, _) = await StartAsync();
        await using var _client = client;

        var fifo = await client.NextPublishedAsync(UriOf("news/pipe.txt"));
        var references = await client.RequestAsync<Location[]?>("textDocument/references",
            new ReferenceParams(new TextDocumentIdentifier(UriOf("news/story.txt")), EntityFeatureTests.At(Story, "Iraq"), new ReferenceContext(true)));

        Assert.That(fifo.Diagnostics.Single().Code, Is.EqualTo("BYL9007"));
        Assert.That(references!.Select(l => l.Uri), Is.EqualTo(new[] { UriOf("news/story.txt") }), "each article once, through any number of links");
    }
}
