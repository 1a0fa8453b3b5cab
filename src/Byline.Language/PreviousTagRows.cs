using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Byline.Language;

/// <summary>
/// The weights of the three features that read nothing but the previous two tags (the bias, the previous tag, the
/// tag before it; <see cref="TaggerFeatures"/>), summed per tag value into dense rows when the model loads. They
/// are read for every token and carry many weights (the bias 140 of the 143 tags, a previous tag 26 on average), so a
/// token's scores start as two rows added a vector at a time instead of three hash lookups and their scattered
/// additions. Scores are whole numbers, so the sums are exactly those of adding the features one by one.
/// </summary>
internal sealed class PreviousTagRows
{
    private readonly int[] _previous;  // bias + previous tag
    private readonly int[] _previous2; // the tag before it
    private readonly int _tagCount;

    public PreviousTagRows(FeatureTable weights, int tagCount)
    {
        _tagCount = tagCount;
        Width = weights.Width;
        var values = tagCount + 2; // every tag, and the two "before the sentence" values
        _previous = new int[values * Width];
        _previous2 = new int[values * Width];
        for (var value = 0; value < values; value++)
        {
            var tag = value < tagCount ? value : TaggerFeatures.Start2Tag + value - tagCount;
            var row = _previous.AsSpan(value * Width, Width);
            weights.AddWeights(TaggerFeatures.Bias, row);
            weights.AddWeights(TaggerFeatures.Previous(tag), row);
            weights.AddWeights(TaggerFeatures.Previous2(tag), _previous2.AsSpan(value * Width, Width));
            // The padding past the last tag never wins the arg-max: the two rows' halves add up to int.MinValue.
            row[tagCount..].Fill(int.MinValue / 2);
            _previous2.AsSpan(value * Width + tagCount, Width - tagCount).Fill(int.MinValue / 2);
        }
    }

    /// <summary>How many scores a token needs (the table's <see cref="FeatureTable.Width"/>).</summary>
    public int Width { get; }

    /// <summary>Sets <paramref name="scores"/> (<see cref="Width"/> long) to the three features' weights for these previous tags.</summary>
    // Read through references, the bounds checked once per row: a slice and a length check per vector cost more than
    // the addition itself (the native tool adds 128 bits at a time, 36 vectors a token).
    public void Start(int previous, int previous2, Span<int> scores)
    {
        ref var first = ref MemoryMarshal.GetReference(_previous.AsSpan(Row(previous), Width));
        ref var second = ref MemoryMarshal.GetReference(_previous2.AsSpan(Row(previous2), Width));
        ref var sums = ref MemoryMarshal.GetReference(scores[..Width]);
        if (Vector256.IsHardwareAccelerated) // Width is a whole number of 256-bit vectors (FeatureTable.Width)
        {
            for (nuint i = 0; i < (nuint)Width; i += (nuint)Vector256<int>.Count)
            {
                (Vector256.LoadUnsafe(ref first, i) + Vector256.LoadUnsafe(ref second, i)).StoreUnsafe(ref sums, i);
            }
            return;
        }
        for (nuint i = 0; i < (nuint)Width; i += (nuint)Vector128<int>.Count)
        {
            (Vector128.LoadUnsafe(ref first, i) + Vector128.LoadUnsafe(ref second, i)).StoreUnsafe(ref sums, i);
        }
    }

    /// <summary>
    /// <see cref="Start(int, int, Span{int})"/> with a word's own features' summed weights (<see cref="TaggerWord.OwnRow"/>,
    /// <see cref="Width"/> long, zero past the last tag) added in the same pass.
    /// </summary>
    public void Start(int previous, int previous2, int[] own, Span<int> scores)
    {
        ref var first = ref MemoryMarshal.GetReference(_previous.AsSpan(Row(previous), Width));
        ref var second = ref MemoryMarshal.GetReference(_previous2.AsSpan(Row(previous2), Width));
        ref var third = ref MemoryMarshal.GetReference(own.AsSpan(0, Width));
        ref var sums = ref MemoryMarshal.GetReference(scores[..Width]);
        if (Vector256.IsHardwareAccelerated)
        {
            for (nuint i = 0; i < (nuint)Width; i += (nuint)Vector256<int>.Count)
            {
                (Vector256.LoadUnsafe(ref first, i) + Vector256.LoadUnsafe(ref second, i) + Vector256.LoadUnsafe(ref third, i)).StoreUnsafe(ref sums, i);
            }
            return;
        }
        for (nuint i = 0; i < (nuint)Width; i += (nuint)Vector128<int>.Count)
        {
            (Vector128.LoadUnsafe(ref first, i) + Vector128.LoadUnsafe(ref second, i) + Vector128.LoadUnsafe(ref third, i)).StoreUnsafe(ref sums, i);
        }
    }

    private int Row(int tag) => (tag < _tagCount ? tag : _tagCount + tag - TaggerFeatures.Start2Tag) * Width;
}
