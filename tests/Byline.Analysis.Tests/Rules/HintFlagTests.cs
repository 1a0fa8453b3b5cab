namespace Byline.Analysis.Tests.Rules;

/// <summary>
/// BYL0001 on sentences whose want of a source is a hint, not a warning: an imperative (it asks the reader to do
/// something); the sentence stays a claim, only the finding's severity falls to information, as the article's own
/// headline's does. And on lines that are no claim at all, so not flagged (session 49; hints before): a heading set inside
/// the text (the story under it sources it), a credit or caption of names set as a short verbless paragraph of its own, a
/// listing's entry (it states nothing a source could back), the writer describing their own text or study ("Our study
/// compares…", "We recoded…": the authors' account of their work). Invented sentences.
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
        Assert.That(FlagAfterOpening(sentence), Is.EqualTo(Severity.Information));

    [TestCase("Ferries sail twice a day from the old harbour.")]
    [TestCase("Tickets cost $12 for adults and $6 for children.")]
    [TestCase("Travellers often wait an hour for the late crossing.")]
    [TestCase("Take-away stalls line the quay in summer.")]
    public void A_statement_of_fact_stays_a_warning(string sentence) =>
        Assert.That(FlagAfterOpening(sentence), Is.EqualTo(Severity.Warning));

    [TestCase("Island gets a second ferry for the busy summer months")]
    [TestCase("Storm closes the harbour for three days as repairs begin [4]")]
    [TestCase("3.2 Island gets a second ferry for the busy summer months")]
    [TestCase("2.1. Ferries, Fares and the Timetable")]
    public void A_line_that_stands_alone_unpunctuated_is_a_heading_and_no_claim(string line) =>
        AssertNoFlagThenWarning(OwnLine(line), line);

    [TestCase("The island got a second ferry for the summer months.")]
    [TestCase("the island got a second ferry for the summer months")]
    [TestCase("The island got a second ferry for the summer months after a long wait by the people of the north coast for a faster boat to the city")]
    public void A_punctuated_lower_case_or_long_line_stays_a_warning(string line) =>
        Assert.That(FlagOn(OwnLine(line), line), Is.EqualTo(Severity.Warning));

    [TestCase("Anna Berg via North Sea Images.")]
    [TestCase("Harbour Master Ole Dahl, 58.")]
    [TestCase("Ole Dahl and Kari Nes at the South Quay.")]
    [TestCase("The Ferries of the North Sea.")]
    public void A_line_of_names_on_its_own_a_credit_caption_or_title_case_heading_is_no_claim(string line)
    {
        AssertNoFlagThenWarning(OwnParagraph(line), line);
    }

    [TestCase("The old ferry sank at the south quay in winter.")]
    [TestCase("The harbour board owns the old ferry.")]
    [TestCase("Ferries sail twice a day from the old harbour.")]
    [TestCase("Record crowds at the South Quay.")]
    public void A_one_sentence_paragraph_with_a_verb_or_a_lower_case_noun_stays_a_warning(string line) =>
        Assert.That(FlagOn(OwnParagraph(line), line), Is.EqualTo(Severity.Warning));

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
        Assert.That(FlagOn(OwnParagraph(line), line), Is.EqualTo(Severity.Warning));
    }

    [TestCase("Finally, our study extends the earlier surveys of harbour traffic to the winter months.")]
    [TestCase("Our overall aim is to give planners a fuller picture of island ferry use.")]
    [TestCase("The present study compares the ferry timetables of three islands.")]
    [TestCase("This paper is organised in four parts, one for each island.")]
    [TestCase("Thus, this section draws on the harbour records of three islands.")]
    [TestCase("The current paper covers the ferry routes of the southern islands.")]
    [TestCase("For the present analysis, the answers were recoded into four classes of trip.")]
    [TestCase("In our experimental setup, each car was weighed at the ramp.")]
    [TestCase("In this paper we compare the ferry timetables of three islands.")]
    [TestCase("With our method, the crossings were timed to the minute.")]
    public void The_writer_speaking_of_their_own_text_or_study_is_no_claim(string sentence) =>
        Assert.That(FlagInProse(sentence), Is.Null);

    // The writer's "we" as the first subject, before a verb of method: the authors (or the newsroom) tell their own steps.
    [TestCase("Therefore we counted the passengers on every crossing in March.")]
    [TestCase("In this survey we used the harbour board's ticket records.")]
    [TestCase("However, we found no change in the winter timetable.")]
    [TestCase("Before and after the new timetable, we also measured the queues at the ramp.")]
    [TestCase("We asked the harbour board why the late crossing was dropped.")]
    public void The_writer_telling_a_step_of_their_own_work_is_no_claim(string sentence) =>
        Assert.That(FlagInProse(sentence), Is.Null);

    // "we" after a verb or a clause opener is not the sentence's first subject; before a verb of need or opinion it claims.
    [TestCase("The ramp was closed for a week because we used the old ferry.")]
    [TestCase("If we used the old ferry, the crossing would take an hour.")]
    [TestCase("We need a second ramp at the south quay.")]
    [TestCase("We used to take the ferry to the mainland every week.")]
    [TestCase("We rarely find out about delays until the ferry is gone.")]
    [TestCase("Then we sold the old ferry to a buyer on the mainland.")]
    public void A_we_that_is_no_first_subject_of_a_method_verb_stays_a_warning(string sentence) =>
        Assert.That(FlagInProse(sentence), Is.EqualTo(Severity.Warning));

    // A bare "we" is a speaker's or a columnist's as often as the authors': no sign of the writer's own work.
    [TestCase("We must build a faster ferry to the mainland.")]
    [TestCase("Therefore we lost two ferries in the storm of 1953.")]
    [TestCase("In our town, the ferry is the only way to the mainland.")]
    public void A_we_without_the_writers_own_work_stays_a_warning(string sentence) =>
        Assert.That(FlagInProse(sentence), Is.EqualTo(Severity.Warning));

    [TestCase("Harbour Café, 12 Quay Street, tel: 555-1234.")]
    [TestCase("Quay Taxi 3 Pier Road, 1 201 555-0100.")]
    public void A_listing_entry_with_a_telephone_number_is_no_claim(string line) =>
        AssertNoFlagThenWarning(OwnParagraph(line), line);

    [TestCase("Harbour Café, tel: 555-1234, opened in 1990 on the old quay.")]
    [TestCase("The ferry ran from 1998-2002 and carried 2,470,000 passengers.")]
    public void A_sentence_with_a_verb_or_no_telephone_number_stays_a_warning(string line) =>
        Assert.That(FlagOn(OwnParagraph(line), line), Is.EqualTo(Severity.Warning));

    /// <summary>The flag on <paramref name="sentence"/> set as the second sentence of a paragraph of prose.</summary>
    private static Severity? FlagInProse(string sentence) =>
        FlagOn(Opening + "Crossings grew by a third last year. " + sentence + "\n", sentence);

    /// <summary>The flag on <paramref name="sentence"/> set as a paragraph of its own after the opening.</summary>
    private static Severity? FlagAfterOpening(string sentence) => FlagOn(Opening + sentence + "\n", sentence);

    /// <summary><paramref name="line"/> as a paragraph of its own, a statement in the paragraph after it.</summary>
    private static string OwnParagraph(string line) => Opening + line + "\n\nThe new ferry will carry 200 passengers.\n";

    /// <summary><paramref name="line"/> as a line of its own, a statement on the next line of the same paragraph.</summary>
    private static string OwnLine(string line) => Opening + line + "\nThe new ferry will carry 200 passengers.\n";

    /// <summary><paramref name="line"/> is not flagged and the statement after it ("The new ferry …") stays a warning.</summary>
    private static void AssertNoFlagThenWarning(string article, string line)
    {
        Assert.That(FlagOn(article, line), Is.Null);
        Assert.That(FlagOn(article, "The new ferry"), Is.EqualTo(Severity.Warning));
    }

    private static Severity? FlagOn(string article, string needle)
    {
        var offset = article.IndexOf(needle, StringComparison.Ordinal);
        return RuleTestHelper.Analyze(article).Where(f => f.Rule.Id == "BYL0001" && f.Span.Contains(offset)).Select(f => (Severity?)f.Severity).SingleOrDefault();
    }
}
