using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Hover;

/// <summary>
/// <c>textDocument/hover</c>: an entity mention (see <see cref="EntityHoverContent"/>), else an attribution source,
/// else the sentence's sourcing and why (see <see cref="SentenceHoverContent"/>).
/// </summary>
internal sealed class HoverHandler : IRequestHandler<TextDocumentPositionParams, Protocol.Hover?>
{
    public string Method => "textDocument/hover";

    public RequestKind Kind => RequestKind.Read;

    public Task<Protocol.Hover?> HandleAsync(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (context.DocumentFor(request.TextDocument.Uri, cancellationToken, analysed: true) is not { Analysis: { } analysis } document)
        {
            return Task.FromResult<Protocol.Hover?>(null);
        }
        var text = document.Text;
        var offset = EntityNavigation.OffsetOf(document, request.Position, context.Encoding);
        Protocol.Hover? hover = null;
        if (analysis.Entities.MentionAt(offset) is { } mention && analysis.Entities.Find(mention.EntityId) is { } entity)
        {
            var markdown = EntityHoverContent.Build(entity, analysis.Entities, text, analysis.Sourcing);
            hover = new Protocol.Hover(new MarkupContent(MarkupContent.Markdown, markdown), text.ToLspRange(mention.Span, context.Encoding));
        }
        else
        {
            var spoken = analysis.Sourcing.Attributions.Where(a => a.Source is { } s && s.Span.Start <= offset && offset <= s.Span.End).ToList();
            if (spoken.Count > 0)
            {
                var source = spoken[0].Source!;
                var same = analysis.Sourcing.Attributions.Where(a => a.Source is { } s && s.Span == source.Span).ToList();
                var markdown = EntityHoverContent.BuildForSource(source, same, text);
                hover = new Protocol.Hover(new MarkupContent(MarkupContent.Markdown, markdown), text.ToLspRange(source.Span, context.Encoding));
            }
            else if (SentenceHoverContent.IndexAt(analysis.Sourcing, offset) is >= 0 and var index)
            {
                var markdown = SentenceHoverContent.Build(analysis, index, text, document.Diagnostics);
                hover = new Protocol.Hover(new MarkupContent(MarkupContent.Markdown, markdown), text.ToLspRange(analysis.Sourcing.Sentences[index].Span, context.Encoding));
            }
        }
        context.ThrowIfContentModified(request.TextDocument.Uri, document);
        return Task.FromResult(hover);
    }
}
