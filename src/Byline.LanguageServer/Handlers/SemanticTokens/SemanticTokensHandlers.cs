using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.SemanticTokens;

/// <summary><c>textDocument/semanticTokens/full</c>: entity mentions (see <see cref="EntitySemanticTokens"/>).</summary>
internal sealed class SemanticTokensFullHandler : IRequestHandler<SemanticTokensParams, Protocol.SemanticTokens?>
{
    public string Method => "textDocument/semanticTokens/full";

    public RequestKind Kind => RequestKind.Read;

    public Task<Protocol.SemanticTokens?> HandleAsync(SemanticTokensParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Snapshot.GetDocument(request.TextDocument.Uri) is not { } document)
        {
            return Task.FromResult<Protocol.SemanticTokens?>(null);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var data = document.Analysis is { } analysis ? EntitySemanticTokens.Encode(analysis.Entities, document.Text, context.Encoding) : [];
        context.ThrowIfContentModified(request.TextDocument.Uri, document);
        return Task.FromResult<Protocol.SemanticTokens?>(new Protocol.SemanticTokens(data));
    }
}

/// <summary><c>textDocument/semanticTokens/range</c>: the mentions that overlap the visible range.</summary>
internal sealed class SemanticTokensRangeHandler : IRequestHandler<SemanticTokensRangeParams, Protocol.SemanticTokens?>
{
    public string Method => "textDocument/semanticTokens/range";

    public RequestKind Kind => RequestKind.Read;

    public Task<Protocol.SemanticTokens?> HandleAsync(SemanticTokensRangeParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Snapshot.GetDocument(request.TextDocument.Uri) is not { } document)
        {
            return Task.FromResult<Protocol.SemanticTokens?>(null);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var span = document.Text.ToSpan(request.Range, context.Encoding);
        var data = document.Analysis is { } analysis ? EntitySemanticTokens.Encode(analysis.Entities, document.Text, context.Encoding, span) : [];
        context.ThrowIfContentModified(request.TextDocument.Uri, document);
        return Task.FromResult<Protocol.SemanticTokens?>(new Protocol.SemanticTokens(data));
    }
}
