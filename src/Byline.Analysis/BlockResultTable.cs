using System.Collections.Immutable;
using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;
using Byline.Syntax;

namespace Byline.Analysis;

/// <summary>
/// What analysis derived from one block's text alone (attribution facts, entity candidates, block-local rule
/// findings). Each result is a pure function of the green <see cref="BlockNode"/> (and of what its owner checks,
/// such as a knowledge base) and is computed on first use; when two threads race, both compute the same value
/// and either may win.
/// </summary>
internal sealed class BlockResults
{
    private BlockSourcing? _sourcing;
    private BlockMentions? _mentions;
    private BlockWords? _words;
    private object?[]? _ruleFindings;

    public BlockSourcing Sourcing(BlockNode node)
    {
        if (Volatile.Read(ref _sourcing) is { } known)
        {
            return known;
        }
        // The entity scanner and the claim heads read the same words after it (an analysis links attributions
        // first): kept for them until the analysis is done, unless the scanner has read the block already.
        var words = Volatile.Read(ref _words) ?? BlockWords.Read(node);
        if (Volatile.Read(ref _mentions) is null)
        {
            Volatile.Write(ref _words, words);
        }
        return Publish(ref _sourcing, BlockSourcing.Compute(node, words));
    }

    /// <summary>The candidates scanned against <paramref name="kb"/>: results for another base are scanned again.</summary>
    public BlockMentions Mentions(BlockNode node, KnowledgeBase kb)
    {
        if (Volatile.Read(ref _mentions) is { } known && ReferenceEquals(known.KnowledgeBase, kb))
        {
            return known;
        }
        return Publish(ref _mentions, MentionScanner.Scan(node, kb, Volatile.Read(ref _words)));
    }

    /// <summary>Whether the block's attribution facts are made (by any thread).</summary>
    public bool HasSourcing => Volatile.Read(ref _sourcing) is not null;

    /// <summary>Whether the block's candidates against <paramref name="kb"/> are scanned (by any thread).</summary>
    public bool HasMentions(KnowledgeBase kb) => Volatile.Read(ref _mentions) is { } known && ReferenceEquals(known.KnowledgeBase, kb);

    /// <summary>The block's reading of its words while the analysis that made it runs (the claim heads tag from it), or null.</summary>
    public BlockWords? Words => Volatile.Read(ref _words);

    /// <summary>The analysis is done: the block's words are not kept past it (they would double its memory).</summary>
    public void ReleaseWords() => Volatile.Write(ref _words, null);

    /// <summary>The block-relative findings of a rule whose findings depend on the block alone (its slot number).</summary>
    public T RuleFindings<T, TState>(int slot, BlockNode node, TState state, Func<BlockNode, TState, T> compute)
        where T : class
    {
        var slots = Volatile.Read(ref _ruleFindings) ?? Interlocked.CompareExchange(ref _ruleFindings, new object?[RuleSlots.Capacity], null) ?? _ruleFindings!;
        if (Volatile.Read(ref slots[slot]) is T known)
        {
            return known;
        }
        var value = compute(node, state);
        Volatile.Write(ref slots[slot], value);
        return value;
    }

    private static T Publish<T>(ref T? field, T value)
        where T : class
    {
        Volatile.Write(ref field, value);
        return value;
    }
}

/// <summary>Numbers the rules that keep block-local findings in <see cref="BlockResults"/>.</summary>
internal static class RuleSlots
{
    public const int Capacity = 4;

    private static int _registered;

    public static int Register(string rule)
    {
        var slot = Interlocked.Increment(ref _registered) - 1;
        return slot < Capacity ? slot : throw new InvalidOperationException($"Too many rules keep block findings ({rule}); raise RuleSlots.Capacity.");
    }
}

/// <summary>
/// The side table of one document's analysis: the <see cref="BlockResults"/> of each block of its syntax tree,
/// keyed by the green node (by reference). A table is made from the previous analysis' table of the same
/// document, taking over the results of every node the incremental parser reused, so an edit recomputes only
/// the blocks it touched. It belongs to one document's analysis and is never shared with another document;
/// results live as long as an analysis of the document holds the table.
/// </summary>
public sealed class BlockResultTable
{
    private readonly BlockResults[] _results;

    private BlockResultTable(ArticleSyntaxTree syntax, BlockResultTable? previous)
    {
        Syntax = syntax;
        var blocks = syntax.Blocks;
        _results = new BlockResults[blocks.Length];
        var (prefix, suffix, lag) = previous is null ? (0, 0, null) : SharedEnds(previous.Syntax.Blocks, blocks);
        (SharedPrefix, SharedSuffix, SuffixLag) = (prefix, suffix, lag);
        var oldLength = previous?.Syntax.Blocks.Length ?? 0;
        _previousLength = oldLength;
        for (var i = 0; i < prefix; i++)
        {
            _results[i] = previous!._results[i];
        }
        for (var i = blocks.Length - suffix; i < blocks.Length; i++)
        {
            _results[i] = previous!._results[i - blocks.Length + oldLength];
        }
        // Between the shared ends (the edit's blocks, and any the parser reused from elsewhere): looked up by node.
        var middle = previous is null ? null : MiddleIndex(previous.Syntax.Blocks, prefix, oldLength - suffix);
        _middlePrevious = previous is null ? null : blocks.Length - suffix - prefix is var between and > 0 ? new int[between] : [];
        for (var i = prefix; i < blocks.Length - suffix; i++)
        {
            var old = middle is not null && middle.TryGetValue(blocks[i].Node, out var found) ? found : -1;
            _results[i] = old >= 0 ? previous!._results[old] : new BlockResults();
            if (_middlePrevious is not null)
            {
                _middlePrevious[i - prefix] = old;
            }
        }
        Previous = previous;
    }

