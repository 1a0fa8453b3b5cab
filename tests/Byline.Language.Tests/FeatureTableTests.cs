namespace Byline.Language.Tests;

/// <summary>
/// A feature's (weight, tag) pairs are added unchecked and four at a time into a scores span of
/// <see cref="FeatureTable.ScoresLength"/>: the sums must be the ones the plain checked loop gives.
/// </summary>
public class FeatureTableTests
{
    [Test]
    public void Adds_a_features_pairs_into_a_long_span_as_the_plain_loop_adds_them()
    {
        const int tagCount = 143;
        var random = new Random(41);
        // Features of 0 to 13 pairs (every remainder of the groups of four), tags anywhere in 0..142, repeats allowed.
        var keys = new ulong[14];
        var starts = new int[keys.Length + 1];
        var tags = new List<byte>();
        var weights = new List<short>();
        for (var f = 0; f < keys.Length; f++)
        {
            keys[f] = (ulong)(f + 1) * 0x9E3779B97F4A7C15UL;
            for (var e = 0; e < f; e++)
            {
                tags.Add((byte)(e % 3 == 2 ? tags[^1] : random.Next(tagCount)));
                weights.Add((short)random.Next(short.MinValue, short.MaxValue + 1));
            }
            starts[f + 1] = tags.Count;
        }
        var table = new FeatureTable(keys, starts, [.. tags], [.. weights]);
        foreach (var key in keys)
        {
            var plain = new int[tagCount];
            var unchecked256 = new int[FeatureTable.ScoresLength];
            for (var t = 0; t < tagCount; t++) plain[t] = unchecked256[t] = random.Next(-1000, 1000);
            table.AddWeights(key, plain);
            table.AddWeights(key, unchecked256);
            Assert.That(unchecked256.AsSpan(0, tagCount).ToArray(), Is.EqualTo(plain));
            Assert.That(unchecked256.AsSpan(tagCount).ToArray(), Is.All.EqualTo(0), "no pair writes past the tags");
        }
    }
}
