using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// <c>workspace/diagnostic</c> over an indexed folder: a report per article, "unchanged" for reports the client
/// has, work-done progress on the client's token, and cancellation between articles.
/// </summary>
public class WorkspaceDiagnosticTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateWorkspaceFolder()
    {
        _folder = Directory.CreateTempSubdirectory("byline-workspace-").FullName;
        File.WriteAllText(Path.Combine(_folder, ".byline.yaml"), "# the whole folder is indexed\n");
    }

    [TearDown]
    public void DeleteWorkspaceFolder() => Directory.Delete(_folder, recursive: true);

    private void WriteArticles(int count)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "stories"));
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(_folder, "stories", $"story-{i:D4}.txt"),
                $"Ferry service {i} resumes\n\nThe ferry to the island resumed on Monday, the port authority said. " +
                $"It carried {i + 40} passengers on its first crossing. The old pier was rebuilt in {1990 + i % 30}.\n" +
                "Fares will rise by a tenth in the spring, the operator said in a statement.\n");
        }
    }

    private async Task<RawLspConnection> StartAsync(Func<int, CancellationToken, Task>? afterArticle = null, JsonObject? initializationOptions = null)
    {
        var connection = afterArticle is null ? RawLspConnection.InProcess() : RawLspConnection.InProcess(afterArticle);
        await connection.RequestAsync(1, "initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(_folder).AbsoluteUri, ["name"] = "newsroom" }),
            ["capabilities"] = new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } },
            ["initializationOptions"] = initializationOptions,
        });
        var initialized = await connection.ReadResponseAsync(1);
        Assert.That((bool?)initialized["result"]!["capabilities"]!["diagnosticProvider"]!["workspaceDiagnostics"], Is.True, "an indexed folder is offered workspace diagnostics");
        await connection.NotifyAsync("initialized", new JsonObject());
        return connection;
    }

    private static JsonObject Params(JsonArray? previous = null, string? token = null)
    {
        var parameters = new JsonObject { ["previousResultIds"] = previous ?? [] };
        if (token is not null)
        {
            parameters["workDoneToken"] = token;
        }
        return parameters;
    }

    /// <summary>The messages up to and including the response to <paramref name="id"/>.</summary>
    private static async Task<List<JsonObject>> ReadUntilResponseAsync(RawLspConnection connection, int id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var messages = new List<JsonObject>();
        while (true)
        {
            var message = await connection.ReadMessageAsync(timeout.Token);
            messages.Add(message);
            if (!message.ContainsKey("method") && (int?)message["id"] == id)
            {
                return messages;
            }
        }
    }

    private static List<JsonObject> Progress(IEnumerable<JsonObject> messages, string token) =>
        [.. messages.Where(m => (string?)m["method"] == "$/progress" && (string?)m["params"]!["token"] == token).Select(m => m["params"]!["value"]!.AsObject())];

    [Test]
    public async Task A_client_that_shows_fewer_gets_as_many_with_a_note_for_each_article()
    {
        WriteArticles(3);
        await using var connection = await StartAsync(initializationOptions: new JsonObject { ["maxDiagnosticsPerDocument"] = 2 });
        await connection.RequestAsync(2, "workspace/diagnostic", Params());
        var messages = await ReadUntilResponseAsync(connection, 2);
        var items = messages[^1]["result"]!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        Assert.That(items, Has.Count.EqualTo(3));
        Assert.That(items.Select(i => i["items"]!.AsArray().Count), Is.All.EqualTo(2));
        Assert.That(items.Select(i => (string?)i["items"]![1]!["message"]), Is.All.Contains("further findings are not shown"));

        var known = new JsonArray([.. items.Select(i => new JsonObject { ["uri"] = (string?)i["uri"], ["value"] = (string?)i["resultId"] })]);
        await connection.RequestAsync(3, "workspace/diagnostic", Params(known));
        var again = (await ReadUntilResponseAsync(connection, 3))[^1]["result"]!["items"]!.AsArray();
        Assert.That(again.Select(i => (string?)i!["kind"]), Is.All.EqualTo("unchanged"));
    }

    [Test]
    public async Task Every_article_is_reported_with_progress_and_known_reports_come_back_unchanged()
    {
        WriteArticles(12);
        await using var connection = await StartAsync();

        await connection.RequestAsync(2, "workspace/diagnostic", Params(token: "index-1"));
        var messages = await ReadUntilResponseAsync(connection, 2);

        var items = messages[^1]["result"]!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.That(items.Select(i => Path.GetFileName(new Uri((string)i["uri"]!).LocalPath)), Is.EqualTo(Enumerable.Range(0, 12).Select(i => $"story-{i:D4}.txt")));
        Assert.That(items.Select(i => (string?)i["kind"]), Is.All.EqualTo("full"));
        Assert.That(items.All(i => i.ContainsKey("version") && i["version"] is null), "a file not open has version null");
        Assert.That(items.Select(i => i["items"]!.AsArray().Count(d => (string?)d!["code"] == "BYL0001")), Is.All.GreaterThan(0), "each article has an unsourced claim");

        var progress = Progress(messages, "index-1");
        Assert.That((string?)progress[0]["kind"], Is.EqualTo("begin"));
        Assert.That((string?)progress[^1]["kind"], Is.EqualTo("end"));
        Assert.That((string?)progress[^1]["message"], Is.EqualTo("12 articles checked"));
        var reports = progress.Where(p => (string?)p["kind"] == "report").ToList();
        Assert.That(reports.Select(p => (int)p["percentage"]!), Is.Ordered.Ascending.And.Unique);
        Assert.That((string?)reports[^1]["message"], Is.EqualTo("12/12 articles"));

        var known = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject { ["uri"] = (string?)i["uri"], ["value"] = (string?)i["resultId"] })]);
        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = (string?)items[3]["uri"], ["languageId"] = "plaintext", ["version"] = 7, ["text"] = "Ferry resumes\n\nThe ferry sank.\n" },
        });
        await connection.RequestAsync(3, "workspace/diagnostic", Params(known));
        var again = (await connection.ReadResponseAsync(3))["result"]!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.That(again.Where((_, n) => n != 3).Select(i => (string?)i["kind"]), Is.All.EqualTo("unchanged"));
        Assert.That(((string?)again[3]["kind"], (int?)again[3]["version"]), Is.EqualTo(("full", (int?)7)), "the edited article is reported again, with the editor's version");
    }

    [Test]
    public async Task A_document_that_is_no_article_any_more_is_reported_empty()
    {
        WriteArticles(2);
        await using var connection = await StartAsync();
        var gone = new Uri(Path.Combine(Path.GetTempPath(), "byline-closed-elsewhere", "gone.txt")).AbsoluteUri;
        var known = new JsonArray(new JsonObject { ["uri"] = gone, ["value"] = "an earlier report" });

        await connection.RequestAsync(2, "workspace/diagnostic", Params(known));
        var items = (await connection.ReadResponseAsync(2))["result"]!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        Assert.That(items, Has.Count.EqualTo(3));
        var cleared = items.Single(i => (string?)i["uri"] == gone);
        Assert.That(((string?)cleared["kind"], cleared["items"]!.AsArray().Count), Is.EqualTo(("full", 0)));
    }

    [Test]
    public async Task Without_a_token_no_progress_is_sent()
    {
        WriteArticles(3);
        await using var connection = await StartAsync();
        await connection.RequestAsync(2, "workspace/diagnostic", Params());
        var messages = await ReadUntilResponseAsync(connection, 2);
        Assert.That(messages.Where(m => (string?)m["method"] == "$/progress"), Is.Empty);
        Assert.That(messages[^1]["result"]!["items"]!.AsArray(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_cancelled_request_stops_ends_its_progress_and_answers_RequestCancelled()
    {
        const int articles = 3;
        WriteArticles(articles);
        // The walk is held after its first article until the request is cancelled, and the cancellation is sent once
        // it is held: so the request has begun and cannot end first, however fast or loaded the machine (it raced
        // 3,000 articles against the wire before).
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await StartAsync(async (done, token) =>
        {
            if (done == 1 && holding.TrySetResult())
            {
                var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                await using (token.Register(cancelled.SetResult))
                {
                    await cancelled.Task;
                }
            }
        });
        await connection.RequestAsync(2, "workspace/diagnostic", Params(token: "index-2"));
        await holding.Task.WaitAsync(TimeSpan.FromSeconds(60)); // a bound, should the walk never begin
        await connection.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 2 });
        var messages = await ReadUntilResponseAsync(connection, 2);

        Assert.That((int?)messages[^1]["error"]?["code"], Is.EqualTo(-32800), messages[^1].ToJsonString());
        var progress = Progress(messages, "index-2");
        Assert.That(progress.Select(p => (string?)p["kind"]), Is.EqualTo(new[] { "begin", "report", "end" }), "one article checked, then stopped");
        Assert.That(((string?)progress[^1]["kind"], (string?)progress[^1]["message"]), Is.EqualTo(("end", "Cancelled")), "begun progress is ended");

        // The server goes on serving: the next request gets every article.
        await connection.RequestAsync(3, "workspace/diagnostic", Params());
        Assert.That((await connection.ReadResponseAsync(3))["result"]!["items"]!.AsArray(), Has.Count.EqualTo(articles));
    }
}
