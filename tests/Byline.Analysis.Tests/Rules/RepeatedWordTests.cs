namespace Byline.Analysis.Tests.Rules;

public class RepeatedWordTests
{
    private const string Headline = "Coalition strikes rocket sites in Syria\n\n";

    [Test]
    public void Reports_a_word_doubled_across_a_quotation_mark_as_in_the_seed()
    {
        var findings = RuleTestHelper.AssertFindings("BYL0008",
            Headline + "He noted that indirect fire poses a \"[|a|] serious threat to innocent civilians.\"");
        Assert.That(findings[0].Message, Does.Contain("'a' is repeated"));
    }

    [Test]
    public void The_fix_keeps_the_quotation_mark_in_place()
    {
        var text = Headline + "Indirect fire poses a \"a serious threat.\"";
        var finding = RuleTestHelper.Analyze(text).Single(f => f.Rule.Id == "BYL0008");
        Assert.That(RuleTestHelper.ApplyFix(text, finding), Does.EndWith("Indirect fire poses \"a serious threat.\""));
    }

    [Test]
    public void Reports_doubled_words_in_any_case_and_each_extra_repeat()
    {
        RuleTestHelper.AssertFindings("BYL0008", Headline + "The strike hit the [|The|] base.\nIt was [|was|] [|was|] late.");
    }

    [Test]
    public void Reports_doubles_that_differ_in_the_case_of_a_first_letter_outside_ascii()
    {
        RuleTestHelper.AssertFindings("BYL0008", Headline + "The envoy met él [|Él|] at noon.\nThe mission left Якутск [|якутск|] on Monday.");
    }

    [TestCase("He had had enough of the talks.")]
    [TestCase("She said that that decision was final.")]
    [TestCase("The delegation flew to Bora Bora on Monday.")]
    [TestCase("Troops counted 2 2-tonne trucks, then 10 10s.")]
    [TestCase("Officials said the plan, the plan's critics said, would fail.")]
    public void Does_not_report_grammatical_doubles_names_numbers_or_punctuated_repeats(string sentence)
    {
        RuleTestHelper.AssertFindings("BYL0008", Headline + sentence);
    }
}
