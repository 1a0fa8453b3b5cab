using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Sends ≥ 10,000 random well-framed messages (valid requests and notifications, mutated: wrong types, missing
/// fields, random methods and ids, stray responses, cancellations of random ids), then checks that hover,
/// documentSymbol and diagnostics on a fresh document answer exactly as on a server that saw none of them.
/// Set BYLINE_FUZZ_SEED to replay a run; the seed is printed.
/// </summary>
public class ProtocolFuzzTests
{
    public const int MessageCount = 10_000;
    private const string CheckUri = "file:///final/seed.txt";

    [Test]
    public async Task The_server_survives_random_messages_and_still_answers_correctly()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BYLINE_FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var fuzz = new ProtocolFuzzer(new Random(seed));
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await using var reader = new ResponseCollector(connection);
        for (var i = 0; i < MessageCount; i++)
        {
            await connection.SendRawAsync(fuzz.NextMessage());
        }
        var afterFuzz = await FinalAnswersAsync(connection, reader);
        TestContext.Out.WriteLine($"Protocol fuzz: sent {MessageCount} random messages (seed {seed}), the server read " +
            $"{connection.Server!.MessagesRead} messages and wrote {reader.Responses} responses, {reader.Errors} of them errors.");

        await using var fresh = RawLspConnection.InProcess();
        await fresh.InitializeAsync();
        await using var freshReader = new ResponseCollector(fresh);
        var expected = await FinalAnswersAsync(fresh, freshReader);

        Assert.That(connection.Server.MessagesRead, Is.GreaterThanOrEqualTo(MessageCount));
        Assert.That(expected["hover"], Is.Not.Null, "the check position must have a hover");
        Assert.That(expected["symbols"]!.AsArray(), Is.Not.Empty);
        Assert.That(expected["diagnostics"]!["items"]!.AsArray(), Is.Not.Empty);
        Assert.That(afterFuzz.ToJsonString(), Is.EqualTo(expected.ToJsonString()));
        Assert.That(reader.Problems, Is.Empty, "error responses carry plain messages and no data");
    }

    private static async Task<JsonObject> FinalAnswersAsync(RawLspConnection connection, ResponseCollector reader)
    {
        var seed = LspTestClient.Seed;
        var lines = seed.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("Soleimani", StringComparison.Ordinal));
        var character = lines[line].IndexOf("Soleimani", StringComparison.Ordinal) + 2;
        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = CheckUri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = seed },
        });
        JsonObject Doc() => new() { ["uri"] = CheckUri };
        await connection.SendAsync(new JsonObject
        {
            ["id"] = "final-hover", ["method"] = "textDocument/hover",
            ["params"] = new JsonObject { ["textDocument"] = Doc(), ["position"] = new JsonObject { ["line"] = line, ["character"] = character } },
        });
        await connection.SendAsync(new JsonObject { ["id"] = "final-symbols", ["method"] = "textDocument/documentSymbol", ["params"] = new JsonObject { ["textDocument"] = Doc() } });
        await connection.SendAsync(new JsonObject { ["id"] = "final-diagnostics", ["method"] = "textDocument/diagnostic", ["params"] = new JsonObject { ["textDocument"] = Doc() } });
        return new JsonObject
        {
            ["hover"] = (await reader.ResultAsync("final-hover"))?.DeepClone(),
            ["symbols"] = (await reader.ResultAsync("final-symbols"))?.DeepClone(),
            ["diagnostics"] = (await reader.ResultAsync("final-diagnostics"))?.DeepClone(),
        };
    }

    /// <summary>Reads every message from the server in the background, keeping the answers to "final-…" ids.</summary>
    private sealed class ResponseCollector : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode?>> _final = new();
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public ResponseCollector(RawLspConnection connection) => _loop = Task.Run(() => ReadAllAsync(connection));

        public int Responses { get; private set; }

        public int Errors { get; private set; }

        public ConcurrentQueue<string> Problems { get; } = new();

        public async Task<JsonNode?> ResultAsync(string id)
        {
            var answer = _final.GetOrAdd(id, _ => new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously));
            return await answer.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }

        private async Task ReadAllAsync(RawLspConnection connection)
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    Collect(await connection.ReadMessageAsync(_stop.Token));
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or EndOfStreamException or ObjectDisposedException)
            {
            }
        }

        private void Collect(JsonObject message)
        {
            if (message.ContainsKey("method"))
            {
                return;
            }
            Responses++;
            if (message["error"] is JsonObject error)
            {
                Errors++;
                if (error.ContainsKey("data") || ((string?)error["message"])?.Contains("   at ", StringComparison.Ordinal) == true)
                {
                    Problems.Enqueue(message.ToJsonString());
                }
            }
            if (message["id"] is JsonValue id && id.TryGetValue<string>(out var text) && text.StartsWith("final-", StringComparison.Ordinal))
            {
                _final.GetOrAdd(text, _ => new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously))
                    .TrySetResult(message["result"]?.DeepClone() ?? (message["error"] is { } e ? throw new AssertionException(e.ToJsonString()) : null));
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
