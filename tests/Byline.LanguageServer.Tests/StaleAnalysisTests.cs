using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Tests.Shared;

namespace Byline.LanguageServer.Tests;

/// <summary>An edit stops the analysis of the version before it midway (<c>SupersededVersions</c>).</summary>
public class StaleAnalysisTests
{
    private const string Uri = "file:///long.txt";

    [Test]
    public async Task An_edit_stops_the_analysis_of_the_version_before_it()
    {
        var analysis = new SupersededAnalysisHandler();
        await using var connection = RawLspConnection.InProcess(analysis);
        await connection.InitializeAsync();
        await connection.NotifyAsync("textDocument/didOpen", Open(LongArticle()));
        await connection.RequestAsync(5, "test/analyseUntilSuperseded", new JsonObject { ["uri"] = Uri });
        await analysis.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await connection.NotifyAsync("textDocument/didChange", Change(version: 2));

        Assert.That((string?)(await connection.ReadResponseAsync(5))["result"], Is.EqualTo("stopped"));
    }

    [Test]
    public async Task A_pull_whose_document_an_edit_replaced_answers_ContentModified_and_the_next_pull_answers()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.NotifyAsync("textDocument/didOpen", Open(LongArticle()));
        await connection.RequestAsync(5, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });
        await connection.NotifyAsync("textDocument/didChange", Change(version: 2));
        await connection.RequestAsync(6, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });

        // The two answers may come in either order: both pulls wait for the preload.
        var answers = await ReadResponsesAsync(connection, 5, 6);
        Assert.That((int)answers[5]["error"]!["code"]!, Is.EqualTo(-32801));
        var fresh = answers[6];
        Assert.That((string?)fresh["result"]!["kind"], Is.EqualTo("full"));
        Assert.That(fresh["result"]!["items"]!.AsArray(), Is.Not.Empty);
    }

    private static async Task<Dictionary<int, JsonObject>> ReadResponsesAsync(RawLspConnection connection, params int[] ids)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answers = new Dictionary<int, JsonObject>();
        while (answers.Count < ids.Length)
        {
            var message = await connection.ReadMessageAsync(timeout.Token);
            if (!message.ContainsKey("method") && message["id"] is JsonValue v && v.TryGetValue<int>(out var id) && ids.Contains(id))
            {
                answers[id] = message;
            }
        }
        return answers;
    }

    private static JsonObject Open(string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = text },
    };

    // A keystroke at the start of the first body paragraph.
    private static JsonObject Change(int version) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject
        {
            ["range"] = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = 4, ["character"] = 0 },
                ["end"] = new JsonObject { ["line"] = 4, ["character"] = 0 },
            },
            ["text"] = "x",
        }),
    };

    // ~1.5 MB: long enough that the first pull is still analysing, or waiting for the preload, when the edit arrives.
    private static string LongArticle() => CouncilBudgetArticle.Create(18_000);
}
