using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    /// <summary>What the block is in a question-and-answer interview's layout: a question, or nothing of its own.</summary>
    public InterviewTurn Turn { get; init; }

    /// <summary>A headline that says the story is an interview ("An interview with …", "Q&amp;A with …").</summary>
    public bool SignalsInterview { get; init; }

    /// <summary>An intro's word that the publication or the writer interviewed someone, and whom (<see cref="InterviewIntros"/>).</summary>
    public InterviewIntro InterviewIntro { get; init; }

    /// <summary>A first-person paragraph that speaks of the reader's things: the writer answering the reader, as an FAQ does.</summary>
    public bool SpeaksToReader { get; init; }

    /// <summary>Reads the facts of a block (not kept: <see cref="BlockResultTable.SourcingOf"/> keeps them).</summary>
    public static BlockSourcing Compute(BlockNode node) => Compute(node, BlockWords.Read(node));

    /// <summary>Reads the facts of a block from its words as <paramref name="words"/> reads them.</summary>
    internal static BlockSourcing Compute(BlockNode node, BlockWords words)
    {
        var lexicon = AttributionLexicon.Instance;
        var quotations = FindQuotations(node.Text);
        var sentences = new SentenceFacts[node.Sentences.Length]; // exact size: no builder object per block
        var afterAnonymousSource = false;
        for (var i = 0; i < sentences.Length; i++)
        {
            var facts = SentenceReader.Read(lexicon, node, i, quotations, words, afterAnonymousSource);
            afterAnonymousSource = SentenceReader.QuotesAnonymousSource(facts.Attributions);
            sentences[i] = facts;
        }
        var turn = InterviewTurns.Read(node, words, sentences, quotations);
        return new BlockSourcing(ImmutableCollectionsMarshal.AsImmutableArray(sentences), quotations)
        {
            Turn = turn,
            SignalsInterview = InterviewTurns.SignalsInterview(node, words),
            InterviewIntro = InterviewIntros.Read(node, words),
            SpeaksToReader = InterviewTurns.SpeaksToReader(node, words, sentences, quotations, turn),
        };
    }

    /// <summary>
    /// Pairs double quotation marks leniently: any closing mark closes the open quotation, so a quote
    /// with mismatched marks (“…") is still a quote here — BYL0007 reports the marks themselves. Two
    /// apostrophes (''…'', typewriter copy) are a double mark too.
    /// </summary>
    internal static ImmutableArray<Quotation> FindQuotations(string text)
    {
        var first = NextMark(text, 0);
        if (first < 0)
        {
            return []; // most paragraphs quote nobody: no builder for them
        }
        var quotations = ImmutableArray.CreateBuilder<Quotation>();
        int? open = null;
        for (var i = first; i >= 0; i = NextMark(text, i + 1))
        {
            var c = text[i];
            var width = c == '\'' ? 2 : 1;
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + width < text.Length ? text[i + width] : ' ';
            var straight = c is '"' or '\'';
            var opens = c is '“' or '„' or '«' || straight && (char.IsWhiteSpace(before) || before is '(' or '—' or '–' or ':') && !char.IsWhiteSpace(after);
            if (open is null)
            {
                if (opens || straight && !char.IsWhiteSpace(after))
                {
                    open = i;
                }
                i += width - 1;
                continue;
            }
            if (opens && !straight && c != '»')
            {
                open = i; // a new opening mark: the earlier one was never closed
                continue;
            }
            var span = TextSpan.FromBounds(open.Value, i + width);
            var words = CountWords(text, open.Value + 1, i);
            quotations.Add(new Quotation(span, words) { IsName = words is > 0 and < NameWords && NamesSomething(text, open.Value + 1, i) });
            open = null;
            i += width - 1;
        }
        if (open is { } unclosed)
        {
            // A quotation left open runs to the end of the paragraph (and, in news style, on into the next).
            quotations.Add(new Quotation(TextSpan.FromBounds(unclosed, text.Length), CountWords(text, unclosed + 1, text.Length)) { Unclosed = true });
        }
        return quotations.ToImmutable();
    }

    /// <summary>The next double mark or pair of apostrophes at or after <paramref name="from"/>, or -1.</summary>
    private static int NextMark(string text, int from)
    {
        var mark = QuoteMarks.NextDouble(text, from);
        if (from >= text.Length)
        {
            return mark;
        }
        var end = mark < 0 ? text.Length : mark;
        var pair = text.AsSpan(from, end - from).IndexOf("''", StringComparison.Ordinal);
        return pair < 0 ? mark : from + pair;
    }

    /// <summary>Quoted titles and names are short: from four words on, capitals alone do not tell a title from a quotation.</summary>
    private const int NameWords = 4;

    /// <summary>Every word between <paramref name="start"/> and <paramref name="end"/> opens with a capital or a digit, and the
    /// words end without a full stop, question or exclamation mark (“Revenge!” is shouted, “Harbour Nights” is a title).</summary>
    private static bool NamesSomething(string text, int start, int end)
    {
        var last = end - 1;
        while (last >= start && (char.IsWhiteSpace(text[last]) || text[last] == ','))
        {
            last--;
        }
        if (last < start || text[last] is '.' or '!' or '?' or '…')
        {
            return false;
        }
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord && char.IsLower(text[i]))
            {
                return false;
            }
            inWord = letter || inWord && text[i] is '\'' or '’' or '-';
        }
        return true;
    }

    /// <summary>
    /// The runs of letters and digits between <paramref name="start"/> and <paramref name="end"/> (a letter or digit after
    /// anything else opens a word, as <see cref="char.IsLetterOrDigit(char)"/> tells). Every quotation of a block is
    /// counted, so the loop has no branch on a word's start: a Latin-1 character is read from a table of that test's
    /// answers, and a word start adds one (1 after 0) where a branch mispredicted at every word.
    /// </summary>
    internal static int CountWords(string text, int start, int end)
    {
        var table = Latin1LetterOrDigit;
        var count = 0;
        var previous = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var letter = c < 256 ? table[c] : char.IsLetterOrDigit(c) ? 1 : 0;
            count += letter & (previous ^ 1);
            previous = letter;
        }
        return count;
    }

    /// <summary>1 for each Latin-1 character <see cref="char.IsLetterOrDigit(char)"/> calls a letter or digit, else 0.</summary>
    private static readonly int[] Latin1LetterOrDigit =
        [.. Enumerable.Range(0, 256).Select(c => char.IsLetterOrDigit((char)c) ? 1 : 0)];
}
