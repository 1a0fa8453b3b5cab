using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.DocumentSymbols;

/// <summary><c>textDocument/documentSymbol</c>: the article outline (see <see cref="ArticleOutline"/>), made from the open document's last one where its blocks are as they were (<see cref="OutlineBlocks"/>).</summary>
internal sealed class DocumentSymbolHandler : IRequestHandler<DocumentSymbolParams, DocumentSymbolList?>
{
    public string Method => "textDocument/documentSymbol";

    public RequestKind Kind => RequestKind.Read;

    public Task<DocumentSymbolList?> HandleAsync(DocumentSymbolParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken) is not { } document)
        {
            return Task.FromResult<DocumentSymbolList?>(null);
        }
        DocumentSymbolList Build(OutlineBlocks? kept) => Outline(document, context, kept);
        // An open document's block symbols are kept for its next outline (asked after every change); a closed one's are not.
        var symbols = context.Snapshot.IsOpen(uri) ? context.State.Outlines.With(uri, Build) : Build(null);
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<DocumentSymbolList?>(symbols);
    }

    /// <summary>The outline of <paramref name="document"/> as analysed, made from <paramref name="kept"/> where its blocks are as they were.</summary>
    internal static DocumentSymbolList Outline(ArticleDocument document, RequestContext context, OutlineBlocks? kept)
    {
        var analysis = document.Analysis;
        return ArticleOutline.Build(document.Syntax.Blocks, document.Text, context.Encoding, analysis?.Entities, analysis?.Sourcing, kept);
    }
}
