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
/// are made. Not thread-safe; dispose it to return its buffers, and do not use it after.
/// </summary>
public sealed class LeftTags : IDisposable
{
    // A token's slot holds its tag (the tagger has at most 252), or NotFixed until it is tagged.
    private const byte NotFixed = TaggerWord.NotFixed;

    // A disposed reader is kept for the thread's next sentence, with its buffers and the words it read from text, so
    // that tagging a sentence allocates nothing. Several are kept since a caller may hold two sentences at once; one
    // whose buffers grew past KeptTokens is let go, so that one long sentence does not hold memory for good. The
    // buffers hold no result beyond the sentence: a reader is rented emptied and filled for its sentence alone.
    private const int KeptReaders = 4, KeptTokens = 1024;

    [ThreadStatic]
    private static LeftTags?[]? _kept;

    private PartOfSpeechTagger _tagger;
    private int _count;
    private bool _rented;
    private TaggerWord[] _context = [];
    private byte[] _tags = [];
    // The words this reader read from text itself (TagFromLeft over tokens), read again for each sentence.
    private TaggerWord[] _read = [];
    // Where the words come from when they are read on demand (Of with a TaggerWordReader), and how many are read:
    // the first _filled tokens have their words in the context and their fixed tags in _tags. Tokens read from a span
    // are all read at once (_source null, _filled the count).
    private TaggerWordReader? _source;
    private int _filled;
    // Tags an earlier reader of the sentence found (NotFixed where it found none), taken as the words are read.
    private byte[] _known = [];
    private bool _hasKnown;

    private LeftTags(PartOfSpeechTagger tagger) => _tagger = tagger;

    /// <summary>
    /// A reader of a sentence of <paramref name="count"/> tokens whose words <paramref name="source"/> reads only when a
    /// tag needs them: tagging through token i reads the words through i + 2 (the window of its last step), so a
    /// question about the start of a long sentence does not read the rest. The tags are the same as with every word
    /// read first, since a step reads no word past its window. The reader is given back (<see
    /// cref="TaggerWordReader.Release"/>) when this is disposed.
    /// </summary>
    /// <param name="known">Tags an earlier reader of the sentence found (<see cref="CopyKnownTags"/>), or empty.</param>
    internal static LeftTags Of(PartOfSpeechTagger tagger, TaggerWordReader source, int count, ReadOnlySpan<byte> known)
    {
        var reader = Rent(tagger, count);
        (reader._source, reader._filled) = (source, 0);
        reader._hasKnown = !known.IsEmpty;
        if (reader._hasKnown)
        {
            if (reader._known.Length < count) reader._known = new byte[Math.Max(count, 2 * reader._known.Length)];
            known[..count].CopyTo(reader._known);
        }
        tagger.FillContextStart(reader._context);
        if (count == 0)
        {
            tagger.FillContextEnd(reader._context, 0);
        }
        return reader;
    }

    // Every token through `index` + 2 read (or all of them), a few more at a time so that one call's prefetches overlap.
    private void ReadThrough(int index)
    {
        var to = Math.Min(_count, Math.Max(index + 3, _filled + ReadAhead));
        var words = _context.AsSpan(_filled + 2, to - _filled);
        _source!.Read(_filled, words);
        for (var i = 0; i < words.Length; i++)
        {
            _tags[_filled + i] = words[i].FixedTag;
        }
        if (_hasKnown)
        {
            TakeKnown(_filled, to);
        }
        _tagger.CheckContext(words);
        _filled = to;
        if (to == _count)
        {
            _tagger.FillContextEnd(_context, _count);
        }
    }

    // How many words a demand-read reads at least: most questions come in order along the sentence.
    private const int ReadAhead = 8;

