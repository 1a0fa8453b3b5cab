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
    // A token's slot holds its tag (the tagger has at most 252), or NotFixed until it is tagged.
    private const byte NotFixed = TaggerWord.NotFixed;

    private readonly PartOfSpeechTagger _tagger;
    private readonly int _count;
    private TaggerWord[] _context;
    private byte[] _tags;

    /// <param name="words">Each token's reading (<see cref="PartOfSpeechTagger.ReadWord"/>), copied: the caller may reuse the span.</param>
    internal LeftTags(PartOfSpeechTagger tagger, ReadOnlySpan<TaggerWord> words)
    {
        _tagger = tagger;
        var count = _count = words.Length;
        _context = ArrayPool<TaggerWord>.Shared.Rent(count + 4);
        _tags = ArrayPool<byte>.Shared.Rent(count);
        tagger.FillContext(words, _context.AsSpan(0, count + 4));
        for (var i = 0; i < count; i++)
        {
            _tags[i] = words[i].FixedTag;
        }
    }

    /// <summary>How many tokens the sentence has.</summary>
    public int Count => _count;

    /// <summary>How many tokens the perceptron has tagged so far (dictionary words not counted): what restarting saves.</summary>
    internal int Stepped { get; private set; }

    /// <summary>The tag of token <paramref name="index"/>, tagging first the tokens it depends on that are not yet tagged.</summary>
    public PosTag this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            var tag = _tags[index];
            return _tagger.TagOf(tag < NotFixed ? tag : Tag(index));
        }
    }

    private byte Tag(int index)
    {
        for (var i = RestartPoint(index); i <= index; i++)
        {
            if (Known(i))
            {
                continue;
            }
            var previous = i > 0 ? _tags[i - 1] : TaggerFeatures.StartTag;
            var previous2 = i > 1 ? _tags[i - 2] : i == 1 ? TaggerFeatures.StartTag : TaggerFeatures.Start2Tag;
            _tags[i] = (byte)_tagger.Score(_context.AsSpan(0, _count + 4), i, previous, previous2);
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

    /// <summary>Whether token <paramref name="i"/>'s tag is known: fixed by the tag dictionary, or tagged.</summary>
    private bool Known(int i) => _tags[i] < NotFixed;

    public void Dispose()
    {
        if (_context.Length > 0)
        {
            // Cleared, so that the pool does not keep the words alive.
            _context.AsSpan(0, _count + 4).Clear();
            ArrayPool<TaggerWord>.Shared.Return(_context);
            ArrayPool<byte>.Shared.Return(_tags);
            _context = [];
            _tags = [];
        }
    }
}

/// <summary>
/// What the tagger reads of one spelling, worked out once: the hashes its features combine, when the tag dictionary
/// fixes the word whatever its context, that tag, and, on first use, where the weights of the features that read
/// this word alone are (twelve of the fourteen a token looks up). A reader that sees the same spelling many times (a
/// block's lexemes, in Byline.Analysis) keeps one per spelling, so the tagger neither hashes each occurrence nor probes
/// its table for those features again: it reads their weights straight away.
/// </summary>
public sealed class TaggerWord
{
    /// <summary>The word is not in the tag dictionary: its tag depends on its context. (Tags are below 253.)</summary>
    internal const byte NotFixed = 0xFD;

    /// <summary>
    /// The bytes of a word's fields (the tagger, six hashes, thirteen feature places, two bytes), four cache lines that
    /// a reader brings into the cache before tagging (<see cref="Byline.Text.CacheHints.PrefetchFields"/>).
    /// </summary>
    public const int FieldBytes = 168;

    private WordFeatureRefs _features;
    private volatile bool _featuresFound;

    internal TaggerWord(PartOfSpeechTagger tagger, WordHashes hashes, byte fixedTag) => (Tagger, Hashes, FixedTag) = (tagger, hashes, fixedTag);

    /// <summary>The tagger whose weights <see cref="Features"/> points into.</summary>
    internal PartOfSpeechTagger Tagger { get; }

    internal WordHashes Hashes { get; }

    /// <summary>The tag the dictionary fixes, or <see cref="NotFixed"/>.</summary>
    internal byte FixedTag { get; }

    /// <summary>Where the weights of this word's one-word features are, found on first use.</summary>
    // A word shared by threads (a one-character lexeme) may be found twice; both find the same places.
    internal ref readonly WordFeatureRefs Features
    {
        get
        {
            if (!_featuresFound)
            {
                FindFeatures();
            }
            return ref _features;
        }
    }

    private void FindFeatures()
    {
        Span<ulong> keys = stackalloc ulong[TaggerFeatures.WordKeyCount];
        TaggerFeatures.WordKeys(Hashes, keys);
        for (var k = 0; k < keys.Length; k++)
        {
            _features[k] = Tagger.Weights.RefOf(keys[k]);
        }
        _featuresFound = true;
    }
}
