using Byline.Language;

namespace Byline.EntityExperiment;

/// <summary>
/// What the entity tagger looks at for one token: the word, its spelling, suffixes and shape, its neighbours'
/// words and shapes, the parts of speech around it, the two labels just given, and a gazetteer code per token
/// (what a name list says of it, e.g. "inside a known place"; 0 for nothing). Shared by tagging and training so
/// both see exactly the same keys.
/// </summary>
internal static class EntityFeatures
{
    public const int Count = 25;

    /// <summary>Label values standing for "before the sentence".</summary>
    public const int StartLabel = 255, Start2Label = 254;

    /// <summary>Part-of-speech and gazetteer values standing for "outside the sentence".</summary>
    private const ulong Outside = 0xFFFF;

    /// <param name="context">The sentence's words with two sentinels on each side; token i is context[i + 2].</param>
    /// <param name="pos">Part-of-speech tag ids, one per token.</param>
    /// <param name="gazetteer">Gazetteer codes, one per token.</param>
    public static void Extract(ReadOnlySpan<WordHashes> context, ReadOnlySpan<byte> pos, ReadOnlySpan<ulong> gazetteer,
        int i, int previous, int previous2, Span<ulong> features)
    {
        var (word, before, after) = (context[i + 2], context[i + 1], context[i + 3]);
        var (posBefore, posHere, posAfter) = (At(pos, i - 1), At(pos, i), At(pos, i + 1));
        var (gazBefore, gazHere, gazAfter) = (At(gazetteer, i - 1), At(gazetteer, i), At(gazetteer, i + 1));
        features[0] = WordHashes.Mix(100, 0);
        features[1] = WordHashes.Mix(101, word.Word);
        features[2] = WordHashes.Mix(102, word.Exact);
        features[3] = WordHashes.Mix(103, word.Suffix3);
        features[4] = WordHashes.Mix(104, word.Suffix2);
        features[5] = WordHashes.Mix(105, word.Shape);
        features[6] = WordHashes.Mix(WordHashes.Mix(106, word.Shape), i == 0 ? 1UL : 0UL);
        features[7] = WordHashes.Mix(107, before.Word);
        features[8] = WordHashes.Mix(108, after.Word);
        features[9] = WordHashes.Mix(109, context[i].Word);
        features[10] = WordHashes.Mix(110, context[i + 4].Word);
        features[11] = WordHashes.Mix(WordHashes.Mix(111, before.Shape), word.Shape);
        features[12] = WordHashes.Mix(WordHashes.Mix(112, word.Shape), after.Shape);
        features[13] = WordHashes.Mix(113, posHere);
        features[14] = WordHashes.Mix(WordHashes.Mix(114, posBefore), posHere);
        features[15] = WordHashes.Mix(WordHashes.Mix(115, posHere), posAfter);
        features[16] = WordHashes.Mix(116, (ulong)previous);
        features[17] = WordHashes.Mix(WordHashes.Mix(117, (ulong)previous), word.Shape);
        features[18] = WordHashes.Mix(WordHashes.Mix(118, (ulong)previous), word.Word);
        features[19] = WordHashes.Mix(119, gazHere);
        features[20] = WordHashes.Mix(WordHashes.Mix(120, gazBefore), gazHere);
        features[21] = WordHashes.Mix(WordHashes.Mix(121, gazHere), gazAfter);
        features[22] = WordHashes.Mix(122, before.Exact);
        features[23] = WordHashes.Mix(123, after.Exact);
        features[24] = WordHashes.Mix(WordHashes.Mix(124, (ulong)previous), (ulong)previous2);
    }

    private static ulong At(ReadOnlySpan<byte> values, int i) => (uint)i < (uint)values.Length ? values[i] : Outside;

    private static ulong At(ReadOnlySpan<ulong> values, int i) => (uint)i < (uint)values.Length ? values[i] : Outside;
}
