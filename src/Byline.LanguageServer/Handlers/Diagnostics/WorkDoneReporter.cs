using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Work-done progress on the token a request carries (<c>workDoneToken</c>): one begin, a report each time the
/// percentage moves (at most a hundred, however many articles), and one end. Without a token it sends nothing.
/// </summary>
internal sealed class WorkDoneReporter(LanguageClient client, JsonElement? token, int total)
{
    private int _lastPercentage = -1;

    public Task BeginAsync(string title) => SendAsync(new WorkDoneProgress(WorkDoneProgress.Begin, title, Cancellable: false, Message: Counted(0), Percentage: 0));

    /// <summary>Says that <paramref name="done"/> of the articles are checked, when that moves the percentage.</summary>
    public Task ReportAsync(int done)
    {
        var percentage = total == 0 ? 100 : Math.Min(100, done * 100 / total);
        if (percentage == _lastPercentage)
        {
            return Task.CompletedTask;
        }
        _lastPercentage = percentage;
        return SendAsync(new WorkDoneProgress(WorkDoneProgress.Report, Message: Counted(done), Percentage: percentage));
    }

    public Task EndAsync(string message) => SendAsync(new WorkDoneProgress(WorkDoneProgress.End, Message: message));

    private string Counted(int done) => $"{done}/{total} articles";

    private Task SendAsync(WorkDoneProgress value) =>
        token is { ValueKind: JsonValueKind.String or JsonValueKind.Number } valid
            ? client.NotifyAsync("$/progress", new ProgressParams(valid, value))
            : Task.CompletedTask;
}
