using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax;

/// <summary>Builds green block nodes: sentence boundaries are found now, tokens when a sentence is first read.</summary>
internal sealed class BlockFactory(Lexicon lexicon)
{
    // Scratch lists reused by every parse on this thread: a new factory per parse would otherwise grow new
    // lists for every short article.
    [ThreadStatic]
    private static List<Token>? t_tokens;
    [ThreadStatic]
    private static List<TextSpan>? t_sentences;

    private readonly List<Token> _tokens = t_tokens ??= new List<Token>(256);
    private readonly List<TextSpan> _sentences = t_sentences ??= new List<TextSpan>(16);

    public BlockNode Create(BlockKind kind, string text)
    {
        if (kind is BlockKind.FrontMatter or BlockKind.Separator)
        {
            return new BlockNode(kind, text, []);
        }
        if (SingleSentence(text) is { } whole)
        {
            return new BlockNode(kind, text, whole.IsEmpty ? [] : [new SentenceNode(whole, text)]);
        }
        _tokens.Clear();
        _sentences.Clear();
        Tokenizer.Tokenize(text, 0, text.Length, _tokens);
        SentenceSplitter.Split(text, _tokens, lexicon, _sentences);
        var sentences = ImmutableArray.CreateBuilder<SentenceNode>(_sentences.Count);
        foreach (var span in _sentences)
        {
            sentences.Add(new SentenceNode(span, text));
        }
        return new BlockNode(kind, text, sentences.MoveToImmutable());
    }

    private static readonly System.Buffers.SearchValues<char> Terminals = System.Buffers.SearchValues.Create(".?!…。？！؟");

    /// <summary>
    /// Headlines, captions, credits and many paragraphs are one sentence; they need no tokens to say so. A block
    /// is one sentence when no sentence-ending mark is followed by white space before its last token — the
    /// splitter only ever ends a sentence at a terminal with white space after it and more tokens to come. The
    /// span is what the splitter gives: first token start to last token end, i.e. the text without surrounding
    /// white space (every other character belongs to a token). Null when the splitter must decide; an empty span
    /// for a block of white space (no tokens, no sentence).
    /// </summary>
    internal static TextSpan? SingleSentence(string text)
    {
        var span = text.AsSpan();
        var first = 0;
        while (first < span.Length && char.IsWhiteSpace(span[first])) first++;
        var end = span.Length;
        while (end > first && char.IsWhiteSpace(span[end - 1])) end--;
        if (first >= end)
        {
            return new TextSpan(0, 0);
        }
        var terminal = span[first..end].IndexOfAny(Terminals);
        if (terminal < 0)
        {
            return TextSpan.FromBounds(first, end);
        }
        for (var i = first + terminal; i < end; i++)
        {
            if (char.IsWhiteSpace(span[i]))
            {
                return null; // a terminal with white space after it, and more text: the splitter decides
            }
        }
        return TextSpan.FromBounds(first, end);
    }
}