    // The earlier reader's tags of tokens from..to, where it found them, in place of tagging them again.
    private void TakeKnown(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_known[i] < NotFixed)
            {
                _tags[i] = _known[i];
            }
        }
    }

    /// <summary>What <see cref="CopyKnownTags"/> writes for a token whose tag is not found yet.</summary>
    public const byte NoTag = NotFixed;

    /// <summary>Whether the perceptron has tagged any token (the tag dictionary's tags a later reader fixes as cheaply itself).</summary>
    public bool TaggedAny => Stepped > 0;

    /// <summary>
    /// The tags found so far, for a later reader of the same sentence (<see cref="PartOfSpeechTagger.TagFromLeft(TaggerWordReader, int, ReadOnlySpan{byte})"/>):
    /// each token's tag, or <see cref="NoTag"/> where none is found yet, into <paramref name="into"/> (the
    /// sentence's length).
    /// </summary>
    public void CopyKnownTags(Span<byte> into)
    {
        _tags.AsSpan(0, _filled).CopyTo(into);
        into[_filled.._count].Fill(NotFixed);
    }

    /// <summary>A reader of <paramref name="words"/>, each token's reading (<see cref="PartOfSpeechTagger.ReadWord"/>), copied.</summary>
    internal static LeftTags Of(PartOfSpeechTagger tagger, ReadOnlySpan<TaggerWord> words)
    {
        var reader = Rent(tagger, words.Length);
        tagger.FillContext(words, reader._context.AsSpan(0, words.Length + 4));
        reader.FixTags(words);
        reader._filled = words.Length;
        return reader;
    }

    /// <summary>A reader of the <paramref name="tokens"/> of <paramref name="text"/>, each read into one of the reader's own words.</summary>
    internal static LeftTags Of(PartOfSpeechTagger tagger, string text, ReadOnlySpan<Token> tokens)
    {
        var reader = Rent(tagger, tokens.Length);
        if (reader._read.Length < tokens.Length) Array.Resize(ref reader._read, Math.Max(tokens.Length, 2 * reader._read.Length));
        var words = reader._read.AsSpan(0, tokens.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var spelling = text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length);
            words[i] = tagger.ReadWord(spelling, words[i]?.Tagger == tagger ? words[i] : null);
        }
        tagger.FillContext(words, reader._context.AsSpan(0, words.Length + 4));
        reader.FixTags(words);
        reader._filled = words.Length;
        return reader;
    }

    private static LeftTags Rent(PartOfSpeechTagger tagger, int count)
    {
        var kept = _kept ??= new LeftTags?[KeptReaders];
        LeftTags? reader = null;
        for (var k = 0; k < kept.Length && reader is null; k++)
        {
            (reader, kept[k]) = (kept[k], null);
        }
        reader ??= new LeftTags(tagger);
        (reader._tagger, reader._count, reader._rented, reader.Stepped, reader._hasKnown) = (tagger, count, true, 0, false);
        if (reader._context.Length < count + 4) reader._context = new TaggerWord[Math.Max(count + 4, 2 * reader._context.Length)];
        if (reader._tags.Length < count) reader._tags = new byte[Math.Max(count, 2 * reader._tags.Length)];
        return reader;
    }

    private void FixTags(ReadOnlySpan<TaggerWord> words)
    {
        for (var i = 0; i < words.Length; i++)
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
            if (index + 2 >= _filled && _filled < _count)
            {
                ReadThrough(index);
            }
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

    /// <summary>Ends the reader; it must not be used after (the thread's next sentence may get it).</summary>
    public void Dispose()
    {
        if (!_rented)
        {
            return;
        }
        // Cleared, so that a kept reader does not keep the words of its last sentence alive.
        _context.AsSpan(0, _count + 4).Clear();
        (_rented, _count, _filled) = (false, 0, 0);
        var source = _source;
        _source = null;
        source?.Release();
        if (_context.Length > KeptTokens + 4)
        {
            return;
        }
        var kept = _kept ??= new LeftTags?[KeptReaders];
        for (var k = 0; k < kept.Length; k++)
        {
            if (kept[k] is null)
            {
                kept[k] = this;
                return;
            }
        }
    }
}

/// <summary>
/// Reads a sentence's words for the tagger when a <see cref="LeftTags"/> needs them, for a caller whose words cost
/// something to read (each a look-up of its spelling's reading): a sentence is often asked about only near its start.
/// </summary>
public abstract class TaggerWordReader
{
    /// <summary>The words of tokens <paramref name="from"/> on, as many as <paramref name="into"/> holds, into it.</summary>
    protected internal abstract void Read(int from, Span<TaggerWord> into);

