namespace Byline.Analysis;

/// <summary>
/// A value per distinct spelling, looked up by span: an open-addressing table with the hash stored next to the
/// key. Hand-written because the analyzers look up every word they read: <c>Dictionary&lt;string, T&gt;</c> with a
/// span alternate look-up measured a quarter of the attribution block-fact time (its comparer is called through
/// an interface); comparing stored hashes and characters inline made the block facts ~8 % faster. Not thread-safe:
/// each thread keeps its own. Bounded: cleared when it reaches <see cref="MaxCount"/>.
/// </summary>
internal sealed class SpellingTable<TValue>
{
    public const int MaxCount = 200_000;

    private string?[] _keys = new string?[1 << 12];
    private TValue[] _values = new TValue[1 << 12];
    private int[] _hashes = new int[1 << 12];
    private int _count;

    /// <summary>FNV-1a over the UTF-16 code units: words are short, and this needs no setup.</summary>
    public static int Hash(ReadOnlySpan<char> spelling)
    {
        var hash = 2166136261u;
        foreach (var c in spelling)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)hash;
    }

    public bool TryGet(ReadOnlySpan<char> spelling, int hash, out TValue value)
    {
        var mask = _keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var key = _keys[i];
            if (key is null)
            {
                value = default!;
                return false;
            }
            if (_hashes[i] == hash && spelling.SequenceEqual(key))
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Adds a spelling that <see cref="TryGet"/> did not find.</summary>
    public void Add(string spelling, int hash, TValue value)
    {
        if (_count >= MaxCount)
        {
            Array.Clear(_keys);
            _count = 0;
        }
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }
        Insert(_keys, _values, _hashes, spelling, hash, value);
        _count++;
    }

    private static void Insert(string?[] keys, TValue[] values, int[] hashes, string key, int hash, TValue value)
    {
        var mask = keys.Length - 1;
        var i = hash & mask;
        while (keys[i] is not null)
        {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        hashes[i] = hash;
    }

    private void Grow()
    {
        var keys = new string?[_keys.Length * 2];
        var values = new TValue[keys.Length];
        var hashes = new int[keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] is { } key)
            {
                Insert(keys, values, hashes, key, _hashes[i], _values[i]);
            }
        }
        _keys = keys;
        _values = values;
        _hashes = hashes;
    }
}
