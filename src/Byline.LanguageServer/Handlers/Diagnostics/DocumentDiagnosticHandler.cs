using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Pull diagnostics (<c>textDocument/diagnostic</c>). The result id is a hash of the report's content, so
/// the client gets "unchanged" exactly when it already shows these diagnostics — also after edits that
/// did not move or change any of them. The report is made from the document's last one (<see cref="DocumentReports"/>)
/// and its JSON is written once, item by item, most items as the last report wrote them. A pull of a version that an
/// edit has already replaced answers ContentModified before any analysis, as it would after one; an edit that arrives
/// while the pull analyses stops that analysis between blocks (<see cref="SupersededVersions"/>), and the pull answers
/// ContentModified then.
/// </summary>
internal sealed class DocumentDiagnosticHandler : IRequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    public string Method => "textDocument/diagnostic";

    public RequestKind Kind => RequestKind.Read;

    public async Task<DocumentDiagnosticReport> HandleAsync(DocumentDiagnosticParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        var document = context.Snapshot.GetDocument(uri);
        if (document is null)
        {
            return new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, null, DiagnosticList.Empty);
        }
        await AfterPreload(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var superseded = context.State.Superseded.Of(uri);
        // A pull queued behind an edit of its document would analyse a version nobody will see: the client asks
        // again for the new one, so the stale pull answers at once and leaves the processor to the newer pull.
        context.ThrowIfContentModified(uri, document);
        Byline.Text.PhaseTimer.Mark("pull diagnostics: start");
        DocumentReport report;
        // All threads': a first analysis runs parts of itself on others.
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        using (Byline.Text.PhaseTimer.Once("pull diagnostics: parse, analyse, convert"))
        {
            report = Report(uri, document, context, cancellationToken, superseded);
        }
        HeapSettler.AfterPull(GC.GetTotalAllocatedBytes() - allocatedBefore);
        EntityFolds.AfterPull(document);
        cancellationToken.ThrowIfCancellationRequested();
        context.ThrowIfContentModified(uri, document);
        if (Byline.Text.PhaseTimer.Enabled)
        {
            // The collector's share of a keystroke: collections so far by generation, their pauses in total, all
            // the bytes allocated so far (the difference between two pulls is what a keystroke allocates).
            Byline.Text.PhaseTimer.Mark($"pull diagnostics: answered gc={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused={GC.GetTotalPauseDuration().TotalMilliseconds:F1}ms allocated={GC.GetTotalAllocatedBytes() / 1048576.0:F1}MB");
        }
        return report.ResultId == request.PreviousResultId
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, report.ResultId, null)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, report.ResultId, report.Items);
    }

    /// <summary>
    /// Waits for the built-in data the analysis needs and for the full collection the server's preload ends with, so
    /// that collection never pauses an analysis or falls between keystrokes (a preload thread starved on a busy
    /// machine could end after the first answer). A failed preload is not this request's error: the analysis loads
    /// what it needs itself, and reports what fails.
    /// </summary>
    internal static async Task AfterPreload(CancellationToken cancellationToken) =>
        await ServerPreload.Start().WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private static DocumentReport Report(string uri, Byline.Workspace.ArticleDocument document, RequestContext context, CancellationToken cancellationToken, CancellationToken superseded)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, superseded);
        try
        {
            return context.State.Reports.For(document, context.Encoding, context.State.DiagnosticForm, context.Snapshot.IsOpen(uri), either.Token);
        }
        catch (OperationCanceledException) when (superseded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A newer edit stopped the analysis: the client asks again for the new version.
            throw new StreamJsonRpc.LocalRpcException($"{uri} changed while the request ran.") { ErrorCode = LspErrorCodes.ContentModified };
        }
    }
}
