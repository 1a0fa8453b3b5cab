using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Byline.Syntax;

namespace Byline.Language;

/// <summary>
/// A greedy averaged-perceptron part-of-speech tagger and lemmatizer over the tokens of the Syntax tokenizer,
/// trained on Universal Dependencies EWT and GUM (see docs/language.md). The embedded weights load on first use
/// of <see cref="Default"/>; the tagger is immutable, so any number of threads may use it at once.
/// </summary>
public sealed class PartOfSpeechTagger
{
    private const int StackLimit = 256;
    private static readonly Lazy<PartOfSpeechTagger> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PosTag[] _tags;
    private readonly FeatureTable _weights;
    private readonly PreviousTagRows _previousTagRows;
    private readonly UInt64Map _tagDictionary;
    private readonly Lemmatizer _lemmatizer;
    // The key part of the previous-tag-and-word feature for each previous tag value: the one feature a token looks up.
    private readonly ulong[] _previousWordKeys;
    private readonly TaggerWord _start, _start2, _end, _end2;

    internal PartOfSpeechTagger(TaggerModel model)
        : this(new TaggerParts(model.Labels,
            new FeatureTable(model.Weights.FeatureKeys, model.Weights.FeatureStarts, model.Weights.EntryLabels, model.Weights.EntryWeights, model.Labels.Length),
            model.TagDictionary, model.LemmaRules, model.LemmaExceptions))
    {
    }

    internal PartOfSpeechTagger(TaggerParts parts)
    {
        // Built in place from the parts' arrays, without intermediate collections: this runs at every start of the
        // server, on the path of the first document's diagnostics.
        _tags = new PosTag[parts.Labels.Length];
        for (var i = 0; i < _tags.Length; i++) _tags[i] = new PosTag((byte)i, parts.Labels[i]);
        // Tag values from 253 up stand for "before the sentence" in the features and for a token's state in LeftTags.
        if (_tags.Length >= 253) throw new InvalidDataException($"The model has {_tags.Length} tags; at most 252 fit.");
        _weights = parts.Weights;
        _previousTagRows = new PreviousTagRows(_weights, _tags.Length);
        var dictionaryTags = new int[parts.TagDictionary.Count];
        for (var i = 0; i < dictionaryTags.Length; i++) dictionaryTags[i] = parts.TagDictionary.Values[i];
        _tagDictionary = new UInt64Map(parts.TagDictionary.Keys, dictionaryTags);
        _lemmatizer = new Lemmatizer(parts.LemmaRules, parts.LemmaExceptions);
        _previousWordKeys = PreviousWordKeys();
        (_start, _start2, _end, _end2) = (Sentinel(WordHashes.Start), Sentinel(WordHashes.Start2), Sentinel(WordHashes.End), Sentinel(WordHashes.End2));
    }

    private TaggerWord Sentinel(WordHashes hashes) => new(this, hashes, TaggerWord.NotFixed);

    private ulong[] PreviousWordKeys()
    {
        var wordKeys = new ulong[_tags.Length + 2];
        for (var previous = 0; previous < wordKeys.Length; previous++)
        {
            wordKeys[previous] = WordHashes.Mix(7, (ulong)TagValue(previous));
        }
        return wordKeys;
    }

    // Tag values 0..count-1, then the two "before the sentence" values, numbered from 0 for the tables above.
    private int TagValue(int index) => index < _tags.Length ? index : TaggerFeatures.Start2Tag + index - _tags.Length;

    private int ValueIndex(int tag) => tag < _tags.Length ? tag : _tags.Length + tag - TaggerFeatures.Start2Tag;

    internal FeatureTable Weights => _weights;

    /// <summary>The tagger with the embedded weights, loaded on first use.</summary>
    public static PartOfSpeechTagger Default => Embedded.Value;

    /// <summary>Every tag the model can give.</summary>
    public IReadOnlyList<PosTag> Tags => _tags;

    /// <summary>Tags the <paramref name="tokens"/> of one sentence, whose spans index <paramref name="text"/>.</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<PosTag> tags)
    {
        if (tags.Length < tokens.Length) throw new ArgumentException("One tag per token is needed.", nameof(tags));
        var rented = tokens.Length + 4 > StackLimit ? ArrayPool<WordHashes>.Shared.Rent(tokens.Length + 4) : null;
        var context = rented is null ? stackalloc WordHashes[tokens.Length + 4] : rented.AsSpan(0, tokens.Length + 4);
        FillContext(text, tokens, context);
        TagContext(context, tags);
        if (rented is not null) ArrayPool<WordHashes>.Shared.Return(rented);
    }

