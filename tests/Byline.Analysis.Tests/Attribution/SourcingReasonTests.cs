using Byline.Analysis.Attribution;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>The reasons the linker records for the editor's explanations: why no claim, how a source was carried over.</summary>
public class SourcingReasonTests
{
    [Test]
    public void Two_apostrophes_quote_as_a_double_mark_does()
    {
        // Typewriter copy quotes with two apostrophes; a possessive or a contraction stays no quotation.
        const string article = "Ferry to sail again\n\n" +
            "''We have no choice. The cables are worn through,'' Okafor told reporters.\n" +
            "The ferry's owners said the crossing ''will resume in May'' and didn't say more.\n";
        var quotation = SentenceAt(article, "We have no choice");
        Assert.That((quotation.Status, quotation.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Quotation)));
        Assert.That(BlockSourcing.FindQuotations("The ferry's owners said the crossing ''will resume in May'' and didn't say more.")
            .Select(q => q.Span.ToString()), Is.EqualTo(new[] { "[37..59)" }));
        Assert.That(BlockSourcing.FindQuotations("The ferry's owners didn't say."), Is.Empty);
    }

    [Test]
    public void A_state_of_mind_is_not_carried_over_as_speech_is()
    {
        const string article = "Pier plans\n\n" +
            "The harbour master wants a longer pier. \u201cIts old deck opened in the spring after a long delay.\u201d\n" +
            "The harbour master said the pier was too short. \u201cThe old deck opened in the spring after a long delay.\u201d\n";
        var afterStance = SentenceAt(article, "Its old deck");
        Assert.That((afterStance.Status, afterStance.CarryOver), Is.EqualTo((SourcingStatus.Unattributed, CarryOver.None)));
        var afterSpeech = SentenceAt(article, "The old deck");
        Assert.That((afterSpeech.Status, afterSpeech.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Paragraph)));
    }

    [TestCase("The harbour board announced a vote on the pier.")]
    [TestCase("The harbour board endorsed the plan for a longer pier.")]
    public void A_speech_act_is_not_carried_over_as_relayed_speech_is(string act)
    {
        var article = "Pier plans\n\n" + act + " Its old deck opened in the spring after a long delay.\n";
        var after = SentenceAt(article, "Its old deck");
        Assert.That((after.Status, after.CarryOver), Is.EqualTo((SourcingStatus.Unattributed, CarryOver.None)));
    }

    private static SentenceSourcing SentenceAt(string article, string needle)
    {
        var sourcing = SourcingLinker.Link(ArticleSyntaxTree.Parse(ArticleText.From(article), ArticleFormat.PlainText));
        var offset = article.IndexOf(needle, StringComparison.Ordinal);
        return sourcing.Sentences.Single(s => s.Span.Contains(offset));
    }

    [TestCase("Will the bridge over the river close?", NotClaimReason.Question)]
    [TestCase("The mayor wins.", NotClaimReason.TooShort)]
    [TestCase("Мэр города заявил, что мост закроют в мае.", NotClaimReason.OtherScript)]
    public void A_sentence_that_is_no_claim_records_why(string sentence, NotClaimReason reason)
    {
        var article = "Bridge to close in May\n\nThe city will close the bridge over the river in May, the mayor said.\n" + sentence +
            " The repairs will cost the city $2 million, the mayor said.\n";
        var facts = SentenceAt(article, sentence[..8]);
        Assert.That(facts.IsClaim, Is.False);
        Assert.That(facts.NotClaimReason, Is.EqualTo(reason));
    }

    [TestCase("Harbour Board v. Ruiz")]
    [TestCase("Port Fallow Ferry Co. v. Okafor - Case No. 24-118")]
    [TestCase("Ruiz versus Okafor")]
    [TestCase("Harbour Board vs. Port Fallow Ferry Co.")]
    public void A_case_name_as_the_headline_is_no_claim(string headline)
    {
        var article = headline + "\n\nThe toll was unlawful, the court said.\n";
        var facts = SentenceAt(article, headline[..8]);
        Assert.That((facts.IsClaim, facts.NotClaimReason), Is.EqualTo((false, NotClaimReason.Heading)));
    }

    [TestCase("Harbour Board Sues Ruiz Over Ferry Toll")] // a verb: the headline's claim
    [TestCase("Harbour Board v. Ruiz ends in defeat for the toll")]
    [TestCase("Harbour Board Fees Rise")]
    public void A_headline_that_says_something_stays_a_claim(string headline)
    {
        var article = headline + "\n\nThe toll was unlawful, the court said.\n";
        Assert.That(SentenceAt(article, headline[..8]).IsClaim, Is.True);
    }

    [TestCase("Farmers at the new market in the old town on Saturday morning")]
    [TestCase("Floodwater in the main street of the valley's largest village after the storm")]
    public void A_line_of_words_without_a_verb_or_a_full_stop_is_a_fragment(string line)
    {
        var article = "Bridge to close in May\n\nThe city will close the bridge over the river in May, the mayor said.\n\n" + line +
            "\n\nThe repairs will cost the city $2 million.\n";
        var facts = SentenceAt(article, line[..12]);
        Assert.That((facts.IsClaim, facts.NotClaimReason), Is.EqualTo((false, NotClaimReason.Fragment)));
    }

    // A line with a verb and no full stop is a heading (or a caption) set inside the text: no claim either, but no fragment.
    [TestCase("Firefighters battle the blaze at the old mill in the north of the town on Saturday", NotClaimReason.Heading)]
    [TestCase("Farmers at the new market in the old town on Saturday morning.", NotClaimReason.None)]
    public void A_line_with_a_verb_or_a_full_stop_is_no_fragment(string line, NotClaimReason reason)
    {
        var article = "Bridge to close in May\n\nThe city will close the bridge over the river in May, the mayor said.\n\n" + line +
            "\n\nThe repairs will cost the city $2 million.\n";
        var facts = SentenceAt(article, line[..12]);
        Assert.That((facts.IsClaim, facts.NotClaimReason), Is.EqualTo((reason == NotClaimReason.None, reason)));
    }

    [TestCase("Sign up for our newsletter to read more about the dam.")]
    [TestCase("Follow our reporter on Instagram for photos of the works.")]
    [TestCase("Email us at desk@example.org with your questions.")]
    public void A_call_to_action_inside_a_paragraph_is_no_claim(string sentence)
    {
        var article = "Bridge to close in May\n\nThe city will close the bridge over the river in May, the mayor said. " + sentence +
            " The repairs will cost the city $2 million.\n";
        var facts = SentenceAt(article, sentence[..12]);
        Assert.That((facts.IsClaim, facts.NotClaimReason), Is.EqualTo((false, NotClaimReason.CallToAction)));
    }

    [TestCase("The council will email residents about the closure.")]
    [TestCase("Thousands follow the mayor on Twitter.")]
    [TestCase("Readers shared the story widely.")]
    [TestCase("The firm holds the copyright to the design.")]
    public void The_same_verbs_with_a_subject_are_claims(string sentence)
    {
        var article = "Bridge to close in May\n\nThe city will close the bridge over the river in May. " + sentence + "\n";
        var facts = SentenceAt(article, sentence[..12]);
        Assert.That((facts.IsClaim, facts.NotClaimReason), Is.EqualTo((true, NotClaimReason.None)));
    }

    [Test]
    public void A_claim_records_no_reason_and_boilerplate_is_no_prose()
    {
        const string article = "Bridge to close in May\n\nThe city will close the bridge over the river in May.\nSubscribe\n";
        Assert.That(SentenceAt(article, "The city").NotClaimReason, Is.EqualTo(NotClaimReason.None));
        Assert.That(SentenceAt(article, "Subscribe").NotClaimReason, Is.EqualTo(NotClaimReason.NotProse));
    }

    [Test]
    public void Carry_over_records_how_the_source_reached_the_sentence()
    {
        const string article = "Bridge to close in May\n\n" +
            "Jane Okafor, the city engineer, said the bridge will close in May. \u201cThe repairs will cost the city $2 million.\u201d\n" +
            "\u201cWe have no choice. The cables are worn through,\u201d Okafor told reporters.\n" +
            "However, the repairs will take three months to finish.\n";
        var paragraph = SentenceAt(article, "The repairs will cost");
        Assert.That((paragraph.Status, paragraph.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Paragraph)));
        Assert.That(article[paragraph.CarriedFrom!.Cue.Start..paragraph.CarriedFrom.Cue.End], Is.EqualTo("said"));

        var quotation = SentenceAt(article, "We have no choice");
        Assert.That((quotation.Status, quotation.CarryOver), Is.EqualTo((SourcingStatus.Carried, CarryOver.Quotation)));

        var however = SentenceAt(article, "However");
        Assert.That((however.Status, however.CarryOver, however.StartsWithVoiceChange), Is.EqualTo((SourcingStatus.Unattributed, CarryOver.None, true)));
    }
}
