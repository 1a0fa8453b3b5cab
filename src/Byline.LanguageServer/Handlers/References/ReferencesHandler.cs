using Byline.LanguageServer.Handlers.Definition;
using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.References;

/// <summary>
/// <c>textDocument/references</c>: every mention of the entity (names, aliases, acronyms, surnames, metonyms) in
/// every article of the workspace, from the snapshot's <see cref="Byline.Workspace.Entities.EntityIndex"/>. The
/// declaration is what go to definition shows: the knowledge-base entry if the workspace has one, else the first
/// mention in this article; <c>includeDeclaration: false</c> leaves it out. The descriptions linked to the entity
/// ("the ministry") in the same articles follow their names; from such a description, the same answer.
/// </summary>
internal sealed class ReferencesHandler : IRequestHandler<ReferenceParams, Location[]?>
{
    public string Method => "textDocument/references";

    public RequestKind Kind => RequestKind.Read;

    public bool NeedsFolderIndex(ReferenceParams request, Byline.Workspace.WorkspaceSnapshot snapshot) => true;

    public Task<Location[]?> HandleAsync(ReferenceParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (EntityNavigation.At(context, request.TextDocument, request.Position, cancellationToken) is not { } target)
        {
            return Task.FromResult<Location[]?>(null);
        }
        var encoding = context.Encoding;
        var kbLocation = DefinitionHandler.KnowledgeBaseLocation(context.Snapshot, target, encoding);
        var declaration = kbLocation is null ? target.Entity.FirstMention : null;
        var locations = new List<Location>();
        if (request.Context.IncludeDeclaration && kbLocation is not null)
        {
            locations.Add(kbLocation);
        }
        var occurrences = context.Snapshot.EntityIndex.MentionsOf(target.Entity.Id);
        if (!occurrences.Any(o => ReferenceEquals(o.Document, target.Document)))
        {
            // The index is built from the snapshot's documents; a document outside it (not an article) still finds its own mentions.
            occurrences = [.. target.Entity.Mentions.Select(m => new Byline.Workspace.Entities.EntityOccurrence(target.Document, target.Entity, m)), .. occurrences];
        }
        foreach (var occurrence in occurrences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var isDeclaration = ReferenceEquals(occurrence.Document, target.Document) && occurrence.Mention == declaration;
            if (isDeclaration && !request.Context.IncludeDeclaration)
            {
                continue;
            }
            locations.Add(EntityNavigation.ToLocation(occurrence.Document, occurrence.Mention.Span, encoding));
        }
        foreach (var document in occurrences.Select(o => o.Document).Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            locations.AddRange(EntityNavigation.DescriptionsOf(document, target.Entity.Id).Select(d => EntityNavigation.ToLocation(document, d.Span, encoding)));
        }
        context.ThrowIfContentModified(request.TextDocument.Uri, target.Document);
        return Task.FromResult<Location[]?>([.. locations]);
    }
}
