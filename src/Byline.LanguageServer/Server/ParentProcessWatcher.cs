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
        using var timer = new PeriodicTimer(interval);
        do
        {
            if (!IsRunning(processId))
            {
                return;
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
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
