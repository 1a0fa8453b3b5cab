using System.Collections;

namespace Byline.Language;

/// <summary>
/// A model's map from 64-bit hashes to values as two parallel arrays in key order: what <see cref="TaggerModel"/>
/// reads, which the tagger builds its lookups from in place. A sorted dictionary per map, the form training builds,
/// had cost a tree node per key at every start of the server only to be copied into the lookups.
/// </summary>
internal sealed class SortedPairs<T> : IEnumerable<KeyValuePair<ulong, T>>
{
    public SortedPairs(ulong[] keys, T[] values)
    {
        if (keys.Length != values.Length) throw new ArgumentException("As many values as keys are needed.", nameof(values));
        Keys = keys;
        Values = values;
    }

    /// <summary>The keys, ascending (as <see cref="TaggerModel.Write"/> wrote them).</summary>
    public ulong[] Keys { get; }

    /// <summary>The value of each key, at the key's index.</summary>
    public T[] Values { get; }

    public int Count => Keys.Length;

    /// <summary>Training's sorted dictionary as pairs (its keys are already in order).</summary>
    public static implicit operator SortedPairs<T>(SortedDictionary<ulong, T> dictionary)
    {
        var keys = new ulong[dictionary.Count];
        var values = new T[dictionary.Count];
        var i = 0;
        foreach (var (key, value) in dictionary)
        {
            keys[i] = key;
            values[i++] = value;
        }
        return new SortedPairs<T>(keys, values);
    }

    public IEnumerator<KeyValuePair<ulong, T>> GetEnumerator()
    {
        for (var i = 0; i < Keys.Length; i++)
        {
            yield return new KeyValuePair<ulong, T>(Keys[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
