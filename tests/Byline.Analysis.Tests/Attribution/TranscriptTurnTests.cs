using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A transcript's turns (hearings, debates, press conferences): a speaker's label opens each turn, and every sentence of
/// it is that speaker's, over the paragraphs that follow unlabelled, up to the next label or heading. Invented text.
/// </summary>
public class TranscriptTurnTests
{
    private static SentenceSourcing At(string article, string needle) => CarryOverTests.SentenceAt(article, needle);

    [TestCase("JUSTICE HOLT")]
    [TestCase("CHIEF JUSTICE MARLOW")]
    [TestCase("MR. RUIZ")]
    [TestCase("SEN. BARRETT")]
    [TestCase("GENERAL OKAFOR")]
    [TestCase("THE COURT")] // a role in capitals
    [TestCase("JUDGE")]
    [TestCase("THE PRESIDENT")]
    public void A_capitalised_label_with_a_title_or_a_role_opens_a_turn(string label)
    {
        var article = "Hearing on the harbour toll\n\n" + label + ": The ferry toll rose twice last year. The pontoon cost four million dollars.\n";
        var turn = At(article, "The pontoon cost");
        Assert.That((turn.Status, turn.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, label)));
    }

    [TestCase("Not at all.")] // no verb: still the turn's
    [TestCase("Yes.")]
    public void A_short_answer_after_a_capitalised_label_still_opens_the_turn(string opening)
    {
        var article = "Hearing on the harbour toll\n\nMS. OKAFOR: " + opening + " The harbour lost money for three years.\n";
        Assert.That(At(article, "The harbour lost").CarriedFrom?.Source?.Text, Is.EqualTo("MS. OKAFOR"));
    }

    [Test]
    public void A_source_the_speaker_reports_does_not_end_the_turn()
    {
        const string article = "Hearing on the harbour toll\n\nMR. RUIZ: The board and the lower court say the toll is lawful. " +
            "The statute gives the board no such power. The toll must go.\n";
        Assert.That(At(article, "The statute gives").CarriedFrom?.Source?.Text, Is.EqualTo("MR. RUIZ"));
        Assert.That(At(article, "The toll must").CarriedFrom?.Source?.Text, Is.EqualTo("MR. RUIZ"));
    }

    [Test]
    public void A_turn_runs_over_its_unlabelled_paragraphs_up_to_the_next_label()
    {
        const string article = "Hearing on the harbour toll\n\n" +
            "JUSTICE HOLT: Why did the toll rise twice?\n\n" +
            "MR. RUIZ: The repairs ran over budget.\n\n" +
            "The contractor was paid in full in March.\n\n" +
            "JUSTICE HOLT: The accounts show a loss.\n\n" +
            "The pontoon cost four million dollars.\n";
        var continued = At(article, "The contractor");
        Assert.That((continued.Status, continued.CarryOver, continued.CarriedFrom?.Source?.Text), Is.EqualTo((SourcingStatus.Carried, CarryOver.TranscriptTurn, "MR. RUIZ")));
        Assert.That(At(article, "The pontoon cost").CarriedFrom?.Source?.Text, Is.EqualTo("JUSTICE HOLT"));
    }

    [Test]
    public void A_heading_ends_the_turn()
    {
        const string article = "# Hearing on the harbour toll\n\n" +
            "JUSTICE HOLT: Why did the toll rise twice?\n\n" +
            "MR. RUIZ: The repairs ran over budget.\n\n" +
            "## Background\n\n" +
            "The harbour lost money for three years.\n";
        Assert.That(CarryOverTests.SentenceAt(article, "The harbour lost", Byline.Syntax.ArticleFormat.Markdown).Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    /// <summary>
    /// A heading is no prose, yet it ends the turn: linking that takes the heading over after an edit must end it too,
    /// whether the heading is moved across the edit (a label before it changed) or kept before it (an edit after it).
    /// </summary>
    [TestCase("MR. RUIZ", "MS. OKAFOR")]
    [TestCase("three years", "four years")]
    public void A_heading_ends_the_turn_after_an_edit_as_in_a_fresh_analysis(string before, string after)
    {
        const string article = "# Hearing on the harbour toll\n\n" +
            "JUSTICE HOLT: Why did the toll rise twice?\n\n" +
            "MR. RUIZ: The repairs ran over budget.\n\n" +
            "## Background\n\n" +
            "The harbour lost money for three years.\n";
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(article), ArticleFormat.Markdown);
        var previous = ArticleAnalyzer.Analyze(syntax);
        var edited = syntax.WithText(syntax.Text.WithChanges([new TextChange(new TextSpan(article.IndexOf(before, StringComparison.Ordinal), before.Length), after)]));
        var incremental = ArticleAnalyzer.Analyze(edited, AnalyzerOptions.Default, previous);
        var fresh = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(edited.Text.ToString()), ArticleFormat.Markdown));

        Assert.That(incremental.Sourcing.Sentences.Select(s => (s.Span, s.Status, s.CarryOver)), Is.EqualTo(fresh.Sourcing.Sentences.Select(s => (s.Span, s.Status, s.CarryOver))));
        Assert.That(incremental.Sourcing.Sentences[^1].Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [Test]
    public void One_labelled_exchange_in_a_story_does_not_run_on()
    {
        const string article = "Harbour toll to rise\n\nMR. RUIZ: The repairs ran over budget.\n\n" +
            "The harbour lost money for three years.\n";
        Assert.That(At(article, "The harbour lost").Status, Is.EqualTo(SourcingStatus.Unattributed));
    }

    [TestCase("The reason: the harbour lost money for three years.")]
    [TestCase("Update: The harbour lost money for three years.")]
    [TestCase("Note: The harbour lost money for three years.")]
    [TestCase("Photo: The harbour lost money for three years.")]
    [TestCase("UPDATE: The harbour lost money for three years.")]
    [TestCase("NOTE: The harbour lost money for three years.")]
    public void An_ordinary_colon_sentence_is_no_turn(string sentence)
    {
        var article = "Harbour toll to rise\n\n" + sentence + " The pontoon cost four million dollars.\n";
        Assert.That(At(article, "The pontoon cost").Status, Is.AnyOf(SourcingStatus.Unattributed, SourcingStatus.None)); // "Photo:" is a credit line
    }
}
