using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A party's stance told by an adjective or participle on a copula, before the word that says what it is about (pattern
/// <c>stance-predicate</c>, <c>stance_predicates</c> in attribution.yaml). Invented text.
/// </summary>
public class StancePredicateTests
{
    [TestCase("The ferry crews are alarmed at the new timetable.", "are alarmed at", "The ferry crews")]
    [TestCase("Ana Ruiz has long been supportive of a second breakwater.", "has long been supportive of", "Ana Ruiz")]
    [TestCase("The skippers remain opposed to the winter toll.", "remain opposed to", "The skippers")]
    [TestCase("The union became hostile to any talk of closing the dock.", "became hostile to", "The union")]
    [TestCase("Her advisers are not sympathetic to the new ferry.", "are not sympathetic to", "Her advisers")]
    [TestCase("The fishermen were deeply divided over the new quota.", "were deeply divided over", "The fishermen")]
    [TestCase("They’re wary of any plan that raises the fares.", "wary of", "They")] // a pronoun with a contracted "be"
    [TestCase("Ana Ruiz has been supportive of a second breakwater.", "has been supportive of", "Ana Ruiz")]
    [TestCase("Ana Ruiz is supportive of a second breakwater.", "is supportive of", "Ana Ruiz")]
    [TestCase("The mayor has long been supportive of a second breakwater.", "has long been supportive of", "The mayor")]
    [TestCase("Tom Lee was pleased with the vote on the harbour wall.", "was pleased with", "Tom Lee")]
    public void Reads_a_stance_predicate(string sentence, string cue, string source)
    {
        var found = Attributions(sentence);
        Assert.That(found, Does.Contain(("stance-predicate", cue, (string?)source)), string.Join("; ", found));
    }

    [TestCase("The bridge is safe.")] // no stance predicate
    [TestCase("She is tall.")]
    [TestCase("It is expected to rain on the day of the regatta.")] // the writer's forecast, no party's stance
    [TestCase("The report was critical.")] // no complement: nothing the stance is about
    [TestCase("The mayor was worried.")]
    [TestCase("It is certain that the pier will close.")] // "it" is no party
    [TestCase("The skippers asked the council to be supportive of the crews.")] // the infinitive's subject is not the word before "to"
    [TestCase("The mayor remains opposed by most of the council.")] // "opposed" names a stance only before "to"
    [TestCase("The mayor said the skippers are wary of the toll.")] // inside what another cue reports: the outer speaker's claim
    public void Reads_no_stance_predicate(string sentence)
    {
        var found = Attributions(sentence).Where(a => a.Pattern == "stance-predicate").ToList();
        Assert.That(found, Is.Empty, string.Join("; ", found));
    }
}
