using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// The entities of one article and where they are mentioned: the model behind hover, go to definition (first
/// mention), find references, highlights and rename. Immutable.
/// </summary>
/// <remarks>
/// Entities taken over from the previous analysis after an edit (<see cref="EntityReuse"/>) are moved across the
/// edit lazily: the keystroke's diagnostics do not read the mentions (the entity rules' findings are taken over
/// too), so the mentions after the edit are moved only when something asks for them. Until then the object holds
/// the last entities that were moved and the maps of the edits since.
/// </remarks>
public sealed class ArticleEntities
{
    private Contents? _contents;
    private Pending? _pending;

    /// <summary>The entities, their mentions and the acronyms no one defines, made once.</summary>
    private sealed record Contents(ImmutableArray<Entity> Entities, ImmutableArray<Mention> UndefinedAcronyms, ImmutableArray<Mention> Mentions)
    {
        private static long s_lastIdentity;

        /// <summary>
        /// Made when first asked (the server's look-ups by id; a batch check never asks). Two threads asking at once
        /// may each make one: equal tables, and either is kept.
        /// </summary>
        public Dictionary<string, Entity> ById => _byId ??= Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        private Dictionary<string, Entity>? _byId;

        /// <summary>Tells these contents from any other made in this process (a number, so that no chain of earlier contents is kept alive).</summary>
        public long Identity { get; } = Interlocked.Increment(ref s_lastIdentity);

        public MentionsMoved? MovedFrom { get; init; }

        /// <summary>For each of <see cref="Mentions"/>, the index of its entity, once a move has found them (<see cref="EntityReuse.Move"/>).</summary>
        public int[]? Owners { get; init; }
    }

    /// <summary>
    /// Entities still to be moved: <paramref name="Moved"/> mapped through each of <paramref name="Maps"/> in turn,
    /// or linked again by <paramref name="Relink"/> should a mention fail to map (the reuse checks rule that out).
    /// </summary>
    private sealed record Pending(Contents Moved, ImmutableArray<Attribution.SpanMap> Maps, Func<ArticleEntities> Relink);

    public ArticleEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms)
        : this(entities, undefinedAcronyms, [.. entities.SelectMany(e => e.Mentions).OrderBy(m => m.Span.Start)])
    {
    }

    /// <param name="mentions">Every mention of <paramref name="entities"/>, sorted by start.</param>
    /// <param name="owners">For each of <paramref name="mentions"/>, the index of its entity, when the maker knows it (else found when a move needs it).</param>
    internal ArticleEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms, ImmutableArray<Mention> mentions, int[]? owners = null) =>
        _contents = new Contents(entities, undefinedAcronyms, mentions) { Owners = owners };

    /// <summary>For each of <see cref="Mentions"/>, the index of its entity in <see cref="Entities"/>, when known.</summary>
    internal int[]? Owners => Materialized.Owners;

    private ArticleEntities(Pending pending) => _pending = pending;

    /// <summary>
    /// <paramref name="earlier"/>'s entities moved across one more edit (<paramref name="map"/>), when asked for. Maps
    /// of edits whose entities nobody asked for are chained onto the entities last moved (up to
    /// <see cref="MaxPendingMaps"/>, then moved at once), so no chain of earlier analyses is kept alive.
    /// </summary>
    internal static ArticleEntities MovedLazily(ArticleEntities earlier, Attribution.SpanMap map, Func<ArticleEntities> relink)
    {
        if (Volatile.Read(ref earlier._pending) is { } pending && pending.Maps.Length < MaxPendingMaps)
        {
            return new ArticleEntities(new Pending(pending.Moved, pending.Maps.Add(map), relink));
        }
        return new ArticleEntities(new Pending(earlier.Materialized, [map], relink));
    }

    internal const int MaxPendingMaps = 64;

    /// <summary>Whether the mentions are still to be moved (for tests).</summary>
    internal bool IsPending => Volatile.Read(ref _pending) is not null;

    /// <summary>Whether the mentions' entities are known by index, as a move found them (for tests; moves them if pending).</summary>
    internal bool KnowsOwners => Materialized.Owners is not null;

    private Contents Materialized
    {
        get
        {
            if (Volatile.Read(ref _contents) is { } contents)
            {
                return contents;
            }
            if (Volatile.Read(ref _pending) is not { } pending)
            {
                return Volatile.Read(ref _contents)!; // another thread moved them meanwhile
            }
            // One thread moves them and another asking meanwhile waits for its result: VS Code asks for the outline
            // and the semantic tokens together after each change, both read the entities, and moving them twice
            // allocated every mention twice. The pending record is this object's own, so it serves as the lock.
            lock (pending)
            {
                if (Volatile.Read(ref _contents) is { } movedMeanwhile)
                {
                    return movedMeanwhile;
                }
                var from = pending.Moved;
                var moved = EntityReuse.Move(from.Entities, from.UndefinedAcronyms, from.Mentions, from.Owners, pending.Maps) is { } result
                    ? new Contents(result.Entities, result.UndefinedAcronyms, result.Mentions) { MovedFrom = OneEdit(pending), Owners = result.Owners }
                    : pending.Relink().Materialized;
                Volatile.Write(ref _contents, moved);
                Volatile.Write(ref _pending, null);
                return moved;
            }
        }
    }

    /// <summary>The move of pending mentions when it is across one edit; null across several (each edit its own range).</summary>
    private static MentionsMoved? OneEdit(Pending pending) =>
        pending.Maps is [var map] ? new MentionsMoved(pending.Moved.Identity, map.OldStart, map.OldEnd, map.Delta) : null;

    public static ArticleEntities Empty { get; } = new([], []);

    /// <summary>
    /// Tells these entities and mentions from any others (equal for two <see cref="ArticleEntities"/> only when they
    /// hold the very same contents), so that what was made from them can name them without keeping them alive.
    /// </summary>
    public long MentionsIdentity => Materialized.Identity;

    /// <summary>
    /// When these are the entities of <see cref="MentionsMoved.From"/> moved across one edit (the same entities, types
    /// and first mentions, the same mentions in the same order, each before the edit where it was and each after it
    /// moved by the change in length, none in it), that edit; otherwise null.
    /// </summary>
    public MentionsMoved? MovedFrom => Materialized.MovedFrom;

    /// <summary>Entities in order of first mention.</summary>
    public ImmutableArray<Entity> Entities => Materialized.Entities;

    /// <summary>Every mention of every entity, sorted by position.</summary>
    public ImmutableArray<Mention> Mentions => Materialized.Mentions;

    /// <summary>Acronyms that are neither defined in the article nor known to the knowledge base (BYL0010).</summary>
    public ImmutableArray<Mention> UndefinedAcronyms => Materialized.UndefinedAcronyms;

    public Entity? Find(string entityId) => Materialized.ById.GetValueOrDefault(entityId);

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
    public ImmutableArray<Mention> MentionsOf(string entityId) => Materialized.ById.TryGetValue(entityId, out var e) ? e.Mentions : [];

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

/// <summary>
/// How <see cref="ArticleEntities.MovedFrom"/>'s mentions came from earlier ones: the contents named
/// <paramref name="From"/> (<see cref="ArticleEntities.MentionsIdentity"/>), across one edit that replaced the older
/// text's <paramref name="OldStart"/>..<paramref name="OldEnd"/> and changed its length by <paramref name="Delta"/>.
/// </summary>
public sealed record MentionsMoved(long From, int OldStart, int OldEnd, int Delta);
