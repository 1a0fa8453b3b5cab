using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Hover;

/// <summary>
/// <c>textDocument/hover</c>: an entity mention (see <see cref="EntityHoverContent"/>), else an attribution source,
/// else the sentence's sourcing and why (see <see cref="SentenceHoverContent"/>); on a description that refers to a
/// party without naming it ("the ministry"), followed by the entity it is thought to refer to.
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
        if (analysis.Entities.MentionAt(offset) is null)
        {
            hover = WithDescription(hover, analysis, offset, text, context.Encoding);
        }
        context.ThrowIfContentModified(request.TextDocument.Uri, document);
        return Task.FromResult(hover);
    }

    /// <summary>
    /// On a description that refers to a party without naming it ("the ministry"), the source's or sentence's hover
    /// followed by which entity it is thought to refer to (or its type when unlinked).
    /// </summary>
    private static Protocol.Hover? WithDescription(Protocol.Hover? hover, Byline.Analysis.ArticleAnalysis analysis, int offset, Byline.Text.ArticleText text, Byline.Text.PositionEncoding encoding)
    {
        if (analysis.Descriptions.At(offset) is not { } description)
        {
            return hover;
        }
        var described = description.EntityId is { } id ? analysis.Entities.Find(id) : null;
        var markdown = EntityHoverContent.BuildForDescription(description, described, text);
        return hover is null
            ? new Protocol.Hover(new MarkupContent(MarkupContent.Markdown, markdown), text.ToLspRange(description.Span, encoding))
            : hover with { Contents = new MarkupContent(MarkupContent.Markdown, hover.Contents.Value + "\n\n---\n\n" + markdown) };
    }
}
