using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Selection;

/// <summary>
/// <c>workspace/didChangeConfiguration</c> with the client's <c>byline</c> settings. Only <c>files</c> matters
/// to the server: globs that narrow which open documents are checked (empty: no narrowing). The same
/// value may come in <c>initializationOptions</c>, so documents opened before the first change are right.
/// </summary>
internal sealed class DidChangeConfigurationHandler(OpenDocumentsReporter reporter) : INotificationHandler<DidChangeConfigurationParams>
{
    public string Method => "workspace/didChangeConfiguration";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidChangeConfigurationParams notification, RequestContext context)
    {
        if (notification.Settings is { ValueKind: JsonValueKind.Object } settings && settings.TryGetProperty("byline", out var byline)
            && EditorSettings.Files(byline) is { } files)
        {
            var before = context.State.Workspace.Selection.Narrowing;
            var snapshot = context.State.Workspace.SetNarrowing(files);
            if (!before.SequenceEqual(context.State.Workspace.Selection.Narrowing))
            {
                reporter.Report(snapshot, context.State);
            }
        }
    }
}

/// <summary>Reads the client's <c>byline</c> settings; a value of the wrong shape is ignored (the client reports it to the user).</summary>
public static class EditorSettings
{
    /// <summary>The <c>files</c> globs of a <c>byline</c> settings object, or null when it has none (or not a list of strings).</summary>
    public static string[]? Files(JsonElement section)
    {
        if (section.ValueKind != JsonValueKind.Object || !section.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return [.. files.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!)];
    }
}
