using Byline.LanguageServer.Handlers.DocumentSymbols;
using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.References;

/// <summary>
/// <c>textDocument/documentHighlight</c>: the entity's mentions in this article. The first mention and the
/// mentions that define an acronym are <c>Write</c> (where the article introduces the name), the others <c>Read</c>,
/// as are the descriptions linked to the entity ("the ministry"). From such a description, the same.
/// <para>
/// Editors ask for highlights at every move of the cursor, typing included, and the descriptions are found over the
/// whole article once per version: for a book-length article (<see cref="ArticleOutline.IsBookLength"/>; 1 MB of news
/// copy) that was ~15 processor-ms after each edit, so there highlights list the names alone, as its outline lists
/// its structure alone. References, which a user asks for, still list the descriptions.
/// </para>
/// </summary>
internal sealed class DocumentHighlightHandler : IRequestHandler<TextDocumentPositionParams, DocumentHighlight[]?>
{
    public string Method => "textDocument/documentHighlight";

    public RequestKind Kind => RequestKind.Read;

    public Task<DocumentHighlight[]?> HandleAsync(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (EntityNavigation.At(context, request.TextDocument, request.Position, cancellationToken) is not { } target)
        {
            return Task.FromResult<DocumentHighlight[]?>(null);
        }
        var first = target.Entity.FirstMention;
        DocumentHighlight[] highlights = [.. target.Entity.Mentions.Select(m => new DocumentHighlight(
            target.Document.Text.ToLspRange(m.Span, context.Encoding),
            m == first || m.IsDefinition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read)),
            .. DescriptionsShown(target).Select(d => new DocumentHighlight(
                target.Document.Text.ToLspRange(d.Span, context.Encoding), DocumentHighlightKind.Read))];
        context.ThrowIfContentModified(request.TextDocument.Uri, target.Document);
        return Task.FromResult<DocumentHighlight[]?>(highlights);
    }

    private static IEnumerable<Byline.Analysis.Entities.EntityDescription> DescriptionsShown(EntityTarget target) =>
        ArticleOutline.IsBookLength(target.Document.Syntax.Blocks) ? [] : EntityNavigation.DescriptionsOf(target.Document, target.Entity.Id);
}
