using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Rules;

/// <summary>
/// Findings of a rule that depend only on one block's text, cached by the block's content with
/// block-relative spans: typing in one paragraph re-runs the rule on that paragraph alone.
/// </summary>
internal sealed class BlockFindingsCache<TExtra>
{
    private readonly BlockCache<Entry> _cache = new();

    public BlockFindingsCache() => BlockFindingsCaches.Register(_cache.Clear);

    public sealed record Entry(ImmutableArray<Finding> Findings, TExtra Extra);

    /// <param name="scan">Scans a block placed at offset 0, so its findings are relative to the block.</param>
    public Entry Get(Block block, Func<Block, Entry> scan) =>
        _cache.Get(block.Node, node => scan(new Block(node, 0)));
}

/// <summary>Every block-local rule cache, so that benchmarks of cold analysis can empty them all.</summary>
internal static class BlockFindingsCaches
{
    private static readonly List<Action> Clears = [];

    public static void Register(Action clear)
    {
        lock (Clears)
        {
            Clears.Add(clear);
        }
    }

    public static void ClearAll()
    {
        lock (Clears)
        {
            Clears.ForEach(clear => clear());
        }
    }
}
