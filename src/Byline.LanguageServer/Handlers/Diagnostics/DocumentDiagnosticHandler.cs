using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Pull diagnostics (<c>textDocument/diagnostic</c>). The result id is a hash of the report's content, so
/// the client gets "unchanged" exactly when it already shows these diagnostics — also after edits that
/// did not move or change any of them. The report is made from the document's last one (<see cref="DocumentReports"/>)
/// and its JSON is written once, item by item, most items as the last report wrote them.
/// </summary>
internal sealed class DocumentDiagnosticHandler : IRequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    public string Method => "textDocument/diagnostic";

    public RequestKind Kind => RequestKind.Read;

    /// <summary>A file that is not open may be an article on disk that the folder walk has not reached yet.</summary>
    public bool NeedsFolderIndex(DocumentDiagnosticParams request, Byline.Workspace.WorkspaceSnapshot snapshot) => snapshot.GetDocument(request.TextDocument.Uri) is null;

    public Task<DocumentDiagnosticReport> HandleAsync(DocumentDiagnosticParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        var document = context.Snapshot.GetDocument(uri);
        if (document is null)
        {
            return Task.FromResult(new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, null, DiagnosticList.Empty));
        }
        cancellationToken.ThrowIfCancellationRequested();
        Byline.Text.PhaseTimer.Mark("pull diagnostics: start");
        DocumentReport report;
        using (Byline.Text.PhaseTimer.Once("pull diagnostics: parse, analyse, convert"))
        {
            report = context.State.Reports.For(document, context.Encoding, context.State.ClientShowsRelatedInformation, context.Snapshot.IsOpen(uri));
        }
        cancellationToken.ThrowIfCancellationRequested();
        context.ThrowIfContentModified(uri, document);
        Byline.Text.PhaseTimer.Mark("pull diagnostics: answered");
        return Task.FromResult(report.ResultId == request.PreviousResultId
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, report.ResultId, null)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, report.ResultId, report.Items));
    }
}
