using System.Runtime.InteropServices;

namespace Byline.Analysis.Entities;

/// <summary>
/// A value per spelling from an embedded word list, read on the first look-up (not at start-up) into a table looked
/// up by span. The club names, the ordinary words and the names WordNet knows are each one of these. A plain
/// dictionary, not a frozen one: freezing 13,000–16,000 keys (choosing the hash's bucket count by trying sizes) was most of
/// a list's load, on the preload's longest thread, and these lists are asked about few words (capitalised runs, and
/// WordNet's names once per spelling, kept on the word).
/// </summary>
internal sealed class SpellingLookup<TValue>
{
    private readonly Lazy<Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>>> _table;

    /// <param name="phase">What <c>BYLINE_PHASES=1</c> calls the load.</param>
    /// <param name="load">The entries: read once, on the first look-up, on whichever thread asks first.</param>
    /// <param name="merge">A spelling's value from its earlier and later entries; without it the later entry wins.</param>
    public SpellingLookup(string phase, Func<IEnumerable<KeyValuePair<string, TValue>>> load, Func<TValue, TValue, TValue>? merge = null) =>
        _table = new(() =>
        {
            using var timer = Byline.Text.PhaseTimer.Once(phase);
            var entries = new Dictionary<string, TValue>(StringComparer.Ordinal);
            foreach (var (key, value) in load())
            {
                if (merge is null)
                {
                    entries[key] = value; // a later entry wins
                    continue;
                }
                ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, key, out var earlier);
                kept = earlier ? merge(kept!, value) : value;
            }
            return entries.GetAlternateLookup<ReadOnlySpan<char>>();
        });

    public bool Contains(ReadOnlySpan<char> spelling) => _table.Value.ContainsKey(spelling);

    public bool TryGetValue(ReadOnlySpan<char> spelling, out TValue value) => _table.Value.TryGetValue(spelling, out value!);

    /// <summary>Reads the list now (a preload), if no look-up has yet.</summary>
    public void Load() => _ = _table.Value;
}

/// <summary>Spelling look-ups of the lists in <c>KnowledgeBase/Data</c>.</summary>
internal static class SpellingLookup
{
    /// <summary>The strings under <paramref name="key"/> of the embedded <c>KnowledgeBase/Data/<paramref name="file"/>.yaml</c>, as a set.</summary>
    public static SpellingLookup<bool> Set(string file, string key, string phase) =>
        new(phase, () => Lists(file, (key, true)));

    /// <summary>The strings under each key of the embedded <c>KnowledgeBase/Data/<paramref name="file"/>.yaml</c>, each with its key's value.</summary>
    public static IEnumerable<KeyValuePair<string, TValue>> Lists<TValue>(string file, params (string Key, TValue Value)[] keys)
    {
        var values = EmbeddedData.Values($"Byline.Analysis.KnowledgeBase.{file}.yaml");
        foreach (var (key, value) in keys)
        {
            foreach (var spelling in EmbeddedData.Strings(values, key)) yield return new(spelling, value);
        }
    }
}
