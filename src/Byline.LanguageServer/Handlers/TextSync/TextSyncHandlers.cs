using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.TextSync;

/// <summary>
/// <c>textDocument/didOpen</c>: every document the client sends is kept in step; whether it is an article
/// (and gets diagnostics and the other features) is the workspace's <see cref="Byline.Workspace.ArticleSelection"/>'s answer.
/// </summary>
internal sealed class DidOpenHandler(DiagnosticsPublisher publisher, Selection.UnindexedFolderNotice notice) : INotificationHandler<DidOpenTextDocumentParams>
{
    public string Method => "textDocument/didOpen";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidOpenTextDocumentParams notification, RequestContext context)
    {
        PhaseTimer.Mark("didOpen");
        var document = notification.TextDocument;
        Byline.Workspace.WorkspaceSnapshot snapshot;
        using (PhaseTimer.Once("didOpen: open the document (selection, configuration, parse)"))
        {
            snapshot = context.State.Workspace.OpenDocument(document.Uri, document.Text, document.Version, document.LanguageId);
            context.State.Superseded.Supersede(document.Uri);
        }
        publisher.Schedule(document.Uri, immediately: true);
        using var phase = PhaseTimer.Once("didOpen: unindexed-folder notice");
        notice.AfterOpen(snapshot, document.Uri);
    }
}

/// <summary>
/// <c>textDocument/didChange</c> with incremental sync: each change's range is in positions of the text
/// after the previous change, so changes are applied one by one, in order.
/// </summary>
internal sealed class DidChangeHandler(DiagnosticsPublisher publisher) : INotificationHandler<DidChangeTextDocumentParams>
{
    public string Method => "textDocument/didChange";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidChangeTextDocumentParams notification, RequestContext context)
    {
        var uri = notification.TextDocument.Uri;
        var workspace = context.State.Workspace;
        var document = workspace.Current.GetEditorDocument(uri);
        if (document is null)
        {
            context.Log.Warning($"didChange for {uri}, which is not open; ignored.");
            return;
        }
        var version = notification.TextDocument.Version;
        if (document.Version is { } known && version <= known)
        {
            context.Log.Warning($"didChange for {uri} carries version {version}, not after the open version {known}; applied in arrival order.");
        }
        var problems = new List<string>();
        var text = ContentChanges.Apply(document.Text, notification.ContentChanges, context.Encoding, problems);
        foreach (var problem in problems)
        {
            context.Log.Warning($"didChange for {uri} (version {version}): {problem}. Applied at the nearest position; "
                + "the editor's text and the server's may now differ (close and reopen the file to send it again).");
        }
        workspace.ChangeDocument(uri, text, version);
        context.State.Superseded.Supersede(uri);
        publisher.Schedule(uri);
    }
}

/// <summary>
/// LSP content changes applied to a text: each change's range is in positions of the text after the
/// previous change, in the negotiated encoding; positions that do not exist are clamped.
/// </summary>
public static class ContentChanges
{
    /// <summary>
    /// Applies the changes in order. A range on a line the text does not have, or one that ends before it
    /// starts, still applies (clamped, nothing deleted), but it means the client's text and this one have
    /// drifted apart, so it is described in <paramref name="problems"/> for the log. A character past the
    /// end of an existing line is not a problem: LSP says it means the line's end.
    /// </summary>
    public static ArticleText Apply(
        ArticleText text, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding, List<string>? problems = null)
    {
        foreach (var change in changes)
        {
            if (change.Range is { } range && problems is not null && RangeProblem(text, range) is { } problem)
            {
                problems.Add(problem);
            }
            text = change.Range is null
                ? ArticleText.From(change.Text)
                : text.WithChanges([new TextChange(text.ToSpan(change.Range, encoding), change.Text)]);
        }
        return text;
    }

    private static string? RangeProblem(ArticleText text, Protocol.Range range)
    {
        var (start, end) = (range.Start, range.End);
        if (end.Line < start.Line || (end.Line == start.Line && end.Character < start.Character))
        {
            return $"the range {Show(start)}–{Show(end)} ends before it starts";
        }
        var lines = text.Lines.Count;
        return start.Line < 0 || start.Character < 0 || end.Line >= lines
            ? $"the range {Show(start)}–{Show(end)} lies outside the text, which has {lines} line{(lines == 1 ? "" : "s")}"
            : null;
    }

    private static string Show(Position position) => $"{position.Line}:{position.Character}";
}

internal sealed class DidCloseHandler(DiagnosticsPublisher publisher) : INotificationHandler<DidCloseTextDocumentParams>
{
    public string Method => "textDocument/didClose";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidCloseTextDocumentParams notification, RequestContext context)
    {
        context.State.Workspace.CloseDocument(notification.TextDocument.Uri);
        context.State.Superseded.Supersede(notification.TextDocument.Uri);
        publisher.Clear(notification.TextDocument.Uri);
        context.State.Reports.Forget(notification.TextDocument.Uri);
        context.State.Outlines.Forget(notification.TextDocument.Uri);
        context.State.SemanticTokens.Forget(notification.TextDocument.Uri);
        context.State.AddressBlocks.Forget(notification.TextDocument.Uri);
    }
}

/// <summary>Saving changes nothing the server knows (the open text already is the truth); kept so clients may send it.</summary>
internal sealed class DidSaveHandler : INotificationHandler<DidSaveTextDocumentParams>
{
    public string Method => "textDocument/didSave";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidSaveTextDocumentParams notification, RequestContext context)
    {
    }
}