    // The previous tree's block count, and for each block between the shared ends the index of its node there (or -1):
    // the shared ends' indices follow from SharedPrefix and SharedSuffix, so a keystroke keeps no index per block.
    private readonly int _previousLength;
    private int[]? _middlePrevious;

    /// <summary>
    /// How many blocks the two trees share, node for node, at the start and at the end (never overlapping): a walk
    /// of references, no hashing, so a keystroke in a long article pays little for the blocks it did not touch. The
    /// walk of the end also reads the starts of the blocks it holds anyway: <see cref="SuffixLag"/>.
    /// </summary>
    private static (int Prefix, int Suffix, int? Lag) SharedEnds(ImmutableArray<Block> older, ImmutableArray<Block> newer)
    {
        var shortest = Math.Min(older.Length, newer.Length);
        var prefix = 0;
        while (prefix < shortest && ReferenceEquals(older[prefix].Node, newer[prefix].Node))
        {
            prefix++;
        }
        var suffix = 0;
        var lag = shortest == 0 ? 0 : newer[^1].Start - older[^1].Start;
        var (uniform, later) = (true, int.MaxValue);
        while (suffix < shortest - prefix && older[^(suffix + 1)] is var old && newer[^(suffix + 1)] is var now && ReferenceEquals(old.Node, now.Node))
        {
            uniform &= now.Start - old.Start == lag && old.Start < later;
            later = old.Start;
            suffix++;
        }
        return (prefix, suffix, suffix > 0 && uniform ? lag : null);
    }

    // A node may appear twice in one tree only if a parser shared it; the first index answers.
    private static Dictionary<BlockNode, int>? MiddleIndex(ImmutableArray<Block> older, int from, int to)
    {
        if (from >= to)
        {
            return null;
        }
        var index = new Dictionary<BlockNode, int>(to - from, ReferenceEqualityComparer.Instance);
        for (var i = from; i < to; i++)
        {
            index.TryAdd(older[i].Node, i);
        }
        return index;
    }

    /// <summary>The tree whose blocks this table covers, in the same order.</summary>
    public ArticleSyntaxTree Syntax { get; }

    /// <summary>The table this one was made from, until linking has used it (see <see cref="ForgetPrevious"/>).</summary>
    internal BlockResultTable? Previous { get; private set; }

    /// <summary>The index of block <paramref name="index"/>'s node in <see cref="Previous"/>'s tree, or -1 for a new node (only while <see cref="Previous"/> is kept).</summary>
    internal int PreviousIndex(int index)
    {
        var middle = _middlePrevious ?? throw new InvalidOperationException("The table keeps no previous table.");
        return index < SharedPrefix ? index
            : index >= _results.Length - SharedSuffix ? index - _results.Length + _previousLength
            : middle[index - SharedPrefix];
    }

    /// <summary>How many blocks at the start of the tree are <see cref="Previous"/>'s, node for node, at the same index.</summary>
    internal int SharedPrefix { get; }

    /// <summary>How many blocks at the end of the tree are <see cref="Previous"/>'s, node for node (never overlapping <see cref="SharedPrefix"/>).</summary>
    internal int SharedSuffix { get; }

    /// <summary>
    /// How far every one of the <see cref="SharedSuffix"/> blocks moved (its start here less its start in
    /// <see cref="Previous"/>'s tree) when all moved alike and their old starts rise strictly, else null (and null
    /// when none is shared). Lets a check of the whole suffix against an edit read one block (<see cref="Entities.EntityReuse"/>).
    /// </summary>
    internal int? SuffixLag { get; }

    /// <summary>The entities entity linking produced, and the knowledge base it read, for the next edit's early cutoff.</summary>
    internal ArticleEntities? LinkedEntities { get; private set; }

    internal KnowledgeBase? LinkedKnowledgeBase { get; private set; }

    /// <summary>Whether entity linking took over the previous analysis' entities instead of linking again (early cutoff).</summary>
    public bool EntitiesReused { get; private set; }

    /// <summary>
    /// Whether entity linking linked again only what the edited blocks' candidates can change, keeping the previous
    /// analysis' other entities (<see cref="Entities.EntityAnalyzer"/>'s partial relinking).
    /// </summary>
    public bool EntitiesPartlyRelinked { get; private set; }

