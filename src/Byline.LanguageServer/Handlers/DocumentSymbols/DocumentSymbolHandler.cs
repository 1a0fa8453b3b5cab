using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.DocumentSymbols;

/// <summary><c>textDocument/documentSymbol</c>: the article outline (see <see cref="ArticleOutline"/>).</summary>
internal sealed class DocumentSymbolHandler : IRequestHandler<DocumentSymbolParams, DocumentSymbol[]?>
{
    public string Method => "textDocument/documentSymbol";

    public RequestKind Kind => RequestKind.Read;

    public Task<DocumentSymbol[]?> HandleAsync(DocumentSymbolParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.Snapshot.GetDocument(uri) is not { } document)
        {
            return Task.FromResult<DocumentSymbol[]?>(null);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var symbols = ArticleOutline.Build(document.Syntax.Blocks, document.Text, context.Encoding, document.Analysis?.Entities, document.Analysis?.Sourcing);
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<DocumentSymbol[]?>(symbols);
    }
}
