namespace Byline.Evaluation.Tests;

/// <summary>The cue and source overlap matching (<see cref="SpanMatching"/>), on invented offsets.</summary>
public class SpanMatchingTests
{
    [Test]
    public void Each_prediction_takes_the_first_gold_span_it_overlaps_that_is_still_free()
    {
        // Prediction 0 covers both gold spans and takes the first; prediction 1 overlaps only the first, already taken.
        (int, int)[] gold = [(10, 14), (16, 20)];
        (int, int)[] predicted = [(10, 20), (12, 13), (30, 34)];
        Assert.That(SpanMatching.Match(gold, predicted), Is.EqualTo(new[] { 0, -1, -1 }));
    }

    [Test]
    public void Touching_spans_do_not_overlap()
    {
        Assert.That(SpanMatching.Match([(10, 14)], [(14, 18), (6, 10)]), Is.EqualTo(new[] { -1, -1 }));
    }

    [Test]
    public void The_overlap_counts_are_the_matching_s()
    {
        (int, int)[] gold = [(10, 14), (16, 20), (40, 44)];
        (int, int)[] predicted = [(10, 20), (12, 13), (16, 18)];
        var exact = new Counts();
        var overlap = new Counts();
        SpanMatching.Score(gold, predicted, exact, overlap);
        Assert.Multiple(() =>
        {
            Assert.That((overlap.TruePositives, overlap.FalsePositives, overlap.FalseNegatives), Is.EqualTo((2, 1, 1)));
            Assert.That((exact.TruePositives, exact.FalsePositives, exact.FalseNegatives), Is.EqualTo((0, 3, 3)));
        });
    }
}
