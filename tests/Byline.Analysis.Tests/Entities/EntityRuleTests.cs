namespace Byline.Analysis.Tests.Entities;

/// <summary>BYL0010–BYL0012 on real-world sentences (the seed, CENTCOM and UK government releases).</summary>
public class EntityRuleTests
{
    private const string Headline = "Coalition strikes rocket sites in Syria\n\n";

    [Test]
    public void Undefined_acronym_is_reported_once_at_its_first_use()
    {
        var findings = RuleTestHelper.AssertFindings("BYL0010",
            Headline + "The strike was claimed by [|JAM|], according to a statement. JAM has denied it.");
        Assert.That(findings[0].Message, Does.Contain("'JAM' is not spelled out"));
    }

    [TestCase("Iraq's Popular Mobilization Forces (PMF) said the PMF had not been targeted.")]
    [TestCase("Combined Joint Task Force - Operation Inherent Resolve (CJTF-OIR), the US-led coalition against Daesh*, said on Tuesday it had carried out airstrikes.")]
    [TestCase("NATO and the UN condemned the strike, CENTCOM said.")]
    [TestCase("The Syrian Observatory for Human Rights (SOHR) said eight fighters died. SOHR relies on a network of sources.")]
    [TestCase("The SOHR said eight fighters died, according to the Syrian Observatory for Human Rights (SOHR).")]
    public void Defined_and_known_acronyms_are_not_reported(string sentence)
    {
        RuleTestHelper.AssertFindings("BYL0010", Headline + sentence);
    }

    [Test]
    public void Acronyms_in_a_headline_are_left_to_the_body()
    {
        RuleTestHelper.AssertFindings("BYL0010", "JAM claims drone attack on US base\n\nThe militia said it was behind the attack.");
    }

    [Test]
    public void First_reference_by_surname_is_reported_with_a_fix_to_the_full_name()
    {
        var text = Headline + "Soleimani led the Quds Force for two decades. Maj. Gen. Qasem Soleimani was killed in January 2020.";
        var findings = RuleTestHelper.AssertFindings("BYL0011",
            Headline + "[|Soleimani|] led the Quds Force for two decades. Maj. Gen. Qasem Soleimani was killed in January 2020.");
        Assert.That(RuleTestHelper.ApplyFix(text, findings[0]), Does.Contain("Qasem Soleimani led the Quds Force"));
    }

    [Test]
    public void First_reference_uses_the_full_name_found_only_in_the_article()
    {
        RuleTestHelper.AssertFindings("BYL0011",
            Headline + "[|Haddad|] spoke to reporters in Erbil. Police chief Karim Haddad said the road was closed.");
    }

    [TestCase("Soleimani killed in US strike\n\nThe US killed Iranian Maj. Gen. Qasem Soleimani in Baghdad. Soleimani's death drew protests.")]
    [TestCase("Strike in Syria\n\nThe strikes were ordered by US President Joe Biden. Biden said they were defensive.")]
    [TestCase("Strike in Syria\n\nA spokesperson told the BBC that Reuters had the story first.")]
    public void Full_name_first_or_no_person_is_not_reported(string article)
    {
        RuleTestHelper.AssertFindings("BYL0011", article);
    }

    [Test]
    public void Variant_spelling_is_reported_with_the_house_spelling_and_fixed()
    {
        var marked = Headline + "Qasem Soleimani was killed in Baghdad in 2020. [|Suleimani|] had led the Quds Force since 1998.";
        var findings = RuleTestHelper.AssertFindings("BYL0012", marked);
        Assert.That(findings[0].Message, Does.Contain("The house spelling is 'Soleimani'"));
        var text = MarkedText.Parse(marked).Text;
        Assert.That(RuleTestHelper.ApplyFix(text, findings[0]), Does.Contain("Soleimani had led the Quds Force"));
    }

    [Test]
    public void Two_variants_of_a_place_are_both_reported()
    {
        var findings = RuleTestHelper.AssertFindings("BYL0012",
            Headline + "Strikes hit [|Deir-ez-Zor|] on Monday. Residents of [|Dayr az-Zawr|] said the power was cut.");
        Assert.That(findings.Select(f => f.Fixes[0].Changes[0].NewText), Is.All.EqualTo("Deir ez-Zor"));
    }

    [Test]
    public void ISIS_next_to_ISIL_is_reported()
    {
        RuleTestHelper.AssertFindings("BYL0012",
            Headline + "The coalition struck ISIL targets near Raqqa. [|ISIS|] fighters withdrew, the coalition said.");
    }

    [TestCase("Strikes hit Deir-ez-Zor on Monday. Residents of Deir-ez-Zor said the power was cut.")]
    [TestCase("The coalition against Daesh struck ISIL targets near Raqqa.")]
    [TestCase("ISIS fighters withdrew from the town, and ISIS later claimed the attack.")]
    public void One_spelling_or_other_names_are_not_reported(string sentence)
    {
        RuleTestHelper.AssertFindings("BYL0012", Headline + sentence);
    }

    [Test]
    public void The_seed_has_no_spelling_or_first_reference_findings()
    {
        var seed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", "000_9bb0596e7d6cd391.txt"));
        var findings = RuleTestHelper.Analyze(seed);
        Assert.That(findings.Where(f => f.Rule.Id is "BYL0011" or "BYL0012").Select(f => f.Message), Is.Empty);
    }
}

public class UndefinedAcronymExceptionTests
{
    private const string Headline = "Coalition strikes rocket sites in Syria\n\n";

    [TestCase("The CEO said the IED was found near a VIP convoy.")]
    [TestCase("Pope Benedict XVI met King Charles III on Monday.")]
    [TestCase("J.D. Smith said the U.S. would respond.")]
    public void Familiar_acronyms_roman_numerals_and_initials_are_not_reported(string sentence)
    {
        RuleTestHelper.AssertFindings("BYL0010", Headline + sentence);
    }

    [Test]
    public void Letters_that_only_look_roman_are_still_acronyms()
    {
        RuleTestHelper.AssertFindings("BYL0010", Headline + "Shares in [|ICI|] rose on Monday.");
    }
}

public class FirstReferenceCertaintyTests
{
    [Test]
    public void Two_capitalised_words_alone_do_not_make_a_full_name()
    {
        RuleTestHelper.AssertFindings("BYL0011",
            "Tribe attacked\n\nNimr elders said the Al Bu Nimr tribe had lost 300 members.");
    }
}
