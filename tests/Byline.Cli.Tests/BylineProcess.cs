using System.Diagnostics;

namespace Byline.Cli.Tests;

/// <summary>Runs the real <c>byline</c> binary (Byline.Cli.dll from this test's output folder) as a user would.</summary>
public static class BylineProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    public static Result Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    /// <summary>As <see cref="Run"/>, with <paramref name="input"/> written to the process's standard input.</summary>
    public static Result RunWithInput(string workingDirectory, string? input, params string[] args) =>
        RunCore(workingDirectory, "dotnet", input, [Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll"), .. args]);

    /// <summary>Runs any program (e.g. script(1) around byline) with the same time limit and capture.</summary>
    public static Result RunProgram(string workingDirectory, string program, params string[] args) => RunCore(workingDirectory, program, null, args);

    private static Result RunCore(string workingDirectory, string program, string? input, string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within 2 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LangServer.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("LangServer.sln not found above the test folder");
    }
}

/// <summary>A temporary folder of article files, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("byline-cli-").FullName;

    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
