using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Syntax;

/// <summary>Builds green block nodes: sentence boundaries are found now, tokens when a sentence is first read.</summary>
internal sealed class BlockFactory(Lexicon lexicon)
{
    private readonly List<Token> _tokens = [];
    private readonly List<TextSpan> _sentences = [];

    public BlockNode Create(BlockKind kind, string text)
    {
        if (kind is BlockKind.FrontMatter or BlockKind.Separator)
        {
            return new BlockNode(kind, text, []);
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
}
