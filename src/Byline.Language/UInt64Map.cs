namespace Byline.Language;

/// <summary>
/// Read-only open-addressing map from non-zero 64-bit hashes to ints, built once when a model loads. The keys
/// are already well-mixed hashes, so the slot is their top bits; a lookup is one or two array reads.
/// </summary>
internal sealed class UInt64Map
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    public UInt64Map(ReadOnlySpan<ulong> keys, ReadOnlySpan<int> values)
    {
        var bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        _keys = new ulong[1 << bits];
        _values = new int[1 << bits];
        _shift = 64 - bits;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) throw new InvalidDataException("A model key is zero.");
            var slot = (int)(keys[i] >> _shift);
            while (_keys[slot] != 0 && _keys[slot] != keys[i]) slot = (slot + 1) & (_keys.Length - 1);
            _keys[slot] = keys[i];
            _values[slot] = values[i];
        }
    }

    public bool TryGetValue(ulong key, out int value)
    {
        var slot = (int)(key >> _shift);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                value = _values[slot];
                return true;
            }
            if (found == 0)
            {
                value = 0;
                return false;
            }
            slot = (slot + 1) & (_keys.Length - 1);
        }
    }
}
