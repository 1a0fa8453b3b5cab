using System.Diagnostics;
using Byline.Cli.Tests;
using NUnit.Framework;

namespace Byline.Tests.Shared;

/// <summary>Runs <c>byline</c> as nobody (see the shared part in tests/Shared).</summary>
public static partial class Unprivileged
{
    public static BylineProcess.Result Run(string[] prefix, string binaries, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(prefix[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var word in prefix[1..])
        {
            start.ArgumentList.Add(word);
        }
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(binaries, "Byline.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // nobody has no writable home; the runtime must not try to create one.
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"byline {string.Join(' ', args)} as nobody did not finish within 2 minutes");
        }
        return new BylineProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
