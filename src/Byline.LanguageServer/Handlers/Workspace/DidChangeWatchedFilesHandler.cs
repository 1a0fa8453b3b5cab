using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Workspace;

/// <summary>Article and <c>.byline.yaml</c> files changed on disk; open documents keep the editor's text.</summary>
internal sealed class DidChangeWatchedFilesHandler : INotificationHandler<DidChangeWatchedFilesParams>
{
    public string Method => "workspace/didChangeWatchedFiles";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidChangeWatchedFilesParams notification, RequestContext context) =>
        context.State.Workspace.FilesChanged(notification.Changes.Select(c => c.Uri));
}
