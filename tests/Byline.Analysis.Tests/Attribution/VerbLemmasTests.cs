using Byline.Analysis.Attribution;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// Reporting verbs are listed by lemma; a form is read back to its lemma by the tagger's lemmatizer (a regular ending)
/// or the irregular table.
/// </summary>
public class VerbLemmasTests
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
    [TestCase("joked", "joke")] // a silent "e" the trained rules do not restore
    [TestCase("opined", "opine")]
    public void A_form_is_read_as_its_curated_lemma(string form, string lemma)
    {
        Assert.That(AttributionLexicon.Instance.VerbOf(form)?.Lemma, Is.EqualTo(lemma));
        Assert.That(AttributionLexicon.Instance.ClassesOf(form).HasFlag(WordClass.Verb), Is.True);
    }

    [TestCase("species")]
    [TestCase("planes")]
    [TestCase("pier")]
    public void A_word_whose_ending_only_looks_like_an_inflection_is_no_cue(string word) =>
        Assert.That(AttributionLexicon.Instance.VerbOf(word), Is.Null);

    [TestCase("won")]
    [TestCase("chosen")]
    public void An_irregular_form_of_a_verb_that_is_not_curated_is_no_cue(string word) =>
        Assert.That(AttributionLexicon.Instance.VerbOf(word), Is.Null);

    [TestCase("joked", "joke")]
    [TestCase("opined", "opine")]
    public void A_past_form_gets_back_the_silent_e_its_ending_dropped(string form, string lemma) =>
        Assert.That(VerbLemmas.WithDroppedE(form), Is.EqualTo(lemma));

    [TestCase("declining")] // "declining numbers": an -ing form opens noun phrases as an adjective
    [TestCase("planned")] // a doubled consonant, no silent "e"
    public void No_silent_e_is_restored_on_other_forms(string form) =>
        Assert.That(VerbLemmas.WithDroppedE(form), Is.Null);

    [TestCase("hoped", "hope")]
    [TestCase("planned", "plan")]
    [TestCase("echoes", "echo")]
    [TestCase("criticizing", "criticize")]
    public void A_regular_form_is_read_back_by_the_trained_lemmatizer(string form, string lemma) =>
        Assert.That(VerbLemmas.RegularLemmaOf(form), Is.EqualTo(lemma));

    [TestCase("said")]
    [TestCase("note")]
    [TestCase("press")]
    public void A_word_without_a_regular_verb_ending_has_no_regular_lemma(string word) =>
        Assert.That(VerbLemmas.RegularLemmaOf(word), Is.Null);

    [TestCase("policy", "policies")]
    [TestCase("speech", "speeches")]
    [TestCase("criticism", "criticisms")]
    public void A_stance_noun_is_also_read_in_its_regular_plural(string noun, string plural) =>
        Assert.That(AttributionLexicon.PluralOf(noun), Is.EqualTo(plural));
}
