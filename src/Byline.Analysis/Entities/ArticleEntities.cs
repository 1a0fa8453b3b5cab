using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Entities;

/// <summary>
/// The entities of one article and where they are mentioned: the model behind hover, go to definition (first
/// mention), find references, highlights and rename. Immutable.
/// </summary>
/// <remarks>
/// The entities are kept as linking made them, in the coordinates of the text it linked, with the edits since
/// (<see cref="Linked"/>: the mentions plus a <see cref="MentionShift"/>): entities taken over after an edit
/// (<see cref="EntityReuse"/>) or spliced around the ones linked again (<see cref="EntityAnalyzer"/>'s partial
/// relink) are the very Entity objects, mention arrays and Mention objects with one edit more, so a keystroke
/// allocates nothing in proportion to the mentions. Readers that go through <see cref="Linked"/> get positions with
/// <see cref="LinkedEntities.SpanOf"/>. The members here (<see cref="Entities"/>, <see cref="Mentions"/>,
/// <see cref="MentionAt"/>…) give mentions whose <see cref="Mention.Span"/> is where they lie in this text: the
/// mentions moved across the edits when first asked for, once.
/// </remarks>
public sealed class ArticleEntities
{
    private readonly LinkedEntities _linked;
    private readonly Func<ArticleEntities>? _relink;
    private LinkedEntities? _moved;

