namespace Byline.Analysis.Tests;

/// <summary>The per-thread spelling cache keeps for good only what is read twice, and answers as a dictionary meanwhile.</summary>
public class SpellingCacheTests
{
    private static bool TryGet(SpellingCache<int> cache, string spelling, out int value) =>
        cache.TryGet(spelling, SpellingTable<int>.Hash(spelling), out value);

    private static void Add(SpellingCache<int> cache, string spelling, int value) =>
        cache.Add(spelling, SpellingTable<int>.Hash(spelling), value);

    [Test]
    public void A_spelling_read_once_is_found_until_the_recent_table_fills_then_forgotten()
    {
        var cache = new SpellingCache<int>();
        Add(cache, "once", 1);
        Assert.That(cache.LastingCount, Is.Zero, "not kept for good when added");
        for (var i = 0; i < SpellingCache<int>.RecentCount; i++)
        {
            Add(cache, "filler" + i, i);
        }
        Assert.That(TryGet(cache, "once", out _), Is.False, "dropped with the full recent table");
        Assert.That(cache.LastingCount, Is.Zero);
    }

    [Test]
    public void A_spelling_read_again_is_kept_for_good_with_its_first_value()
    {
        var cache = new SpellingCache<int>();
        Add(cache, "twice", 7);
        Assert.That(TryGet(cache, "twice", out var again) && again == 7);
        Assert.That(cache.LastingCount, Is.EqualTo(1));
        for (var i = 0; i < 3 * SpellingCache<int>.RecentCount; i++)
        {
            Add(cache, "filler" + i, i);
        }
        // A span over a longer buffer, not the key string itself.
        var buffer = "<twice>".AsSpan(1, 5);
        Assert.That(cache.TryGet(buffer, SpellingTable<int>.Hash(buffer), out var kept) && kept == 7);
        Assert.That(cache.LastingCount, Is.EqualTo(1), "found in the lasting table, not added again");
    }

    [Test]
    public void A_small_table_empties_at_its_own_count()
    {
        var table = new SpellingTable<int>(maxCount: 3);
        foreach (var spelling in new[] { "a1", "a2", "a3", "a4" })
        {
            table.Add(spelling, SpellingTable<int>.Hash(spelling), spelling.Length);
        }
        Assert.That(table.Count, Is.EqualTo(1));
        Assert.That(table.TryGet("a4", SpellingTable<int>.Hash("a4"), out _), Is.True);
        Assert.That(table.TryGet("a1", SpellingTable<int>.Hash("a1"), out _), Is.False);
    }
}
