using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Byline.Language;

/// <summary>
/// The perceptron's weights laid out for lookups: an open-addressing table of feature hashes whose slot holds
/// the key and where its weights are. A feature with few weights keeps them as (weight, tag) pairs packed into
/// ints, added one by one; a feature with many (a common suffix, a shape, a first letter: these are most of the
/// weights a token reads) keeps a dense row of one weight per tag, added a vector at a time. A feature costs one
/// read for its slot and one for its weights, which matters because tagging is bound by memory reads.
/// </summary>
internal sealed unsafe class FeatureTable
{
    /// <summary>
    /// From how many weights a feature keeps a dense row, when rows are asked for. With the shipped model, the 1,015
    /// features with 32 or more weights take 290 KB as rows; on varied news text, features with 24 or more weights
    /// hold 91 % of the weights a token reads, those with 48 or more 74 %. Thresholds from 16 to 64 gave the same
    /// cost per token within the noise of a loaded machine.
    /// </summary>
    private const int RowThreshold = 32;

    // The table is read through pointers: into pinned arrays this table built (kept in _owner), or into a layout that
    // stays where it is for the life of the process (the embedded tagger image, see TaggerImage), read in place.
    private readonly object? _owner;
    private readonly Slot* _slots;
    private readonly int _slotCount;
    private readonly int* _entries;
    private readonly int _entryCount;
    private readonly short* _rows;
    private readonly int _rowLength;
    private readonly int _shift;

