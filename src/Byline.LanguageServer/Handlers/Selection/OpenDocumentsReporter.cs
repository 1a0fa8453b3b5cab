using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Server;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Selection;

/// <summary>
/// Re-reports the open documents after the answer to "which documents are articles" changed: pushed again
/// (a document that stopped being an article gets an empty report), or the client is asked to pull again.
/// </summary>
public sealed class OpenDocumentsReporter(DiagnosticsPublisher diagnostics, LanguageClient client)
{
    /// <summary>Called from the mutation path.</summary>
    public void Report(WorkspaceSnapshot snapshot, ServerState state)
    {
        if (state.ClientPullsDiagnostics)
        {
            if (state.ClientRefreshesDiagnostics)
            {
                client.Request("workspace/diagnostic/refresh", null);
            }
            return;
        }
        foreach (var document in snapshot.OpenDocuments.Values.Concat(snapshot.OpenNonArticles.Values))
        {
            diagnostics.Schedule(document.Uri);
        }
    }
}
