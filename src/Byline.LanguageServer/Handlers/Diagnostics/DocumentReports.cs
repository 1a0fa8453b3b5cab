using System.Collections.Concurrent;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// The last diagnostics report of each open document, which the next report of that document is made from
/// (<see cref="DocumentReport"/>). Reads run in parallel: a report is immutable, and when two reads of one
/// document race, either's report may stay, both being right for their snapshot. Dropped when the document closes.
/// </summary>
public sealed class DocumentReports
{
    private readonly ConcurrentDictionary<string, DocumentReport> _last = new(StringComparer.Ordinal);

    /// <summary>The report of <paramref name="document"/>, made from its last one, which it replaces when the document is open.</summary>
    /// <param name="cancellationToken">Stops the document's analysis midway (see <see cref="ArticleDocument.GetAnalysis"/>).</param>
    public DocumentReport For(ArticleDocument document, PositionEncoding encoding, DiagnosticForm form, bool open, CancellationToken cancellationToken = default)
    {
        var key = DocumentUris.Key(document.Uri);
        var report = DocumentReport.Create(document, encoding, form, _last.GetValueOrDefault(key), cancellationToken);
        if (open)
        {
            _last[key] = report;
        }
        return report;
    }

    public void Forget(string uri) => _last.TryRemove(DocumentUris.Key(uri), out _);
}
