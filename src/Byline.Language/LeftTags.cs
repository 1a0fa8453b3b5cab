using System.Buffers;
using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Language;

/// <summary>
/// The tags of one sentence, tagged from the left on demand. The tagger is greedy: a token's tag depends on the
/// words around it and on the tags before it, never on a tag after it. So the first n tags are the same whether
/// the rest of the sentence is tagged or not, and a reader that looks only at the start of a sentence (a claim's
/// main verb) pays only for that start. No lemmas are made. Not thread-safe; dispose it to return its buffers.
/// </summary>
public sealed class LeftTags : IDisposable
{
    private readonly PartOfSpeechTagger _tagger;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private WordHashes[] _context;
    private byte[] _tags;
    private int _hashed;
    private int _tagged;

    internal LeftTags(PartOfSpeechTagger tagger, string text, ImmutableArray<Token> tokens)
    {
        _tagger = tagger;
        _text = text;
        _tokens = tokens;
        _context = ArrayPool<WordHashes>.Shared.Rent(tokens.Length + 4);
        _tags = ArrayPool<byte>.Shared.Rent(tokens.Length);
        _context[0] = WordHashes.Start2;
        _context[1] = WordHashes.Start;
    }

    /// <summary>How many tokens the sentence has.</summary>
    public int Count => _tokens.Length;

    /// <summary>The tag of token <paramref name="index"/>, tagging the tokens before it first if they are not yet tagged.</summary>
    public PosTag this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_tokens.Length, nameof(index));
            while (_tagged <= index)
            {
                TagNext();
            }
            return _tagger.TagOf(_tags[index]);
        }
    }

    private void TagNext()
    {
        var i = _tagged;
        // The step reads the words up to two after the token.
        HashThrough(Math.Min(i + 2, _tokens.Length - 1));
        var previous = i > 0 ? _tags[i - 1] : TaggerFeatures.StartTag;
        var previous2 = i > 1 ? _tags[i - 2] : i == 1 ? TaggerFeatures.StartTag : TaggerFeatures.Start2Tag;
        _tags[i] = (byte)_tagger.TagAt(_context.AsSpan(0, _tokens.Length + 4), i, previous, previous2);
        _tagged++;
    }

    private void HashThrough(int last)
    {
        for (; _hashed <= last; _hashed++)
        {
            var span = _tokens[_hashed].Span;
            _context[_hashed + 2] = WordHashes.Of(_text.AsSpan(span.Start, span.Length));
        }
        if (_hashed == _tokens.Length)
        {
            _context[_tokens.Length + 2] = WordHashes.End;
            _context[_tokens.Length + 3] = WordHashes.End2;
        }
    }

    public void Dispose()
    {
        if (_context.Length > 0)
        {
            ArrayPool<WordHashes>.Shared.Return(_context);
            ArrayPool<byte>.Shared.Return(_tags);
            _context = [];
            _tags = [];
        }
    }
}
