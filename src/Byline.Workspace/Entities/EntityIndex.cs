using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;

namespace Byline.Workspace.Entities;

/// <summary>One mention of an entity in one article of the workspace.</summary>
public sealed record EntityOccurrence(ArticleDocument Document, Entity Entity, Mention Mention);

/// <summary>One attribution source in one article of the workspace.</summary>
public sealed record SourceOccurrence(ArticleDocument Document, Attribution Attribution, Source Source);

/// <summary>An entity as the workspace sees it: the first article's record of it and the articles that mention it.</summary>
public sealed record WorkspaceEntity(Entity Entity, ArticleDocument FirstDocument, int DocumentCount, int MentionCount);

/// <summary>
/// The cross-document index of entities and attribution sources of one <see cref="WorkspaceSnapshot"/>: entity
/// id → every mention in every article, in path order then position. It is made of one part per article (that
/// article's entities, mentions by id and sources), computed from the article's analysis. A snapshot's index is
/// made on first use from the index of the snapshot before it (<see cref="Update"/>): the parts of the documents
/// that did not change are taken over as they are, so after an edit only the edited document's part is computed.
/// </summary>
/// <remarks>
/// Entities are matched across articles by id. Knowledge-base entities have stable ids; an entity found by
/// shape alone gets an id from its name, so two unrelated "John Smith"s in two articles are one entry here.
/// </remarks>
public sealed class EntityIndex
{
    private readonly ImmutableArray<DocumentPart> _parts;
    private readonly Lazy<(ImmutableArray<WorkspaceEntity> Entities, ImmutableArray<SourceOccurrence> Sources)> _listings;

    private EntityIndex(ImmutableArray<DocumentPart> parts)
    {
        _parts = parts;
        _listings = new(List);
    }

    public static EntityIndex Empty { get; } = new([]);

    /// <summary>Every entity of the workspace, in order of first mention (articles in path order).</summary>
    public ImmutableArray<WorkspaceEntity> Entities => _listings.Value.Entities;

    /// <summary>Every attribution source of every article.</summary>
    public ImmutableArray<SourceOccurrence> Sources => _listings.Value.Sources;

    /// <summary>How many analysable articles the index covers.</summary>
    public int DocumentCount => _parts.Length;

    /// <summary>How many articles' parts this index computed rather than took over from the index it was made from.</summary>
    public int DocumentsIndexed { get; private init; }

    /// <summary>Every mention of the entity across the workspace (empty for an unknown id).</summary>
    public ImmutableArray<EntityOccurrence> MentionsOf(string entityId)
    {
        ImmutableArray<EntityOccurrence>.Builder? found = null;
        ImmutableArray<EntityOccurrence> only = [];
        foreach (var part in _parts)
        {
            if (!part.ById.TryGetValue(entityId, out var mentions))
            {
                continue;
            }
            if (only.IsEmpty && found is null)
            {
                only = mentions;
                continue;
            }
            found ??= ImmutableArray.CreateBuilder<EntityOccurrence>();
            if (!only.IsEmpty)
            {
                found.AddRange(only);
                only = [];
            }
            found.AddRange(mentions);
        }
        return found?.ToImmutable() ?? only;
    }

    public static EntityIndex Build(IEnumerable<ArticleDocument> documents, CancellationToken cancellationToken = default) =>
        Update(null, documents, cancellationToken);

    /// <summary>
    /// The index of <paramref name="documents"/> (in path order), taking over from <paramref name="previous"/> the
    /// part of every document that is the very same <see cref="ArticleDocument"/> (documents are immutable; an edit
    /// or a change on disk makes a new one).
    /// </summary>
    public static EntityIndex Update(EntityIndex? previous, IEnumerable<ArticleDocument> documents, CancellationToken cancellationToken = default)
    {
        Dictionary<ArticleDocument, DocumentPart>? known = null;
        foreach (var part in previous?._parts ?? [])
        {
            (known ??= new(ReferenceEqualityComparer.Instance))[part.Document] = part;
        }
        var parts = ImmutableArray.CreateBuilder<DocumentPart>();
        var indexed = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (known is not null && known.TryGetValue(document, out var kept))
            {
                parts.Add(kept);
            }
            else if (DocumentPart.Of(document) is { } part)
            {
                parts.Add(part);
                indexed++;
            }
        }
        return new EntityIndex(parts.ToImmutable()) { DocumentsIndexed = indexed };
    }

    private (ImmutableArray<WorkspaceEntity>, ImmutableArray<SourceOccurrence>) List()
    {
        var first = new List<(Entity Entity, ArticleDocument Document)>();
        var counts = new Dictionary<string, (int Documents, int Mentions)>(StringComparer.Ordinal);
        var sources = ImmutableArray.CreateBuilder<SourceOccurrence>();
        foreach (var part in _parts)
        {
            foreach (var entity in part.Entities)
            {
                if (!counts.TryGetValue(entity.Id, out var count))
                {
                    first.Add((entity, part.Document));
                }
                counts[entity.Id] = (count.Documents + 1, count.Mentions + entity.Mentions.Length);
            }
            sources.AddRange(part.Sources);
        }
        var entities = first.Select(f => new WorkspaceEntity(f.Entity, f.Document, counts[f.Entity.Id].Documents, counts[f.Entity.Id].Mentions));
        return ([.. entities], sources.ToImmutable());
    }

    /// <summary>One article's share of the index: its entities, their mentions by id, its attribution sources.</summary>
    private sealed record DocumentPart(ArticleDocument Document, ImmutableArray<Entity> Entities,
        Dictionary<string, ImmutableArray<EntityOccurrence>> ById, ImmutableArray<SourceOccurrence> Sources)
    {
        public static DocumentPart? Of(ArticleDocument document)
        {
            if (document.Analysis is not { } analysis)
            {
                return null;
            }
            var byId = new Dictionary<string, ImmutableArray<EntityOccurrence>>(StringComparer.Ordinal);
            foreach (var entity in analysis.Entities.Entities)
            {
                var mentions = ImmutableArray.CreateBuilder<EntityOccurrence>(entity.Mentions.Length);
                foreach (var mention in entity.Mentions)
                {
                    mentions.Add(new EntityOccurrence(document, entity, mention));
                }
                byId[entity.Id] = byId.TryGetValue(entity.Id, out var earlier) ? earlier.AddRange(mentions) : mentions.MoveToImmutable();
            }
            var sources = ImmutableArray.CreateBuilder<SourceOccurrence>();
            foreach (var attribution in analysis.Sourcing.Attributions)
            {
                if (attribution.Source is { } source)
                {
                    sources.Add(new SourceOccurrence(document, attribution, source));
                }
            }
            return new DocumentPart(document, analysis.Entities.Entities, byId, sources.ToImmutable());
        }
    }
}