    /// <summary>Tags and lemmatises the tokens of one sentence.</summary>
    public ImmutableArray<TaggedToken> Tag(string text, ImmutableArray<Token> tokens)
    {
        var tags = new PosTag[tokens.Length];
        Tag(text, tokens.AsSpan(), tags);
        var result = ImmutableArray.CreateBuilder<TaggedToken>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length);
            result.Add(new TaggedToken(tokens[i], tags[i], _lemmatizer.Lemmatize(word, tags[i])));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The lemma of <paramref name="word"/> read as <paramref name="tag"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> word, PosTag tag) => _lemmatizer.Lemmatize(word, tag);

    /// <summary>
    /// Every lemma <paramref name="word"/> may have read as <paramref name="tag"/>, the likelier first, for a caller that
    /// checks them against a word list: the exception, then the rule of each known suffix from the longest down.
    /// </summary>
    public IEnumerable<string> LemmaCandidates(string word, PosTag tag) => _lemmatizer.Candidates(word, tag);

    /// <summary><see cref="LemmaCandidates"/> appended to <paramref name="into"/>, repeats included (no iterator, no set).</summary>
    public void AddLemmaCandidates(string word, PosTag tag, List<string> into) => _lemmatizer.AddCandidates(word, tag, into);

    /// <summary>
    /// A reader of one sentence's tags that tags from the left only as far as it is asked (<see cref="LeftTags"/>).
    /// Dispose it to return its buffers.
    /// </summary>
    public LeftTags TagFromLeft(string text, ImmutableArray<Token> tokens) => LeftTags.Of(this, text, tokens.AsSpan());

    /// <summary>
    /// <see cref="TagFromLeft(string, ImmutableArray{Token})"/> for tokens already read (<see cref="ReadWord"/>), one per
    /// token in order; the span is copied.
    /// </summary>
    public LeftTags TagFromLeft(ReadOnlySpan<TaggerWord> words) => LeftTags.Of(this, words);

    /// <summary>
    /// <see cref="TagFromLeft(ReadOnlySpan{TaggerWord})"/> for a sentence of <paramref name="count"/> tokens whose words
    /// <paramref name="source"/> reads only as far as the tags asked for need them; it is released when the tags are disposed.
    /// </summary>
    public LeftTags TagFromLeft(TaggerWordReader source, int count) => LeftTags.Of(this, source, count, known: default);

    /// <summary>
    /// The same, given the tags an earlier reader of the same sentence found (<see cref="LeftTags.CopyKnownTags"/>): each
    /// one below <see cref="LeftTags.NoTag"/> is taken as the token's tag instead of tagged again. Tags are the same
    /// whoever asks, so the answers are the ones tagging afresh gives.
    /// </summary>
    public LeftTags TagFromLeft(TaggerWordReader source, int count, ReadOnlySpan<byte> known) => LeftTags.Of(this, source, count, known);

    /// <summary>What the tagger reads of one token's spelling: a reader that meets the spelling again may keep it.</summary>
    public TaggerWord ReadWord(ReadOnlySpan<char> spelling) => ReadWord(spelling, reuse: null);

    /// <summary><see cref="ReadWord(ReadOnlySpan{char})"/> into <paramref name="reuse"/>, a word of this tagger that no one else holds, if given.</summary>
    internal TaggerWord ReadWord(ReadOnlySpan<char> spelling, TaggerWord? reuse)
    {
        var hashes = WordHashes.Of(spelling);
        var fixedTag = FixedTag(hashes.Exact) is { } tag ? (byte)tag : TaggerWord.NotFixed;
        if (reuse is null)
        {
            return new TaggerWord(this, hashes, fixedTag);
        }
        reuse.Reread(hashes, fixedTag);
        return reuse;
    }

    /// <summary>
    /// The step's input for one sentence of words already read: <paramref name="words"/> with this tagger's two
    /// sentinels on each side, into <paramref name="context"/> (<paramref name="words"/>' length + 4). A word read by
    /// another tagger is read again, since its weights' places are that tagger's.
    /// </summary>
    internal void FillContext(ReadOnlySpan<TaggerWord> words, Span<TaggerWord> context)
    {
        context[0] = _start2;
        context[1] = _start;
        for (var i = 0; i < words.Length; i++)
        {
            context[i + 2] = words[i].Tagger == this ? words[i] : new TaggerWord(this, words[i].Hashes, words[i].FixedTag);
        }
        context[words.Length + 2] = _end;
        context[words.Length + 3] = _end2;
    }

    /// <summary>The two sentinels before a sentence's words, at the start of <paramref name="context"/> (a demand-read sentence's).</summary>
    internal void FillContextStart(Span<TaggerWord> context) => (context[0], context[1]) = (_start2, _start);

    /// <summary>The two sentinels after a sentence of <paramref name="count"/> words, written once its last word is read.</summary>
    internal void FillContextEnd(Span<TaggerWord> context, int count) => (context[count + 2], context[count + 3]) = (_end, _end2);

    /// <summary>Words read for another tagger made this one's (as <see cref="FillContext(ReadOnlySpan{TaggerWord}, Span{TaggerWord})"/> does).</summary>
    internal void CheckContext(Span<TaggerWord> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Tagger != this)
            {
                words[i] = new TaggerWord(this, words[i].Hashes, words[i].FixedTag);
            }
        }
    }

    /// <summary>
    /// The step's input for one sentence: the word hashes of <paramref name="tokens"/> with two sentinels on each
    /// side, written into <paramref name="context"/> (<paramref name="tokens"/>' length + 4).
    /// </summary>
    internal static void FillContext(string text, ReadOnlySpan<Token> tokens, Span<WordHashes> context)
    {
        context[0] = WordHashes.Start2;
        context[1] = WordHashes.Start;
        for (var i = 0; i < tokens.Length; i++)
        {
            context[i + 2] = WordHashes.Of(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length));
        }
        context[tokens.Length + 2] = WordHashes.End;
        context[tokens.Length + 3] = WordHashes.End2;
    }

    /// <param name="context">Word hashes with two sentinels on each side.</param>
    internal void TagContext(ReadOnlySpan<WordHashes> context, Span<PosTag> tags)
    {
        int previous = TaggerFeatures.StartTag, previous2 = TaggerFeatures.Start2Tag;
        for (var i = 0; i < context.Length - 4; i++)
        {
            var tag = TagAt(context, i, previous, previous2);
            tags[i] = _tags[tag];
            previous2 = previous;
            previous = tag;
        }
    }

    /// <summary>The tag of token <paramref name="i"/> given the two before it: the greedy tagger's one step.</summary>
    internal int TagAt(ReadOnlySpan<WordHashes> context, int i, int previous, int previous2)
    {
        return _tagDictionary.TryGetValue(context[i + 2].Exact, out var tag) ? tag : Score(context, i, previous, previous2);
    }

    /// <summary>The tag of a word with exact hash <paramref name="exact"/> when the tag dictionary fixes it, whatever its context.</summary>
    internal int? FixedTag(ulong exact) => _tagDictionary.TryGetValue(exact, out var tag) ? tag : null;

    /// <summary><see cref="TagAt"/> for a token the tag dictionary does not fix: the perceptron's best tag.</summary>
    [SkipLocalsInit] // every buffer is written before it is read
    internal int Score(ReadOnlySpan<WordHashes> context, int i, int previous, int previous2)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.LookedUpCount];
        Span<int> scores = stackalloc int[FeatureTable.ScoresLength];
        TaggerFeatures.ExtractLookedUp(context, i, previous, previous2, features);
        _previousTagRows.Start(previous, previous2, scores);
        _weights.AddWeights(features, scores);
        // The first best, as a scan from the first tag finds it; the padding past the last tag never wins.
        return BestOf(scores[.._previousTagRows.Width]);
    }

    /// <summary>
    /// <see cref="Score(ReadOnlySpan{WordHashes}, int, int, int)"/> over words already read (<see cref="FillContext(ReadOnlySpan{TaggerWord}, Span{TaggerWord})"/>):
    /// the same sums, but the twelve features that read one word alone come from the words (found once per word), the
    /// four that read only the previous tags from summed rows (<see cref="PreviousTagRows.StartWithPair"/>), and only the
    /// previous tag with the word is looked up.
    /// </summary>
    [SkipLocalsInit] // every buffer is written before it is read
    internal int Score(ReadOnlySpan<TaggerWord> context, int i, int previous, int previous2)
    {
        Span<FeatureRef> features = stackalloc FeatureRef[TaggerFeatures.WordFeatureCount + 1];
        Span<int> scores = stackalloc int[FeatureTable.ScoresLength];
        var word = context[i + 2];
        // Its key is known only once the token before is tagged: asked from memory before the other features are read.
        var previousWord = WordHashes.Mix(_previousWordKeys[ValueIndex(previous)], word.Hashes.Word);
        _weights.PrefetchSlot(previousWord);
        TaggerFeatures.WordFeatures(context, i, features);
        // A sentence's first token reads another shape feature than the one a word's own row sums.
        var own = i > 0 ? word.OwnRow(_weights) : null;
        _previousTagRows.StartWithPair(previous, previous2, own, scores);
        if (own is not null)
        {
            // The word's own features' weights come summed in its row: only the others are added one by one.
            features = features[TaggerFeatures.OwnFeatureCount..];
        }
        features[^1] = _weights.RefOf(previousWord);
        _weights.AddWeights(features, scores);
        return BestOf(scores[.._previousTagRows.Width]);
    }

    /// <summary>
    /// <see cref="TagAt"/> as the perceptron defines it, every feature's weights added one after another: what
    /// tests hold the quicker path to.
    /// </summary>
    internal int TagAtFeatureByFeature(ReadOnlySpan<WordHashes> context, int i, int previous, int previous2)
    {
        if (_tagDictionary.TryGetValue(context[i + 2].Exact, out var tag))
        {
            return tag;
        }
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<int> scores = stackalloc int[_weights.Width];
        TaggerFeatures.Extract(context, i, previous, previous2, features);
        foreach (var key in features)
        {
            _weights.AddWeights(key, scores);
        }
        var best = 0;
        for (var t = 1; t < _tags.Length; t++)
        {
            if (scores[t] > scores[best]) best = t;
        }
        return best;
    }

    internal PosTag TagOf(int id) => _tags[id];

    private static int BestOf(ReadOnlySpan<int> scores) => scores.IndexOf(Max(scores));

    // 256-bit vectors where accelerated, else 128-bit ones, which the native (AOT) build accelerates too. The scores
    // are a whole number of 256-bit vectors long (FeatureTable.Width).
    // Read through a reference: a slice and a length check per vector cost more than the comparison itself.
    private static int Max(ReadOnlySpan<int> scores)
    {
        ref var at = ref MemoryMarshal.GetReference(scores);
        var length = (nuint)scores.Length;
        nuint i;
        int best;
        if (Vector256.IsHardwareAccelerated)
        {
            var wide = Vector256.Create(scores);
            for (i = (nuint)Vector256<int>.Count; i + (nuint)Vector256<int>.Count <= length; i += (nuint)Vector256<int>.Count)
            {
                wide = Vector256.Max(wide, Vector256.LoadUnsafe(ref at, i));
            }
            best = Max(Vector128.Max(wide.GetLower(), wide.GetUpper()));
        }
        else
        {
            var max = Vector128.Create(scores);
            for (i = (nuint)Vector128<int>.Count; i + (nuint)Vector128<int>.Count <= length; i += (nuint)Vector128<int>.Count)
            {
                max = Vector128.Max(max, Vector128.LoadUnsafe(ref at, i));
            }
            best = Max(max);
        }
        for (; i < length; i++)
        {
            best = Math.Max(best, scores[(int)i]);
        }
        return best;
    }

    private static int Max(Vector128<int> max)
    {
        var best = max[0];
        for (var lane = 1; lane < Vector128<int>.Count; lane++)
        {
            best = Math.Max(best, max[lane]);
        }
        return best;
    }

    internal static PartOfSpeechTagger LoadEmbedded()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load the tagger's weights");
        return new PartOfSpeechTagger(ReadEmbeddedImage());
    }

    /// <summary>The build embeds tagger.bin as a <see cref="TaggerImage"/> (TaggerModel.Read for the committed, compressed form).</summary>
    internal const string EmbeddedImageName = "Byline.Language.Data.tagger.bin.image";

    /// <summary>
    /// The embedded image's parts, its table read in place: the runtime maps resources with the executable (native) or
    /// the assembly file (JIT) for the life of the process. Any other stream is copied once into a pinned array.
    /// </summary>
    internal static unsafe TaggerParts ReadEmbeddedImage()
    {
        using var stream = typeof(PartOfSpeechTagger).Assembly.GetManifestResourceStream(EmbeddedImageName)
            ?? throw new InvalidOperationException($"The tagger's weights ({EmbeddedImageName}) are not embedded in this build.");
        if (stream is UnmanagedMemoryStream mapped)
        {
            return TaggerImage.Read(mapped.PositionPointer, checked((int)mapped.Length), owner: null);
        }
        var copy = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length), pinned: true);
        stream.ReadExactly(copy);
        return TaggerImage.Read((byte*)Unsafe.AsPointer(ref copy[0]), copy.Length, owner: copy);
    }
}

/// <summary>A token with its part of speech and lemma.</summary>
public readonly record struct TaggedToken(Token Token, PosTag Tag, string Lemma);
