using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.SemanticTokens;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: entity mentions (see <see cref="EntitySemanticTokens"/>), with a result id
/// that a later <c>full/delta</c> request may name (<see cref="DocumentSemanticTokens"/>). An open document's tokens are
/// made from its last ones when its mentions were moved from theirs (<see cref="EntitySemanticTokens.EncodeAll"/>).
/// </summary>
internal sealed class SemanticTokensFullHandler : IRequestHandler<SemanticTokensParams, Protocol.SemanticTokens?>
{
    public string Method => "textDocument/semanticTokens/full";

    public RequestKind Kind => RequestKind.Read;

    public Task<Protocol.SemanticTokens?> HandleAsync(SemanticTokensParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.DocumentFor(request.TextDocument.Uri, cancellationToken) is not { } document)
        {
            return Task.FromResult<Protocol.SemanticTokens?>(null);
        }
        var uri = request.TextDocument.Uri;
        var open = context.Snapshot.IsOpen(uri);
        var tokens = document.Analysis is { } analysis
            ? EntitySemanticTokens.EncodeAll(analysis.Entities, document.Text, context.Encoding, open ? context.State.SemanticTokens.Last(uri) : null)
            : EncodedTokens.None;
        context.ThrowIfContentModified(uri, document);
        var resultId = open ? context.State.SemanticTokens.Keep(uri, tokens) : null;
        return Task.FromResult<Protocol.SemanticTokens?>(new Protocol.SemanticTokens(tokens.Data.ToArray(), resultId));
    }
}

/// <summary>
/// <c>textDocument/semanticTokens/full/delta</c>: the edits from the result the client names to the document's tokens
/// now, or all of them when that result is not the one kept (<see cref="DocumentSemanticTokens.Answer"/>).
/// </summary>
internal sealed class SemanticTokensDeltaHandler : IRequestHandler<SemanticTokensDeltaParams, SemanticTokensDeltaResult?>
{
    public string Method => "textDocument/semanticTokens/full/delta";

    public RequestKind Kind => RequestKind.Read;

    public Task<SemanticTokensDeltaResult?> HandleAsync(SemanticTokensDeltaParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken) is not { } document)
        {
            return Task.FromResult<SemanticTokensDeltaResult?>(null);
        }
        var open = context.Snapshot.IsOpen(uri);
        var tokens = document.Analysis is { } analysis
            ? EntitySemanticTokens.EncodeAll(analysis.Entities, document.Text, context.Encoding, open ? context.State.SemanticTokens.Last(uri) : null)
            : EncodedTokens.None;
        context.ThrowIfContentModified(uri, document);
        var answer = open
            ? context.State.SemanticTokens.Answer(uri, request.PreviousResultId, tokens)
            : new SemanticTokensDeltaResult(null, tokens.Data.ToArray(), null);
        return Task.FromResult<SemanticTokensDeltaResult?>(answer);
    }
}

/// <summary><c>textDocument/semanticTokens/range</c>: the mentions that overlap the visible range.</summary>
internal sealed class SemanticTokensRangeHandler : IRequestHandler<SemanticTokensRangeParams, Protocol.SemanticTokens?>
{
    public string Method => "textDocument/semanticTokens/range";

    public RequestKind Kind => RequestKind.Read;

    public Task<Protocol.SemanticTokens?> HandleAsync(SemanticTokensRangeParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.DocumentFor(request.TextDocument.Uri, cancellationToken) is not { } document)
        {
            return Task.FromResult<Protocol.SemanticTokens?>(null);
        }
        var span = document.Text.ToSpan(request.Range, context.Encoding);
        var data = document.Analysis is { } analysis ? EntitySemanticTokens.Encode(analysis.Entities, document.Text, context.Encoding, span) : [];
        context.ThrowIfContentModified(request.TextDocument.Uri, document);
        return Task.FromResult<Protocol.SemanticTokens?>(new Protocol.SemanticTokens(data));
    }
}
