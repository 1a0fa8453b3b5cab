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
/// id → every mention in every article, in path order then position. Built on first use from
/// <see cref="WorkspaceSnapshot.Documents"/>; articles on disk are analysed then (each once per document
/// instance, so a later snapshot that shares them pays only for the walk over the mentions).
/// </summary>
/// <remarks>
/// Entities are matched across articles by id. Knowledge-base entities have stable ids; an entity found by
/// shape alone gets an id from its name, so two unrelated "John Smith"s in two articles are one entry here.
/// </remarks>
public sealed class EntityIndex
{
    private readonly Dictionary<string, ImmutableArray<EntityOccurrence>> _byId;

    private EntityIndex(Dictionary<string, ImmutableArray<EntityOccurrence>> byId, ImmutableArray<WorkspaceEntity> entities,
        ImmutableArray<SourceOccurrence> sources, int documentCount)
    {
        _byId = byId;
        Entities = entities;
        Sources = sources;
        DocumentCount = documentCount;
    }

    public static EntityIndex Empty { get; } = new(new(StringComparer.Ordinal), [], [], 0);

    /// <summary>Every entity of the workspace, in order of first mention (articles in path order).</summary>
    public ImmutableArray<WorkspaceEntity> Entities { get; }

    /// <summary>Every attribution source of every article.</summary>
    public ImmutableArray<SourceOccurrence> Sources { get; }

    /// <summary>How many analysable articles the index covers.</summary>
    public int DocumentCount { get; }

    /// <summary>Every mention of the entity across the workspace (empty for an unknown id).</summary>
    public ImmutableArray<EntityOccurrence> MentionsOf(string entityId) => _byId.GetValueOrDefault(entityId, []);

    public static EntityIndex Build(IEnumerable<ArticleDocument> documents, CancellationToken cancellationToken = default)
    {
        var byId = new Dictionary<string, ImmutableArray<EntityOccurrence>.Builder>(StringComparer.Ordinal);
        var first = new List<(Entity Entity, ArticleDocument Document)>();
        var documentsPerEntity = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = ImmutableArray.CreateBuilder<SourceOccurrence>();
        var count = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.Analysis is not { } analysis)
            {
                continue;
            }
            count++;
            foreach (var entity in analysis.Entities.Entities)
            {
                if (!byId.TryGetValue(entity.Id, out var list))
                {
                    byId[entity.Id] = list = ImmutableArray.CreateBuilder<EntityOccurrence>();
                    first.Add((entity, document));
                }
                documentsPerEntity[entity.Id] = documentsPerEntity.GetValueOrDefault(entity.Id) + 1;
                foreach (var mention in entity.Mentions)
                {
                    list.Add(new EntityOccurrence(document, entity, mention));
                }
            }
            foreach (var attribution in analysis.Sourcing.Attributions)
            {
                if (attribution.Source is { } source)
                {
                    sources.Add(new SourceOccurrence(document, attribution, source));
                }
            }
        }
        var frozen = byId.ToDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal);
        var entities = first.Select(f => new WorkspaceEntity(f.Entity, f.Document, documentsPerEntity[f.Entity.Id], frozen[f.Entity.Id].Length));
        return new EntityIndex(frozen, [.. entities], sources.ToImmutable(), count);
    }
}
