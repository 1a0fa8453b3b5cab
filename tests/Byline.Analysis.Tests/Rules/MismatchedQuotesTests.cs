namespace Byline.Analysis.Tests.Rules;

public class MismatchedQuotesTests
{
    private const string Headline = "Coalition strikes rocket sites in Syria\n\n";

    [Test]
    public void Reports_both_mismatched_pairs_of_the_seed_paragraph()
    {
        // Paragraph 4 of seeds/000_9bb0596e7d6cd391.txt: “…" and then "…”.
        var findings = RuleTestHelper.AssertFindings("BYL0007", Headline +
            "[|“Acting in self defense, coalition forces conducted a strike to eliminate the threat,\"|] a spokesperson told the BBC, " +
            "noting that indirect fire poses a [|\"a serious threat to innocent civilians because of their lack of discrimination.”|]");
        Assert.That(findings[0].Message, Does.Contain("opens with “ but closes with \""));
        Assert.That(findings[1].Message, Does.Contain("opens with \" but closes with ”"));
    }

    [Test]
    public void The_fix_replaces_the_closing_mark_with_the_matching_one()
    {
        var text = Headline + "“Acting in self defense,\" a spokesperson said.";
        var finding = RuleTestHelper.Analyze(text).Single(f => f.Rule.Id == "BYL0007");
        Assert.That(RuleTestHelper.ApplyFix(text, finding), Does.EndWith("“Acting in self defense,” a spokesperson said."));
    }

    [Test]
    public void Accepts_balanced_straight_and_curly_quotes()
    {
        RuleTestHelper.AssertFindings("BYL0007", Headline +
            "CJTF-OIR said it had struck several sites that posed an \"imminent threat.\" " +
            "“We will respond,” the spokesperson said, calling the attack \"reckless\" and «unacceptable».");
    }

    [Test]
    public void Reports_a_quotation_that_is_never_closed()
    {
        RuleTestHelper.AssertFindings("BYL0007", Headline + "The minister said [|“|]we will not leave Iraq until the job is done.");
    }

    [Test]
    public void Reports_a_closing_mark_without_an_opening_one()
    {
        RuleTestHelper.AssertFindings("BYL0007", Headline + "We will not leave Iraq[|”|] the minister said.");
    }

    [Test]
    public void Allows_a_quote_to_continue_into_the_next_paragraph_as_in_AP_style()
    {
        RuleTestHelper.AssertFindings("BYL0007", Headline +
            "“We have carried out strikes against several sites,” the spokesperson said. “They posed an imminent threat.\n" +
            "“We will continue to defend our forces.”");
    }

    [Test]
    public void Apostrophes_and_single_quotes_are_not_double_quotes()
    {
        RuleTestHelper.AssertFindings("BYL0007",
            "Anti-Daesh Coalition Strikes Reportedly Targeted 'Imminent Threat'\n\nThe commander of Kata'ib Hezbollah and the country's parliament.");
    }
}
