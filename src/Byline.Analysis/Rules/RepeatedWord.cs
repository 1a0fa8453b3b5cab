using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0008: the same word twice in a row ("poses a "a serious threat"), a typical slip of editing a
/// sentence in place. Quotation marks and line breaks between the two words do not hide it.
/// </summary>
public sealed class RepeatedWord : IBlockRule
{
    private static readonly ImmutableHashSet<string> Allowed =
        EmbeddedData.List("repeated-words", "allowed").ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly BlockFindingsCache<bool> Cache = new("BYL0008");

    public RuleDescriptor Descriptor { get; } = new("BYL0008", "repeated-word", Severity.Warning, "Repeated word");

    public IEnumerable<Finding> Analyze(ArticleModel model) => BlockRuleFindings.Analyze(this, model, null).Findings;

    bool IBlockRule.ReadsNextBlock => false;

    void IBlockRule.AddFindings(ArticleModel model, int index, ImmutableArray<Finding>.Builder findings)
    {
        var block = model.Syntax.Blocks[index];
        if (block.Kind is BlockKind.FrontMatter or BlockKind.Boilerplate or BlockKind.Separator)
        {
            return;
        }
        foreach (var finding in Cache.Get(model, index, _scan ??= b => BlockFindingsCache<bool>.Of(Scan(b), false)).Findings)
        {
            findings.Add(finding.Shifted(block.Start));
        }
    }

    // One delegate per rule, not one per block.
    private Func<BlockNode, BlockFindingsCache<bool>.Entry>? _scan;

    // Blocks up to this many characters keep their word mask on the stack (a paragraph is a few hundred).
    private const int StackMaskLength = 64;

    /// <summary>The block's repeated words, their spans relative to the block.</summary>
    private ImmutableArray<Finding> Scan(BlockNode block)
    {
        var text = block.Text;
        var size = WordMask.Size(text.Length);
        var rented = size > StackMaskLength ? System.Buffers.ArrayPool<ulong>.Shared.Rent(size) : null;
        Span<ulong> mask = rented is null ? stackalloc ulong[StackMaskLength] : rented;
        try
        {
            WordMask.Build(text, mask[..size]);
            return Scan(text, mask[..size]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private ImmutableArray<Finding> Scan(string text, ReadOnlySpan<ulong> mask)
    {
        // A plain loop filling a builder only when something repeats: no iterator per block.
        ImmutableArray<Finding>.Builder? found = null;
        var previous = default(WordSpan);
        var words = WordMask.WordsOf(mask, text.Length);
        while (words.Next(out var start, out var end))
        {
            var word = new WordSpan(start, end - start);
            // Equal lengths first: the cheapest test, and most neighbouring words fail it.
            if (previous.Length == word.Length && OnlyGapBetween(text, previous.End, word.Start) && IsRepeat(text, previous, word))
            {
                (found ??= ImmutableArray.CreateBuilder<Finding>()).Add(Repeat(text, previous, word));
            }
            previous = word;
        }
        return found is null ? [] : found.ToImmutable();
    }

    private Finding Repeat(string text, WordSpan previous, WordSpan word)
    {
        var span = new TextSpan(word.Start, word.Length);
        var repeated = text.Substring(word.Start, word.Length);
        // Deleting the first word and the space after it keeps any quotation mark in place:
        // 'poses a "a serious' becomes 'poses "a serious'.
        var deleteEnd = previous.End;
        while (deleteEnd < word.Start && char.IsWhiteSpace(text[deleteEnd]))
        {
            deleteEnd++;
        }
        var deletion = TextSpan.FromBounds(previous.Start, deleteEnd);
        return new Finding(Descriptor, Descriptor.DefaultSeverity, span, $"'{repeated}' is repeated. Delete one of the two.")
        {
            Fixes = [new FindingFix($"Delete the repeated '{repeated}'", [new TextChange(deletion, "")])],
        };
    }

    private static bool IsRepeat(string text, WordSpan first, WordSpan second)
    {
        if (first.Length != second.Length)
        {
            return false;
        }
        var a = text.AsSpan(first.Start, first.Length);
        var b = text.AsSpan(second.Start, second.Length);
        // Two ASCII first characters that differ beyond case decide at once: most neighbours of equal length ("of
        // the", "is a") end here, without the case-insensitive comparison's call.
        if (a[0] < 0x80 && b[0] < 0x80 && (a[0] | 0x20) != (b[0] | 0x20))
        {
            return false;
        }
        if (!a.Equals(b, StringComparison.OrdinalIgnoreCase) || char.IsDigit(a[0]))
        {
            return false;
        }
        if (Allowed.Contains(a.ToString()))
        {
            return false;
        }
        // "Bora Bora", "Sirhan Sirhan", "Walla Walla": two capitalised words are most likely a name.
        return !(char.IsUpper(a[0]) && char.IsUpper(b[0]) && a.Length > 1);
    }

    /// <summary>Between the words only white space and quotation marks, so "a "a" counts but "a, a" does not.</summary>
    private static bool OnlyGapBetween(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }
        var sawSpace = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                sawSpace = true;
            }
            else if (!QuoteMarks.IsQuote(c))
            {
                return false;
            }
        }
        return sawSpace;
    }

    internal readonly record struct WordSpan(int Start, int Length)
    {
        public int End => Start + Length;
    }
}
