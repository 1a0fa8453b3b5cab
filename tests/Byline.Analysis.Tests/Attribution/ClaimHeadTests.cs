using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// BYL0001 underlines the claim's head (the main clause's predicate) and keeps the sentence as its span. Each
/// case is an invented sentence with <c>[|…|]</c> around the expected head.
/// </summary>
public class ClaimHeadTests
{
    private const string Headline = "What happened at the border?\n\n";

    [TestCase("The brigade [|destroyed 40 armoured vehicles near the border|].")]
    [TestCase("Although the rain stopped, troops [|crossed the river on Monday|].")]
    [TestCase("The convoy that left the capital [|reached the port|], and the crews unloaded the aid.")]
    [TestCase("Prices [|have risen sharply since January|]; fuel is scarce in the north.")]
    [TestCase("The dam [|gave way at dawn|], flooding three villages downstream.")]
    [TestCase("When the shelling stopped, the families [|returned to their homes|], which had been looted.")]
    [TestCase("The garrison [|also surrendered two tanks|] (both of them damaged) to the rebels.")]
    [TestCase("The new ferry [|will carry 300 passengers a day|] — twice the old one.")]
    [TestCase("Although the rain stopped, troops [|crossed the river on Monday|], and the bridge held.")]
    [TestCase("The council [|planted a \"green belt\" around the district|].")]
    public void The_focus_is_the_main_clause_predicate_and_the_span_the_sentence(string marked)
    {
        var parsed = MarkedText.Parse(Headline + marked);
        var finding = UnattributedClaims(parsed.Text).Single();
        var sentence = parsed.Text[Headline.Length..].TrimEnd();
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Text.Substring(finding.Span.Start, finding.Span.Length), Is.EqualTo(sentence), "the span stays the sentence");
            Assert.That(finding.Focus, Is.Not.Null);
            Assert.That(parsed.Text.Substring(finding.Focus!.Value.Start, finding.Focus.Value.Length),
                Is.EqualTo(parsed.Text.Substring(parsed.Spans[0].Start, parsed.Spans[0].Length)));
        });
    }

    [Test]
    public void A_paragraph_of_claims_gets_one_short_mark_per_sentence()
    {
        var parsed = MarkedText.Parse(Headline +
            "The road [|was closed for a week|]. Two bridges [|collapsed in the storm|]. The army [|rebuilt one of them in May|].");
        var findings = UnattributedClaims(parsed.Text);
        Assert.That(findings.Select(f => f.Focus), Is.EqualTo(parsed.Spans.Select(s => (Microsoft.CodeAnalysis.Text.TextSpan?)s)));
        Assert.That(findings.Select(f => f.Span.Contains(f.Focus!.Value) && f.Focus.Value.Length < f.Span.Length), Is.All.True);
    }

    [Test]
    public void A_finding_in_a_later_block_has_its_focus_in_that_block()
    {
        var parsed = MarkedText.Parse(Headline + "The port was quiet, the harbour master said.\n\nFishing boats [|stayed in the harbour all week|].");
        var finding = UnattributedClaims(parsed.Text).Single();
        Assert.That(finding.Focus, Is.EqualTo(parsed.Spans[0]));
        Assert.That(finding.Span.Contains(finding.Focus!.Value), Is.True);
    }

    [Test]
    public void A_footnote_marker_belongs_to_the_head_and_other_marks_do_not()
    {
        // The same character is a footnote marker after a word and punctuation on its own, in one paragraph.
        var parsed = MarkedText.Parse(Headline +
            "Two bridges [|collapsed in the storm*|]. The army [|rebuilt one of them|] *. The road [|was closed for a week|]... Ferries [|ran all night|] †.");
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(parsed.Text), ArticleFormat.PlainText);
        var findings = ArticleAnalyzer.Analyze(syntax).Findings.Where(f => f.Rule.Id == "BYL0001").ToList();
        Assert.That(findings.Select(f => f.Focus), Is.EqualTo(parsed.Spans.Select(s => (Microsoft.CodeAnalysis.Text.TextSpan?)s)));
        Assert.That(findings.Select(f => Byline.Analysis.Attribution.ClaimHead.Find(syntax, f.Span)), Is.EqualTo(findings.Select(f => f.Focus)),
            "found alone, without the analysis' reading of the block, the heads are the same");
    }

    [Test]
    public void A_head_kept_for_its_block_is_the_head_found_alone_each_time_it_is_asked()
    {
        // Kept per block as one number a sentence: a head at a later block's offset, a sentence with none, and each
        // asked twice (the second answer is the kept one).
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(Headline +
            "The port was quiet all week. Forty boats, two ferries and a tug near the pier.\n\n" +
            "Fishing boats stayed in the harbour. The ferry company cancelled its night crossings."), ArticleFormat.PlainText);
        var blocks = BlockResultTable.For(syntax);
        var model = new ArticleModel(syntax, Byline.Analysis.Attribution.SourcingLinker.Link(syntax, blocks), blocks: blocks);
        var sentences = model.Sourcing.Sentences.Select(s => s.Span).ToList();
        var alone = sentences.Select(s => Byline.Analysis.Attribution.ClaimHead.Find(syntax, s)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(alone.Count(head => head is not null), Is.EqualTo(3), "the three sentences with a verb have heads");
            Assert.That(alone[2], Is.Null, "the list of boats has no verb");
            Assert.That(sentences.Select(s => Byline.Analysis.Attribution.ClaimHead.Find(model, s)), Is.EqualTo(alone));
            Assert.That(sentences.Select(s => Byline.Analysis.Attribution.ClaimHead.Find(model, s)), Is.EqualTo(alone), "asked again");
        });
    }

    [Test]
    public void A_sentence_with_no_verb_has_no_focus_and_is_marked_whole()
    {
        var findings = UnattributedClaims(Headline + "Forty armoured vehicles, two tanks and a radar station near the border in one night.");
        Assert.That(findings.Select(f => f.Focus), Is.All.Null);
    }

    [Test]
    public void Turning_claim_heads_off_leaves_every_finding_as_it_was_but_its_focus()
    {
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(Headline +
            "The road was closed for a week. Two bridges collapsed in the storm, the mayor said.\n\nThe army rebuilt one of them in May; the other is still down."), ArticleFormat.PlainText);
        static string Describe(Finding f) => $"{f.Rule.Id} {f.Severity} {f.Span} {f.Message} {string.Join("|", f.Fixes.SelectMany(x => x.Changes))}";
        var withHeads = ArticleAnalyzer.Analyze(syntax).Findings;
        var withoutHeads = ArticleAnalyzer.Analyze(syntax, AnalyzerOptions.Default with { ClaimHeads = false }).Findings;
        Assert.That(withHeads.Count(f => f.Focus is not null), Is.EqualTo(2), "the two unsourced sentences have heads");
        Assert.That(withoutHeads.Select(f => f.Focus), Is.All.Null);
        Assert.That(withoutHeads.Select(Describe), Is.EqualTo(withHeads.Select(Describe)));
    }

    [Test]
    public void Turning_claim_fixes_off_leaves_every_finding_as_it_was_but_the_claims_placeholder()
    {
        var syntax = ArticleSyntaxTree.Parse(ArticleText.From(Headline +
            "The road was closed for a week. Two bridges collapsed in the storm, the mayor said.\n\nThe army rebuilt one of them in May; the other is still down."), ArticleFormat.PlainText);
        static string Describe(Finding f) => $"{f.Rule.Id} {f.Severity} {f.Span} {f.Focus} {f.Message}";
        var withFixes = ArticleAnalyzer.Analyze(syntax).Findings;
        var withoutFixes = ArticleAnalyzer.Analyze(syntax, AnalyzerOptions.Default with { ClaimFixes = false }).Findings;
        Assert.That(withFixes.Count(f => f.Rule.Id == "BYL0001" && f.Fixes.Length == 1), Is.EqualTo(2), "the two unsourced sentences have a fix");
        Assert.That(withoutFixes.Where(f => f.Rule.Id == "BYL0001").Select(f => f.Fixes.Length), Is.All.EqualTo(0));
        Assert.That(withoutFixes.Select(Describe), Is.EqualTo(withFixes.Select(Describe)));
        Assert.That(withoutFixes.Where(f => f.Rule.Id != "BYL0001").Select(f => f.Fixes.Length),
            Is.EqualTo(withFixes.Where(f => f.Rule.Id != "BYL0001").Select(f => f.Fixes.Length)), "other rules keep theirs");
    }

    private static List<Finding> UnattributedClaims(string text) =>
        [.. ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText)).Findings.Where(f => f.Rule.Id == "BYL0001")];
}
