using Byline.Analysis.Attribution;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>Reporting verbs are listed by lemma; a form is read back to its lemma by its ending or the irregular table.</summary>
public class EnglishEndingsTests
{
    [TestCase("notes", "note")]
    [TestCase("noted", "note")]
    [TestCase("noting", "note")]
    [TestCase("dismisses", "dismiss")]
    [TestCase("denies", "deny")]
    [TestCase("denied", "deny")]
    [TestCase("admitted", "admit")]
    [TestCase("argued", "argue")]
    [TestCase("agreed", "agree")]
    [TestCase("said", "say")]
    [TestCase("wrote", "write")]
    [TestCase("known", "know")]
    public void A_form_is_read_as_its_curated_lemma(string form, string lemma)
    {
        Assert.That(AttributionLexicon.Instance.VerbOf(form)?.Lemma, Is.EqualTo(lemma));
        Assert.That(AttributionLexicon.Instance.ClassesOf(form).HasFlag(WordClass.Verb), Is.True);
    }

    [TestCase("seed")]
    [TestCase("planes")]
    [TestCase("pier")]
    public void A_word_whose_ending_only_looks_like_an_inflection_is_no_cue(string word) =>
        Assert.That(AttributionLexicon.Instance.VerbOf(word), Is.Null);

    [TestCase("spoke")]
    [TestCase("chosen")]
    public void An_irregular_form_of_a_verb_that_is_not_curated_is_no_cue(string word) =>
        Assert.That(AttributionLexicon.Instance.VerbOf(word), Is.Null);

    [Test]
    public void The_likelier_lemma_comes_first()
    {
        Assert.That(EnglishEndings.LemmasOf("hoped").Take(2), Is.EqualTo(new[] { "hoped", "hope" }));
        Assert.That(EnglishEndings.LemmasOf("planned"), Does.Contain("plan"));
        Assert.That(EnglishEndings.PluralOf("policy"), Is.EqualTo("policies"));
        Assert.That(EnglishEndings.PluralOf("speech"), Is.EqualTo("speeches"));
    }
}
