using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Rules;

/// <summary>
/// A rule whose findings in a block depend on that block's node alone (and, when <see cref="ReadsNextBlock"/>, on the
/// next block's): after an edit, the findings of the blocks before it are the previous analysis' own, and those of
/// the blocks after it the previous ones moved by the edit's length, so only the edit's blocks are read again.
/// </summary>
internal interface IBlockRule : IRule
{
    /// <summary>Whether a block's findings also depend on the block after it (so the last block before an edit is read again).</summary>
    bool ReadsNextBlock { get; }

    /// <summary>Adds the findings of block <paramref name="index"/> of <c>model.Syntax.Blocks</c>, placed in the document.</summary>
    void AddFindings(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings);
}

/// <summary>A block rule's previous findings (in block order) and the blocks of the tree they were found in.</summary>
internal readonly record struct PreviousBlockFindings(KeptFindings Kept, ImmutableArray<Block> Blocks);

/// <summary>The findings of an <see cref="IBlockRule"/>, taken over from the previous analysis where its blocks are shared.</summary>
internal static class BlockRuleFindings
{
    /// <param name="previous">
    /// The rule's findings in the analysis whose side table <c>model.Blocks</c> was made from (its shared ends are
    /// counted between that analysis' tree and this one), or null to read every block.
    /// </param>
    public static KeptFindings Analyze(IBlockRule rule, ArticleModel model, PreviousBlockFindings? previous)
    {
        var blocks = model.Syntax.Blocks;
        var (prefix, suffix) = previous is { } before ? Shared(rule, model.Blocks, blocks, before.Blocks) : (0, 0);
        var findings = ImmutableArray.CreateBuilder<Finding>(previous?.Kept.Findings.Length ?? 0);
        var lags = new FindingLags.Builder();
        if (prefix > 0)
        {
            var (kept, older) = (previous!.Value.Kept, previous.Value.Blocks);
            var end = prefix == older.Length ? kept.Findings.Length : FirstFrom(kept, older[prefix].Start);
            Take(kept, 0, end, 0, findings, ref lags);
        }
        for (var b = prefix; b < blocks.Length - suffix; b++)
        {
            rule.AddFindings(model, b, findings);
            while (lags.Count < findings.Count)
            {
                lags.Add(0);
            }
        }
        if (suffix > 0)
        {
            var kept = previous!.Value.Kept;
            var from = FirstFrom(kept, previous.Value.Blocks[^suffix].Start);
            Take(kept, from, kept.Findings.Length, model.Blocks.SuffixLag!.Value, findings, ref lags);
        }
        return new KeptFindings(findings.DrainToImmutable(), []) { Lags = lags.Build() };
    }

    // Kept findings from to end, the same objects, moved by plus through their lags.
    private static void Take(KeptFindings kept, int from, int end, int plus, ImmutableArray<Finding>.Builder findings, ref FindingLags.Builder lags)
    {
        for (var k = from; k < end; k++)
        {
            findings.Add(kept.Findings[k]);
        }
        lags.AddRange(kept.Lags, from, end, plus);
    }

    /// <summary>
    /// How many blocks at the start keep their findings as they were, and how many at the end keep them moved: the
    /// table's shared ends (the start's only while the blocks also start where they did: an edit between two blocks
    /// moves the later ones without changing a node), less the last block before the edit when the rule reads the next
    /// block and that one changed; and no end when the end's blocks did not all move alike.
    /// </summary>
    private static (int Prefix, int Suffix) Shared(IBlockRule rule, BlockResultTable table, ImmutableArray<Block> blocks, ImmutableArray<Block> older)
    {
        var prefix = 0;
        while (prefix < table.SharedPrefix && blocks[prefix].Start == older[prefix].Start)
        {
            prefix++;
        }
        if (rule.ReadsNextBlock && prefix == table.SharedPrefix && !(prefix == blocks.Length && prefix == older.Length))
        {
            prefix = Math.Max(prefix - 1, 0);
        }
        return (prefix, table.SuffixLag is null ? 0 : table.SharedSuffix);
    }

    /// <summary>
    /// The index of the first finding at or after <paramref name="offset"/> (a block's start): the findings come block by
    /// block and lie inside their blocks, so every finding before it belongs to an earlier block (a binary search).
    /// </summary>
    private static int FirstFrom(KeptFindings findings, int offset)
    {
        int lo = 0, hi = findings.Findings.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (findings.StartOf(mid) < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
