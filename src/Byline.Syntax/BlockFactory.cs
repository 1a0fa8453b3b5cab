using System.Runtime.InteropServices;
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
    [ThreadStatic]
    private static List<Token>? t_next;

    private readonly List<Token> _tokens = t_tokens ??= new List<Token>(256);
    private readonly List<TextSpan> _sentences = t_sentences ??= new List<TextSpan>(16);
    private readonly List<Token> _next = t_next ??= new List<Token>(1);

    public BlockNode Create(BlockKind kind, string text)
    {
        if (kind is BlockKind.FrontMatter or BlockKind.Separator)
        {
            return new BlockNode(kind, text, []);
        }
        _sentences.Clear();
        SentenceSplitter.SplitText(text, lexicon, _sentences, _tokens, _next);
        // An array of the exact size, wrapped: a builder per block only to move its array out was one more object per block.
        var sentences = new SentenceNode[_sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new SentenceNode(_sentences[i], text);
        }
        return new BlockNode(kind, text, ImmutableCollectionsMarshal.AsImmutableArray(sentences));
    }
}
