using System.Numerics;
using System.Runtime.CompilerServices;
using Byline.Text;

namespace Byline.Analysis;

/// <summary>
/// A value per distinct spelling, looked up by span: an open-addressing table of slots (the hash and where the
/// entry is) over a dense array of entries (the key and the value), in the order they were added. Hand-written
/// because the analyzers look up every word they read: <c>Dictionary&lt;string, T&gt;</c> with a span alternate
/// look-up measured a quarter of the attribution block-fact time in <c>perf</c>, and this table made the attribution
/// stage ~8 % faster on the shared corpus (55 → 59 MB/s). Not thread-safe: each thread keeps its own. Bounded:
/// emptied when it reaches its largest count (<see cref="MaxCount"/> unless made smaller).
/// </summary>
// The slots hold no references. When they held the key and the value, a new spelling was written at a random place
// of a table of 12 MB that lives in the oldest generation, and the collector's write barrier marks 2 KB of it dirty
// per write: every collection rescanned most of both checking threads' tables for references to young lexemes
// (`mark_through_cards_for_uoh_objects`, ~4.5 % of a native `check` of 10,000 articles, all of it in pauses that stop
// both threads). Entries added in order dirty only the end of their array.
internal sealed class SpellingTable<TValue>
{
    public const int MaxCount = 200_000;

    private readonly int _maxCount;

    private struct Slot
    {
        public int Hash;

        /// <summary>One more than the entry's index; 0 for an empty slot.</summary>
        public int Entry;
    }

    private struct Entry
    {
        public string Key;
        public TValue Value;
    }

    private Slot[] _slots;
    private Entry[] _entries;
    private int _count;

    /// <param name="maxCount">How many spellings it holds before it is emptied (at most <see cref="MaxCount"/>).</param>
    public SpellingTable(int maxCount = MaxCount)
    {
        _maxCount = Math.Clamp(maxCount, 1, MaxCount);
        _entries = new Entry[Math.Min(1 << 11, _maxCount)];
        _slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)_entries.Length * 2)];
    }

    /// <summary>How many spellings it holds.</summary>
    public int Count => _count;

    /// <summary>FNV-1a over the UTF-16 code units: words are short, and this needs no setup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<char> spelling)
    {
        var hash = 2166136261u;
        foreach (var c in spelling)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)hash;
    }

    // The look-ups run once per token; the ahead-of-time compiler left them as calls unless told.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> spelling, int hash, out TValue value) => TryGet(spelling, hash, out _, out value);

    /// <summary>As <see cref="TryGet(ReadOnlySpan{char}, int, out TValue)"/>, also giving the key string it was added with.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> spelling, int hash, out string key, out TValue value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot.Entry == 0)
            {
                key = null!;
                value = default!;
                return false;
            }
            if (slot.Hash == hash)
            {
                ref var entry = ref _entries[slot.Entry - 1];
                if (spelling.SequenceEqual(entry.Key))
                {
                    key = entry.Key;
                    value = entry.Value;
                    return true;
                }
            }
        }
    }

    /// <summary>
    /// Hints that <see cref="TryGet"/> will soon look <paramref name="hash"/> up: the slot its probe starts at is
    /// brought into the cache. A reader that hashes a sentence's words first and then looks them all up overlaps
    /// the misses of a table larger than the cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchSlot(int hash) => CacheHints.Prefetch(ref _slots[hash & (_slots.Length - 1)]);

    /// <summary>The second hint, once the slot is cached: the entry it points to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchEntry(int hash)
    {
        var entry = _slots[hash & (_slots.Length - 1)].Entry;
        if (entry != 0)
        {
            CacheHints.Prefetch(ref _entries[entry - 1]);
        }
    }

    /// <summary>
    /// The third hint, once the entry is cached: the key and (for a class) the value stored there, which the
    /// look-up compares and the caller then reads: <paramref name="valueBytes"/> bytes of its fields, those the caller
    /// reads soon after.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchKey(int hash, int valueBytes)
    {
        var index = _slots[hash & (_slots.Length - 1)].Entry;
        if (index == 0)
        {
            return;
        }
        ref var entry = ref _entries[index - 1];
        CacheHints.Prefetch(entry.Key);
        if (!typeof(TValue).IsValueType)
        {
            CacheHints.PrefetchFields(Unsafe.As<TValue, object?>(ref entry.Value), valueBytes);
        }
    }

    /// <summary>Adds a spelling that <see cref="TryGet"/> did not find.</summary>
    public void Add(string spelling, int hash, TValue value)
    {
        if (_count >= _maxCount)
        {
            Array.Clear(_slots);
            Array.Clear(_entries);
            _count = 0;
        }
        if ((_count + 1) * 2 > _slots.Length)
        {
            var grown = new Slot[_slots.Length * 2];
            foreach (var slot in _slots)
            {
                if (slot.Entry != 0)
                {
                    Insert(grown, slot);
                }
            }
            _slots = grown;
        }
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Min(_entries.Length * 2, _maxCount));
        }
        _entries[_count++] = new Entry { Key = spelling, Value = value };
        Insert(_slots, new Slot { Hash = hash, Entry = _count });
    }

    private static void Insert(Slot[] slots, Slot slot)
    {
        var mask = slots.Length - 1;
        var i = slot.Hash & mask;
        while (slots[i].Entry != 0)
        {
            i = (i + 1) & mask;
        }
        slots[i] = slot;
    }
}
