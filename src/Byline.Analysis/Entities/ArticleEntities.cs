using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// The entities of one article and where they are mentioned: the model behind hover, go to definition (first
/// mention), find references, highlights and rename. Immutable.
/// </summary>
public sealed class ArticleEntities
{
    private readonly Dictionary<string, Entity> _byId;

    public ArticleEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms)
        : this(entities, undefinedAcronyms, [.. entities.SelectMany(e => e.Mentions).OrderBy(m => m.Span.Start)])
    {
    }

    /// <param name="mentions">Every mention of <paramref name="entities"/>, sorted by start.</param>
    internal ArticleEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms, ImmutableArray<Mention> mentions)
    {
        Entities = entities;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Mentions = mentions;
        UndefinedAcronyms = undefinedAcronyms;
    }

    public static ArticleEntities Empty { get; } = new([], []);

    /// <summary>Entities in order of first mention.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Every mention of every entity, sorted by position.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>Acronyms that are neither defined in the article nor known to the knowledge base (BYL0010).</summary>
    public ImmutableArray<Mention> UndefinedAcronyms { get; }

    public Entity? Find(string entityId) => _byId.GetValueOrDefault(entityId);

    /// <summary>The mention that contains <paramref name="offset"/> (its end included, as an editor cursor after a word is "on" it).</summary>
    public Mention? MentionAt(int offset)
    {
        int lo = 0, hi = Mentions.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = Mentions[mid].Span;
            if (offset < span.Start) hi = mid - 1;
            else if (offset > span.End) lo = mid + 1;
            else
            {
                // Adjacent mentions ("Iran-Iraq"): prefer the one that starts at the offset.
                return mid + 1 < Mentions.Length && Mentions[mid + 1].Span.Start == offset ? Mentions[mid + 1] : Mentions[mid];
            }
        }
        return null;
    }

    /// <summary>The entity mentioned at <paramref name="offset"/>, or null.</summary>
    public Entity? EntityAt(int offset) => MentionAt(offset) is { } mention ? Find(mention.EntityId) : null;

    /// <summary>All mentions of an entity, in document order (empty for an unknown id).</summary>
    public ImmutableArray<Mention> MentionsOf(string entityId) => _byId.TryGetValue(entityId, out var e) ? e.Mentions : [];

    /// <summary>
    /// Mentions that share at least one character with <paramref name="span"/>, in document order, found by binary
    /// search rather than a scan of every mention. Mentions never overlap one another (the scanner moves past each
    /// name it takes), so sorted by start they are sorted by end too.
    /// </summary>
    public IEnumerable<Mention> MentionsOverlapping(TextSpan span)
    {
        int lo = 0, hi = Mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].Span.End <= span.Start) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < Mentions.Length && Mentions[i].Span.Start < span.End; i++)
        {
            if (Mentions[i].Span.OverlapsWith(span))
            {
                yield return Mentions[i];
            }
        }
    }

    /// <summary>Mentions that overlap <paramref name="span"/>, for semantic tokens of a visible range.</summary>
    public IEnumerable<Mention> MentionsIn(TextSpan span) =>
        span.IsEmpty ? Mentions.Where(m => m.Span.Start == span.Start) : MentionsOverlapping(span); // mentions are never empty
}
