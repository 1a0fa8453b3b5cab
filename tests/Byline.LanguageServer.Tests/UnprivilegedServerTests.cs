using Byline.Tests.Shared;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// The server process as the unprivileged user <c>nobody</c> (CI runs as root, for whom <c>chmod 000</c> stops
/// nothing): an unreadable folder, article or configuration is reported, and <c>initialize</c> succeeds.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix file modes and the user nobody
public class UnprivilegedServerTests
{
    [Test]
    public async Task Unreadable_entries_are_reported_and_initialize_succeeds()
    {
        var prefix = Unprivileged.Prefix() ?? throw new IgnoreException(Unprivileged.Reason);
        var folder = Directory.CreateTempSubdirectory("byline-nobody-").FullName;
        var binaries = Unprivileged.CopyOfBinaries();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "locked"));
            File.WriteAllText(Path.Combine(folder, "locked", "hidden.txt"), "Hidden.\n");
            File.WriteAllText(Path.Combine(folder, "story.txt"), "Strike hits depot\n\nThe strike hit a depot, a coalition spokesperson said.\n");
            File.WriteAllText(Path.Combine(folder, "secret.txt"), "Secret.\n");
            File.WriteAllText(Path.Combine(folder, ".byline.yaml"), "rules: {}\n");
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(Path.Combine(folder, "story.txt"), (UnixFileMode)0b110_100_100);
            File.SetUnixFileMode(Path.Combine(folder, "locked"), UnixFileMode.None);
            File.SetUnixFileMode(Path.Combine(folder, "secret.txt"), UnixFileMode.None);
            File.SetUnixFileMode(Path.Combine(folder, ".byline.yaml"), UnixFileMode.None);

            using var process = Unprivileged.Start(prefix, binaries, "Byline.LanguageServer.dll", "--stdio");
            var stderr = process.StandardError.ReadToEndAsync();
            await using var connection = RawLspConnection.Over(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);

            await connection.RequestAsync(1, "initialize", new JsonObject
            {
                ["processId"] = null,
                ["capabilities"] = new JsonObject(),
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(folder).AbsoluteUri, ["name"] = "news" }),
            });
            var initialize = await connection.ReadResponseAsync(1);
            Assert.That(initialize["error"], Is.Null, initialize.ToJsonString());
            await connection.NotifyAsync("initialized", new JsonObject());

            var reported = new Dictionary<string, string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (reported.Count < 3)
            {
                var message = await connection.ReadMessageAsync(timeout.Token);
                if ((string?)message["method"] == "textDocument/publishDiagnostics" && message["params"]!["diagnostics"]!.AsArray() is { Count: > 0 } diagnostics)
                {
                    reported[Path.GetFileName(new Uri((string)message["params"]!["uri"]!).LocalPath)] = (string)diagnostics[0]!["code"]! + " " + (string)diagnostics[0]!["message"]!;
                }
            }
            process.Kill();
            Assert.That(reported["locked"], Does.StartWith("BYL9007 Not read: the folder cannot be read"));
            Assert.That(reported["secret.txt"], Does.StartWith("BYL9007 Not read: the file cannot be read"));
            Assert.That(reported[".byline.yaml"], Does.StartWith("BYL9004 The file cannot be read"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(binaries, recursive: true);
        }
    }
}
