namespace Byline.Analysis.Tests.Rules;

/// <summary>What the attribution analysis must show on seeds/000_9bb0596e7d6cd391.txt (issue: attribution analysis).</summary>
public class SeedSourcingTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", "000_9bb0596e7d6cd391.txt"));
    private static readonly IReadOnlyList<Finding> Findings = RuleTestHelper.Analyze(Text);

    private static IEnumerable<string> Spans(string ruleId) =>
        Findings.Where(f => f.Rule.Id == ruleId).Select(f => Text.Substring(f.Span.Start, f.Span.Length));

    private static bool ReportedOnSentenceStarting(string ruleId, string start) =>
        Findings.Any(f => f.Rule.Id == ruleId && f.Span.Start == Text.IndexOf(start, StringComparison.Ordinal));

    private static bool ReportedInside(string ruleId, string sentence)
    {
        var at = Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), sentence);
        return Findings.Any(f => f.Rule.Id == ruleId && f.Span.Start >= at && f.Span.Start < at + sentence.Length);
    }

    [TestCase("have been widely protested")]
    [TestCase("reportedly aimed")]
    [TestCase("drew condemnation across the region")]
    public void Vague_attribution_in_the_body(string phrase)
    {
        Assert.That(Spans("BYL0002"), Has.Member(phrase));
        Assert.That(Findings.Single(f => f.Rule.Id == "BYL0002" && Text.Substring(f.Span.Start, f.Span.Length) == phrase).Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void The_headline_reportedly_is_vague_at_information()
    {
        var headline = Findings.Single(f => f.Rule.Id == "BYL0002" && f.Span.Start < Text.IndexOf('\n'));
        Assert.That(Text.Substring(headline.Span.Start, headline.Span.Length), Does.StartWith("Reportedly"));
        Assert.That(headline.Severity, Is.EqualTo(Severity.Information));
    }

    [TestCase("The coalition formally contains dozens of nations")]
    [TestCase("However, those retaliatory strikes have often his forces")]
    [TestCase("The roughly 900 US forces in eastern Syria")]
    [TestCase("Another 2,500 US troops")]
    public void Unattributed_claims(string sentenceStart) =>
        Assert.That(ReportedOnSentenceStarting("BYL0001", sentenceStart), Is.True, sentenceStart);

    [TestCase("Combined Joint Task Force - Operation Inherent Resolve (CJTF-OIR), the US-led coalition against Daesh*, said on Tuesday")]
    [TestCase("According to Reuters, a coalition spokesperson said on Tuesday that strikes")]
    [TestCase("“Acting in self defense, coalition forces conducted a strike to eliminate the threat,\" a spokesperson told the BBC")]
    public void Attributed_sentences_get_no_unattributed_claim_or_quote(string sentenceStart)
    {
        Assert.That(ReportedInside("BYL0001", sentenceStart), Is.False, "BYL0001");
        Assert.That(ReportedInside("BYL0004", sentenceStart), Is.False, "BYL0004");
    }

    [Test]
    public void The_widely_protested_sentence_gets_only_the_more_specific_BYL0002() =>
        Assert.That(ReportedOnSentenceStarting("BYL0001", "US military operations in Syria"), Is.False);

    [Test]
    public void Anonymous_source_only_for_the_security_source()
    {
        Assert.That(Spans("BYL0003"), Is.EqualTo(new[] { "An Iraqi security source" }));
    }

    [Test]
    public void Loaded_verb_claimed_with_a_fix_to_said()
    {
        var finding = Findings.Single(f => f.Rule.Id == "BYL0005");
        Assert.That(Text.Substring(finding.Span.Start, finding.Span.Length), Is.EqualTo("claimed"));
        Assert.That(RuleTestHelper.ApplyFix(Text, finding), Does.Contain("The US has said that Iran controls"));
    }

    [Test]
    public void Secondhand_sourcing_for_Reuters_and_the_BBC_but_not_the_publisher_Sputnik()
    {
        var relayed = Spans("BYL0006").ToList();
        Assert.That(relayed, Has.Count.EqualTo(2));
        Assert.That(relayed[0], Does.Contain("According to Reuters"));
        Assert.That(relayed[1], Does.Contain("told the BBC"));
        Assert.That(relayed, Has.None.Contains("Sputnik"));
    }

    [Test]
    public void The_mismatched_quote_is_BYL0007_only() =>
        Assert.That(Spans("BYL0007").Count(), Is.EqualTo(2));
}
