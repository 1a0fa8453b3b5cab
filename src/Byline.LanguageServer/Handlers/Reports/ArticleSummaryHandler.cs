using Byline.LanguageServer.Handlers.CodeLens;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Reports;

/// <summary>
/// <c>byline/articleSummary</c>: the headline lens's <see cref="SourcingSummary"/> as numbers (the VS Code client's
/// status-bar item shows the unattributed count), plus the article's finding count; <c>null</c> when the document
/// is not open or not an article.
/// </summary>
internal sealed class ArticleSummaryHandler : IRequestHandler<ArticleReportParams, ArticleSummary?>
{
    public string Method => "byline/articleSummary";

    public RequestKind Kind => RequestKind.Read;

    public Task<ArticleSummary?> HandleAsync(ArticleReportParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken, analysed: true) is not { Analysis: { } analysis } document)
        {
            return Task.FromResult<ArticleSummary?>(null);
        }
        var s = SourcingSummary.Of(analysis.Sourcing);
        var summary = new ArticleSummary(s.Claims, s.Attributed, s.Vague, s.Unattributed, s.AnonymousSources, document.Diagnostics.Length, s.ToString());
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<ArticleSummary?>(summary);
    }
}
