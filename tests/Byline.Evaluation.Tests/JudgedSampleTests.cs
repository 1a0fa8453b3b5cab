using Byline.Evaluation.Judged;

namespace Byline.Evaluation.Tests;

/// <summary>The judged sample's reading, matching and tallies (<see cref="JudgedReport"/>), on invented rows.</summary>
public class JudgedSampleTests
{
    private static JudgedSentence Row(int paragraph, FlagState baseline, string judgement, string text, string kind = "") =>
        new("doc_a", paragraph, baseline, judgement, kind, text);

    private static CurrentSentence Now(int paragraph, FlagState state, string text) => new("doc_a", paragraph, state, text);

    /// <summary>A report over sentences each judged (flag then, judgement) and read again (flag now) with the same text.</summary>
    private static JudgedReport Report(params (int Paragraph, FlagState Then, string Judgement, FlagState Now, string Text)[] rows) =>
        new(rows.Select(r => Row(r.Paragraph, r.Then, r.Judgement, r.Text)).ToList(), rows.Select(r => Now(r.Paragraph, r.Now, r.Text)).ToList());

    [Test]
    public void Rows_are_read_from_tab_separated_lines_and_written_back_the_same()
    {
        const string line = "doc_a\t3\thint\tnot\tnot a claim: heading\tHarbour fees rise";
        var rows = JudgedSentence.Read(["# gum-commit 0123", JudgedSentence.Header, line, ""]);
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].Baseline, Is.EqualTo(FlagState.Hint));
        Assert.That(rows[0].IsJudged && !rows[0].IsClaim, Is.True);
        Assert.That(rows[0].Line(), Is.EqualTo(line));
        Assert.Throws<FormatException>(() => JudgedSentence.Parse("doc_a\t3\thint\tmaybe\t\tHarbour fees rise"));
    }

    [Test]
    public void Precision_counts_the_judged_flags_still_raised()
    {
        var report = Report(
            (0, FlagState.Warning, "claim", FlagState.Warning, "The ferry sails at nine."),
            (0, FlagState.Warning, "not", FlagState.Hint, "Take the early ferry."),
            (1, FlagState.Warning, "not", FlagState.None, "\"We are late,\" he said, and the port is closed."),
            (1, FlagState.Hint, "claim", FlagState.Warning, "Fares rose by a third."));
        Assert.That(report.Precision(FlagState.Warning), Is.EqualTo((2, 2)));
        Assert.That(report.Precision(FlagState.Hint), Is.EqualTo((2, 3)));
        Assert.That(report.Count(report.FlagSample, claim: false, n => n is FlagState.None), Is.EqualTo(1));
        Assert.That(report.EstimatedRecall(), Is.EqualTo((2.0, 3, 1.0)));
    }

    [Test]
    public void A_sentence_split_otherwise_or_moved_to_another_paragraph_is_not_found()
    {
        JudgedSentence[] judged = [Row(0, FlagState.Warning, "claim", "The pier opened in May. It cost a million.")];
        CurrentSentence[] current = [Now(0, FlagState.Warning, "The pier opened in May."), Now(0, FlagState.Warning, "It cost a million.")];
        var report = new JudgedReport(judged, current);
        Assert.That(report.Now(judged[0]), Is.Null);
        Assert.That(report.Precision(FlagState.Hint), Is.EqualTo((0, 0)));
        Assert.That(report.Unjudged, Has.Count.EqualTo(2));
    }

    [Test]
    public void The_same_text_twice_in_a_paragraph_matches_in_order()
    {
        JudgedSentence[] judged = [Row(2, FlagState.Warning, "not", "Yes."), Row(2, FlagState.None, "claim", "Yes.")];
        CurrentSentence[] current = [Now(2, FlagState.None, "Yes."), Now(2, FlagState.Warning, "Yes.")];
        var report = new JudgedReport(judged, current);
        Assert.That(report.Now(judged[0]), Is.EqualTo(FlagState.None));
        Assert.That(report.Now(judged[1]), Is.EqualTo(FlagState.Warning));
    }

    [Test]
    public void Only_flags_with_neither_a_judgement_nor_a_flag_when_judged_are_listed_as_new()
    {
        var report = Report(
            (0, FlagState.Warning, "-", FlagState.Warning, "The quay is old."),
            (0, FlagState.None, "-", FlagState.Hint, "Boats wait there."),
            (0, FlagState.None, "claim", FlagState.Warning, "The tide is high."),
            (1, FlagState.None, "-", FlagState.None, "Nothing new."));
        Assert.That(report.Unjudged.Select(u => u.Text), Is.EqualTo(new[] { "Boats wait there." }));
        Assert.That(report.Count(report.UnflaggedSample, claim: true, n => n >= FlagState.Hint), Is.EqualTo(1));
    }

    [Test]
    public void Missed_claims_are_scaled_to_every_sentence_unflagged_when_judged()
    {
        var judged = new List<JudgedSentence>
        {
            Row(0, FlagState.None, "claim", "The harbour is the largest in the region."),
            Row(0, FlagState.None, "not", "The mayor said the harbour would close."),
        };
        judged.AddRange(Enumerable.Range(0, 8).Select(i => Row(1, FlagState.None, "-", $"Sentence {i}.")));
        var current = judged.Select(j => Now(j.Paragraph, FlagState.None, j.Text)).ToList();
        var report = new JudgedReport(judged, current);
        Assert.That(report.BaselineUnflagged, Is.EqualTo(10));
        Assert.That(report.EstimatedMissed(), Is.EqualTo(5.0).Within(1e-9));
        Assert.That(report.EstimatedRecall(), Is.EqualTo((0.0, 0, 0.0)));
        var (low, high) = JudgedReport.Wilson(8, 10);
        Assert.That(low, Is.EqualTo(0.490).Within(0.001));
        Assert.That(high, Is.EqualTo(0.943).Within(0.001));
        var kinds = JudgedReport.ByKind([Row(0, FlagState.None, "claim", "a", "x"), Row(0, FlagState.None, "claim", "b", "y"), Row(0, FlagState.None, "claim", "c", "y")]);
        Assert.That(kinds, Is.EqualTo(new[] { ("y", 2), ("x", 1) }));
    }

    [Test]
    public void A_documents_genre_is_the_second_part_of_its_name()
    {
        Assert.That(JudgedPrinter.Genre("GUM_news_iodine"), Is.EqualTo("news"));
        Assert.That(JudgedPrinter.Genre("harbour"), Is.EqualTo("harbour"));
    }

    [Test]
    public void Paragraphs_come_from_newpar_comments_and_their_text_lines()
    {
        const string conllu = "# newdoc id = doc_a\n# newpar\n# sent_id = 1\n# text = Harbour fees rise\n1\tHarbour\n\n"
            + "# newpar\n# text = The ferry sails at nine.\n1\tThe\n\n# text = It is late.\n1\tIt\n\n# newpar_block = list\n# text = Fares rose.\n";
        var text = GumParagraphs.Text(conllu);
        Assert.That(text, Is.EqualTo("Harbour fees rise\n\nThe ferry sails at nine. It is late. Fares rose.\n"));
        Assert.That(GumParagraphs.ParagraphAt(text, 0), Is.EqualTo(0));
        Assert.That(GumParagraphs.ParagraphAt(text, text.IndexOf("It is", StringComparison.Ordinal)), Is.EqualTo(1));
    }
}
