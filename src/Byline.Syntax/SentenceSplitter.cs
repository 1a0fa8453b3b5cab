using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax;

/// <summary>
/// Splits a block's tokens into sentences. A period, question mark, exclamation mark or ellipsis ends a
/// sentence when whitespace and a plausible sentence start follow; closing quotes and brackets right after
/// it belong to the sentence that ends (<c>…threat."</c>). Abbreviations, initials and decimals do not end one.
/// </summary>
internal static class SentenceSplitter
{
    // A pathological block (a 50 MB line of "Ab. Cd. …") must not allocate millions of sentences;
    // past this count the rest of the block is one sentence.
    internal const int MaxSentencesPerBlock = 1 << 15;

    /// <summary>The definition over a whole block's tokens; <see cref="SplitText"/> is held to it by a property test.</summary>
    public static void Split(string text, List<Token> tokens, Lexicon lexicon, List<TextSpan> sentences)
    {
        if (tokens.Count == 0)
        {
            return;
        }
        var sentenceStart = tokens[0].Start;
        for (var t = 0; t < tokens.Count - 1 && sentences.Count < MaxSentencesPerBlock - 1; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Punctuation || !IsTerminal(text, token.Span))
            {
                continue;
            }
            // Glue what closes the sentence: more terminals ("?!"), closing quotes, brackets, footnote markers.
            var last = t;
            while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && ClosesSentence(text, tokens[last + 1]))
            {
                last++;
            }
            if (last + 1 >= tokens.Count)
            {
                break;
            }
            var next = tokens[last + 1];
            if (next.Start == tokens[last].End)
            {
                t = last;
                continue; // "end.The" or "3.x": no space, no boundary
            }
            if (EndsSentence(text, tokens, t, next, lexicon))
            {
                sentences.Add(TextSpan.FromBounds(sentenceStart, tokens[last].End));
                sentenceStart = next.Start;
            }
            t = last;
        }
        sentences.Add(TextSpan.FromBounds(sentenceStart, tokens[^1].End));
    }

    private static readonly Byline.Text.CharSetSearch Terminals = new(".?!…。？！؟");

    /// <summary>
    /// The same sentences as <see cref="Split"/> over the block's tokens, without tokenising the whole block: only
    /// the runs of non-white-space text that hold a sentence-ending mark are tokenised (white space is always a
    /// token boundary, and a token never reaches past it), plus the first token after each run. Most of a
    /// paragraph is words between the marks, so most of it is never tokenised here; sentences tokenise their own
    /// span on demand. A property test holds this to <see cref="Split"/> on arbitrary text.
    /// </summary>
    public static void SplitText(string text, Lexicon lexicon, List<TextSpan> sentences, List<Token> chunk, List<Token> scratch)
    {
        var trimStart = 0;
        while (trimStart < text.Length && char.IsWhiteSpace(text[trimStart])) trimStart++;
        var trimEnd = text.Length;
        while (trimEnd > trimStart && char.IsWhiteSpace(text[trimEnd - 1])) trimEnd--;
        if (trimStart >= trimEnd)
        {
            return; // no tokens, no sentence
        }
        var sentenceStart = trimStart;
        var pos = trimStart;
        while (sentences.Count < MaxSentencesPerBlock - 1)
        {
            var found = Terminals.IndexOfAny(text.AsSpan(pos, trimEnd - pos));
            if (found < 0)
            {
                break;
            }
            var chunkStart = pos + found;
            while (chunkStart > pos && !char.IsWhiteSpace(text[chunkStart - 1])) chunkStart--;
            var chunkEnd = pos + found;
            while (chunkEnd < trimEnd && !char.IsWhiteSpace(text[chunkEnd])) chunkEnd++;
            chunk.Clear();
            Tokenizer.Tokenize(text, chunkStart, text.Length, chunk, stopAt: chunkEnd);
            for (var t = 0; t < chunk.Count && sentences.Count < MaxSentencesPerBlock - 1; t++)
            {
                var token = chunk[t];
                if (token.Kind != TokenKind.Punctuation || !IsTerminal(text, token.Span))
                {
                    continue;
                }
                var last = LastClosingMark(text, chunk, t);
                var lastEnd = chunk[last].End;
                if (lastEnd >= trimEnd)
                {
                    sentences.Add(TextSpan.FromBounds(sentenceStart, trimEnd));
                    return; // the mark ends the block: no token after it
                }
                var next = TokenAfter(text, chunk, last, scratch);
                if (next.Start != lastEnd && EndsSentence(text, chunk, t, next, lexicon))
                {
                    sentences.Add(TextSpan.FromBounds(sentenceStart, lastEnd));
                    sentenceStart = next.Start;
                }
                t = last;
            }
            pos = chunkEnd;
        }
        sentences.Add(TextSpan.FromBounds(sentenceStart, trimEnd));
    }

    /// <summary>The index of the last mark in the run that closes a sentence with the terminal at <paramref name="terminal"/> (quotes, brackets right after it).</summary>
    private static int LastClosingMark(string text, List<Token> chunk, int terminal)
    {
        var last = terminal;
        while (last + 1 < chunk.Count && chunk[last + 1].Start == chunk[last].End && ClosesSentence(text, chunk[last + 1]))
        {
            last++;
        }
        return last;
    }

    /// <summary>The token after <c>chunk[last]</c>: the chunk's next one, or else the first token past the white space after it, tokenised alone.</summary>
    private static Token TokenAfter(string text, List<Token> chunk, int last, List<Token> scratch)
    {
        if (last + 1 < chunk.Count)
        {
            return chunk[last + 1];
        }
        var nextStart = chunk[last].End;
        while (char.IsWhiteSpace(text[nextStart])) nextStart++;
        scratch.Clear();
        Tokenizer.Tokenize(text, nextStart, text.Length, scratch, stopAt: nextStart + 1);
        return scratch[0];
    }

    private static bool IsTerminal(string text, TextSpan span)
    {
        var c = text[span.Start];
        return c is '.' or '?' or '!' or '…' or '。' or '？' or '！' or '؟';
    }

    private static bool IsEllipsis(string text, TextSpan span) => text[span.Start] == '…' || span.Length > 1;

    private static bool ClosesSentence(string text, Token token) => token.Kind switch
    {
        TokenKind.QuoteMark => Tokenizer.IsClosingQuote(text[token.Start]),
        TokenKind.FootnoteMarker => true,
        TokenKind.Punctuation => text[token.Start] is ')' or ']' or '?' or '!' or '…' || (text[token.Start] == '.' && token.Length == 1),
        _ => false,
    };

    private static bool EndsSentence(string text, List<Token> tokens, int terminal, Token next, Lexicon lexicon)
    {
        if (!CanStartSentence(text, next))
        {
            return false;
        }
        var terminalSpan = tokens[terminal].Span;
        if (text[terminalSpan.Start] != '.' || IsEllipsis(text, terminalSpan))
        {
            // "?", "!" end a sentence before any plausible start; an ellipsis only before a capital.
            return text[terminalSpan.Start] is '?' or '!' or '？' or '！' or '؟' || StartsWithCapital(text, next);
        }
        if (terminal == 0 || tokens[terminal - 1].End != terminalSpan.Start)
        {
            return true;
        }
        var word = tokens[terminal - 1];
        if (word.Kind != TokenKind.Word)
        {
            return true;
        }
        var wordText = text.AsSpan(word.Start, word.Length);
        if (lexicon.TitleLookup.Contains(wordText) || lexicon.TitleLookup.Contains(wordText[(wordText.LastIndexOf('-') + 1)..]))
        {
            return false; // a title, also one compounded with a time or a former holder: "then-Sen.", "ex-Gov."
        }
        if (IsTitleInCapitals(wordText, lexicon))
        {
            return false; // a title in a transcript's capitals: "MR. RUIZ:", "GEN. ANA OKAFOR"
        }
        if (wordText.Length == 1 && char.IsUpper(wordText[0]))
        {
            return false; // an initial: "Joe R. Biden", "Isiah L. Booker"
        }
        if (lexicon.AmbiguousLookup.Contains(wordText))
        {
            return StartsWithCapital(text, next);
        }
        if (IsInitials(wordText))
        {
            return false; // a person's or a club's initials: "F.W. de Klerk", "J.R. Okafor", "F.C. Dorvasi"
        }
        return !wordText.Contains('.') || StartsWithCapital(text, next);
    }

    /// <summary>A person title written in capitals ("MR", "SEN"), as a transcript's labels set it: the title with its first letter only in capitals is listed.</summary>
    private static bool IsTitleInCapitals(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        if (word.Length is < 2 or > 5 || !char.IsUpper(word[0]) || !char.IsUpper(word[^1]))
        {
            return false;
        }
        Span<char> titled = stackalloc char[word.Length];
        titled[0] = word[0];
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsUpper(word[i]))
            {
                return false;
            }
            titled[i] = char.ToLowerInvariant(word[i]);
        }
        return lexicon.PersonTitleLookup.Contains(titled);
    }

    /// <summary>
    /// Single capitals joined by periods ("J.R", "F.C"): initials, which a name follows, as one capital with a period
    /// is. The initialisms of places that end sentences ("U.K", "D.C") are on the ambiguous list and read there.
    /// </summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0) return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsAsciiLetterUpper(word[i]) : word[i] != '.') return false;
        }
        return true;
    }

    /// <summary>A lowercase word or a comma-like mark after the period means the sentence goes on.</summary>
    private static bool CanStartSentence(string text, Token next)
    {
        var c = text[next.Start];
        return next.Kind switch
        {
            TokenKind.Word => !char.IsLower(c),
            TokenKind.Punctuation => c is not (',' or ';' or ':' or ')' or ']' or '}' or '%'),
            _ => true,
        };
    }

    private static bool StartsWithCapital(string text, Token next)
    {
        var c = text[next.Start];
        return next.Kind switch
        {
            // A word that starts with a digit is a figure ("Dec. 6-9", "No. 14-915"), as a plain number is.
            TokenKind.Word => char.IsUpper(c) || !(char.IsLetter(c) || char.IsAsciiDigit(c)),
            TokenKind.QuoteMark => true,
            TokenKind.Number => false,
            _ => true,
        };
    }
}
