using System.Diagnostics;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>The real server process, over stdio, as an editor starts it.</summary>
public class ProcessTests
{
    private static string ServerDll
    {
        get
        {
            var copied = Path.Combine(TestContext.CurrentContext.TestDirectory, "Byline.LanguageServer.dll");
            Assert.That(File.Exists(copied), $"{copied} is missing: the test project must reference the server project");
            return copied;
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    internal static async Task<int> IdOfAnExitedProcessAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.Id;
    }

    private static async Task<int> WaitForExitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            Assert.Fail("The server did not exit.");
        }
        return process.ExitCode;
    }

    [Test]
    public async Task A_whole_session_over_stdio_ends_with_exit_code_0()
    {
        using var process = Start("--stdio");
        var stderr = process.StandardError.ReadToEndAsync();
        await using var connection = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        const string uri = "file:///articles/seed.txt";

        var initialize = await connection.InitializeAsync();
        Assert.That((string?)initialize["result"]!["serverInfo"]!["name"], Is.EqualTo("byline"));

        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = LspTestClient.Seed },
        });
        await connection.RequestAsync(2, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var diagnostics = await connection.ReadResponseAsync(2);
        Assert.That((string?)diagnostics["result"]!["kind"], Is.EqualTo("full"));

        await connection.RequestAsync(3, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var symbols = await connection.ReadResponseAsync(3);
        Assert.That((string?)symbols["result"]!.AsArray()[0]!["name"], Is.EqualTo("Anti-Daesh Coalition Strikes in Syria's…"));

        await connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
                    ["end"] = new JsonObject { ["line"] = 0, ["character"] = 10 },
                },
                ["text"] = "Coalition",
            }),
        });
        await connection.RequestAsync(4, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var changed = await connection.ReadResponseAsync(4);
        Assert.That((string?)changed["result"]!.AsArray()[0]!["name"], Does.StartWith("Coalition Coalition Strikes"));

        await connection.RequestAsync(5, "shutdown");
        await connection.ReadResponseAsync(5);
        await connection.NotifyAsync("exit");
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(0), await stderr);
        Assert.That(await stderr, Does.Contain("Shutdown requested"), "logs go to stderr");
    }

    /// <summary>
    /// The built-in data loads on threads of its own from the answer to initialize on, and an editor sends its first
    /// requests without waiting for that answer: here all of them are written as soon as the process starts, so they
    /// arrive while the data is loading (the first pull of diagnostics waits for it, the other requests do not). Every one is answered, and what the first
    /// document gets equals what the same text gets once everything is loaded.
    /// </summary>
    [Test]
    public async Task Requests_sent_at_once_while_the_data_loads_are_answered_as_after_it()
    {
        using var process = Start("--stdio");
        var stderr = process.StandardError.ReadToEndAsync();
        await using var connection = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        const string first = "file:///articles/first.txt", later = "file:///articles/later.txt";
        await connection.RequestAsync(1, "initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["capabilities"] = new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } },
        });
        await connection.NotifyAsync("initialized", new JsonObject());
        await connection.NotifyAsync("textDocument/didOpen", OpenParams(first));
        foreach (var (id, method) in AskedOfEachDocument(firstId: 2))
        {
            await connection.RequestAsync(id, method, new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = first } });
        }
        var whileLoading = await ResponsesAsync(connection, [1, 2, 3, 4]);
        Assert.That((string?)whileLoading[1]["result"]!["serverInfo"]!["name"], Is.EqualTo("byline"));

        await connection.NotifyAsync("textDocument/didOpen", OpenParams(later));
        foreach (var (id, method) in AskedOfEachDocument(firstId: 12))
        {
            await connection.RequestAsync(id, method, new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = later } });
        }
        var loaded = await ResponsesAsync(connection, [12, 13, 14]);
        foreach (var (id, method) in AskedOfEachDocument(firstId: 2))
        {
            Assert.That(whileLoading[id]["error"], Is.Null, $"{method}: {whileLoading[id]}");
            Assert.That(Comparable(whileLoading[id]).Replace(first, later, StringComparison.Ordinal), Is.EqualTo(Comparable(loaded[id + 10])), method);
        }
        Assert.That(whileLoading[2]["result"]!["items"]!.AsArray(), Is.Not.Empty, "the seed article has findings");

        await connection.RequestAsync(20, "shutdown");
        await connection.ReadResponseAsync(20);
        await connection.NotifyAsync("exit");
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(0), await stderr);
    }

    /// <summary>
    /// The first pull of diagnostics waits for the preload (its loads, then the collections that settle the heap). A
    /// pull cancelled while it waits, and a shutdown that follows at once, are both answered, and the process exits
    /// cleanly with the preload perhaps still running: nothing waits on the preload forever.
    /// </summary>
    [Test]
    public async Task A_pull_cancelled_and_a_shutdown_sent_while_the_data_loads_are_answered_and_the_process_exits()
    {
        using var process = Start("--stdio");
        var stderr = process.StandardError.ReadToEndAsync();
        await using var connection = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        const string uri = "file:///articles/first.txt";
        await connection.RequestAsync(1, "initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["capabilities"] = new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } },
        });
        await connection.NotifyAsync("initialized", new JsonObject());
        await connection.NotifyAsync("textDocument/didOpen", OpenParams(uri));
        await connection.RequestAsync(2, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        await connection.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 2 });
        await connection.RequestAsync(3, "shutdown");

        var answers = await ResponsesAsync(connection, [1, 2, 3]);
        var pull = answers[2];
        // The cancel may come after the pull has its answer: either is right, an answer that never comes is not.
        Assert.That(pull["error"] is null ? (string?)pull["result"]!["kind"] : pull["error"]!["code"]!.ToString(),
            Is.EqualTo("full").Or.EqualTo("-32800"), pull.ToJsonString());
        Assert.That(answers[3]["error"], Is.Null, answers[3].ToJsonString());
        await connection.NotifyAsync("exit");
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(0), await stderr);
    }

    private static (int Id, string Method)[] AskedOfEachDocument(int firstId) =>
        [(firstId, "textDocument/diagnostic"), (firstId + 1, "textDocument/documentSymbol"), (firstId + 2, "textDocument/semanticTokens/full")];

    /// <summary>A response's result, less a semantic tokens result id (a counter of the server's, so it differs per request).</summary>
    private static string Comparable(JsonObject response)
    {
        var result = response["result"]!.DeepClone();
        if (result is JsonObject tokens && tokens.ContainsKey("data"))
        {
            tokens.Remove("resultId");
        }
        return result.ToJsonString();
    }

    private static JsonObject OpenParams(string uri) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = LspTestClient.Seed },
    };

    /// <summary>The answers to <paramref name="ids"/>, in whatever order they come; notifications are skipped.</summary>
    private static async Task<Dictionary<int, JsonObject>> ResponsesAsync(RawLspConnection connection, int[] ids)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var responses = new Dictionary<int, JsonObject>();
        while (responses.Count < ids.Length)
        {
            var message = await connection.ReadMessageAsync(timeout.Token);
            if (!message.ContainsKey("method") && message["id"] is JsonValue value && value.TryGetValue<int>(out var id) && ids.Contains(id))
            {
                responses[id] = message;
            }
        }
        return responses;
    }

    /// <summary>
    /// Result ids are a non-cryptographic hash: a server that reports diagnostics, and gets an edit's report made
    /// from the last one, maps no OpenSSL library (3.6 MB of the native server's memory when it did).
    /// </summary>
    [Test]
    public async Task Reporting_diagnostics_loads_no_cryptography_library()
    {
        Assume.That(OperatingSystem.IsLinux(), "reads /proc/PID/maps");
        using var process = Start("--stdio");
        var stderr = process.StandardError.ReadToEndAsync();
        await using var connection = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        const string uri = "file:///articles/seed.txt";
        await connection.InitializeAsync();
        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = LspTestClient.Seed },
        });
        await connection.RequestAsync(2, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var first = await connection.ReadResponseAsync(2);
        await connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = "\n" + LspTestClient.Seed }),
        });
        await connection.RequestAsync(3, "textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["previousResultId"] = (string?)first["result"]!["resultId"],
        });
        var second = await connection.ReadResponseAsync(3);
        Assert.That((string?)second["result"]!["kind"], Is.EqualTo("full"), "every diagnostic moved a line down");
        Assert.That((string?)second["result"]!["resultId"], Is.Not.EqualTo((string?)first["result"]!["resultId"]));

        var maps = await File.ReadAllTextAsync($"/proc/{process.Id}/maps");
        Assert.That(maps, Does.Not.Contain("libcrypto").And.Not.Contain("libssl"));
        await connection.RequestAsync(4, "shutdown");
        await connection.ReadResponseAsync(4);
        await connection.NotifyAsync("exit");
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(0), await stderr);
    }

    /// <summary>
    /// Standard output is written on the flushing thread in 64 KB buffers (<c>SynchronousWriteStream</c>): answers
    /// many buffers long, one after another and with a log line between, arrive whole and in order, the same as
    /// the in-process server's.
    /// </summary>
    [Test]
    public async Task Answers_larger_than_the_pipe_arrive_whole_over_stdio()
    {
        const string uri = "file:///articles/long.txt";
        var text = string.Join("\n", Enumerable.Repeat(LspTestClient.Seed, 60));
        using var process = Start("--stdio");
        var stderr = process.StandardError.ReadToEndAsync();
        await using var overStdio = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        await using var inProcess = RawLspConnection.InProcess();
        var fromProcess = await PullTwiceAsync(overStdio, uri, text);
        var fromInProcess = await PullTwiceAsync(inProcess, uri, text);
        Assert.That(fromProcess[0].Length, Is.GreaterThan(4 * 64 * 1024), "the answer spans several output buffers");
        Assert.That(fromProcess, Is.EqualTo(fromInProcess));

        await overStdio.RequestAsync(9, "shutdown");
        await overStdio.ReadResponseAsync(9);
        await overStdio.NotifyAsync("exit");
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(0), await stderr);
    }

    /// <summary>The items of the diagnostics of <paramref name="text"/>, then of the text after an edit in its middle.</summary>
    private static async Task<string[]> PullTwiceAsync(RawLspConnection connection, string uri, string text)
    {
        await connection.InitializeAsync();
        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = text },
        });
        await connection.RequestAsync(2, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var first = (await connection.ReadResponseAsync(2))["result"]!["items"]!.ToJsonString();
        var middle = text.Count(c => c == '\n') / 2;
        await connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = middle, ["character"] = 0 },
                    ["end"] = new JsonObject { ["line"] = middle, ["character"] = 0 },
                },
                ["text"] = "Officials said nothing.\n",
            }),
        });
        await connection.RequestAsync(3, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var second = (await connection.ReadResponseAsync(3))["result"]!["items"]!.ToJsonString();
        return [first, second];
    }

    [Test]
    public async Task The_server_exits_when_its_client_process_is_dead()
    {
        var deadProcessId = await IdOfAnExitedProcessAsync();
        using var process = Start("--stdio");
        var stderr = process.StandardError.ReadToEndAsync();
        await using var connection = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        await connection.InitializeAsync(processId: deadProcessId);
        // stdin stays open: only the dead parent can end the server.
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(1));
        Assert.That(await stderr, Does.Contain($"client process {deadProcessId} is gone"));
    }

    [Test]
    public async Task A_session_over_a_named_pipe()
    {
        var name = "byline-test-" + Guid.NewGuid().ToString("N");
        await using var pipe = new System.IO.Pipes.NamedPipeServerStream(name, System.IO.Pipes.PipeDirection.InOut, 1,
            System.IO.Pipes.PipeTransmissionMode.Byte, System.IO.Pipes.PipeOptions.Asynchronous);
        using var process = Start("--pipe=" + name);
        var stderr = process.StandardError.ReadToEndAsync();
        await pipe.WaitForConnectionAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var connection = RawLspConnection.Over(pipe, pipe);
        var initialize = await connection.InitializeAsync();
        Assert.That((string?)initialize["result"]!["serverInfo"]!["name"], Is.EqualTo("byline"));
        await connection.RequestAsync(2, "shutdown");
        await connection.ReadResponseAsync(2);
        await connection.NotifyAsync("exit");
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(0), await stderr);
    }

    [Test]
    public async Task Without_arguments_it_prints_usage_to_stderr_and_exits_with_2()
    {
        using var process = Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(2));
        Assert.That(await stderr, Does.Contain("--stdio"));
        Assert.That(await stdout, Is.Empty);
    }

    /// <summary>Issue 12's messages, each of which ended the real process with exit 1, then a short fuzz.</summary>
    [Test]
    public async Task The_real_server_survives_every_malformed_message_and_a_fuzz()
    {
        using var process = Start("--stdio");
        var stderr = process.StandardError.ReadToEndAsync();
        await using var connection = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        await connection.InitializeAsync();
        string[] bodies =
        [
            "{\"jsonrpc\":\"2.0\",\"id\":424242,\"result\":null}",
            "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"textDocument/hover\",\"params\":\"x\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"textDocument/hover\",\"params\":42}",
            "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"textDocument/hover\",\"params\":true}",
            "{\"jsonrpc\":\"2.0\",\"id\":14,\"method\":42}",
            "{\"jsonrpc\":2,\"id\":15,\"method\":\"textDocument/hover\",\"params\":{}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":\"x\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":16,\"method\":\"textDocument/teleport\",\"params\":{}}",
            "{\"jsonrpc\":\"2.0\",\"id\":17,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":42}}",
            "{\"jsonrpc\":\"2.0\",\"id\":18,\"method\":\"textDocument/hover\",\"params\":{}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///s.txt\",\"languageId\":\"plaintext\",\"version\":1,\"text\":\"\\ud83dHeadline\\nBody.\"}}}",
        ];
        foreach (var body in bodies)
        {
            await connection.SendRawAsync(body);
        }
        var expected = new Dictionary<int, int> { [11] = -32600, [12] = -32600, [13] = -32600, [14] = -32600, [15] = -32600, [16] = -32601, [17] = -32602, [18] = -32602 };
        foreach (var (id, code) in expected)
        {
            var error = (await connection.ReadResponseAsync(id))["error"]!.AsObject();
            Assert.That((int)error["code"]!, Is.EqualTo(code), error.ToJsonString());
            Assert.That(error.ContainsKey("data"), Is.False, error.ToJsonString());
        }
        var fuzz = new ProtocolFuzzer(new Random(12));
        const int fuzzed = 1_000;
        var reading = Task.Run(async () =>
        {
            // Drain answers while fuzzing, up to the documentSymbol answer below.
            await connection.ReadResponseAsync(1_000_099);
        });
        for (var i = 0; i < fuzzed; i++)
        {
            await connection.SendRawAsync(fuzz.NextMessage());
        }
        await connection.RequestAsync(1_000_099, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///s.txt" } });
        await reading.WaitAsync(TimeSpan.FromSeconds(120));
        TestContext.Out.WriteLine($"Process fuzz: {fuzzed} random messages after {bodies.Length} malformed ones.");
        await connection.RequestAsync(1_000_100, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///s.txt" } });
        var symbols = await connection.ReadResponseAsync(1_000_100);
        Assert.That((string?)symbols["result"]!.AsArray()[0]!["name"], Is.EqualTo("\uFFFDHeadline"));
        await connection.RequestAsync(1_000_101, "shutdown");
        await connection.ReadResponseAsync(1_000_101);
        await connection.NotifyAsync("exit");
        Assert.That(await WaitForExitAsync(process), Is.EqualTo(0), await stderr);
    }
}
