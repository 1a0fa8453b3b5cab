using System.Diagnostics;

namespace Byline.LanguageServer.Server;

/// <summary>
/// Ends the server when the editor that started it is gone (LSP <c>initialize.processId</c>), so a crashed
/// editor does not leave servers behind.
/// </summary>
internal static class ParentProcessWatcher
{
    public static async Task WaitForExitAsync(int processId, TimeSpan interval, CancellationToken cancellationToken)
    {
        // The first check waits one interval, so that the answer to initialize goes out before a dead
        // client ends the server.
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            if (!IsRunning(processId))
            {
                return;
            }
        }
    }

    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no process with that id
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
