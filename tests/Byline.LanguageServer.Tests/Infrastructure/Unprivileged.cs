using System.Diagnostics;

namespace Byline.Tests.Shared;

/// <summary>Starts the server as nobody (see the shared part in tests/Shared).</summary>
public static partial class Unprivileged
{
    /// <summary>Starts <c>dotnet &lt;binaries&gt;/&lt;dll&gt; args</c> as nobody, with standard streams redirected.</summary>
    public static Process Start(string[] prefix, string binaries, string dll, params string[] args)
    {
        var start = new ProcessStartInfo(prefix[0]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in prefix[1..].Append("dotnet").Append(Path.Combine(binaries, dll)).Concat(args))
        {
            start.ArgumentList.Add(word);
        }
        // nobody has no writable home; the runtime must not try to create one.
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        return Process.Start(start)!;
    }
}
