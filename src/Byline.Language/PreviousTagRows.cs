using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Byline.Language;

/// <summary>
/// The weights of the three features that read nothing but the previous two tags (the bias, the previous tag, the
/// tag before it; <see cref="TaggerFeatures"/>), summed per tag value into dense rows when the model loads. They
/// are read for every token and carry many weights (the bias 140 of the 143 tags, a previous tag 26 on average), so a
/// token's scores start as two rows added a vector at a time instead of three hash lookups and their scattered
/// additions. Scores are whole numbers, so the sums are exactly those of adding the features one by one.
/// A pair of previous tags met often also keeps the two rows summed with the fourth feature that reads only the two
/// tags, the pair feature (<see cref="StartWithPair"/>): a token after it starts from one row and has one feature
/// fewer to add.
/// </summary>
internal sealed class PreviousTagRows
{
    private readonly int[] _previous;  // bias + previous tag
    private readonly int[] _previous2; // the tag before it
    private readonly int _tagCount;
    private readonly FeatureTable _weights;
    // Per pair of tag values (previous * values + previous2): where the pair feature's weights are; how often a token
    // was scored after the pair (counted up to PairRowAfter); then the pair's summed row. Threads sharing the tagger
    // may miscount or build a row twice: any count is a count, and every row built is the same.
    private readonly FeatureRef[] _pairFeatures;
    private readonly int[] _pairUses;
    private readonly int[]?[] _pairRows;

    /// <summary>
    /// After how many scorings a pair of previous tags keeps its summed row: 2,000 news articles hold ~1,100 of the
    /// ~21,000 pairs (under 1 MB of rows), while a row for every pair would take 12 MB. Not tuned.
    /// </summary>
    private const int PairRowAfter = 8;

    public PreviousTagRows(FeatureTable weights, int tagCount)
    {
        _tagCount = tagCount;
        _weights = weights;
        Width = weights.Width;
        var values = tagCount + 2; // every tag, and the two "before the sentence" values
        _previous = new int[values * Width];
        _previous2 = new int[values * Width];
        (_pairFeatures, _pairUses, _pairRows) = (new FeatureRef[values * values], new int[values * values], new int[]?[values * values]);
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
            for (var value2 = 0; value2 < values; value2++)
            {
                var tag2 = value2 < tagCount ? value2 : TaggerFeatures.Start2Tag + value2 - tagCount;
                _pairFeatures[value * values + value2] = weights.RefOf(TaggerFeatures.PreviousPair(tag, tag2));
            }
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

    /// <summary>
    /// Sets <paramref name="scores"/> (<see cref="FeatureTable.ScoresLength"/> long) to the weights of the four features
    /// that read only the previous two tags (the three above and the pair feature), plus <paramref name="own"/> if given:
    /// from the pair's summed row once the pair has been met <see cref="PairRowAfter"/> times, else row by row.
    /// </summary>
    public void StartWithPair(int previous, int previous2, int[]? own, Span<int> scores)
    {
        var pair = Value(previous) * (_tagCount + 2) + Value(previous2);
        if ((_pairRows[pair] ?? PairRow(pair, previous, previous2)) is not { } row)
        {
            if (own is null) Start(previous, previous2, scores);
            else Start(previous, previous2, own, scores);
            _weights.Add(_pairFeatures[pair], scores);
            return;
        }
        if (own is null)
        {
            row.AsSpan(0, Width).CopyTo(scores);
            return;
        }
        ref var first = ref MemoryMarshal.GetReference(row.AsSpan(0, Width));
        ref var sums = ref MemoryMarshal.GetReference(scores[..Width]);
        ref var second = ref MemoryMarshal.GetReference(own.AsSpan(0, Width));
        if (Vector256.IsHardwareAccelerated)
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

    // The pair's summed row, made once the pair has been met often enough, else null.
    private int[]? PairRow(int pair, int previous, int previous2)
    {
        if (++_pairUses[pair] < PairRowAfter)
        {
            return null;
        }
        var row = new int[Width];
        Start(previous, previous2, row);
        _weights.Add(_pairFeatures[pair], row);
        Volatile.Write(ref _pairRows[pair], row);
        return row;
    }

    private int Value(int tag) => tag < _tagCount ? tag : _tagCount + tag - TaggerFeatures.Start2Tag;

    private int Row(int tag) => Value(tag) * Width;
}