    public ArticleEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms)
        : this(entities, undefinedAcronyms, [.. entities.SelectMany(e => e.Mentions).OrderBy(m => m.Span.Start)])
    {
    }

    /// <param name="mentions">Every mention of <paramref name="entities"/>, sorted by start.</param>
    /// <param name="owners">For each of <paramref name="mentions"/>, the index of its entity, when the maker knows it (else found when a move needs it).</param>
    internal ArticleEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms, ImmutableArray<Mention> mentions, int[]? owners = null) =>
        _linked = new LinkedEntities(entities, undefinedAcronyms, mentions, owners, MentionShift.None);

    /// <param name="linked">The entities as linked, with the edits since.</param>
    /// <param name="relink">Links the article again, should a mention fail to move (the reuse checks rule that out).</param>
    internal ArticleEntities(LinkedEntities linked, Func<ArticleEntities>? relink)
    {
        _linked = linked;
        _relink = relink;
    }

    /// <summary>
    /// The entities as linked, read through their shift: the same objects across the edits that took them over. Their
    /// mentions' <see cref="Mention.Span"/> is in the coordinates of the linking that made them; ask
    /// <see cref="LinkedEntities.SpanOf"/> where one lies.
    /// </summary>
    public LinkedEntities Linked => _linked;

    /// <summary>
    /// What a later analysis builds on: the entities moved once something asked for them (then their positions need no
    /// shift), else as linked.
    /// </summary>
    internal LinkedEntities Latest => Volatile.Read(ref _moved) ?? _linked;

    /// <summary>
    /// What the next analysis builds on, one edit more in its shift: <see cref="Latest"/>, taken up from a fold of an
    /// earlier shift of the same entities when one was made since (<see cref="LinkedEntities.Refolded"/>), or the
    /// entities moved into fresh coordinates when the shift holds <see cref="MaxPendingMaps"/> edits already.
    /// </summary>
    internal LinkedEntities Base =>
        (Latest.Refolded() ?? Latest) is { Shift.Count: < MaxPendingMaps } latest ? latest : Materialized;

    /// <summary>
    /// Folds the shift into fresh coordinates now (makes the moved view, as a reader of <see cref="Mentions"/> would) when
    /// it holds <see cref="FoldAhead"/> edits or more; true when it did. The server calls this once a keystroke's
    /// diagnostics are answered, off the keystroke's path: the analyses after this one take the fold up
    /// (<see cref="Base"/>), so no keystroke pays for moving every mention when the shift reaches its cap.
    /// </summary>
    public bool FoldIfDue()
    {
        if (!FoldDue)
        {
            return false;
        }
        Fold();
        return true;
    }

    /// <summary>Folds the shift into fresh coordinates now, however long (for tests; <see cref="FoldIfDue"/> otherwise).</summary>
    internal void Fold() => _ = Materialized;

    /// <summary>Whether <see cref="FoldIfDue"/> would fold (cheap: reads the shift's length).</summary>
    public bool FoldDue => Volatile.Read(ref _moved) is null && _linked.UnfoldedEdits >= FoldAhead;

    /// <summary>
    /// How many edits a shift holds before <see cref="FoldIfDue"/> folds it: well below the cap, so that a fold made off
    /// the keystroke's path has many keystrokes to finish in before one would have to fold on its own.
    /// </summary>
    internal const int FoldAhead = MaxPendingMaps * 3 / 4;

    /// <summary>For each of <see cref="Mentions"/>, the index of its entity in <see cref="Entities"/>, when known.</summary>
    internal int[]? Owners => Materialized.Owners;

    /// <summary>
    /// <paramref name="earlier"/>'s entities across one more edit (<paramref name="map"/>): the same objects with the
    /// edit added to their shift (after <see cref="MaxPendingMaps"/> edits, moved into fresh coordinates first), so no
    /// chain of earlier analyses is kept alive.
    /// </summary>
    internal static ArticleEntities MovedLazily(ArticleEntities earlier, Attribution.SpanMap map, Func<ArticleEntities> relink) =>
        new(earlier.Base.Then(map), relink);

    internal const int MaxPendingMaps = 64;

    // A relinked mention's Mention.Epoch (one byte) counts up to MaxPendingMaps + 1: this does not compile above 254.
    private const byte LargestEpoch = MaxPendingMaps + 1;

    /// <summary>Whether the mentions are still to be moved (for tests).</summary>
    internal bool IsPending => !_linked.Shift.IsEmpty && Volatile.Read(ref _moved) is null;

    /// <summary>Whether the mentions' entities are known by index, as a move found them (for tests; moves them if pending).</summary>
    internal bool KnowsOwners => Materialized.Owners is not null;

    private LinkedEntities Materialized
    {
        get
        {
            if (_linked.Shift.IsEmpty)
            {
                return _linked;
            }
            if (Volatile.Read(ref _moved) is { } moved)
            {
                return moved;
            }
            // One thread moves them and another asking meanwhile waits for its result: VS Code asks for the outline
            // and the semantic tokens together after each change, both read the entities, and moving them twice
            // allocated every mention twice. The linked entities are this object's own, so they serve as the lock.
            lock (_linked)
            {
                if (Volatile.Read(ref _moved) is { } movedMeanwhile)
                {
                    return movedMeanwhile;
                }
                var made = EntityReuse.Move(_linked) is { } result
                    ? new LinkedEntities(result.Entities, result.UndefinedAcronyms, result.Mentions, result.Owners, MentionShift.None) { MovedFrom = OneEdit(_linked) }
                    : (_relink ?? throw new InvalidOperationException("A mention did not move across an edit.")).Invoke().Materialized;
                Volatile.Write(ref _moved, made);
                _linked.KeepFold(made);
                return made;
            }
        }
    }

    /// <summary>
    /// The move of linked entities when it is across one edit from entities made in their own coordinates (none linked
    /// again after an edit); null otherwise.
    /// </summary>
    private static MentionsMoved? OneEdit(LinkedEntities linked) =>
        linked.Shift.Maps is [var map] && !linked.HasLaterEpochs ? new MentionsMoved(linked.BaseIdentity, map.OldStart, map.OldEnd, map.Delta) : null;

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

    public Entity? Find(string entityId) => Materialized.Find(entityId);

    /// <summary>The mention that contains <paramref name="offset"/> (its end included, as an editor cursor after a word is "on" it).</summary>
    public Mention? MentionAt(int offset) => Materialized.MentionAt(offset);

    /// <summary>The entity mentioned at <paramref name="offset"/>, or null.</summary>
    public Entity? EntityAt(int offset) => MentionAt(offset) is { } mention ? Find(mention.EntityId) : null;

    /// <summary>All mentions of an entity, in document order (empty for an unknown id).</summary>
    public ImmutableArray<Mention> MentionsOf(string entityId) => Find(entityId)?.Mentions ?? [];

    /// <summary>
    /// Mentions that share at least one character with <paramref name="span"/>, in document order, found by binary
    /// search rather than a scan of every mention.
    /// </summary>
    public IEnumerable<Mention> MentionsOverlapping(TextSpan span) => Materialized.MentionsOverlapping(span);

    /// <summary>Mentions that overlap <paramref name="span"/>, for semantic tokens of a visible range.</summary>
    public IEnumerable<Mention> MentionsIn(TextSpan span) =>
        span.IsEmpty ? Mentions.Where(m => m.Span.Start == span.Start) : MentionsOverlapping(span); // mentions are never empty
}

