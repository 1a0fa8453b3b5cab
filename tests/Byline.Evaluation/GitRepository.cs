using System.Diagnostics;

namespace Byline.Evaluation;

/// <summary>
/// Reads a corpus kept as a git repository (GUM's mirror may be bare): the output of one git command, or an error that
/// names the command and git's own message (a missing commit or file is never read as an empty text).
/// </summary>
internal static class GitRepository
{
    public static string Output(string repo, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repo);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new IOException($"git {string.Join(' ', args)} failed in {repo}: {error.Result.Trim()}");
        }
        return output;
    }
}
