using System.Runtime.CompilerServices;

namespace Byline.Language;

/// <summary>
/// The perceptron's weights laid out for lookups: an open-addressing table of feature hashes whose slot holds
/// the key and where its weights start and end, and one array of (weight, tag) pairs packed into ints. A feature
/// costs one read for its slot and one for its weights, which matters because tagging is bound by memory reads.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int[] _entries;
    private readonly int _shift;

    public FeatureTable(ulong[] keys, int[] starts, byte[] tags, short[] weights)
    {
        var bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        for (var f = 0; f < keys.Length; f++)
        {
            if (keys[f] == 0) throw new InvalidDataException("A feature key is zero.");
            var slot = (int)(keys[f] >> _shift);
            while (_slots[slot].Key != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = new Slot(keys[f], starts[f], starts[f + 1]);
        }
        _entries = new int[tags.Length];
        for (var e = 0; e < tags.Length; e++) _entries[e] = (weights[e] << 8) | tags[e];
    }

    /// <summary>Adds the weights of <paramref name="key"/>, if the model has it, to the tags' scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddWeights(ulong key, Span<int> scores)
    {
        var slot = (int)(key >> _shift);
        while (true)
        {
            ref readonly var found = ref _slots[slot];
            if (found.Key == key)
            {
                for (var e = found.Start; e < found.End; e++)
                {
                    var entry = _entries[e];
                    scores[entry & 0xFF] += entry >> 8;
                }
                return;
            }
            if (found.Key == 0) return;
            slot = (slot + 1) & (_slots.Length - 1);
        }
    }

    private readonly record struct Slot(ulong Key, int Start, int End);
}
