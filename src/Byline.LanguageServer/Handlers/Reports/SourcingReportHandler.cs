using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Reports;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Reports;

/// <summary>
/// <c>byline/sourcingReport</c>: the HTML report <c>byline report</c> writes (<see cref="HtmlReport"/>: no scripts,
/// a strict Content-Security-Policy, every piece of text escaped) for one open article, as the document now reads,
/// unsaved edits included; <c>null</c> when the document is not open or not an article.
/// </summary>
internal sealed class SourcingReportHandler : IRequestHandler<ArticleReportParams, SourcingReport?>
{
    public string Method => "byline/sourcingReport";

    public RequestKind Kind => RequestKind.Read;

    public Task<SourcingReport?> HandleAsync(ArticleReportParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken, analysed: true) is not { } document)
        {
            return Task.FromResult<SourcingReport?>(null);
        }
        var name = DisplayName(uri);
        var title = $"Sourcing report: {name}";
        var html = HtmlReport.Render(title, [ArticleFigures.From(name, document)]);
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<SourcingReport?>(new SourcingReport(title, html));
    }

    /// <summary>The file's name (an untitled document's URI as it is): the report shows one article.</summary>
    internal static string DisplayName(string uri) =>
        DocumentUris.ToFilePath(uri) is { } path ? Path.GetFileName(path) : uri;
}
