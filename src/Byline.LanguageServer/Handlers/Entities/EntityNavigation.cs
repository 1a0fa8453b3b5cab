using Byline.Analysis.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Text;
using Byline.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.Entities;

/// <summary>
/// The entity mention under the cursor, in the request's snapshot. On a description reliably linked to an entity ("the
/// ministry" after "Ministry of Fisheries"), <see cref="Description"/> is that description and <see cref="Mention"/>
/// the entity's first mention; a description linked by a less reliable rule is no target (hover alone offers its entity).
/// </summary>
internal sealed record EntityTarget(ArticleDocument Document, ArticleEntities Entities, Entity Entity, Mention Mention)
{
    public EntityDescription? Description { get; init; }
}

/// <summary>
/// What the entity handlers share: finding the mention at a position (clamped, never thrown on), locations in
/// the negotiated encoding, and one table from entity type to the names and kinds editors show.
/// <list type="table">
/// <item><term>PER</term><description>"Person" — SymbolKind Variable, semantic token <c>variable</c></description></item>
/// <item><term>ORG</term><description>"Organization" — SymbolKind Class, semantic token <c>class</c></description></item>
/// <item><term>LOC</term><description>"Place" — SymbolKind Namespace, semantic token <c>namespace</c></description></item>
/// <item><term>MISC</term><description>"Other" — SymbolKind EnumMember, semantic token <c>enumMember</c></description></item>
/// </list>
/// An attribution source that is not an entity ("a coalition spokesperson") is an Event, as quotes are in the outline.
/// Standard kinds, so every theme gives them distinct icons and colours.
/// </summary>
internal static class EntityNavigation
{
    public static EntityTarget? At(RequestContext context, TextDocumentIdentifier textDocument, Position position, CancellationToken cancellationToken)
    {
        if (context.DocumentFor(textDocument.Uri, cancellationToken, analysed: true) is not { Analysis: { } analysis } document)
        {
            return null;
        }
        var offset = document.Text.ToOffset(position.ToLinePosition(), context.Encoding);
        var entities = analysis.Entities;
        if (entities.MentionAt(offset) is { } mention && entities.Find(mention.EntityId) is { } entity)
        {
            return new EntityTarget(document, entities, entity, mention);
        }
        return analysis.Descriptions.At(offset) is { IsReliablyLinked: true, EntityId: { } id } description && entities.Find(id) is { } described
            ? new EntityTarget(document, entities, described, described.FirstMention) { Description = description }
            : null;
    }

    /// <summary>The descriptions reliably linked to the entity in a document (none when the document is not analysed).</summary>
    public static IEnumerable<EntityDescription> DescriptionsOf(ArticleDocument document, string entityId) =>
        document.Analysis?.Descriptions.ReliablyLinkedTo(entityId) ?? [];

    public static int OffsetOf(ArticleDocument document, Position position, PositionEncoding encoding) =>
        document.Text.ToOffset(position.ToLinePosition(), encoding);

    public static Location ToLocation(ArticleDocument document, TextSpan span, PositionEncoding encoding) =>
        new(document.Uri, document.Text.ToLspRange(span, encoding));

    /// <summary>"an organization", "a place": what a description of the type describes, for hover.</summary>
    public static string WithArticle(EntityType type) => type switch
    {
        EntityType.Person => "a person",
        EntityType.Organization => "an organization",
        EntityType.Location => "a place",
        _ => "a party",
    };

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organization",
        EntityType.Location => "Place",
        _ => "Other",
    };

    /// <summary>The outline's sub-group name for a type.</summary>
    public static string GroupName(EntityType type) => type switch
    {
        EntityType.Person => "People",
        EntityType.Organization => "Organizations",
        EntityType.Location => "Places",
        _ => "Other",
    };

    public static SymbolKind SymbolKindOf(EntityType type) => type switch
    {
        EntityType.Person => SymbolKind.Variable,
        EntityType.Organization => SymbolKind.Class,
        EntityType.Location => SymbolKind.Namespace,
        _ => SymbolKind.EnumMember,
    };

    /// <summary>A refusal the client shows to the user as is (-32803 RequestFailed).</summary>
    public static StreamJsonRpc.LocalRpcException Refusal(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };
}