    /// <summary>The tags that read this are disposed: it is read no more, and may be kept for another sentence.</summary>
    protected internal virtual void Release()
    {
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
    /// The bytes of a word's fields (the tagger, six hashes, thirteen feature places, the summed row, a count and four bytes), four cache lines that
    /// a reader brings into the cache before tagging (<see cref="Byline.Text.CacheHints.PrefetchFields"/>).
    /// </summary>
    public const int FieldBytes = 184;

    private WordFeatureRefs _features;
    // Which roles' places are found (TaggerFeatures.TokenPlaces and the others). A word shared by threads (a
    // one-character lexeme) may be found twice; both find the same places.
    private volatile bool _asToken, _asBefore, _asAfter;
    // How often a token of this word was scored (counted up to OwnRowAfter), then the sum of its own features' weights.
    // Threads sharing the word may miscount or sum it twice: any count is a count, and every sum is the same.
    private int _scored;
    private int[]? _ownRow;

    /// <summary>
    /// After how many scorings a word keeps its own features' weights summed: a word scored this often is likely to be
    /// scored again (news repeats its words), while keeping a row (a score per tag) for every word would cost more
    /// memory than it saves time on the many words read once or twice.
    /// </summary>
    private const int OwnRowAfter = 4;

    internal TaggerWord(PartOfSpeechTagger tagger, WordHashes hashes, byte fixedTag) => (Tagger, Hashes, FixedTag) = (tagger, hashes, fixedTag);

    /// <summary>The tagger whose weights the feature places point into.</summary>
    internal PartOfSpeechTagger Tagger { get; private set; }

    internal WordHashes Hashes { get; private set; }

    /// <summary>The tag the dictionary fixes, or <see cref="NotFixed"/>.</summary>
    internal byte FixedTag { get; private set; }

    /// <summary>
    /// Makes this word another spelling's reading: only for a word no one else holds (a <see cref="LeftTags"/>' own
    /// words, read again for each sentence).
    /// </summary>
    internal void Reread(WordHashes hashes, byte fixedTag)
    {
        (Hashes, FixedTag) = (hashes, fixedTag);
        _asToken = _asBefore = _asAfter = false;
        (_scored, _ownRow) = (0, null);
    }

    /// <summary>
    /// The weights of the features that read this word alone as the token scored, at any place but a sentence's first
    /// (<see cref="TaggerFeatures.OwnFeatureCount"/>), summed into one score per tag (<see cref="FeatureTable.Width"/>
    /// long): made once the word has been scored <see cref="OwnRowAfter"/> times, null before. Whole numbers, so adding
    /// the sum gives the scores adding the features one by one gives.
    /// </summary>
    internal int[]? OwnRow(FeatureTable weights)
    {
        if (_ownRow is { } row)
        {
            return row;
        }
        if (++_scored < OwnRowAfter)
        {
            return null;
        }
        row = new int[weights.Width];
        ref readonly var own = ref AsToken;
        for (var k = 0; k < TaggerFeatures.OwnFeatureCount; k++)
        {
            weights.Add(own[k], row);
        }
        Volatile.Write(ref _ownRow, row);
        return row;
    }

    /// <summary>Where the weights of this word's features as the token scored are, found on first use.</summary>
    internal ref readonly WordFeatureRefs AsToken
    {
        get
        {
            if (!_asToken)
            {
                Find(TaggerFeatures.TokenPlaces, TaggerFeatures.TokenPlaceCount);
                _asToken = true;
            }
            return ref _features;
        }
    }

    /// <summary>Where the weights of this word's features as one or two words before the token are, found on first use.</summary>
    internal ref readonly WordFeatureRefs AsBefore
    {
        get
        {
            if (!_asBefore)
            {
                Find(TaggerFeatures.BeforePlaces, TaggerFeatures.BeforePlaceCount);
                _asBefore = true;
            }
            return ref _features;
        }
    }

    /// <summary>Where the weights of this word's features as one or two words after the token are, found on first use.</summary>
    internal ref readonly WordFeatureRefs AsAfter
    {
        get
        {
            if (!_asAfter)
            {
                Find(TaggerFeatures.AfterPlaces, TaggerFeatures.AfterPlaceCount);
                _asAfter = true;
            }
            return ref _features;
        }
    }

    private void Find(int from, int count)
    {
        Span<ulong> keys = stackalloc ulong[count];
        TaggerFeatures.WordKeys(Hashes, from, keys);
        Tagger.Weights.RefsOf(keys, ((Span<FeatureRef>)_features).Slice(from, count));
    }
}
