using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Rules;

/// <summary>
/// BYL0008: the same word twice in a row ("poses a "a serious threat"), a typical slip of editing a
/// sentence in place. Quotation marks and line breaks between the two words do not hide it.
/// </summary>
public sealed class RepeatedWord : IRule
{
    private static readonly ImmutableHashSet<string> Allowed =
        EmbeddedData.List("repeated-words", "allowed").ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly BlockFindingsCache<bool> Cache = new("BYL0008");

    public RuleDescriptor Descriptor { get; } = new("BYL0008", "repeated-word", Severity.Warning, "Repeated word");

    public IEnumerable<Finding> Analyze(ArticleModel model)
    {
        var blocks = model.Syntax.Blocks;
        for (var b = 0; b < blocks.Length; b++)
        {
            var block = blocks[b];
            if (block.Kind is BlockKind.FrontMatter or BlockKind.Boilerplate or BlockKind.Separator)
            {
                continue;
            }
            foreach (var finding in Cache.Get(model, b, _scan ??= b => new(Scan(b), false)).Findings)
            {
                yield return finding.Shifted(block.Start);
            }
        }
    }

    // One delegate per rule, not one per block.
    private Func<Block, BlockFindingsCache<bool>.Entry>? _scan;

    private ImmutableArray<Finding> Scan(Block block)
    {
        // A plain loop filling a builder only when something repeats: no iterator per block.
        ImmutableArray<Finding>.Builder? found = null;
        var text = block.Text;
        var previous = default(WordSpan);
        var position = 0;
        while (NextWord(text, ref position) is { } word)
        {
            // Equal lengths first: the cheapest test, and most neighbouring words fail it.
            if (previous.Length == word.Length && OnlyGapBetween(text, previous.End, word.Start) && IsRepeat(text, previous, word))
            {
                var span = new TextSpan(block.Start + word.Start, word.Length);
                var repeated = text.Substring(word.Start, word.Length);
                // Deleting the first word and the space after it keeps any quotation mark in place:
                // 'poses a "a serious' becomes 'poses "a serious'.
                var deleteEnd = previous.End;
                while (deleteEnd < word.Start && char.IsWhiteSpace(text[deleteEnd]))
                {
                    deleteEnd++;
                }
                var deletion = TextSpan.FromBounds(block.Start + previous.Start, block.Start + deleteEnd);
                (found ??= ImmutableArray.CreateBuilder<Finding>()).Add(new Finding(Descriptor, Descriptor.DefaultSeverity, span,
                    $"'{repeated}' is repeated. Delete one of the two.")
                {
                    Fixes = [new FindingFix($"Delete the repeated '{repeated}'", [new TextChange(deletion, "")])],
                });
            }
            previous = word;
        }
        return found is null ? [] : found.ToImmutable();
    }

    private static bool IsRepeat(string text, WordSpan first, WordSpan second)
    {
        if (first.Length != second.Length)
        {
            return false;
        }
        var a = text.AsSpan(first.Start, first.Length);
        var b = text.AsSpan(second.Start, second.Length);
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

    internal static WordSpan? NextWord(string text, ref int position)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }
        if (i >= text.Length)
        {
            position = i;
            return null;
        }
        var start = i;
        // Character by character, an ASCII letter tested alone first (most characters of a word are): news words are a
        // few characters long, shorter than a vectorised search needs to pay back its set-up (a search per word was ~3 %
        // of a `check`).
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || (c >= 0x80 && char.IsLetterOrDigit(c)) || (c is '\'' or '’' or '-' && BetweenLettersOrDigits(text, i)))
            {
                continue;
            }
            break;
        }
        position = i;
        return new WordSpan(start, i - start);
    }

    // Apostrophes and hyphens inside a word ("Kata'ib", "ez-Zor") keep it one word.
    private static bool BetweenLettersOrDigits(string text, int i) =>
        i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);

    internal readonly record struct WordSpan(int Start, int Length)
    {
        public int End => Start + Length;
    }
}
