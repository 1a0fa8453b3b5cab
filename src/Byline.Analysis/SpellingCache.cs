using System.Runtime.CompilerServices;

namespace Byline.Analysis;

/// <summary>
/// A value per spelling that keeps for good only the spellings read more than once: a new spelling goes into a small
/// table of recent ones, emptied whenever it fills, and moves into the lasting table (<see cref="SpellingTable{TValue}"/>)
/// when it is looked up again. Not thread-safe: each thread keeps its own.
/// </summary>
// Most distinct spellings of varied news are read once (figures, dates, reference numbers, rare names: of 381,000
// distinct spellings in the bench's 10,000 articles, 12,600 occur twice or more). Kept for good, each held its
// value (a lexeme and, once tagged, its tagger reading: ~300 bytes with the string) to the end of a `check`: the heap
// grew by ~70 MB over the 10,000 articles, all of it promoted into the oldest generation and marked again by each full
// collection. A spelling read once now dies with the recent table, young.
internal sealed class SpellingCache<TValue>
{
    /// <summary>
    /// How many recent spellings are kept before the table is emptied: a few dozen articles' new spellings, so a
    /// spelling read again within the next articles is still found there, and what is dropped is still young.
    /// </summary>
    // 2,048 was emptied every ~20 articles while the lasting table was still filling, so a word met again a few dozen
    // articles later was made anew (lower-cased, looked up in the lists, lemmatised, read for the tagger): a check of
    // the bench's first 500 articles made 57,000 lexemes at 2,048, 35,500 at 4,096, 29,800 at 8,192; of 2,000
    // articles, 5,613 → 5,450 million instructions (−2.9 %), 8,192 only 6 million fewer again, for more of the
    // recent spellings promoted (docs/performance.md, Session 35: check).
    public const int RecentCount = 4096;

    private readonly SpellingTable<TValue> _lasting = new();
    private readonly SpellingTable<TValue> _recent = new(RecentCount);

    /// <summary>The spellings kept for good (read at least twice).</summary>
    public int LastingCount => _lasting.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> spelling, int hash, out TValue value) =>
        _lasting.TryGet(spelling, hash, out value) || TryGetRecent(spelling, hash, out value);

    // Read a second time: kept for good from now on (the recent table keeps its copy until it is emptied).
    private bool TryGetRecent(ReadOnlySpan<char> spelling, int hash, out TValue value)
    {
        if (!_recent.TryGet(spelling, hash, out var key, out value))
        {
            return false;
        }
        _lasting.Add(key, hash, value);
        return true;
    }

    /// <summary>Adds a spelling that <see cref="TryGet"/> did not find, as a recent one.</summary>
    public void Add(string spelling, int hash, TValue value) => _recent.Add(spelling, hash, value);

    // The look-up hints are for the lasting table, where a spelling read often is.

    /// <inheritdoc cref="SpellingTable{TValue}.PrefetchSlot"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchSlot(int hash) => _lasting.PrefetchSlot(hash);

    /// <inheritdoc cref="SpellingTable{TValue}.PrefetchEntry"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchEntry(int hash) => _lasting.PrefetchEntry(hash);

    /// <inheritdoc cref="SpellingTable{TValue}.PrefetchKey"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchKey(int hash, int valueBytes) => _lasting.PrefetchKey(hash, valueBytes);
}
