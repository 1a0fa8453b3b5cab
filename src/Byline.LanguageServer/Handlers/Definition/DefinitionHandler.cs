using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Text;
using Byline.Workspace;
using Byline.Workspace.Entities;

namespace Byline.LanguageServer.Handlers.Definition;

/// <summary>
/// <c>textDocument/definition</c> on an entity mention: its entry in the workspace's <c>.byline/entities.yaml</c>
/// (the nearest file that has the id) when there is one, else its first mention in the article.
/// </summary>
internal sealed class DefinitionHandler : IRequestHandler<TextDocumentPositionParams, Location[]?>
{
    public string Method => "textDocument/definition";

    public RequestKind Kind => RequestKind.Read;

    public Task<Location[]?> HandleAsync(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (EntityNavigation.At(context, request.TextDocument, request.Position, cancellationToken) is not { } target)
        {
            return Task.FromResult<Location[]?>(null);
        }
        var location = KnowledgeBaseLocation(context.Snapshot, target, context.Encoding)
            ?? EntityNavigation.ToLocation(target.Document, target.Entity.FirstMention.Span, context.Encoding);
        context.ThrowIfContentModified(request.TextDocument.Uri, target.Document);
        return Task.FromResult<Location[]?>([location]);
    }

    /// <summary>The entry's <c>id</c> in the workspace knowledge base; the editor's text of that file is not consulted (the server does not track it).</summary>
    public static Location? KnowledgeBaseLocation(WorkspaceSnapshot snapshot, EntityTarget target, PositionEncoding encoding)
    {
        if (!target.Entity.IsKnown || EntityDefinitions.Find(snapshot, target.Document, target.Entity.Id) is not { } definition)
        {
            return null;
        }
        var text = ArticleText.From(definition.FileText);
        return new Location(DocumentUris.FromFilePath(definition.Path), text.ToLspRange(definition.Span, encoding));
    }
}
