using System.Runtime.CompilerServices;

namespace Byline.Language;

/// <summary>
/// The feature set of Honnibal's greedy averaged-perceptron tagger ("A good part-of-speech tagger in about 200
/// lines of Python", 2013): the word, its suffixes, first character and shape, the two previous tags, and the
/// neighbouring words. Shared by tagging and training so both see exactly the same keys.
/// </summary>
/// <remarks>
/// Three features read nothing but the previous two tags: the bias, the previous tag and the one before it. The
/// tagger adds their weights from dense rows (<see cref="PreviousTagRows"/>) and looks up only the other
/// <see cref="LookedUpCount"/> in the hash table (<see cref="ExtractLookedUp"/>); training reads all
/// <see cref="Count"/> in the order <see cref="Extract"/> gives, which the committed weights depend on.
/// </remarks>
internal static class TaggerFeatures
{
    public const int Count = 17;

    /// <summary>How many features <see cref="ExtractLookedUp"/> gives: all but the bias and the two single previous tags.</summary>
    public const int LookedUpCount = Count - 3;

    /// <summary>Tag values standing for "before the sentence" in the previous-tag features.</summary>
    public const int StartTag = 255, Start2Tag = 254;

    /// <summary>The bias: a feature every token has.</summary>
    public static readonly ulong Bias = WordHashes.Mix(0, 0);

    /// <summary>The feature of the previous tag.</summary>
    public static ulong Previous(int previous) => WordHashes.Mix(3, (ulong)previous);

    /// <summary>The feature of the tag before the previous one.</summary>
    public static ulong Previous2(int previous2) => WordHashes.Mix(4, (ulong)previous2);

    /// <summary>The feature of the two previous tags together.</summary>
    public static ulong PreviousPair(int previous, int previous2) => WordHashes.Mix(WordHashes.Mix(5, (ulong)previous), (ulong)previous2);

    /// <param name="context">The sentence's words with two sentinels on each side; token i is context[i + 2].</param>
    public static void Extract(ReadOnlySpan<WordHashes> context, int i, int previous, int previous2, Span<ulong> features)
    {
        Span<ulong> lookedUp = stackalloc ulong[LookedUpCount];
        ExtractLookedUp(context, i, previous, previous2, lookedUp);
        features[0] = Bias;
        features[1] = lookedUp[0];
        features[2] = lookedUp[1];
        features[3] = Previous(previous);
        features[4] = Previous2(previous2);
        lookedUp[2..].CopyTo(features[5..]);
    }

    /// <summary>Every feature but the bias and the two single previous tags, in <see cref="Extract"/>'s order.</summary>
    public static void ExtractLookedUp(ReadOnlySpan<WordHashes> context, int i, int previous, int previous2, Span<ulong> features)
    {
        var word = context[i + 2];
        var before = context[i + 1];
        var before2 = context[i];
        var after = context[i + 3];
        var after2 = context[i + 4];
        features[0] = WordHashes.Mix(1, word.Suffix3);
        features[1] = WordHashes.Mix(2, word.Prefix1);
        features[2] = PreviousPair(previous, previous2);
        features[3] = WordHashes.Mix(6, word.Word);
        features[4] = WordHashes.Mix(WordHashes.Mix(7, (ulong)previous), word.Word);
        features[5] = WordHashes.Mix(8, before.Word);
        features[6] = WordHashes.Mix(9, before.Suffix3);
        features[7] = WordHashes.Mix(10, before2.Word);
        features[8] = WordHashes.Mix(11, after.Word);
        features[9] = WordHashes.Mix(12, after.Suffix3);
        features[10] = WordHashes.Mix(13, after2.Word);
        features[11] = WordHashes.Mix(14, word.Shape);
        features[12] = WordHashes.Mix(15, word.Suffix2);
        features[13] = WordHashes.Mix(WordHashes.Mix(16, word.Shape), i == 0 ? 1UL : 0UL);
    }

    /// <summary>How many looked-up features read one word alone, counted over the places it may stand in a token's window.</summary>
    public const int WordKeyCount = 13;

    /// <summary>How many of a token's looked-up features read one word alone (<see cref="WordFeatures"/>): all but two.</summary>
    public const int WordFeatureCount = LookedUpCount - 2;

