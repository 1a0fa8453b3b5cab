using System.Diagnostics;

namespace Byline.Cli.Tests;

/// <summary>
/// examples/dask/byline_dask.py on a local Dask cluster of 2 workers on 127.0.0.1: the merged result of the
/// sharded run equals a single-process check, and its report.html a single-process report. Needs Debian python3-distributed (.ci/test-all.sh installs it
/// and sets BYLINE_REQUIRE_DASK=1, so that in CI a missing package fails instead of skipping).
/// </summary>
public class DaskExampleTests
{
    [Test]
    public void A_sharded_run_on_two_local_workers_merges_into_what_one_process_writes()
    {
        if (!PythonHasDistributed())
        {
            if (Environment.GetEnvironmentVariable("BYLINE_REQUIRE_DASK") == "1")
            {
                Assert.Fail("python3 cannot import distributed (apt-get install python3-distributed)");
            }
            Assert.Ignore("python3-distributed is not installed");
        }
        using var folder = new TempFolder();
        var byline = $"dotnet {Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll")}";
        var script = Path.Combine(BylineProcess.RepositoryRoot, "examples", "dask", "byline_dask.py");

        var run = RunPython(BylineProcess.RepositoryRoot, script, "seeds/", folder.Path, "--shards", "3", "--workers", "2", "--byline", byline);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        var sarif = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--format", "sarif");
        var text = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/");
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "byline.sarif")), Is.EqualTo(sarif.Stdout));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "byline.txt")), Is.EqualTo(text.Stdout));
        var report = BylineProcess.Run(BylineProcess.RepositoryRoot, "report", "seeds/");
        Assert.That(report.Stdout, Does.Contain("<html"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "report.html")), "the reduce writes the sourcing report");
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "report.html")), Is.EqualTo(report.Stdout));
        var shardLines = Enumerable.Range(1, 3).Select(i => File.ReadAllLines(Path.Combine(folder.Path, $"shard-{i}.jsonl")).Length).ToList();
        Assert.That(shardLines, Has.All.GreaterThan(0), "every worker checked a share");
        Assert.That(shardLines.Sum(), Is.EqualTo(Directory.GetFiles(BylineProcess.SeedsFolder, "*.txt").Length));
    }

    private static bool PythonHasDistributed()
    {
        try
        {
            return RunPython(BylineProcess.RepositoryRoot, "-c", "import distributed").ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no python3
        }
    }

    /// <summary>Debian's Python, where apt installs python3-distributed, before any other python3 on the PATH (pyenv).</summary>
    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static BylineProcess.Result RunPython(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Python) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("python3 did not finish within 5 minutes");
        }
        return new BylineProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