    internal void RememberEntities(ArticleEntities entities, KnowledgeBase kb, bool reused, bool partlyRelinked, FirstPass? firstPass) =>
        (LinkedEntities, LinkedKnowledgeBase, EntitiesReused, EntitiesPartlyRelinked, FirstPass) = (entities, kb, reused, partlyRelinked, firstPass);

    /// <summary>
    /// Entity linking's first pass over this tree, kept for the next edit's partial relink (<see cref="Entities.FirstPass"/>),
    /// or null: made only once an edit relinks in part, and moved on by each such edit after it.
    /// </summary>
    internal FirstPass? FirstPass { get; private set; }

    /// <summary>What attribution linking carried into and out of each prose block, for the next edit's early cutoff.</summary>
    internal LinkedBlocks? LinkedBlocks { get; private set; }

    /// <summary>The sentences linking produced, which <see cref="LinkedBlocks"/> index.</summary>
    internal SentenceList LinkedSentences { get; private set; } = SentenceList.Empty;

    /// <summary>How many blocks linking took over from the previous analysis instead of linking them again.</summary>
    public int LinkedBlocksReused { get; private set; }

    /// <summary>How many sentences at the start of <see cref="LinkedSentences"/> are the previous linking's very objects, at the same index.</summary>
    internal int LinkedSentencesKept { get; private set; }

    /// <summary>The sentences at the end of <see cref="LinkedSentences"/> that are the previous linking's copied across the edit, if any.</summary>
    internal LinkedTail? LinkedTail { get; private set; }

    /// <summary>The index of the first block of <see cref="LinkedBlocks"/> that asked whether the article is in Latin script, or -1.</summary>
    internal int FirstAskedScript { get; private set; } = -1;

    internal void RememberLinking(LinkedBlocks linked, SentenceList sentences, int reused, int kept, LinkedTail? tail, int firstAsked)
    {
        FirstAskedScript = firstAsked;
        LinkedTail = tail;
        LinkedBlocks = linked;
        LinkedSentences = sentences;
        LinkedBlocksReused = reused;
        LinkedSentencesKept = kept;
    }

    /// <summary>
    /// What each rule (by its index in <see cref="Rules.RuleCatalog.Rules"/>) reported in the analysis this table belongs
    /// to, for the next edit's analysis to take over; null for a rule that was off or failed.
    /// </summary>
    internal Rules.KeptFindings?[]? RuleFindings { get; set; }

    /// <summary>A table for <paramref name="syntax"/>, taking over <paramref name="previous"/>'s results for reused nodes.</summary>
    /// <param name="cancellationToken">
    /// Stops the analysis that fills the table: checked each time a block's results are asked for, so between blocks
    /// (a block's results, once computed, are kept whole; a cancelled analysis leaves none half made).
    /// </param>
    public static BlockResultTable For(ArticleSyntaxTree syntax, BlockResultTable? previous = null, CancellationToken cancellationToken = default) =>
        new(syntax, previous) { _cancellation = cancellationToken };

    // Until the analysis that fills the table is done (see StopCancellation): afterwards the table is read by whoever holds
    // the analysis, which the first analysis' token must not stop.
    private CancellationToken _cancellation;

    internal BlockResults this[int blockIndex] => Checked(_results[blockIndex]);

    /// <summary>The attribution facts of block <paramref name="blockIndex"/>, read on first use and kept.</summary>
    public BlockSourcing SourcingOf(int blockIndex) => Checked(_results[blockIndex]).Sourcing(Syntax.Blocks[blockIndex].Node);

    /// <summary>The results of a block of <see cref="Syntax"/> (a block of another tree gets fresh, unkept results).</summary>
    internal BlockResults Of(Block block) => Checked(IndexOf(block) is { } index ? _results[index] : new BlockResults());

    private BlockResults Checked(BlockResults results)
    {
        _cancellation.ThrowIfCancellationRequested();
        return results;
    }

    /// <summary>The analysis that filled the table is done: later reads are not stopped by its token.</summary>
    internal void StopCancellation() => _cancellation = CancellationToken.None;

    /// <summary>The block's index, found by its start (binary search) and confirmed by its node.</summary>
    private int? IndexOf(Block block)
    {
        var blocks = Syntax.Blocks;
        int lo = 0, hi = blocks.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (blocks[mid].Start < block.Start) lo = mid + 1;
            else hi = mid;
        }
        // Empty blocks may share a start with the next one: the node tells them apart.
        for (var i = lo; i < blocks.Length && blocks[i].Start == block.Start; i++)
        {
            if (ReferenceEquals(blocks[i].Node, block.Node))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>
    /// The analysis that fills the table is done: the blocks' readings of their words (<see cref="BlockWords"/>) are
    /// dropped, so no reading outlives the analysis that made it.
    /// </summary>
    internal void ReleaseWords()
    {
        foreach (var results in _results)
        {
            results.ReleaseWords();
        }
    }

    /// <summary>Drops the link to the previous table once nothing needs it, so tables never form a chain.</summary>
    internal void ForgetPrevious()
    {
        Previous = null;
        _middlePrevious = null;
    }
}