    /// <param name="tagCount">
    /// With a tag count, features with many weights get dense rows and every scores span must be <see cref="Width"/>
    /// long; without (0), every feature keeps pairs and a scores span needs one score per tag.
    /// </param>
    public FeatureTable(ulong[] keys, int[] starts, byte[] tags, short[] weights, int tagCount = 0)
    {
        var bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        // Pinned, so that the pointers below stay the elements' (a prefetch hint takes an element's address too).
        var slots = GC.AllocateArray<Slot>(1 << bits, pinned: true);
        _shift = 64 - bits;
        Width = (tagCount + Vector256<short>.Count - 1) / Vector256<short>.Count * Vector256<short>.Count;
        // Counted first, so that the rows and the entries are allocated once at their size and filled in place.
        var rowCount = 0;
        var rowEntries = 0;
        for (var f = 0; tagCount > 0 && f < keys.Length; f++)
        {
            if (starts[f + 1] - starts[f] >= RowThreshold)
            {
                rowCount++;
                rowEntries += starts[f + 1] - starts[f];
            }
        }
        var rows = GC.AllocateArray<short>(rowCount * Width, pinned: true);
        var entries = GC.AllocateUninitializedArray<int>(starts[keys.Length] - starts[0] - rowEntries, pinned: true);
        var entryCount = 0;
        var row = 0;
        for (var f = 0; f < keys.Length; f++)
        {
            if (keys[f] == 0) throw new InvalidDataException("A feature key is zero.");
            var slot = (int)(keys[f] >> _shift);
            while (slots[slot].Key != 0) slot = (slot + 1) & (slots.Length - 1);
            if (tagCount > 0 && starts[f + 1] - starts[f] >= RowThreshold)
            {
                for (var e = starts[f]; e < starts[f + 1]; e++) rows[row * Width + tags[e]] = weights[e];
                slots[slot] = new Slot(keys[f], new FeatureRef(row++ * Width, -1));
                continue;
            }
            slots[slot] = new Slot(keys[f], new FeatureRef(entryCount, entryCount + starts[f + 1] - starts[f]));
            for (var e = starts[f]; e < starts[f + 1]; e++) entries[entryCount++] = (weights[e] << 8) | tags[e];
        }
        _owner = (slots, entries, rows);
        _slots = (Slot*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(slots));
        _entries = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(entries));
        _rows = (short*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(rows));
        (_slotCount, _entryCount, _rowLength) = (slots.Length, entries.Length, rows.Length);
    }

    // A table laid out by WriteLayout, read in place at layout (see ReadLayout).
    private FeatureTable(int shift, int width, Slot* slots, int slotCount, int* entries, int entryCount, short* rows, int rowLength, object? owner)
    {
        (_shift, Width, _owner) = (shift, width, owner);
        _slots = slots;
        _entries = entries;
        _rows = rows;
        (_slotCount, _entryCount, _rowLength) = (slotCount, entryCount, rowLength);
    }

    private const int LayoutAlignment = 16;

    /// <summary>
    /// Writes the table as it lies in memory (little-endian, as every platform .NET ships for): its sizes, then the
    /// slots, entries and rows, each starting at a multiple of 16 bytes from the start of <paramref name="output"/>.
    /// </summary>
    public void WriteLayout(BinaryWriter output)
    {
        output.Write(_shift);
        output.Write(Width);
        output.Write(_slotCount);
        output.Write(_entryCount);
        output.Write(_rowLength);
        Align(output);
        output.Write(new ReadOnlySpan<byte>(_slots, checked(_slotCount * sizeof(Slot))));
        Align(output);
        output.Write(new ReadOnlySpan<byte>(_entries, checked(_entryCount * sizeof(int))));
        Align(output);
        output.Write(new ReadOnlySpan<byte>(_rows, checked(_rowLength * sizeof(short))));
        Align(output);
    }

    private static void Align(BinaryWriter output)
    {
        output.Flush();
        while (output.BaseStream.Position % LayoutAlignment != 0) output.Write((byte)0);
    }

    /// <summary>
    /// The table <see cref="WriteLayout"/> wrote, read in place: <paramref name="layout"/> must stay where it is as
    /// long as the table is used (memory mapped with the executable, or a pinned array passed as <paramref name="owner"/>).
    /// </summary>
    /// <param name="reader">Reads from the sizes on; left after the layout.</param>
    public static FeatureTable ReadLayout(ref ModelBytes reader, byte* layout, object? owner)
    {
        var (shift, width, slotCount, entryCount, rowLength) = (reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32(), reader.Int32());
        if (slotCount <= 0 || (slotCount & (slotCount - 1)) != 0 || shift != 64 - BitOperations.Log2((uint)slotCount) || width % Vector256<short>.Count != 0)
        {
            throw new InvalidDataException("A malformed weights table in the model.");
        }
        var slots = (Slot*)(layout + reader.Align(LayoutAlignment));
        reader.Skip(checked(slotCount * sizeof(Slot)));
        var entries = (int*)(layout + reader.Align(LayoutAlignment));
        reader.Skip(checked(entryCount * sizeof(int)));
        var rows = (short*)(layout + reader.Align(LayoutAlignment));
        reader.Skip(checked(rowLength * sizeof(short)));
        reader.Align(LayoutAlignment);
        return new FeatureTable(shift, width, slots, slotCount, entries, entryCount, rows, rowLength, owner);
    }

    /// <summary>How long a scores span must be: the tag count rounded up to whole 256-bit vectors of 16-bit weights (0 without rows).</summary>
    public int Width { get; }

    /// <summary>Adds the weights of <paramref name="key"/>, if the model has it, to the tags' scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddWeights(ulong key, Span<int> scores)
    {
        if (Find(key) is var slot and >= 0)
        {
            Add(_slots[slot].Weights, scores);
        }
    }

    /// <summary>Where the weights of <paramref name="key"/> are, or no weights (<c>default</c>) when the model lacks it.</summary>
    public FeatureRef RefOf(ulong key) => Find(key) is var slot and >= 0 ? _slots[slot].Weights : default;

    /// <summary>
    /// <see cref="RefOf"/> of each key into <paramref name="refs"/>: the slots of all are asked from memory first, so
    /// that their reads wait together instead of one after another.
    /// </summary>
    public void RefsOf(ReadOnlySpan<ulong> keys, Span<FeatureRef> refs)
    {
        foreach (var key in keys)
        {
            PrefetchSlot(key);
        }
        for (var k = 0; k < keys.Length; k++)
        {
            refs[k] = RefOf(keys[k]);
        }
    }

    /// <summary>Asks memory for the slot where a look-up of <paramref name="key"/> starts, for a look-up a little later.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchSlot(ulong key) => Prefetch(ref _slots[(int)(key >> _shift)]);

    /// <summary>
    /// Adds the weights of features already found (<see cref="RefOf"/>): the same sums as adding their keys, without
    /// hashing or probing the table. The weights of all are asked from memory first, then added.
    /// </summary>
    [SkipLocalsInit] // rows is written before it is read
    public void AddWeights(ReadOnlySpan<FeatureRef> features, Span<int> scores)
    {
        foreach (var feature in features)
        {
            PrefetchWeights(feature);
        }
        Span<int> rows = stackalloc int[features.Length];
        var rowCount = 0;
        foreach (var feature in features)
        {
            if (feature.IsRow)
            {
                rows[rowCount++] = feature.Start;
            }
            else
            {
                Add(feature, scores);
            }
        }
        AddRows(rows[..rowCount], scores);
    }

    /// <summary>
    /// Adds the dense rows that start at <paramref name="starts"/> to the scores. Where the processor has AVX2, each
    /// stretch of the scores stays in vector registers while every row's weights for it are added, and is written
    /// back once: a row then costs a widening load and an add per vector, where adding row by row also reads and
    /// writes the scores each time. The sums are whole numbers, so the order of adding does not change them.
    /// </summary>
    private unsafe void AddRows(ReadOnlySpan<int> starts, Span<int> scores)
    {
        if (starts.IsEmpty || scores.Length < Width)
        {
            foreach (var start in starts)
            {
                AddRow(new ReadOnlySpan<short>(_rows + start, Width), scores);
            }
            return;
        }
        if (!Avx2.IsSupported)
        {
            AddRows128(starts, scores);
            return;
        }
        var rows = _rows;
        fixed (int* sums = scores)
        {
            // 512-bit registers (on a processor with AVX-512) measured no quicker than these.
            var at = 0;
            for (; at + 64 <= Width; at += 64)
            {
                AddRows256(rows + at, starts, sums + at);
            }
            for (; at < Width; at += 8)
            {
                var sum = Avx.LoadVector256(sums + at);
                foreach (var start in starts)
                {
                    sum = Avx2.Add(sum, Avx2.ConvertToVector256Int32(rows + start + at));
                }
                Avx.Store(sums + at, sum);
            }
        }
    }

    // Without AVX2 (the native build's default instruction set, Arm64): 32 scores at a time in eight 128-bit registers.
    private void AddRows128(ReadOnlySpan<int> starts, Span<int> scores)
    {
        ref var rows = ref *_rows;
        ref var sums = ref MemoryMarshal.GetReference(scores);
        var at = 0;
        for (; at + 32 <= Width; at += 32)
        {
            var (s0, s1, s2, s3) = (Vector128.LoadUnsafe(ref sums, (nuint)at), Vector128.LoadUnsafe(ref sums, (nuint)at + 4),
                Vector128.LoadUnsafe(ref sums, (nuint)at + 8), Vector128.LoadUnsafe(ref sums, (nuint)at + 12));
            var (s4, s5, s6, s7) = (Vector128.LoadUnsafe(ref sums, (nuint)at + 16), Vector128.LoadUnsafe(ref sums, (nuint)at + 20),
                Vector128.LoadUnsafe(ref sums, (nuint)at + 24), Vector128.LoadUnsafe(ref sums, (nuint)at + 28));
            foreach (var start in starts)
            {
                var row = (nuint)(start + at);
                var (w0, w1) = (Vector128.LoadUnsafe(ref rows, row), Vector128.LoadUnsafe(ref rows, row + 8));
                var (w2, w3) = (Vector128.LoadUnsafe(ref rows, row + 16), Vector128.LoadUnsafe(ref rows, row + 24));
                (s0, s1) = (s0 + Vector128.WidenLower(w0), s1 + Vector128.WidenUpper(w0));
                (s2, s3) = (s2 + Vector128.WidenLower(w1), s3 + Vector128.WidenUpper(w1));
                (s4, s5) = (s4 + Vector128.WidenLower(w2), s5 + Vector128.WidenUpper(w2));
                (s6, s7) = (s6 + Vector128.WidenLower(w3), s7 + Vector128.WidenUpper(w3));
            }
            s0.StoreUnsafe(ref sums, (nuint)at);
            s1.StoreUnsafe(ref sums, (nuint)at + 4);
            s2.StoreUnsafe(ref sums, (nuint)at + 8);
            s3.StoreUnsafe(ref sums, (nuint)at + 12);
            s4.StoreUnsafe(ref sums, (nuint)at + 16);
            s5.StoreUnsafe(ref sums, (nuint)at + 20);
            s6.StoreUnsafe(ref sums, (nuint)at + 24);
            s7.StoreUnsafe(ref sums, (nuint)at + 28);
        }
        for (; at < Width; at += 8)
        {
            var (low, high) = (Vector128.LoadUnsafe(ref sums, (nuint)at), Vector128.LoadUnsafe(ref sums, (nuint)at + 4));
            foreach (var start in starts)
            {
                var weights = Vector128.LoadUnsafe(ref rows, (nuint)(start + at));
                (low, high) = (low + Vector128.WidenLower(weights), high + Vector128.WidenUpper(weights));
            }
            low.StoreUnsafe(ref sums, (nuint)at);
            high.StoreUnsafe(ref sums, (nuint)at + 4);
        }
    }

    // 64 scores in eight 256-bit registers, each row's 64 weights widened from 16 to 32 bits as they are loaded.
    private static unsafe void AddRows256(short* rows, ReadOnlySpan<int> starts, int* sums)
    {
        Vector256<int> s0 = Avx.LoadVector256(sums), s1 = Avx.LoadVector256(sums + 8), s2 = Avx.LoadVector256(sums + 16),
            s3 = Avx.LoadVector256(sums + 24), s4 = Avx.LoadVector256(sums + 32), s5 = Avx.LoadVector256(sums + 40),
            s6 = Avx.LoadVector256(sums + 48), s7 = Avx.LoadVector256(sums + 56);
        foreach (var start in starts)
        {
            var row = rows + start;
            s0 = Avx2.Add(s0, Avx2.ConvertToVector256Int32(row));
            s1 = Avx2.Add(s1, Avx2.ConvertToVector256Int32(row + 8));
            s2 = Avx2.Add(s2, Avx2.ConvertToVector256Int32(row + 16));
            s3 = Avx2.Add(s3, Avx2.ConvertToVector256Int32(row + 24));
            s4 = Avx2.Add(s4, Avx2.ConvertToVector256Int32(row + 32));
            s5 = Avx2.Add(s5, Avx2.ConvertToVector256Int32(row + 40));
            s6 = Avx2.Add(s6, Avx2.ConvertToVector256Int32(row + 48));
            s7 = Avx2.Add(s7, Avx2.ConvertToVector256Int32(row + 56));
        }
        Avx.Store(sums, s0);
        Avx.Store(sums + 8, s1);
        Avx.Store(sums + 16, s2);
        Avx.Store(sums + 24, s3);
        Avx.Store(sums + 32, s4);
        Avx.Store(sums + 40, s5);
        Avx.Store(sums + 48, s6);
        Avx.Store(sums + 56, s7);
    }

    /// <summary>
    /// Adds the weights of every key the model has to the tags' scores. The same sums as adding key by key, but
    /// the slots of all keys are asked from memory first, then the weights of those found, and only then added:
    /// the reads of one token's features wait for memory together instead of one after another.
    /// </summary>
    [SkipLocalsInit] // found is written before it is read
    public void AddWeights(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        foreach (var key in keys)
        {
            Prefetch(ref _slots[(int)(key >> _shift)]);
        }
        Span<int> found = stackalloc int[keys.Length];
        var count = 0;
        foreach (var key in keys)
        {
            if (Find(key) is var slot and >= 0)
            {
                found[count++] = slot;
                PrefetchWeights(_slots[slot].Weights);
            }
        }
        foreach (var slot in found[..count])
        {
            Add(_slots[slot].Weights, scores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong key)
    {
        var slot = (int)(key >> _shift);
        while (true)
        {
            var found = _slots[slot].Key;
            if (found == key) return slot;
            if (found == 0) return -1;
            slot = (slot + 1) & (_slotCount - 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(FeatureRef slot, Span<int> scores)
    {
        if (slot.IsRow)
        {
            AddRow(new ReadOnlySpan<short>(_rows + slot.Start, Width), scores);
            return;
        }
        if (scores.Length >= ScoresLength)
        {
            AddEntries(_entries + slot.Start, _entries + slot.End, ref MemoryMarshal.GetReference(scores));
            return;
        }
        for (var e = slot.Start; e < slot.End; e++)
        {
            var entry = _entries[e];
            scores[entry & 0xFF] += entry >> 8;
        }
    }

    /// <summary>
    /// A scores span this long has a place for every tag byte an entry can hold, so <see cref="AddEntries"/> adds
    /// without a bounds check; the places past <see cref="Width"/> are never read.
    /// </summary>
    public const int ScoresLength = 256;

    // A feature's (weight, tag) pairs added four at a time, each tag indexing the scores unchecked: the low byte of an
    // entry is below ScoresLength. Whole numbers, so the order of adding does not change the sums; two entries of one
    // tag in a group add one after the other.
    private static void AddEntries(int* entry, int* end, ref int sums)
    {
        for (; entry + 4 <= end; entry += 4)
        {
            int a = entry[0], b = entry[1], c = entry[2], d = entry[3];
            Unsafe.Add(ref sums, (nuint)(byte)a) += a >> 8;
            Unsafe.Add(ref sums, (nuint)(byte)b) += b >> 8;
            Unsafe.Add(ref sums, (nuint)(byte)c) += c >> 8;
            Unsafe.Add(ref sums, (nuint)(byte)d) += d >> 8;
        }
        for (; entry < end; entry++)
        {
            Unsafe.Add(ref sums, (nuint)(byte)*entry) += *entry >> 8;
        }
    }

    // 256-bit vectors where the processor has them (the JIT on any x64 with AVX2), else 128-bit ones: accelerated on
    // every x64 and Arm64 processor and in the native (AOT) build, where Vector<T> of unknown width is not. A row is
    // a whole number of 256-bit vectors (Width), and the sums are whole numbers, so both give the same scores.
    private static void AddRow(ReadOnlySpan<short> row, Span<int> scores)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            for (var i = 0; i < row.Length; i += Vector256<short>.Count)
            {
                var weights = Vector256.Create(row[i..]);
                var lowScores = scores[i..];
                var highScores = scores[(i + Vector256<int>.Count)..];
                (Vector256.Create(lowScores) + Vector256.WidenLower(weights)).CopyTo(lowScores);
                (Vector256.Create(highScores) + Vector256.WidenUpper(weights)).CopyTo(highScores);
            }
            return;
        }
        for (var i = 0; i < row.Length; i += Vector128<short>.Count)
        {
            var weights = Vector128.Create(row[i..]);
            var lowScores = scores[i..];
            var highScores = scores[(i + Vector128<int>.Count)..];
            (Vector128.Create(lowScores) + Vector128.WidenLower(weights)).CopyTo(lowScores);
            (Vector128.Create(highScores) + Vector128.WidenUpper(weights)).CopyTo(highScores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchWeights(FeatureRef slot)
    {
        if (slot.IsRow)
        {
            Prefetch(ref _rows[slot.Start]);
        }
        else if (slot.Start < slot.End)
        {
            Prefetch(ref _entries[slot.Start]);
        }
    }

    // The table does not move (pinned arrays or a layout in place), so the address stays the element's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch<T>(ref T element) => Byline.Text.CacheHints.Prefetch(ref element);

    /// <summary>A feature's key and where its weights are.</summary>
    private readonly record struct Slot(ulong Key, FeatureRef Weights);
}

/// <summary>
/// Where one feature's weights are in a <see cref="FeatureTable"/>: entries Start..End, or, when End is -1, the row at
/// Start. The default value is a feature with no weights.
/// </summary>
internal readonly record struct FeatureRef(int Start, int End)
{
    public bool IsRow => End < 0;
}
