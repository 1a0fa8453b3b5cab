using System.Collections.Immutable;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The attribution facts of one block, in offsets relative to the block: its sentences' facts and its
/// direct quotations. They depend only on the block's text, so the document's analysis keeps them in its
/// <see cref="BlockResultTable"/> under the green <see cref="BlockNode"/>: an edit elsewhere in the article
/// reuses them as they are.
/// </summary>
public sealed record BlockSourcing(ImmutableArray<SentenceFacts> Sentences, ImmutableArray<Quotation> Quotations)
{
    /// <summary>Reads the facts of a block (not kept: <see cref="BlockResultTable.SourcingOf"/> keeps them).</summary>
    public static BlockSourcing Compute(BlockNode node) => Compute(node, BlockWords.Read(node));

    /// <summary>Reads the facts of a block from its words as <paramref name="words"/> reads them.</summary>
    internal static BlockSourcing Compute(BlockNode node, BlockWords words)
    {
        var lexicon = AttributionLexicon.Instance;
        var quotations = FindQuotations(node.Text);
        var sentences = ImmutableArray.CreateBuilder<SentenceFacts>(node.Sentences.Length);
        for (var i = 0; i < node.Sentences.Length; i++)
        {
            sentences.Add(SentenceReader.Read(lexicon, node, i, quotations, words));
        }
        return new BlockSourcing(sentences.MoveToImmutable(), quotations);
    }

    /// <summary>
    /// Pairs double quotation marks leniently: any closing mark closes the open quotation, so a quote
    /// with mismatched marks (“…") is still a quote here — BYL0007 reports the marks themselves.
    /// </summary>
    internal static ImmutableArray<Quotation> FindQuotations(string text)
    {
        var first = QuoteMarks.NextDouble(text, 0);
        if (first < 0)
        {
            return []; // most paragraphs quote nobody: no builder for them
        }
        var quotations = ImmutableArray.CreateBuilder<Quotation>();
        int? open = null;
        for (var i = first; i >= 0; i = QuoteMarks.NextDouble(text, i + 1))
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var opens = c is '“' or '„' or '«' || c == '"' && (char.IsWhiteSpace(before) || before is '(' or '—' or '–' or ':') && !char.IsWhiteSpace(after);
            if (open is null)
            {
                if (opens || c == '"' && !char.IsWhiteSpace(after))
                {
                    open = i;
                }
                continue;
            }
            if (opens && c != '"' && c != '»')
            {
                open = i; // a new opening mark: the earlier one was never closed
                continue;
            }
            var span = TextSpan.FromBounds(open.Value, i + 1);
            quotations.Add(new Quotation(span, CountWords(text, open.Value + 1, i)));
            open = null;
        }
        if (open is { } unclosed)
        {
            // A quotation left open runs to the end of the paragraph (and, in news style, on into the next).
            quotations.Add(new Quotation(TextSpan.FromBounds(unclosed, text.Length), CountWords(text, unclosed + 1, text.Length)) { Unclosed = true });
        }
        return quotations.ToImmutable();
    }

    private static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
