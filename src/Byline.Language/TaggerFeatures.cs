namespace Byline.Language;

/// <summary>
/// The feature set of Honnibal's greedy averaged-perceptron tagger ("A good part-of-speech tagger in about 200
/// lines of Python", 2013): the word, its suffixes, first character and shape, the two previous tags, and the
/// neighbouring words. Shared by tagging and training so both see exactly the same keys.
/// </summary>
internal static class TaggerFeatures
{
    public const int Count = 17;

    /// <summary>Tag values standing for "before the sentence" in the previous-tag features.</summary>
    public const int StartTag = 255, Start2Tag = 254;

    /// <param name="context">The sentence's words with two sentinels on each side; token i is context[i + 2].</param>
    public static void Extract(ReadOnlySpan<WordHashes> context, int i, int previous, int previous2, Span<ulong> features)
    {
        var word = context[i + 2];
        var before = context[i + 1];
        var before2 = context[i];
        var after = context[i + 3];
        var after2 = context[i + 4];
        features[0] = WordHashes.Mix(0, 0);
        features[1] = WordHashes.Mix(1, word.Suffix3);
        features[2] = WordHashes.Mix(2, word.Prefix1);
        features[3] = WordHashes.Mix(3, (ulong)previous);
        features[4] = WordHashes.Mix(4, (ulong)previous2);
        features[5] = WordHashes.Mix(WordHashes.Mix(5, (ulong)previous), (ulong)previous2);
        features[6] = WordHashes.Mix(6, word.Word);
        features[7] = WordHashes.Mix(WordHashes.Mix(7, (ulong)previous), word.Word);
        features[8] = WordHashes.Mix(8, before.Word);
        features[9] = WordHashes.Mix(9, before.Suffix3);
        features[10] = WordHashes.Mix(10, before2.Word);
        features[11] = WordHashes.Mix(11, after.Word);
        features[12] = WordHashes.Mix(12, after.Suffix3);
        features[13] = WordHashes.Mix(13, after2.Word);
        features[14] = WordHashes.Mix(14, word.Shape);
        features[15] = WordHashes.Mix(15, word.Suffix2);
        features[16] = WordHashes.Mix(WordHashes.Mix(16, word.Shape), i == 0 ? 1UL : 0UL);
    }
}
