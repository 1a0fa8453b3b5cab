using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Rules;

/// <summary>
/// Findings of a rule that depend only on one block's text, kept with block-relative spans in the document's
/// <see cref="BlockResultTable"/>: typing in one paragraph re-runs the rule on that paragraph alone.
/// </summary>
internal sealed class BlockFindingsCache<TExtra>(string rule)
{
    private readonly int _slot = RuleSlots.Register(rule);

    public sealed record Entry(ImmutableArray<Finding> Findings, TExtra Extra);

    /// <param name="index">The block's index in <c>model.Syntax.Blocks</c>: its results are read at that index, not
    /// searched for by the block's start (a rule that runs whole reads every block of a long article on each keystroke).</param>
    /// <param name="scan">Scans the block's node, its findings relative to the block (as of a block at offset 0): no
    /// placed copy of the block is made for it (one per block and rule, ~4 MB a 2,000-article check).</param>
    public Entry Get(ArticleModel model, int index, Func<BlockNode, Entry> scan)
    {
        var block = model.Syntax.Blocks[index];
        var results = ReferenceEquals(model.Blocks.Syntax, model.Syntax) ? model.Blocks[index] : model.Blocks.Of(block);
        return results.RuleFindings(_slot, block.Node, scan, static (node, scan) => Shared(scan(node)));
    }

    // Most blocks have nothing to report: they all share one entry.
    private static readonly Entry Nothing = new([], default!);

    /// <summary>An entry of <paramref name="findings"/>, made only when there is something to keep: a rule's scan of
    /// each block of a whole-folder check allocated one that <see cref="Shared"/> then dropped.</summary>
    public static Entry Of(ImmutableArray<Finding> findings, TExtra extra) =>
        findings.IsEmpty && EqualityComparer<TExtra>.Default.Equals(extra, default!) ? Nothing : new(findings, extra);

    private static Entry Shared(Entry entry) =>
        entry.Findings.IsEmpty && EqualityComparer<TExtra>.Default.Equals(entry.Extra, default!) ? Nothing : entry;
}
