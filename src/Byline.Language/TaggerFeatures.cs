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
        features[2] = WordHashes.Mix(WordHashes.Mix(5, (ulong)previous), (ulong)previous2);
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
}
