using CsCheck;

namespace Byline.Analysis.Tests;

/// <summary>The per-thread spelling table behaves as a dictionary keyed by spelling, through growth and collisions.</summary>
public class SpellingTableTests
{
    [Test]
    public void Finds_exactly_what_was_added_by_any_span_of_the_same_characters()
    {
        Gen.String[0, 12].HashSet[0, 3000].Sample(spellings =>
        {
            var table = new SpellingTable<string>();
            foreach (var spelling in spellings)
            {
                var hash = SpellingTable<string>.Hash(spelling);
                Assert.That(table.TryGet(spelling, hash, out _), Is.False, "not yet added");
                table.Add(spelling, hash, spelling.ToUpperInvariant());
            }
            foreach (var spelling in spellings)
            {
                // A span over a longer buffer, not the key string itself.
                var buffer = ("<" + spelling + ">").AsSpan(1, spelling.Length);
                Assert.That(table.TryGet(buffer, SpellingTable<string>.Hash(buffer), out var value), Is.True);
                Assert.That(value, Is.EqualTo(spelling.ToUpperInvariant()));
            }
            Assert.That(table.TryGet("\u0000never added\u0000", SpellingTable<string>.Hash("\u0000never added\u0000"), out _), Is.False);
        }, iter: 50, threads: 1);
    }

    [Test]
    public void Spellings_with_the_same_hash_are_told_apart()
    {
        var table = new SpellingTable<int>();
        table.Add("said", 7, 1);
        table.Add("told", 7, 2); // forced collision: same hash, different characters
        Assert.That(table.TryGet("said", 7, out var said) && said == 1);
        Assert.That(table.TryGet("told", 7, out var told) && told == 2);
        Assert.That(table.TryGet("sold", 7, out _), Is.False);
    }
}
