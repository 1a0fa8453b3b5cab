using static Byline.Analysis.Tests.Attribution.SourcingOfText;

namespace Byline.Analysis.Tests.Attribution;

/// <summary>
/// A phrase cue whose source stands before it and whose first word is a cue verb ("quoted as saying" in
/// <c>phrase_cues</c>) is that verb's cue: "X was quoted as saying Y" reports X's words, X the speaker
/// (<c>speaker_passives</c>). Invented text.
/// </summary>
public class PhraseOpenedByVerbTests
{
    [TestCase("The ferry captain was quoted as saying the crossing would resume on Monday.", "The ferry captain")]
    [TestCase("Ana Ruiz was quoted as saying that the toll would rise again.", "Ana Ruiz")]
    [TestCase("The port's chief engineer was once quoted as saying no pier lasts a century.", "The port's chief engineer")]
    public void Reads_the_subject_as_the_speaker(string sentence, string speaker)
    {
        var found = Attributions(sentence);
        Assert.That(found.Select(a => a.Source), Is.EqualTo(new[] { speaker }), string.Join("; ", found));
        Assert.That(found.Single().Cue, Does.EndWith("quoted as saying"), string.Join("; ", found));
        Assert.That(Sentence(sentence).IsAttributed, Is.True);
    }

    [Test]
    public void Still_widens_a_verb_cue_with_a_phrase_after_it()
    {
        var found = Attributions("The harbour board said in a statement that the pier would close.");
        Assert.That(found.Select(a => (a.Cue, a.Source)), Is.EqualTo(new[] { ("said in a statement", (string?)"The harbour board") }));
    }
}
