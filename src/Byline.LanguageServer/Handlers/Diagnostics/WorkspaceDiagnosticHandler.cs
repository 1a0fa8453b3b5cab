using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Pull diagnostics for every article of the workspace (<c>workspace/diagnostic</c>): open documents and, in a
/// folder with a <c>.byline.yaml</c>, every article file on disk. Each document's result id is the hash that
/// <c>textDocument/diagnostic</c> gives, so a report the client already has comes back as "unchanged". Reading
/// and analysing a large folder takes a while: the request reports work-done progress on the client's token and
/// stops between articles when it is cancelled. A document the client still holds a report for but that is no
/// article of the workspace any more is reported empty.
/// </summary>
/// <param name="afterArticle">Awaited after each article (<see cref="BylineServerOptions.AfterWorkspaceArticle"/>: a seam for tests).</param>
internal sealed class WorkspaceDiagnosticHandler(LanguageClient client, Func<int, CancellationToken, Task>? afterArticle = null) : IRequestHandler<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport>
{
    public string Method => "workspace/diagnostic";

    public RequestKind Kind => RequestKind.Read;

    public bool NeedsFolderIndex(WorkspaceDiagnosticParams request, Byline.Workspace.WorkspaceSnapshot snapshot) => true;

    public async Task<WorkspaceDiagnosticReport> HandleAsync(WorkspaceDiagnosticParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var known in request.PreviousResultIds)
        {
            previous.TryAdd(DocumentUris.Key(known.Uri), known.Value);
        }
        var snapshot = context.Snapshot;
        var progress = new WorkDoneReporter(client, request.WorkDoneToken, snapshot.ArticleCountAtMost);
        var reports = new List<WorkspaceDocumentDiagnosticReport>();
        await progress.BeginAsync("Byline: checking articles");
        try
        {
            foreach (var document in snapshot.Documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reports.Add(Report(document, context, previous));
                await progress.ReportAsync(reports.Count);
                if (afterArticle is not null)
                {
                    await afterArticle(reports.Count, cancellationToken);
                }
            }
        }
        finally
        {
            await progress.EndAsync(cancellationToken.IsCancellationRequested ? "Cancelled" : $"{reports.Count} articles checked");
        }
        AddCleared(reports, request.PreviousResultIds);
        return new WorkspaceDiagnosticReport([.. reports]);
    }

    /// <summary>
    /// A document the client holds a report for that is no article of the workspace any more (closed in a folder
    /// that is not indexed, deleted, excluded) is reported empty: clients keep a workspace report until told
    /// otherwise, so its problems would stay listed.
    /// </summary>
    private static void AddCleared(List<WorkspaceDocumentDiagnosticReport> reports, IEnumerable<PreviousResultId> known)
    {
        var reported = new HashSet<string>(reports.Select(r => DocumentUris.Key(r.Uri)), StringComparer.Ordinal);
        foreach (var previous in known)
        {
            if (reported.Add(DocumentUris.Key(previous.Uri)))
            {
                reports.Add(new WorkspaceDocumentDiagnosticReport(DocumentDiagnosticReport.Full, previous.Uri, null, null, DiagnosticList.Empty));
            }
        }
    }

    private static WorkspaceDocumentDiagnosticReport Report(ArticleDocument document, RequestContext context, Dictionary<string, string> previous)
    {
        var open = context.Snapshot.IsOpen(document.Uri);
        var report = context.State.Reports.For(document, context.Encoding, context.State.DiagnosticForm, open);
        var (items, resultId) = (report.Items, report.ResultId);
        var version = open ? document.Version : null;
        return previous.GetValueOrDefault(DocumentUris.Key(document.Uri)) == resultId
            ? new WorkspaceDocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, document.Uri, version, resultId, null)
            : new WorkspaceDocumentDiagnosticReport(DocumentDiagnosticReport.Full, document.Uri, version, resultId, items);
    }
}
