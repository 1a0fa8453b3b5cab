using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Byline.Cli.Tests;

/// <summary>
/// The <c>byline</c> .NET tool as a user installs it: the packages that <c>scripts/pack-tool.sh</c> writes, installed
/// with <c>dotnet tool install --tool-path</c>. On linux-x64 that must be the NativeAOT executable, and every command
/// must write what the portable JIT build (this test's own Byline.Cli.dll) writes, byte for byte. .ci/test-all.sh packs
/// the tool once and runs these with BYLINE_TOOL_PACKAGES set to the package folder; without it they are skipped.
/// </summary>
[Category("ToolPackage")]
[NonParallelizable]
public class ToolPackageTests
{
    private TempFolder? _toolPath;
    private string _byline = "";

    [OneTimeSetUp]
    public void Install()
    {
        var packages = Environment.GetEnvironmentVariable("BYLINE_TOOL_PACKAGES");
        if (string.IsNullOrEmpty(packages))
        {
            Assert.Ignore("set BYLINE_TOOL_PACKAGES to the folder scripts/pack-tool.sh wrote (.ci/test-all.sh does)");
        }
        _toolPath = new TempFolder();
        var install = BylineProcess.RunProgram(_toolPath.Path, "dotnet",
            "tool", "install", "--tool-path", _toolPath.Path, "--add-source", Path.GetFullPath(packages), "byline");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.Stdout + install.Stderr);
        _byline = Path.Combine(_toolPath.Path, "byline");
    }

    [OneTimeTearDown]
    public void Uninstall() => _toolPath?.Dispose();

    [Test]
    public void On_linux_x64_the_installed_byline_is_a_native_executable_that_loads_no_runtime()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            Assert.Ignore("only linux-x64 gets the native tool; other platforms install the portable build");
        }
        var executable = File.ResolveLinkTarget(_byline, returnFinalTarget: true)?.FullName ?? _byline;
        var header = File.ReadAllBytes(executable)[..4];
        Assert.That(header, Is.EqualTo(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' }), $"{executable} is an ELF executable");
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(executable)!, "*.dll"), Is.Empty, "no assemblies for a runtime to load");
        Assert.That(LoadedLibraries(_byline), Has.None.Contains("libcoreclr").And.None.Contains("libhostfxr").And.None.Contains("libclrjit"));
    }

    [Test]
    public void The_installed_tool_checks_a_newsroom_folder_and_reports_its_findings()
    {
        using var folder = NewsroomFolder();

        var result = BylineProcess.RunProgram(folder.Path, _byline, "check", ".");

        Assert.That(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(FindingOf), Is.EqualTo(new[]
        {
            "./harbour-fire.txt(5,13): warning BYL0008",
            "./harbour-fire.txt(7,1): warning BYL0001",
            "./politics/council-budget.md(5,1): warning BYL0001",
            "./politics/council-budget.md(9,1): warning BYL0002",
        }));
        Assert.That(result.Stderr, Does.Contain("4 finding(s) in 2 of 2 file(s)"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings));
    }

    public static IEnumerable<TestCaseData> Commands()
    {
        foreach (var format in CheckCommand.Formats)
        {
            yield return Case($"check seeds --format {format} --severity hint", "check", "seeds", "--format", format, "--severity", "hint");
            yield return Case($"check newsroom --format {format}", "check", "newsroom", "--format", format);
        }
        yield return Case("check of a missing path", "check", "newsroom/missing.txt");
        yield return Case("check --shard 2/3", "check", "seeds", "--format", "jsonl", "--shard", "2/3");
        yield return Case("analyze", "analyze", "seeds", "newsroom");
        yield return Case("report", "report", "seeds", "newsroom", "--title", "Desk");
        yield return Case("rules", "rules");
        yield return Case("rules --format json", "rules", "--format", "json");
        yield return Case("init", "init", "newsroom");
        yield return Case("--help", "--help");
        yield return Case("an unknown command", "frobnicate");
    }

    private static TestCaseData Case(string name, params string[] args) => new TestCaseData((object)args).SetName($"Native output equals the portable build's: {name}");

    [TestCaseSource(nameof(Commands))]
    public void Native_output_equals_the_portable_build(string[] args)
    {
        var native = RunInFreshFolder(_byline, [], args);
        var portable = RunInFreshFolder("dotnet", [Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll")], args);

        Assert.That(native.ExitCode, Is.EqualTo(portable.ExitCode));
        Assert.That(native.Stderr, Is.EqualTo(portable.Stderr));
        // jsonl lines come as articles finish, in any order; every other format is in path order.
        Assert.That(args.Contains("jsonl") ? Sorted(native.Stdout) : native.Stdout, Is.EqualTo(args.Contains("jsonl") ? Sorted(portable.Stdout) : portable.Stdout));
        Assert.That(native.Written, Is.EqualTo(portable.Written));
    }

    [Test]
    public async Task Native_serve_answers_initialize_as_the_portable_build_does()
    {
        using var native = JsonDocument.Parse(await InitializeAnswer(_byline));
        using var portable = JsonDocument.Parse(await InitializeAnswer("dotnet", Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll")));

        // The server's version carries the commit it was built from, which may differ between the two builds.
        var capabilities = native.RootElement.GetProperty("result").GetProperty("capabilities").GetRawText();
        Assert.That(capabilities, Is.EqualTo(portable.RootElement.GetProperty("result").GetProperty("capabilities").GetRawText()));
        Assert.That(native.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString(), Is.EqualTo("byline"));
    }

    private sealed record Run(int ExitCode, string Stdout, string Stderr, string Written);

    /// <summary>
    /// Runs in a new folder holding copies of seeds/ and the newsroom folder, so that init writes into a folder of
    /// its own; paths to each build's rule docs (next to its executable) read as BUILD/.
    /// </summary>
    private Run RunInFreshFolder(string program, string[] prefix, string[] args)
    {
        using var folder = NewsroomFolder("newsroom/");
        Directory.CreateDirectory(Path.Combine(folder.Path, "seeds"));
        foreach (var seed in Directory.GetFiles(BylineProcess.SeedsFolder))
        {
            File.Copy(seed, Path.Combine(folder.Path, "seeds", Path.GetFileName(seed)));
        }
        var result = BylineProcess.RunProgram(folder.Path, program, [.. prefix, .. args]);
        var config = Path.Combine(folder.Path, "newsroom", ".byline.yaml");
        var written = File.Exists(config) ? File.ReadAllText(config) : "";
        var build = program == "dotnet" ? AppContext.BaseDirectory : Path.GetDirectoryName(File.ResolveLinkTarget(_byline, true)?.FullName ?? _byline)!;
        string Neutral(string text) => Without(Without(text, build, "BUILD/"), folder.Path, "FOLDER/");
        return new Run(result.ExitCode, Neutral(result.Stdout), Neutral(result.Stderr), written);
    }

    /// <summary>The text with <paramref name="folder"/>, as a path or a file URI, replaced by <paramref name="name"/>.</summary>
    private static string Without(string text, string folder, string name)
    {
        var path = Path.TrimEndingDirectorySeparator(folder) + "/";
        return text.Replace(new Uri(path).AbsoluteUri, name).Replace(path, name);
    }

    private static string Sorted(string lines) => string.Join('\n', lines.Split('\n').Order(StringComparer.Ordinal));

    private static string FindingOf(string line) => line[..line.IndexOf(':', line.IndexOf(')') + 2)];

    /// <summary>Articles as a desk keeps them: Markdown and text in folders, with a README that is no article.</summary>
    private static TempFolder NewsroomFolder(string under = "")
    {
        var folder = new TempFolder();
        folder.Write($"{under}politics/council-budget.md", """
            # Council approves budget after long debate

            The city council approved a $4.2 million budget on Tuesday, Mayor Ana Torres said in a statement.

            The new spending plan will cut crime by half within two years.

            "We cannot wait any longer," one resident told the meeting.

            Critics say the plan is unaffordable, according to sources familiar with the matter.

            """);
        folder.Write($"{under}harbour-fire.txt", """
            Fire crews contain warehouse blaze at the harbour

            Firefighters contained a blaze at a harbour warehouse early on Sunday, the fire service said.

            "It was the the worst fire I have seen in years," said station manager Priya Nair.

            The fire was started deliberately.

            """);
        folder.Write($"{under}README.md", "Notes for the desk: not an article.\n");
        return folder;
    }

    /// <summary>The shared libraries a running <c>byline serve</c> has mapped, once it has answered <c>initialize</c>.</summary>
    private static string[] LoadedLibraries(string byline)
    {
        using var process = StartServe(byline);
        Exchange(process, Initialize).GetAwaiter().GetResult();
        var maps = File.ReadAllLines($"/proc/{process.Id}/maps").Where(line => line.Contains(".so")).ToArray();
        Stop(process);
        return maps;
    }

    private static async Task<string> InitializeAnswer(string program, params string[] prefix)
    {
        using var process = StartServe(program, prefix);
        var answer = await Exchange(process, Initialize);
        Stop(process);
        return answer;
    }

    private static readonly string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""";

    private static Process StartServe(string program, params string[] prefix)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[.. prefix, "serve", "--stdio"])
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Sends one LSP request and returns the body of the answer with its id, skipping notifications.</summary>
    private static async Task<string> Exchange(Process process, string request)
    {
        var body = Encoding.UTF8.GetBytes(request);
        var input = process.StandardInput.BaseStream;
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.BaseStream;
        while (true)
        {
            var header = new StringBuilder();
            var one = new byte[1];
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                Assert.That(await output.ReadAsync(one, timeout.Token), Is.EqualTo(1), "the server closed its output before answering");
                header.Append((char)one[0]);
            }
            var message = new byte[int.Parse(header.ToString().Split("Content-Length:")[1].Split("\r\n")[0].Trim())];
            await output.ReadExactlyAsync(message, timeout.Token);
            using var document = JsonDocument.Parse(message);
            if (document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.GetInt32() == 1)
            {
                return Encoding.UTF8.GetString(message);
            }
        }
    }

    private static void Stop(Process process)
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
