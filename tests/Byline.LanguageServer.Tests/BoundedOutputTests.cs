using System.Text.Json.Nodes;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.LanguageServer.Tests.Infrastructure;
using Nerdbank.Streams;

namespace Byline.LanguageServer.Tests;

/// <summary>A client that stops reading stdout costs bounded memory: notifications coalesce or drop, requests wait.</summary>
public class BoundedOutputTests
{
    [Test]
    public async Task Log_lines_are_dropped_and_diagnostics_coalesced_while_the_client_does_not_read()
    {
        var sent = new List<(string Method, object Parameters)>();
        var blocked = new TaskCompletionSource();
        var outbox = new NotificationOutbox(async (method, parameters) =>
        {
            await blocked.Task;
            lock (sent)
            {
                sent.Add((method, parameters));
            }
        });
        for (var i = 0; i < 10_000; i++)
        {
            outbox.PostLog(new LogMessageParams(MessageType.Warning, $"line {i}"));
            outbox.PostDiagnostics(new PublishDiagnosticsParams($"file:///doc{i % 3}.txt", i, []));
        }
        Assert.That(outbox.Pending, Is.LessThanOrEqualTo(NotificationOutbox.MaxLogLines + 3));
        Assert.That(outbox.DroppedLogLines, Is.GreaterThanOrEqualTo(10_000 - NotificationOutbox.MaxLogLines - 1));

        blocked.SetResult();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (outbox.Pending > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        await Task.Delay(50);
        lock (sent)
        {
            var reports = sent.Where(s => s.Method == "textDocument/publishDiagnostics").Select(s => (PublishDiagnosticsParams)s.Parameters).ToList();
            // The last report of each document is the latest version posted.
            foreach (var uri in new[] { "file:///doc0.txt", "file:///doc1.txt", "file:///doc2.txt" })
            {
                Assert.That(reports.Last(r => r.Uri == uri).Version, Is.EqualTo(Enumerable.Range(0, 10_000).Last(i => $"file:///doc{i % 3}.txt" == uri)));
            }
            Assert.That(sent.Any(s => s.Parameters is LogMessageParams { Message: var m } && m.Contains("were dropped")), "the client is told that lines were dropped");
        }
    }

    [Test]
    public async Task A_client_that_does_not_read_answers_is_not_read_either()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        await using var server = new BylineLanguageServer(serverStream, serverStream, new BylineServerOptions());
        await using var connection = RawLspConnection.Over(clientStream, clientStream);
        await connection.InitializeAsync();
        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///seed.txt", ["languageId"] = "plaintext", ["version"] = 1, ["text"] = LspTestClient.Seed },
        });
        const int requests = 5_000;
        var sending = Task.Run(async () =>
        {
            for (var id = 10; id < 10 + requests; id++)
            {
                await connection.RequestAsync(id, "textDocument/foldingRange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///seed.txt" } });
            }
        });
        // Wait until the server stops reading (its count holds still), without reading any answer.
        long previous;
        var stalled = server.MessagesRead;
        do
        {
            previous = stalled;
            await Task.Delay(500);
            stalled = server.MessagesRead;
        }
        while (stalled != previous);
        TestContext.Out.WriteLine($"The server read {stalled} of {requests + 3} messages while the client read nothing.");
        Assert.That(stalled, Is.LessThan(requests / 2));
        Assert.That(sending.IsCompleted, Is.False);

        // Reading again lets everything through: every request is answered.
        var answered = new HashSet<int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (answered.Count < requests)
        {
            var message = await connection.ReadMessageAsync(timeout.Token);
            if (message["id"] is JsonValue id && !message.ContainsKey("method"))
            {
                Assert.That(message.ContainsKey("result"), message.ToJsonString());
                answered.Add(id.GetValue<int>());
            }
        }
        await sending;
    }
}
