namespace Byline.Analysis.Tests.Rules;

/// <summary>
/// The sourcing rules on sentences from real reporting (the corpus and public wire style) and on
/// paraphrases that appear nowhere in seeds/, so that the patterns — not the seed's phrases — are tested.
/// </summary>
public class SourcingRuleTests
{
    private const string Headline = "What happened in eastern Syria?\n\n";

    // BYL0001 unattributed-claim

    [Test]
    public void Unattributed_claim_on_a_bare_factual_sentence() =>
        RuleTestHelper.AssertFindings("BYL0001", Headline + "[|The militia fired 14 rockets at the base on Monday night.|]");

    [TestCase("Major general Fuad Basya, spokesman for the Indonesian military, said fishermen first noticed the people.")]
    [TestCase("The strikes destroyed two launch sites, the Pentagon said in a statement.")]
    [TestCase("“We acted in self-defence,” said Col. John Dorrian, a coalition spokesman.")]
    [TestCase("According to the UN refugee agency, more than 900 people were rescued.")]
    [TestCase("Police records show the suspect was arrested twice in 2014.")]
    [TestCase("Is this the end of the ceasefire?")]
    public void No_unattributed_claim_when_someone_says_so_or_nothing_is_claimed(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0001", Headline + sentence);

    [Test]
    public void A_source_carries_over_within_its_paragraph_until_the_writer_takes_over_again() =>
        RuleTestHelper.AssertFindings("BYL0001", Headline +
            "The ministry said the convoy was hit near Mosul. \u201cFour vehicles were destroyed.\u201d [|However, the road reopened on Friday.|]\n" +
            "[|The city has been under curfew since May.|]");

    // BYL0002 vague-attribution

    [TestCase("The decision [|has been roundly criticised|] as a breach of the treaty.")]
    [TestCase("The commander [|is believed to|] have fled across the border.")]
    [TestCase("[|Analysts warn|] that the truce will not hold.")]
    [TestCase("[|Some experts say|] the sanctions have failed.")]
    [TestCase("The raid [|provoked fury across the country|].")]
    [TestCase("The group [|allegedly smuggled|] weapons into the camp.")]
    [TestCase("The harbour board [|seemed unmoved|] by the petition.")]
    [TestCase("The ferry operators [|appeared pleased|] with the new timetable.")]
    [TestCase("The council [|appeared more willing|] to sell the pier.")]
    [TestCase("The mayor [|seems like|] a man in a hurry.")]
    [TestCase("It [|appeared|], at least for a while, that the strike was over.")]
    [TestCase("The [|seemingly endless|] queue stretched past the station.")]
    [TestCase("The harbour levy [|is widely seen|] as a tax on the island's fishermen.")] // an opinion nobody is named for
    [TestCase("The new timetable [|looks like|] a poor deal for commuters.")]
    public void Vague_attribution_by_pattern_on_paraphrases(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0002", Headline + sentence);

    [TestCase("The strike was condemned by the UN Security Council.")]
    [TestCase("The plan drew criticism from Amnesty International.")]
    [TestCase("The ministry said the talks would resume on Monday.")]
    [TestCase("He is known as a hardliner in the party.")]
    [TestCase("The harbour café is best known for its chowder.")] // a naming passive passes on no opinion
    [TestCase("The harbour master looked at the plans on Tuesday.")]
    [TestCase("The harbour master appeared on regional television on Monday.")]
    [TestCase("The ferry operators appeared before the committee in May.")]
    public void No_vague_attribution_when_the_agent_is_named(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0002", Headline + sentence);

    // BYL0003 anonymous-source

    [TestCase("[|A senior Iraqi official|] said the attack was planned in Syria.")]
    [TestCase("[|Sources|] said the talks had collapsed.")]
    [TestCase("The minister will resign, [|a source familiar with the matter|] said.")]
    public void Anonymous_sources_without_a_reason(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0003", Headline + sentence);

    [TestCase("A senior Iraqi official, who spoke on condition of anonymity because he was not authorised to brief reporters, said the attack was planned in Syria.")]
    [TestCase("A Pentagon spokesperson said the strike was defensive.")]
    [TestCase("Defence Secretary Ash Carter said the coalition would support the Iraqi forces.")]
    public void No_anonymous_source_when_named_explained_or_a_spokesperson(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0003", Headline + sentence);

    [TestCase("A port official said the cranes had been sold. He spoke on condition of anonymity because the sale is not public.")]
    [TestCase("The cranes had been sold, two dock workers said. They asked not to be named for fear of losing their jobs.")]
    public void No_anonymous_source_when_the_next_sentence_gives_the_reason(string paragraph) =>
        RuleTestHelper.AssertFindings("BYL0003", Headline + paragraph);

    [Test]
    public void A_reason_in_the_next_paragraph_does_not_explain_the_source() =>
        RuleTestHelper.AssertFindings("BYL0003", Headline + "[|A port official|] said the cranes had been sold.\nThe union asked not to be named in the dispute.");

    [Test]
    public void A_sentence_whose_quote_has_no_speaker_is_left_to_BYL0004_wherever_it_stands()
    {
        // BYL0001 hands a sentence to BYL0004 by its index among the article's sentences: the hand-off must
        // hit exactly the quoting sentence, also far down the article, and leave the claims around it.
        const string claim1 = "The militia fired 14 rockets at the base on Monday night.";
        const string claim2 = "The city has been under curfew since May.";
        const string quiet = "The city was quiet on Sunday.";
        const string quote = "“We will not stop until the last fighter leaves the city.”";
        static string Article(string a, string b, string c, string d) =>
            Headline + a + "\n" + b + " " + d + "\n" + c + "\n" + b + " " + d + "\n";
        static string Mark(string s) => "[|" + s + "|]";
        RuleTestHelper.AssertFindings("BYL0001", Article(Mark(claim1), Mark(quiet), Mark(claim2), quote));
        RuleTestHelper.AssertFindings("BYL0004", Article(claim1, quiet, claim2, Mark(quote)));
    }

    [Test]
    public void A_sentence_wholly_inside_a_quotation_is_left_to_BYL0004()
    {
        // The quotation's sentences are its speaker's words: BYL0004 asks who that is, where the quotation starts.
        const string quotation = "“The pier is unsafe. The cables are worn through. We close it on Monday.”";
        RuleTestHelper.AssertFindings("BYL0001", Headline + "[|The harbour was closed on Sunday.|]\n" + quotation);
        RuleTestHelper.AssertFindings("BYL0004", Headline + "The harbour was closed on Sunday.\n[|" + quotation + "|]");
    }

    [Test]
    public void A_sentence_built_around_a_quotation_is_backed_by_the_speaker_next_to_it_across_a_paragraph_break()
    {
        // BYL0004 takes a quotation's speaker from the sentence before or after it, in the next paragraph too;
        // the sentence that carries the quoted words is then backed by that speaker, not a claim of the writer's.
        const string said = "Ana Ruiz said the ferry would run again in the spring.";
        const string quoting = "The board has promised “a new pier before the summer crowds arrive” in its plan.";
        const string claim = "The old pier was closed in 2019.";
        RuleTestHelper.AssertFindings("BYL0001", Headline + said + "\n" + quoting + "\n[|" + claim + "|]");
        RuleTestHelper.AssertFindings("BYL0004", Headline + said + "\n" + quoting + "\n" + claim);
        RuleTestHelper.AssertFindings("BYL0001", Headline + "[|" + claim + "|]\n" + quoting + "\n" + said);
    }

    [Test]
    public void A_short_quoted_term_does_not_take_a_sentence_from_BYL0001() =>
        RuleTestHelper.AssertFindings("BYL0001", Headline + "Ana Ruiz said the ferry would run again.\n[|The pier had become “unsafe” by May.|]");

    // BYL0004 unattributed-quote

    [Test]
    public void A_quote_with_no_speaker_nearby() =>
        RuleTestHelper.AssertFindings("BYL0004", Headline + "The city was quiet on Sunday.\n[|“We will not stop until the last fighter leaves the city.”|]");

    [TestCase("“We will not stop until the last fighter leaves,” the commander told reporters.")]
    [TestCase("“We will not stop until the last fighter leaves.” The commander said so on Sunday.")]
    [TestCase("Drones with \"Revenge for Soleimani\" written on them were shot down.")]
    [TestCase("\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said.")] // seeds/wikinews-crane.txt
    public void No_unattributed_quote_with_a_speaker_or_a_short_quoted_term(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0004", Headline + sentence);

    // BYL0005 loaded-reporting-verb

    [TestCase("The rebels [|admitted|] that the town had fallen.", "The rebels said that the town had fallen.")]
    [TestCase("The agency [|claims|] the vaccine is safe.", "The agency says the vaccine is safe.")]
    [TestCase("The minister [|insisted|] the budget was balanced.", "The minister said the budget was balanced.")]
    public void Loaded_verbs_are_replaced_by_said(string sentence, string fixedSentence)
    {
        var findings = RuleTestHelper.AssertFindings("BYL0005", Headline + sentence);
        Assert.That(RuleTestHelper.ApplyFix(Headline + MarkedText.Parse(sentence).Text, findings[0]), Is.EqualTo(Headline + fixedSentence));
    }

    [TestCase("The claims were rejected by the court.")]
    [TestCase("The minister said the budget was balanced.")]
    public void No_loaded_verb_for_nouns_or_neutral_verbs(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0005", Headline + sentence);

    // BYL0006 secondhand-sourcing

    [TestCase("[|According to the Associated Press|], the convoy was attacked twice.")]
    [TestCase("The convoy was attacked twice, a police officer [|told Al Jazeera|].")]
    public void Relaying_another_outlet(string sentence) =>
        RuleTestHelper.AssertFindings("BYL0006", Headline + sentence);

    [Test]
    public void The_publisher_from_front_matter_is_first_hand() =>
        RuleTestHelper.AssertFindings("BYL0006",
            "---\npublisher: Reuters\n---\n# Strikes hit rocket sites\n\nThe convoy was attacked twice, a police officer told Reuters.\n",
            Syntax.ArticleFormat.Markdown);

    [Test]
    public void Outlets_and_the_publisher_from_configuration()
    {
        var text = Headline + "The convoy was attacked twice, a police officer told the Kurdistan Chronicle.\nThe road reopened on Friday, a driver told the Daily Courier.";
        var options = AnalyzerOptions.Default with { ExtraOutlets = ["Kurdistan Chronicle", "Daily Courier"], Publisher = "Daily Courier" };

        var relayed = RuleTestHelper.Analyze(text, options: options).Where(f => f.Rule.Id == "BYL0006").ToList();

        Assert.That(relayed.Select(f => text.Substring(f.Span.Start, f.Span.Length)), Is.EqualTo(new[] { "told the Kurdistan Chronicle" }));
        Assert.That(RuleTestHelper.Analyze(text).Where(f => f.Rule.Id == "BYL0006"), Is.Empty, "unknown outlets are not reported without configuration");
    }

    [Test]
    public void A_Markdown_link_to_the_source_attributes_the_claim()
    {
        var text = "# What happened in eastern Syria?\n\nAccording to [a UN report](https://example.org/report), the strikes hit a clinic.\n\n" +
                   "The ministry said in [a statement](https://example.org/s) that the raid was lawful.\n";
        var analysis = Byline.Analysis.ArticleAnalyzer.Analyze(Syntax.ArticleSyntaxTree.Parse(Text.ArticleText.From(text), Syntax.ArticleFormat.Markdown));

        var sources = analysis.Sourcing.Attributions.Select(a => text.Substring(a.Source!.Span.Start, a.Source.Span.Length)).ToList();
        Assert.That(sources, Is.EqualTo(new[] { "a UN report", "The ministry" }));
        Assert.That(analysis.Sourcing.Attributions.First().Source!.Kind, Is.EqualTo(Byline.Analysis.Attribution.SourceKind.Document));
        Assert.That(analysis.Findings.Where(f => f.Rule.Id == "BYL0001"), Is.Empty);
        var content = analysis.Sourcing.Attributions.Last().Content;
        Assert.That(text.Substring(content.Start, content.Length), Is.EqualTo("the raid was lawful"));
    }

    [Test]
    public void A_title_case_headline_with_its_source_is_attributed() =>
        RuleTestHelper.AssertFindings("BYL0001", "Iraqis Hold Line Against ISIL, DoD Spokesman Says\n\nThe SDF regained 300 square miles, Davis said.\n");

    [Test]
    public void A_statement_introduced_with_a_colon_speaks_in_the_following_paragraphs() =>
        // GOV.UK style: the statement is not in quotation marks, and runs on until the writer names its speaker.
        RuleTestHelper.AssertFindings("BYL0001", Headline +
            "The Foreign Secretary Philip Hammond said:\n" +
            "I am appalled by this latest brutal attack by the regime. This is further shocking proof of its indiscriminate methods.\n" +
            "Our position remains as strong as ever.\n" +
            "The regime has dropped barrel bombs on the city for three years.\n" +
            "[|Hammond visited the region in 2013.|]\n");
}
