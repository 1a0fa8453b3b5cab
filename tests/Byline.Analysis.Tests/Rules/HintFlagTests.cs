namespace Byline.Analysis.Tests.Rules;

/// <summary>
/// BYL0001 on sentences whose want of a source is a hint, not a warning: an imperative (it asks the reader to do
/// something), a headline or heading set inside the text (the story under it sources it), a credit or caption of names set as a
/// short verbless paragraph of its own (it states nothing a source could back), the writer describing their own text or
/// study ("Our study compares…", "In this paper, we…": the text itself, which no outside source backs). The sentence stays a claim;
/// only the finding's severity falls to information, as the article's own headline's does. Invented sentences.
/// </summary>
public class HintFlagTests
{
    private const string Opening = "Ferry to sail again\n\nThe island's ferry will sail again in May, the harbour board said.\n\n";

    [TestCase("Wait until the second week of the festival, when the queues are shorter.")]
    [TestCase("Remember to book a berth before you leave the mainland.")]
    [TestCase("Do not expect a hot meal on the late crossing.")]
    [TestCase("Take a coat for the open deck.")]
    [TestCase("Book early for the summer crossings.")]
    public void An_imperative_is_flagged_as_a_hint(string sentence) =>
        Assert.That(FlagOn(Opening + sentence + "\n", sentence), Is.EqualTo(Severity.Information));

    [TestCase("Ferries sail twice a day from the old harbour.")]
    [TestCase("Tickets cost $12 for adults and $6 for children.")]
    [TestCase("Travellers often wait an hour for the late crossing.")]
    [TestCase("Take-away stalls line the quay in summer.")]
    public void A_statement_of_fact_stays_a_warning(string sentence) =>
        Assert.That(FlagOn(Opening + sentence + "\n", sentence), Is.EqualTo(Severity.Warning));

    [TestCase("Island gets a second ferry for the busy summer months")]
    [TestCase("Storm closes the harbour for three days as repairs begin [4]")]
    public void A_line_that_stands_alone_unpunctuated_is_a_heading_flagged_as_a_hint(string line)
    {
        AssertHintThenWarning(Opening + line + "\nThe new ferry will carry 200 passengers.\n", line);
    }

    [TestCase("The island got a second ferry for the summer months.")]
    [TestCase("the island got a second ferry for the summer months")]
    [TestCase("The island got a second ferry for the summer months after a long wait by the people of the north coast for a faster boat to the city")]
    public void A_punctuated_lower_case_or_long_line_stays_a_warning(string line)
    {
        var article = Opening + line + "\nThe new ferry will carry 200 passengers.\n";
        Assert.That(FlagOn(article, line), Is.EqualTo(Severity.Warning));
    }

    [TestCase("Anna Berg via North Sea Images.")]
    [TestCase("Harbour Master Ole Dahl, 58.")]
    [TestCase("Ole Dahl and Kari Nes at the South Quay.")]
    [TestCase("The Ferries of the North Sea.")]
    [TestCase("Storm Hits North Coast Ferries.")]
    public void A_line_of_names_on_its_own_a_credit_caption_or_title_case_heading_is_flagged_as_a_hint(string line)
    {
        AssertHintThenWarning(Opening + line + "\n\nThe new ferry will carry 200 passengers.\n", line);
    }

    [TestCase("The old ferry sank at the south quay in winter.")]
    [TestCase("The harbour board owns the old ferry.")]
    [TestCase("Ferries sail twice a day from the old harbour.")]
    [TestCase("Record crowds at the South Quay.")]
    public void A_one_sentence_paragraph_with_a_verb_or_a_lower_case_noun_stays_a_warning(string line) =>
        Assert.That(FlagOn(Opening + line + "\n\nThe new ferry will carry 200 passengers.\n", line), Is.EqualTo(Severity.Warning));

    [Test]
    public void A_verbless_sentence_inside_a_paragraph_of_prose_stays_a_warning()
    {
        const string sentence = "A record for the island in any winter since the war.";
        var article = Opening + "The ferry carried 9,000 passengers in January. " + sentence + "\n";
        Assert.That(FlagOn(article, sentence), Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void A_long_verbless_line_stays_a_warning()
    {
        const string line = "Record numbers of passengers on the north coast ferries of the island in the first winter of the new timetable and fares.";
        Assert.That(FlagOn(Opening + line + "\n\nThe new ferry will carry 200 passengers.\n", line), Is.EqualTo(Severity.Warning));
    }

    [TestCase("Finally, our study extends the earlier surveys of harbour traffic to the winter months.")]
    [TestCase("Our overall aim is to give planners a fuller picture of island ferry use.")]
    [TestCase("The present study compares the ferry timetables of three islands.")]
    [TestCase("This paper is organised in four parts, one for each island.")]
    [TestCase("Thus, this section draws on the harbour records of three islands.")]
    [TestCase("The current paper covers the ferry routes of the southern islands.")]
    public void The_writer_speaking_of_their_own_text_or_study_is_flagged_as_a_hint(string sentence) =>
        Assert.That(FlagOn(Opening + "Crossings grew by a third last year. " + sentence + "\n", sentence), Is.EqualTo(Severity.Information));

    [TestCase("Our country needs a faster ferry to the mainland.")]
    [TestCase("Our city has lost two ferries since the war.")]
    [TestCase("The study compares the ferry timetables of three islands.")]
    public void A_study_or_place_that_is_not_the_writers_text_stays_a_warning(string sentence) =>
        Assert.That(FlagOn(Opening + "Crossings grew by a third last year. " + sentence + "\n", sentence), Is.EqualTo(Severity.Warning));

    // A study or report just named is read as the sentence's source, or the sentence is no claim: never a hint here.
    [TestCase("This study found that ferry passengers walk more than drivers.")]
    [TestCase("This report shows that the ferries are losing money.")]
    [TestCase("In this study, passengers walked more than drivers.")]
    public void A_study_cited_in_news_is_not_the_writers_text(string sentence) =>
        Assert.That(FlagOn(Opening + "Crossings grew by a third last year. " + sentence + "\n", sentence), Is.Not.EqualTo(Severity.Information));

    [Test]
    public void Our_study_inside_a_quotation_is_the_speakers_and_stays_a_warning()
    {
        const string sentence = "\u201cOur study shows the ferries are losing money,\u201d the mayor said.";
        var article = Opening + "Crossings grew by a third last year. " + sentence + "\n";
        Assert.That(FlagOn(article, sentence), Is.Not.EqualTo(Severity.Information));
    }

    /// <summary>The flag on <paramref name="line"/> is a hint and the statement after it ("The new ferry …") stays a warning.</summary>
    private static void AssertHintThenWarning(string article, string line)
    {
        Assert.That(FlagOn(article, line), Is.EqualTo(Severity.Information));
        Assert.That(FlagOn(article, "The new ferry"), Is.EqualTo(Severity.Warning));
    }

    private static Severity? FlagOn(string article, string needle)
    {
        var offset = article.IndexOf(needle, StringComparison.Ordinal);
        return RuleTestHelper.Analyze(article).Where(f => f.Rule.Id == "BYL0001" && f.Span.Contains(offset)).Select(f => (Severity?)f.Severity).SingleOrDefault();
    }
}
