using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Workspace;

/// <summary>
/// Article, <c>.byline.yaml</c> and review ledger files changed on disk; open documents keep the editor's
/// text. A configuration or ledger change can change every open document's diagnostics, so they are
/// re-reported (pushed again, or the client is asked to pull again).
/// </summary>
internal sealed class DidChangeWatchedFilesHandler(DiagnosticsPublisher diagnostics, FileProblemsPublisher fileProblems, LanguageClient client)
    : INotificationHandler<DidChangeWatchedFilesParams>
{
    public string Method => "workspace/didChangeWatchedFiles";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(DidChangeWatchedFilesParams notification, RequestContext context)
    {
        var paths = notification.Changes.Select(c => Byline.Workspace.DocumentUris.ToFilePath(c.Uri)).OfType<string>().ToList();
        var snapshot = context.State.Workspace.FilesChanged(notification.Changes.Select(c => c.Uri));
        if (!paths.Any(p => Path.GetFileName(p) == Byline.Workspace.BylineConfig.FileName || Byline.Workspace.ReviewLedger.IsLedger(p)
            || Byline.Workspace.ArticleWorkspace.IsEntitiesFile(p)))
        {
            return;
        }
        fileProblems.Publish(snapshot, context.Encoding);
        if (context.State.ClientPullsDiagnostics)
        {
            if (context.State.ClientRefreshesDiagnostics)
            {
                client.Request("workspace/diagnostic/refresh", null);
            }
            return;
        }
        // Documents that stopped being articles (a new .byline.yaml's globs) get an empty report.
        foreach (var document in snapshot.OpenDocuments.Values.Concat(snapshot.OpenNonArticles.Values))
        {
            diagnostics.Schedule(document.Uri);
        }
    }
}
