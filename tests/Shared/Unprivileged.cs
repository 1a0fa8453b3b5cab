using System.Diagnostics;
using NUnit.Framework;

namespace Byline.Tests.Shared;

/// <summary>
/// Runs <c>byline</c> as the unprivileged user <c>nobody</c>, so that permissions mean something when the tests
/// run as root (as in CI), with <c>setpriv</c> or else <c>runuser</c>. This part is compiled into both the CLI and
/// the server test projects; each adds how it starts its own program.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix file modes and the user nobody
public static partial class Unprivileged
{
    public const string Reason = "Needs root and setpriv or runuser to run byline as 'nobody' (as a normal user, chmod 000 cannot be undone by the test's cleanup).";

    /// <summary>The command words that run a program as nobody, or null when this cannot be done here.</summary>
    public static string[]? Prefix()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return null;
        }
        string[]? prefix = Exists("setpriv") ? ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
            : Exists("runuser") ? ["runuser", "-u", "nobody", "--"]
            : null;
        if (prefix is not null && !CanRunDotnet(prefix, out var why))
        {
            // E.g. an SDK installed under /root, which nobody cannot enter: say so rather than fail.
            throw new IgnoreException($"'nobody' cannot run dotnet here: {why}");
        }
        return prefix;
    }

    private static bool CanRunDotnet(string[] prefix, out string why)
    {
        var start = new ProcessStartInfo(prefix[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in prefix[1..].Append("dotnet").Append("--list-runtimes"))
        {
            start.ArgumentList.Add(word);
        }
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        why = error.Trim();
        return process.ExitCode == 0;
    }

    /// <summary>
    /// A copy of the test's output folder that nobody can read: the checkout may sit below a folder only root
    /// may enter (such as /root). Deleted by the caller.
    /// </summary>
    public static string CopyOfBinaries()
    {
        var copy = Directory.CreateTempSubdirectory("byline-nobody-bin-").FullName;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        OpenToEveryone(copy);
        return copy;
    }

    /// <summary>Lets nobody reach the folder: temporary folders are created for their owner only.</summary>
    public static void OpenToEveryone(string folder)
    {
        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(folder, open);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? open : open & ~(UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute));
        }
    }

    private static bool Exists(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, command)));
}