    // Where each of a word's keys (WordKeys) is: as the token itself, then as each of its four neighbours.
    private const int Suffix3 = 0, Prefix1 = 1, Word = 2, Shape = 3, Suffix2 = 4, ShapeLater = 5, ShapeFirst = 6,
        BeforeWord = 7, BeforeSuffix3 = 8, Before2Word = 9, AfterWord = 10, AfterSuffix3 = 11, After2Word = 12;

    /// <summary>
    /// Where a word's keys for each of its roles in a window lie among its <see cref="WordKeyCount"/> places: as the
    /// token itself (its own seven, of which a token reads six), as one or two words before a token, as one or two
    /// after. A word's places of one role are found when a token first reads the word in that role
    /// (<see cref="TaggerWord"/>): a word the tag dictionary fixes is never itself scored, so its own seven keys are
    /// never looked up, and a word at the end of a run of such words is never read as a word before a scored token.
    /// </summary>
    public const int TokenPlaces = 0, TokenPlaceCount = 7, BeforePlaces = 7, BeforePlaceCount = 3, AfterPlaces = 10, AfterPlaceCount = 3;

    /// <summary>
    /// The keys of every looked-up feature that reads nothing but one word, for each place the word may take in a
    /// token's window (the token, one or two before it, one or two after): twelve of the fourteen a token looks up.
    /// The same keys <see cref="ExtractLookedUp"/> makes, so a reader that meets a spelling many times may find their
    /// weights once (<see cref="TaggerWord"/>). Only the places from <paramref name="from"/> on, as many as
    /// <paramref name="keys"/> holds, are written, at the start of <paramref name="keys"/>.
    /// </summary>
    public static void WordKeys(in WordHashes word, int from, Span<ulong> keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = (from + k) switch
            {
                Suffix3 => WordHashes.Mix(1, word.Suffix3),
                Prefix1 => WordHashes.Mix(2, word.Prefix1),
                Word => WordHashes.Mix(6, word.Word),
                Shape => WordHashes.Mix(14, word.Shape),
                Suffix2 => WordHashes.Mix(15, word.Suffix2),
                ShapeLater => WordHashes.Mix(WordHashes.Mix(16, word.Shape), 0UL),
                ShapeFirst => WordHashes.Mix(WordHashes.Mix(16, word.Shape), 1UL),
                BeforeWord => WordHashes.Mix(8, word.Word),
                BeforeSuffix3 => WordHashes.Mix(9, word.Suffix3),
                Before2Word => WordHashes.Mix(10, word.Word),
                AfterWord => WordHashes.Mix(11, word.Word),
                AfterSuffix3 => WordHashes.Mix(12, word.Suffix3),
                _ => WordHashes.Mix(13, word.Word),
            };
        }
    }

    /// <summary>
    /// How many of the features <see cref="WordFeatures"/> gives read the token's word alone when the token is not its
    /// sentence's first: the first six (its suffixes, first character, form, shape, and shape as a later token), which a
    /// word may keep summed (<see cref="TaggerWord.OwnRow"/>) for its tokens after the first.
    /// </summary>
    public const int OwnFeatureCount = 6;

    /// <summary>
    /// The weights of the twelve one-word features of token <paramref name="i"/> (<see cref="WordKeys"/>), from its
    /// window's words, into <paramref name="features"/>' first twelve places.
    /// </summary>
    /// <param name="context">The sentence's words with two sentinels on each side; token i is context[i + 2].</param>
    public static void WordFeatures(ReadOnlySpan<TaggerWord> context, int i, Span<FeatureRef> features)
    {
        ref readonly var word = ref context[i + 2].AsToken;
        ref readonly var before = ref context[i + 1].AsBefore;
        ref readonly var after = ref context[i + 3].AsAfter;
        features[0] = word[Suffix3];
        features[1] = word[Prefix1];
        features[2] = word[Word];
        features[3] = word[Shape];
        features[4] = word[Suffix2];
        features[5] = word[i == 0 ? ShapeFirst : ShapeLater];
        features[6] = before[BeforeWord];
        features[7] = before[BeforeSuffix3];
        features[8] = context[i].AsBefore[Before2Word];
        features[9] = after[AfterWord];
        features[10] = after[AfterSuffix3];
        features[11] = context[i + 4].AsAfter[After2Word];
    }
}

/// <summary>Where the weights of one word's features are (<see cref="TaggerFeatures.WordKeys"/>).</summary>
[InlineArray(TaggerFeatures.WordKeyCount)]
internal struct WordFeatureRefs
{
    private FeatureRef _first;
}