/// <summary>
/// An article's entities as linking made them, with the edits since (<see cref="Shift"/>): each mention's
/// <see cref="Mention.Span"/> is in the coordinates of the linking that made it, and <see cref="SpanOf"/> says where it
/// lies in the text these entities are of. Immutable; two analyses share the very objects and each reads its own
/// positions through its own shift.
/// </summary>
public sealed class LinkedEntities
{
    private static long s_lastIdentity;
    private readonly Lookup _lookup;

    internal LinkedEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms, ImmutableArray<Mention> mentions, int[]? owners, MentionShift shift)
        : this(entities, undefinedAcronyms, mentions, owners, shift, null, new Lookup())
    {
    }

    private LinkedEntities(ImmutableArray<Entity> entities, ImmutableArray<Mention> undefinedAcronyms, ImmutableArray<Mention> mentions, int[]? owners, MentionShift shift,
        long? baseIdentity, Lookup lookup)
    {
        (Entities, UndefinedAcronyms, Mentions, Owners, Shift, _lookup) = (entities, undefinedAcronyms, mentions, owners, shift, lookup);
        BaseIdentity = baseIdentity ?? Identity;
    }

    /// <summary>
    /// The entities by id, made when first asked, and the latest fold of them into fresh coordinates: shared by every
    /// shift of the same entities (they are the same objects).
    /// </summary>
    private sealed class Lookup
    {
        public Dictionary<string, Entity>? ById;
        public Fold? Folded;
    }

    /// <summary><paramref name="From"/>'s entities moved across its whole shift: <paramref name="Moved"/>, in fresh coordinates.</summary>
    private sealed record Fold(LinkedEntities From, LinkedEntities Moved);

    /// <summary>
    /// Keeps <paramref name="moved"/> (these entities moved across their shift) for the later shifts of the same
    /// entities to take up (<see cref="Refolded"/>), in place of any fold kept before: the server folds the latest
    /// analysis, so the last fold is the one later analyses descend from.
    /// </summary>
    internal void KeepFold(LinkedEntities moved)
    {
        if (!Shift.IsEmpty)
        {
            Volatile.Write(ref _lookup.Folded, new Fold(this, moved));
        }
    }

    /// <summary>
    /// These entities read from a fold of an earlier shift of theirs (another analysis' moved view, made off the
    /// keystroke's path): the moved entities with this shift's later edits, so the same positions with a shorter
    /// shift. Null when no fold of the very same entities and mentions across the first edits of this shift was kept.
    /// </summary>
    internal LinkedEntities? Refolded()
    {
        if (FoldOfThis() is not { } fold)
        {
            return null;
        }
        var later = Shift.Maps[fold.From.Shift.Count..];
        return later.IsEmpty ? fold.Moved : fold.Moved.Then(later);
    }

    /// <summary>How many of the shift's edits a fold would still have to move the mentions across (all, or those after a kept fold).</summary>
    internal int UnfoldedEdits => Shift.Count - (FoldOfThis()?.From.Shift.Count ?? 0);

    private Fold? FoldOfThis()
    {
        if (Volatile.Read(ref _lookup.Folded) is not { } fold || fold.From.Shift.Count > Shift.Count || fold.From.Shift.Count == 0
            || Mentions != fold.From.Mentions || Entities != fold.From.Entities || UndefinedAcronyms != fold.From.UndefinedAcronyms)
        {
            return null;
        }
        for (var i = 0; i < fold.From.Shift.Count; i++)
        {
            // Two analyses made from the same one by different edits share the entities but not the later edits.
            if (!ReferenceEquals(Shift.Maps[i], fold.From.Shift.Maps[i])) return null;
        }
        return fold;
    }

    /// <summary>Entities in order of first mention.</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Every mention of every entity, sorted by position.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>Acronyms that are neither defined in the article nor known to the knowledge base (BYL0010).</summary>
    public ImmutableArray<Mention> UndefinedAcronyms { get; }

    /// <summary>For each of <see cref="Mentions"/>, the index of its entity, when known.</summary>
    internal int[]? Owners { get; }

    internal MentionShift Shift { get; }

    /// <summary>Tells these contents, and this shift of them, from any other made in this process (a number, so that no chain of earlier contents is kept alive).</summary>
    public long Identity { get; } = Interlocked.Increment(ref s_lastIdentity);

    /// <summary>The identity of the contents whose objects these are (their own when made by linking or a move).</summary>
    internal long BaseIdentity { get; }

    internal MentionsMoved? MovedFrom { get; init; }

    /// <summary>Whether some mentions were linked again after edits the others are still to be moved across.</summary>
    internal bool HasLaterEpochs { get; init; }

    /// <summary>Where <paramref name="mention"/>, one of these, lies in the text these entities are of.</summary>
    public TextSpan SpanOf(Mention mention) => Shift.SpanOf(mention);

    /// <summary>These entities across one more edit: the same objects, the shift one edit longer.</summary>
    internal LinkedEntities Then(Attribution.SpanMap map) =>
        new(Entities, UndefinedAcronyms, Mentions, Owners, Shift.Then(map), BaseIdentity, _lookup) { HasLaterEpochs = HasLaterEpochs };

    /// <summary>These entities across more edits, in order: the same objects, the shift that much longer.</summary>
    private LinkedEntities Then(ImmutableArray<Attribution.SpanMap> maps) =>
        new(Entities, UndefinedAcronyms, Mentions, Owners, Shift.Then(maps), BaseIdentity, _lookup) { HasLaterEpochs = HasLaterEpochs };

    /// <summary>
    /// When these are <paramref name="earlier"/>'s very entities and mentions across one edit more (an analysis that
    /// took them over), that edit; otherwise null.
    /// </summary>
    internal Attribution.SpanMap? OneEditAfter(LinkedEntities earlier)
    {
        if (!ReferenceEquals(_lookup, earlier._lookup) || Shift.Count != earlier.Shift.Count + 1 || Mentions != earlier.Mentions || Entities != earlier.Entities)
        {
            return null;
        }
        for (var i = 0; i < earlier.Shift.Count; i++)
        {
            if (!ReferenceEquals(Shift.Maps[i], earlier.Shift.Maps[i])) return null;
        }
        return Shift.Maps[^1];
    }

    /// <summary>The edit after <paramref name="earlier"/>'s, as <see cref="MentionsMoved"/> reads it, when <see cref="OneEditAfter"/> finds one.</summary>
    public MentionsMoved? MovedSince(LinkedEntities earlier) =>
        OneEditAfter(earlier) is { } map ? new MentionsMoved(earlier.Identity, map.OldStart, map.OldEnd, map.Delta) : null;

    /// <summary>
    /// Made when first asked (the server's look-ups by id; a batch check never asks). Two threads asking at once may
    /// each make one: equal tables, and either is kept.
    /// </summary>
    public Entity? Find(string entityId) => (_lookup.ById ??= Entities.ToDictionary(e => e.Id, StringComparer.Ordinal)).GetValueOrDefault(entityId);

    /// <summary>Mentions that overlap <paramref name="span"/> (or start at it, when empty), for semantic tokens of a visible range.</summary>
    public IEnumerable<Mention> MentionsIn(TextSpan span) =>
        span.IsEmpty ? Mentions.Where(m => SpanOf(m).Start == span.Start) : MentionsOverlapping(span); // mentions are never empty

    /// <summary>The mention that contains <paramref name="offset"/> (its end included, as an editor cursor after a word is "on" it).</summary>
    public Mention? MentionAt(int offset)
    {
        int lo = 0, hi = Mentions.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = SpanOf(Mentions[mid]);
            if (offset < span.Start) hi = mid - 1;
            else if (offset > span.End) lo = mid + 1;
            else
            {
                // Adjacent mentions ("Iran-Iraq"): prefer the one that starts at the offset.
                return mid + 1 < Mentions.Length && SpanOf(Mentions[mid + 1]).Start == offset ? Mentions[mid + 1] : Mentions[mid];
            }
        }
        return null;
    }

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
            if (SpanOf(Mentions[mid]).End <= span.Start) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < Mentions.Length && SpanOf(Mentions[i]).Start < span.End; i++)
        {
            if (SpanOf(Mentions[i]).OverlapsWith(span))
            {
                yield return Mentions[i];
            }
        }
    }
}

/// <summary>
/// How <see cref="ArticleEntities.MovedFrom"/>'s mentions came from earlier ones: the contents named
/// <paramref name="From"/> (<see cref="ArticleEntities.MentionsIdentity"/>), across one edit that replaced the older
/// text's <paramref name="OldStart"/>..<paramref name="OldEnd"/> and changed its length by <paramref name="Delta"/>.
/// </summary>
public sealed record MentionsMoved(long From, int OldStart, int OldEnd, int Delta);
