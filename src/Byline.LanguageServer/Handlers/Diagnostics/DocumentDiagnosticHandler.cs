using System.Security.Cryptography;
using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Pull diagnostics (<c>textDocument/diagnostic</c>). The result id is a hash of the report's content, so
/// the client gets "unchanged" exactly when it already shows these diagnostics — also after edits that
/// did not move or change any of them.
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
            return Task.FromResult(new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, null, []));
        }
        cancellationToken.ThrowIfCancellationRequested();
        Byline.Text.PhaseTimer.Mark("pull diagnostics: start");
        Diagnostic[] items;
        using (Byline.Text.PhaseTimer.Once("pull diagnostics: parse, analyse, convert"))
        {
            items = FindingConverter.ToLsp(document.Diagnostics, uri, document.Text, context.Encoding, context.State.ClientShowsRelatedInformation);
        }
        cancellationToken.ThrowIfCancellationRequested();
        context.ThrowIfContentModified(uri, document);
        var resultId = ResultId(items);
        Byline.Text.PhaseTimer.Mark("pull diagnostics: answered");
        return Task.FromResult(resultId == request.PreviousResultId
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, resultId, null)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, resultId, items));
    }

    public static string ResultId(Diagnostic[] items)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(items, LspJsonContext.Default.DiagnosticArray);
        return Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 12));
    }
}
