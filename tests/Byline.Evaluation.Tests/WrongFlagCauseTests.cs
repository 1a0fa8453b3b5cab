using Byline.Evaluation.Attribution;

namespace Byline.Evaluation.Tests;

/// <summary>Where a wrong flag's gold cue lies (<see cref="WrongFlagCauses"/>), on invented offsets: two paragraphs of two sentences each.</summary>
public class WrongFlagCauseTests
{
    // Paragraph one holds offsets 0–99 (sentences 0–49 and 50–99), paragraph two 100–199 (100–149 and 150–199).
    private static int ParagraphOf(int at) => at / 100;

    private static GoldAttribution Said((int, int) cue, params (int, int)[] content) => new([cue], [], [.. content]);

    [Test]
    public void A_cue_inside_the_flagged_sentence_is_its_own()
    {
        GoldAttribution[] gold = [Said((60, 64), (65, 99), (100, 149))];
        Assert.That(WrongFlagCauses.Of(gold, (50, 99), ParagraphOf), Is.EqualTo(WrongFlagCause.OwnCue));
    }

    [Test]
    public void Content_carried_from_a_cue_before_is_told_apart_by_paragraph()
    {
        GoldAttribution[] gold = [Said((10, 14), (15, 49), (50, 99), (100, 149))];
        Assert.Multiple(() =>
        {
            Assert.That(WrongFlagCauses.Of(gold, (50, 99), ParagraphOf), Is.EqualTo(WrongFlagCause.EarlierInParagraph));
            Assert.That(WrongFlagCauses.Of(gold, (100, 149), ParagraphOf), Is.EqualTo(WrongFlagCause.EarlierParagraph));
        });
    }

    [Test]
    public void Content_whose_cue_follows_it_is_carried_from_later()
    {
        GoldAttribution[] gold = [Said((160, 164), (0, 49), (100, 149), (150, 159))];
        Assert.Multiple(() =>
        {
            Assert.That(WrongFlagCauses.Of(gold, (100, 149), ParagraphOf), Is.EqualTo(WrongFlagCause.LaterInParagraph));
            Assert.That(WrongFlagCauses.Of(gold, (0, 49), ParagraphOf), Is.EqualTo(WrongFlagCause.LaterParagraph));
        });
    }

    [Test]
    public void The_nearest_of_two_cues_decides_and_content_without_a_cue_has_none()
    {
        GoldAttribution[] gold = [Said((10, 14), (50, 99)), Said((160, 164), (50, 99))];
        GoldAttribution[] cueless = [new([], [], [(50, 99)])];
        Assert.Multiple(() =>
        {
            Assert.That(WrongFlagCauses.Of(gold, (50, 99), ParagraphOf), Is.EqualTo(WrongFlagCause.EarlierInParagraph));
            Assert.That(WrongFlagCauses.Of(cueless, (50, 99), ParagraphOf), Is.EqualTo(WrongFlagCause.NoCue));
        });
    }

    [Test]
    public void The_counts_are_described_in_order_with_the_empty_ones()
    {
        var counts = new Dictionary<WrongFlagCause, int> { [WrongFlagCause.OwnCue] = 3, [WrongFlagCause.LaterParagraph] = 1 };
        Assert.That(WrongFlagCauses.Describe(counts), Is.EqualTo(
            "own sentence 3, earlier sentence of the paragraph 0, earlier paragraph 0, later sentence of the paragraph 0, later paragraph 1, no cue 0"));
    }

    [Test]
    public void An_own_cue_is_split_by_where_its_source_is()
    {
        GoldAttribution[] named = [new([(60, 64)], [(50, 59)], [(65, 99)])];
        GoldAttribution[] earlier = [new([(60, 64)], [(10, 14)], [(65, 99)])];
        GoldAttribution[] none = [new([(60, 64)], [], [(65, 99)])];
        GoldAttribution[] both = [.. none, .. named];
        Assert.Multiple(() =>
        {
            Assert.That(WrongFlagSources.Of(named, (50, 99)), Is.EqualTo(WrongFlagSource.InSentence));
            Assert.That(WrongFlagSources.Of(earlier, (50, 99)), Is.EqualTo(WrongFlagSource.Elsewhere));
            Assert.That(WrongFlagSources.Of(none, (50, 99)), Is.EqualTo(WrongFlagSource.None));
            Assert.That(WrongFlagSources.Of(both, (50, 99)), Is.EqualTo(WrongFlagSource.InSentence), "a named source wins");
            Assert.That(WrongFlagSources.Of(named, (100, 149)), Is.EqualTo(WrongFlagSource.NotOwnCue), "content carried into a sentence");
        });
    }

    [Test]
    public void The_sources_are_described_in_order_with_the_empty_ones()
    {
        var counts = new Dictionary<WrongFlagSource, int> { [WrongFlagSource.None] = 2 };
        Assert.That(WrongFlagSources.Describe(counts), Is.EqualTo(
            "in the sentence 0, in another sentence 0, none (the writer's impression) 2, no own cue 0"));
    }
}
