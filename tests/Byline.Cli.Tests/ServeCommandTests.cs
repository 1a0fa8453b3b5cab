using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Byline.Cli.Tests;

public class ServeCommandTests
{
    [Test]
    public async Task Serve_stdio_answers_initialize_and_exits_0_after_shutdown_and_exit()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--stdio");
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var input = process.StandardInput.BaseStream;
        var output = process.StandardOutput.BaseStream;

        await Send(input, new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { processId = Environment.ProcessId, capabilities = new { } } });
        var initialized = await ReadResponse(output, 1);
        Assert.That(initialized.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString(), Is.EqualTo("byline"));

        await Send(input, new { jsonrpc = "2.0", id = 2, method = "shutdown" });
        await ReadResponse(output, 2);
        await Send(input, new { jsonrpc = "2.0", method = "exit" });

        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "the server exits");
        Assert.That(process.ExitCode, Is.EqualTo(0));
    }

    private static async Task Send(Stream stream, object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    /// <summary>Reads LSP messages until the response with <paramref name="id"/>, skipping notifications such as window/logMessage.</summary>
    private static async Task<JsonElement> ReadResponse(Stream stream, int id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var header = new StringBuilder();
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                var one = new byte[1];
                if (await stream.ReadAsync(one, timeout.Token) == 0)
                {
                    Assert.Fail("the server closed its output before answering");
                }
                header.Append((char)one[0]);
            }
            var length = int.Parse(header.ToString().Split("Content-Length:")[1].Split("\r\n")[0].Trim());
            var body = new byte[length];
            await stream.ReadExactlyAsync(body, timeout.Token);
            var message = JsonDocument.Parse(body).RootElement.Clone();
            if (message.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
            {
                return message;
            }
        }
    }
}
