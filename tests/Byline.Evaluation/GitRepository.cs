using System.Diagnostics;

namespace Byline.Evaluation;

/// <summary>Reads a corpus kept as a git repository (GUM's mirror may be bare): the output of one git command.</summary>
internal static class GitRepository
{
    public static string Output(string repo, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repo);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
