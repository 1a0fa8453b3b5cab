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
        var text = ContentChanges.Apply(document.Text, notification.ContentChanges, context.Encoding);
        workspace.ChangeDocument(uri, text, notification.TextDocument.Version);
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
    public static ArticleText Apply(ArticleText text, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        foreach (var change in changes)
        {
            text = change.Range is null
                ? ArticleText.From(change.Text)
                : text.WithChanges([new TextChange(text.ToSpan(change.Range, encoding), change.Text)]);
        }
        return text;
    }
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
