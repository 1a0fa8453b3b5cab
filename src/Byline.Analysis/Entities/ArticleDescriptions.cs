using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>
/// The descriptions of one article (<see cref="EntityDescriptions"/>) and its pronouns linked to an entity
/// (<see cref="EntityPronouns"/>), in document order, found on first request, with the lookups the editor features make:
/// the description or pronoun under a cursor, and those linked to an entity. The one under a cursor is looked for in
/// its block alone, and linked alone, until the whole article's are asked for: an editor asks for it after every move
/// of the cursor (hover, highlights), on articles of a megabyte too.
/// </summary>
public sealed class ArticleDescriptions(ArticleSyntaxTree syntax, ArticleEntities entities, ArticleSourcing sourcing)
{
    private readonly Lock _gate = new();
    private ImmutableArray<EntityDescription>? _items;

    public ImmutableArray<EntityDescription> Items
    {
        get
        {
            lock (_gate)
            {
                return _items ??= Merged(EntityDescriptions.Find(syntax, entities), EntityPronouns.Find(syntax, entities, sourcing));
            }
        }
    }

    /// <summary>The description that contains <paramref name="offset"/> (its end included, as for mentions), or null.</summary>
    public EntityDescription? At(int offset)
    {
        ImmutableArray<EntityDescription>? found;
        lock (_gate)
        {
            found = _items;
        }
        return found is { } items ? At(items, offset) : EntityDescriptions.FindAt(syntax, entities, offset) ?? EntityPronouns.FindAt(syntax, entities, sourcing, offset);
    }

    /// <summary>Descriptions and pronouns in one list by position (they never overlap: a description starts after its determiner).</summary>
    private static ImmutableArray<EntityDescription> Merged(ImmutableArray<EntityDescription> descriptions, ImmutableArray<EntityDescription> pronouns) =>
        pronouns.IsEmpty ? descriptions : [.. descriptions.Concat(pronouns).OrderBy(d => d.Span.Start)];

    private static EntityDescription? At(ImmutableArray<EntityDescription> items, int offset)
    {
        int lo = 0, hi = items.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = items[mid].Span;
            if (offset < span.Start) hi = mid - 1;
            else if (offset > span.End) lo = mid + 1;
            else return items[mid];
        }
        return null;
    }

    /// <summary>
    /// The descriptions linked to the entity <paramref name="entityId"/> by a reliable rule
    /// (<see cref="EntityDescription.IsReliablyLinked"/>): the ones an editor lists with the entity's mentions.
    /// </summary>
    public IEnumerable<EntityDescription> ReliablyLinkedTo(string entityId) =>
        Items.Where(d => d.IsReliablyLinked && string.Equals(d.EntityId, entityId, StringComparison.Ordinal));
}
