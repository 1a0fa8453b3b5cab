using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// <c>initialize</c> answers before the indexed folder is walked; the walk runs in the background with work-done
/// progress, and the requests that need every article (here <c>workspace/diagnostic</c> and
/// <c>workspace/symbol</c>) wait for it, whenever they arrive.
/// </summary>
public class FolderIndexTests
{
    private const int Articles = 600;
    private string _folder = null!;

    [SetUp]
    public void CreateWorkspaceFolder()
    {
        _folder = Directory.CreateTempSubdirectory("byline-folder-index-").FullName;
        File.WriteAllText(Path.Combine(_folder, ".byline.yaml"), "include: [\"**/*.txt\"]\n");
        for (var i = 0; i < Articles; i++)
        {
            var desk = Path.Combine(_folder, $"desk-{i % 12:D2}");
            Directory.CreateDirectory(desk);
            File.WriteAllText(Path.Combine(desk, $"story-{i:D4}.txt"),
                $"Harbour works {i} begin\n\nCrews began dredging the harbour of Valletta on Monday. The work will take {i % 9 + 2} weeks.\n");
        }
    }

    [TearDown]
    public void DeleteWorkspaceFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Requests_that_need_every_article_wait_for_the_walk_and_it_is_shown_as_progress()
    {
        await using var connection = RawLspConnection.InProcess();
        await InitializeAsync(connection, new JsonObject
        {
            ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() },
            ["window"] = new JsonObject { ["workDoneProgress"] = true },
        });
        var answer = await connection.ReadResponseAsync(1);
        Assert.That((bool?)answer["result"]!["capabilities"]!["diagnosticProvider"]!["workspaceDiagnostics"], Is.True, "the folder is indexed: it has a .byline.yaml");
        await connection.NotifyAsync("initialized", new JsonObject());
        await connection.RequestAsync(2, "workspace/symbol", new JsonObject { ["query"] = "Valletta" });
        await connection.RequestAsync(3, "workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() });

        var messages = await ReadUntilAnsweredAsync(connection, [2, 3]);

        var symbols = messages.Single(m => (int?)m["id"] == 2 && !m.ContainsKey("method"))["result"]!.AsArray();
        Assert.That(symbols.Select(s => (string?)s!["name"]), Does.Contain("Valletta"), "the articles on disk are in the entity index");
        var reports = messages.Single(m => (int?)m["id"] == 3 && !m.ContainsKey("method"))["result"]!["items"]!.AsArray();
        Assert.That(reports, Has.Count.EqualTo(Articles), "every article on disk is reported, not only those walked by the time the request came");
        var create = messages.Where(m => (string?)m["method"] == "window/workDoneProgress/create").ToList();
        if (create.Count == 1)
        {
            // The walk was still under way at `initialized`: it is shown from begin to end, with what it found.
            var token = (string?)create[0]["params"]!["token"];
            var progress = await ProgressUntilEndAsync(connection, messages, token!);
            Assert.That(progress.Select(p => (string?)p["kind"]), Is.EqualTo(new[] { "begin", "end" }));
            Assert.That((string?)progress[^1]["message"], Is.EqualTo($"{Articles} articles found"));
        }
        else
        {
            Assert.That(create, Is.Empty, "one walk, so one progress at most");
            TestContext.Out.WriteLine("The walk ended before `initialized`: no progress was shown.");
        }
    }

    [Test]
    public async Task An_open_document_is_analysed_whether_or_not_the_walk_has_ended()
    {
        await using var connection = RawLspConnection.InProcess();
        await InitializeAsync(connection, new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } });
        await connection.ReadResponseAsync(1);
        var uri = new Uri(Path.Combine(_folder, "desk-00", "story-0000.txt")).AbsoluteUri;
        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = "Harbour closes\n\nThe harbour will close for good, officials said.\nIt is too shallow.\n" },
        });
        await connection.RequestAsync(2, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

        var report = (await connection.ReadResponseAsync(2))["result"]!;

        Assert.That(report["items"]!.AsArray().Select(d => (string?)d!["code"]), Does.Contain("BYL0001"), "the editor's text, analysed: \"It is too shallow.\" has no source");
    }

    [Test]
    public async Task A_request_about_a_file_not_open_waits_for_the_walk_to_reach_it()
    {
        await using var connection = RawLspConnection.InProcess();
        await InitializeAsync(connection, new JsonObject());
        await connection.ReadResponseAsync(1);
        await connection.NotifyAsync("initialized", new JsonObject());
        // The last file the walk reaches, asked about before the walk can have ended: the client never opened it.
        var last = new JsonObject { ["uri"] = new Uri(Path.Combine(_folder, "desk-11", $"story-{Articles - 1:D4}.txt")).AbsoluteUri };
        await connection.RequestAsync(2, "textDocument/hover", new JsonObject
        {
            ["textDocument"] = last.DeepClone(),
            ["position"] = new JsonObject { ["line"] = 2, ["character"] = 41 },
        });
        await connection.RequestAsync(3, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = last.DeepClone() });

        var messages = await ReadUntilAnsweredAsync(connection, [2, 3]);

        var hover = messages.Single(m => (int?)m["id"] == 2 && !m.ContainsKey("method"))["result"];
        Assert.That((string?)hover?["contents"]?["value"], Does.Contain("Valletta"), "the hover of the file on disk, read once the walk found it");
        var symbols = messages.Single(m => (int?)m["id"] == 3 && !m.ContainsKey("method"))["result"]!.AsArray();
        Assert.That(symbols, Is.Not.Empty, "the outline of the file on disk, not of an unknown document");
    }

    /// <summary>Sends <c>initialize</c> (id 1) with the generated folder as the workspace; the caller reads the answer.</summary>
    private Task InitializeAsync(RawLspConnection connection, JsonObject capabilities) =>
        connection.RequestAsync(1, "initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(_folder).AbsoluteUri, ["name"] = "newsroom" }),
            ["capabilities"] = capabilities,
        });

    /// <summary>Reads messages until every request in <paramref name="ids"/> is answered, answering the server's own requests (progress tokens) with null.</summary>
    private static async Task<List<JsonObject>> ReadUntilAnsweredAsync(RawLspConnection connection, int[] ids)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var messages = new List<JsonObject>();
        var waiting = new HashSet<int>(ids);
        while (waiting.Count > 0)
        {
            var message = await connection.ReadMessageAsync(timeout.Token);
            messages.Add(message);
            if (message.ContainsKey("method") && message.ContainsKey("id"))
            {
                await connection.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = null });
            }
            else if (!message.ContainsKey("method") && (int?)message["id"] is { } id)
            {
                waiting.Remove(id);
            }
        }
        return messages;
    }

    private static async Task<List<JsonObject>> ProgressUntilEndAsync(RawLspConnection connection, List<JsonObject> messages, string token)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        List<JsonObject> Progress() =>
            [.. messages.Where(m => (string?)m["method"] == "$/progress" && (string?)m["params"]!["token"] == token).Select(m => m["params"]!["value"]!.AsObject())];
        while (Progress() is var progress && (progress.Count == 0 || (string?)progress[^1]["kind"] != "end"))
        {
            messages.Add(await connection.ReadMessageAsync(timeout.Token));
        }
        return Progress();
    }
}
