using Byline.Language.Training;

namespace Byline.Language.Tests;

public class WordNetCuesTests
{
    private static readonly string Fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "wordnet");

    private static readonly WordNetCueSettings Settings = WordNetCueSettings.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "wordnet-cues.yaml"));

    private static IReadOnlyList<CueCandidate> Build() => WordNetCues.Build(Fixture, Settings);

    [Test]
    public void Lists_verbs_of_the_chosen_files_whose_frames_take_a_clause_and_their_nominalisations()
    {
        var found = Build().Select(c => $"{c.Lemma} {c.Pos} {c.Class} {c.Senses}/{c.AllSenses}");
        Assert.That(found, Is.EqualTo(new[]
        {
            "belief noun stance 1/1", "believe verb stance 1/1", "say verb speech 1/1", "see verb perception 1/2",
            "state verb speech 1/1", "statement noun document 1/1",
        }));
    }

    [Test]
    public void A_frame_given_for_one_word_of_a_synset_applies_to_that_word_only()
    {
        Assert.That(Build().Select(c => c.Lemma), Does.Not.Contain("perceive"));
    }

    [Test]
    public void Agent_nouns_and_unrelated_homographs_are_not_candidates()
    {
        Assert.That(Build().Where(c => c.Pos == "noun").Select(c => c.Lemma), Is.EquivalentTo(new[] { "belief", "statement" }));
    }

    [Test]
    public void The_yaml_is_the_same_on_every_run_and_reads_back_into_the_lexicon()
    {
        var yaml = CueLexiconYaml.Write(Build());
        Assert.That(CueLexiconYaml.Write(Build()), Is.EqualTo(yaml));
        var lexicon = CueLexicon.Parse(yaml);
        Assert.That(lexicon.Find("statement", CuePos.Noun), Is.EqualTo(CueClass.Document));
        Assert.That(lexicon.Find("statement", CuePos.Verb), Is.Null);
        Assert.That(lexicon.Find("see", CuePos.Verb), Is.EqualTo(CueClass.Perception));
    }

    [Test]
    public void Without_the_clause_frame_every_sense_of_the_chosen_files_counts_and_nouns_may_be_left_out()
    {
        var settings = WordNetCueSettings.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "wordnet-party-verbs.yaml"));
        Assert.That((settings.RequireClauseFrame, settings.SingleWordsOnly, settings.NounFiles.Count), Is.EqualTo((false, true, 0)));
        var found = WordNetCues.Build(Fixture, settings).Select(c => $"{c.Lemma} {c.Pos} {c.Class} {c.Senses}/{c.AllSenses}");
        // "communicate" has no clause frame and "see" a film is a perception sense too; "hit" is in a file not read.
        // Adjectives derived from a noun of feeling or cognition are stance ("stately" comes from a noun of another file).
        Assert.That(found, Is.EqualTo(new[]
        {
            "believe verb stance 1/1", "believing adj stance 1/1", "communicate verb speech 1/1", "hopeful adj stance 1/2",
            "perceive verb perception 1/1", "say verb speech 1/1", "see verb perception 2/2", "state verb speech 1/1",
        }));
    }
}
