using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Folding;

/// <summary><c>textDocument/foldingRange</c> (see <see cref="ArticleFolding"/>). Lines need no position encoding.</summary>
internal sealed class FoldingRangeHandler : IRequestHandler<FoldingRangeParams, FoldingRange[]?>
{
    public string Method => "textDocument/foldingRange";

    public RequestKind Kind => RequestKind.Read;

    public Task<FoldingRange[]?> HandleAsync(FoldingRangeParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.DocumentFor(request.TextDocument.Uri, cancellationToken) is not { } document)
        {
            return Task.FromResult<FoldingRange[]?>(null);
        }
        return Task.FromResult<FoldingRange[]?>(ArticleFolding.Build(document.Syntax.Blocks, document.Text));
    }
}
