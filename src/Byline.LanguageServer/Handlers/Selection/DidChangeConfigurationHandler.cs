using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Selection;

/// <summary>
/// <c>workspace/didChangeConfiguration</c> with the client's <c>byline</c> settings: <c>files</c>, globs that
/// narrow which open documents are checked (empty: no narrowing), and <c>inlayHints</c>, whether inlay hints are
/// given (the client asks for them again). The same values may come in <c>initializationOptions</c>, so documents
/// opened before the first change are right; a setting left out keeps its value.
/// </summary>
internal sealed class DidChangeConfigurationHandler(OpenDocumentsReporter reporter) : INotificationHandler<DidChangeConfigurationParams>
{
    public string Method => "workspace/didChangeConfiguration";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidChangeConfigurationParams notification, RequestContext context)
    {
        if (notification.Settings is not { ValueKind: JsonValueKind.Object } settings || !settings.TryGetProperty("byline", out var byline))
        {
            return;
        }
        if (EditorSettings.InlayHints(byline) is { } inlayHints)
        {
            context.State.InlayHintsEnabled = inlayHints;
        }
        if (EditorSettings.Files(byline) is { } files)
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

    /// <summary>The <c>inlayHints</c> switch of a <c>byline</c> settings object, or null when it has none (or not a boolean).</summary>
    public static bool? InlayHints(JsonElement section) =>
        section.ValueKind == JsonValueKind.Object && section.TryGetProperty("inlayHints", out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;
}
