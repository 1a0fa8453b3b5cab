using System.Buffers;
using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Language;

/// <summary>
/// The tags of one sentence, tagged on demand, each exactly as tagging the whole sentence gives it. The tagger is
/// greedy: a token's tag depends on the words around it and on the two tags before it, never on a tag after it.
/// So a reader that looks only at the start of a sentence (a claim's main verb) pays only for that start. And a
/// word of the tag dictionary (one tag whatever its context: "the", "of", a comma) has its tag without tagging
/// anything: after two such words in a row the left context of the next token is fixed, so tagging restarts
/// there, and a question about a token deep in a sentence tags only from the last such pair before it. No lemmas
/// are made. Not thread-safe; dispose it to return its buffers.
/// </summary>
public sealed class LeftTags : IDisposable
{
    // A token's slot holds its tag (the tagger has at most 252), or one of these states. A token looked up or
    // tagged has been hashed.
    private const byte Unseen = 0xFF; // not hashed yet
    private const byte Hashed = 0xFE; // hashed, not looked up in the tag dictionary yet
    private const byte NotFixed = 0xFD; // not in the tag dictionary, not tagged yet

    private readonly PartOfSpeechTagger _tagger;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private WordHashes[] _context;
    private byte[] _tags;

    internal LeftTags(PartOfSpeechTagger tagger, string text, ImmutableArray<Token> tokens)
    {
        _tagger = tagger;
        _text = text;
        _tokens = tokens;
        var count = tokens.Length;
        _context = ArrayPool<WordHashes>.Shared.Rent(count + 4);
        _tags = ArrayPool<byte>.Shared.Rent(count);
        _tags.AsSpan(0, count).Fill(Unseen);
        _context[0] = WordHashes.Start2;
        _context[1] = WordHashes.Start;
        _context[count + 2] = WordHashes.End;
        _context[count + 3] = WordHashes.End2;
    }

    /// <summary>How many tokens the sentence has.</summary>
    public int Count => _tokens.Length;

    /// <summary>How many tokens the perceptron has tagged so far (dictionary words not counted): what restarting saves.</summary>
    internal int Stepped { get; private set; }

    /// <summary>The tag of token <paramref name="index"/>, tagging first the tokens it depends on that are not yet tagged.</summary>
    public PosTag this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_tokens.Length, nameof(index));
            var tag = _tags[index];
            return _tagger.TagOf(tag < NotFixed ? tag : Tag(index));
        }
    }

    private byte Tag(int index)
    {
        if (Known(index))
        {
            return _tags[index];
        }
        for (var i = RestartPoint(index); i <= index; i++)
        {
            if (Known(i))
            {
                continue;
            }
            // The step reads the words up to two either side of the token.
            HashRange(i - 2, i + 2);
            var previous = i > 0 ? _tags[i - 1] : TaggerFeatures.StartTag;
            var previous2 = i > 1 ? _tags[i - 2] : i == 1 ? TaggerFeatures.StartTag : TaggerFeatures.Start2Tag;
            _tags[i] = (byte)_tagger.Score(_context.AsSpan(0, _tokens.Length + 4), i, previous, previous2);
            Stepped++;
        }
        return _tags[index];
    }

    /// <summary>
    /// The first token from which tagging through <paramref name="index"/> needs no tag before it: the nearest
    /// token, going left, whose two previous tags are known (tagged, or fixed by the dictionary), else the first.
    /// </summary>
    private int RestartPoint(int index)
    {
        var start = index;
        while (start > 0 && !(Known(start - 1) && (start == 1 || Known(start - 2))))
        {
            start--;
        }
        return start;
    }

    /// <summary>Whether token <paramref name="i"/>'s tag is known, looking it up in the tag dictionary the first time.</summary>
    private bool Known(int i)
    {
        var tag = _tags[i];
        if (tag >= Hashed)
        {
            HashRange(i, i);
            tag = _tags[i] = _tagger.FixedTag(_context[i + 2].Exact) is { } fixedTag ? (byte)fixedTag : NotFixed;
        }
        return tag < NotFixed;
    }

    private void HashRange(int first, int last)
    {
        first = Math.Max(first, 0);
        last = Math.Min(last, _tokens.Length - 1);
        for (var i = first; i <= last; i++)
        {
            if (_tags[i] == Unseen)
            {
                var span = _tokens[i].Span;
                _context[i + 2] = WordHashes.Of(_text.AsSpan(span.Start, span.Length));
                _tags[i] = Hashed;
            }
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
