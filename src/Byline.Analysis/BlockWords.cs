using System.Runtime.InteropServices;
using Byline.Analysis.Attribution;
using Byline.Syntax;

namespace Byline.Analysis;

/// <summary>
/// One reading of a block's words, shared by the attribution reader and the entity scanner: each sentence's tokens,
/// delimited once by the one tokenizer, and each token's <see cref="Lexeme"/> (its word lists for both readers),
/// looked up once per occurrence in one per-thread table of spellings. Each reader used to tokenise the sentence
/// again and look its words up in a table of its own. A per-block fact like the others, kept in the analysis'
/// <see cref="BlockResultTable"/> only until both readers have read the block (see <see cref="BlockResults"/>).
/// </summary>
internal sealed class BlockWords
{
    private readonly BlockWord[] _words;
    private readonly int[] _sentenceStarts;

    private BlockWords(BlockWord[] words, int[] sentenceStarts) => (_words, _sentenceStarts) = (words, sentenceStarts);

    /// <summary>The tokens of sentence <paramref name="index"/> of the block.</summary>
    public ReadOnlySpan<BlockWord> Sentence(int index) =>
        _words.AsSpan(_sentenceStarts[index], _sentenceStarts[index + 1] - _sentenceStarts[index]);

    [ThreadStatic]
    private static List<Token>? _tokens;

    public static BlockWords Read(BlockNode node)
    {
        var text = node.Text;
        var sentences = node.Sentences;
        var tokens = _tokens ??= [];
        tokens.Clear();
        var starts = new int[sentences.Length + 1];
        for (var i = 0; i < sentences.Length; i++)
        {
            starts[i] = tokens.Count;
            Tokenizer.Tokenize(text, sentences[i].Span.Start, sentences[i].Span.End, tokens);
        }
        starts[^1] = tokens.Count;
        var words = new BlockWord[tokens.Count];
        SentenceWords.LookUp(text, CollectionsMarshal.AsSpan(tokens), words);
        return new BlockWords(words, starts);
    }
}
