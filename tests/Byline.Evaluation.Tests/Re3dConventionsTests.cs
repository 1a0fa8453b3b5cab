using Byline.Evaluation.Entities;

namespace Byline.Evaluation.Tests;

/// <summary>
/// The conventions the re3d score states (<see cref="Re3dConventions"/>), each on invented text: what was annotated,
/// which types are scored, a state's name as either type, one mention annotated twice, groups of people.
/// </summary>
public class Re3dConventionsTests
{
    [TestCase("Person", "PER")]
    [TestCase("Organisation", "ORG")]
    [TestCase("Location", "LOC")]
    [TestCase("Nationality", "MISC")]
    [TestCase("Weapon", null)]
    [TestCase("Temporal", null)]
    public void Four_types_are_scored_and_the_rest_are_not(string re3dType, string? scored) =>
        Assert.That(Re3dConventions.ScoredType(re3dType), Is.EqualTo(scored));

    [Test]
    public void The_annotated_text_starts_where_sentence_zero_does()
    {
        // A mention of sentence 0 at offset 5 in its sentence and 25 in the file: the text starts at 20.
        Assert.That(Re3dConventions.SentenceZeroStart("doc7-0-5-10-Person", 25), Is.EqualTo(20));
        Assert.That(Re3dConventions.SentenceZeroStart("doc7-1-5-10-Person", 25), Is.Null, "another sentence says nothing");
        Assert.That(Re3dConventions.SentenceZeroStart("doc7-0-30-35-Person", 25), Is.Null, "an offset past the file's");
        Assert.That(Re3dConventions.SentenceZeroStart("Person", 25), Is.Null, "an id without offsets");
    }

    [Test]
    public void A_name_annotated_twice_is_one_mention_found_by_either_type()
    {
        const string text = "the UK said";
        (int, int, string)[] gold = [(0, 6, "ORG"), (4, 6, "LOC")];

        Assert.That(Re3dConventions.Merged(text, gold, [(4, 6, "LOC")]), Is.EqualTo(new[] { (0, 6, "LOC") }));
        Assert.That(Re3dConventions.Merged(text, gold, []), Is.EqualTo(new[] { (0, 6, "ORG") }), "missed once, as its first type");
    }

    [Test]
    public void Predictions_outside_the_annotated_text_or_only_on_unscored_spans_are_left_out()
    {
        const string text = "Harbour News\nThe Corvex rifle was shown to Ana Ruiz.";
        var start = text.IndexOf("The", StringComparison.Ordinal);
        var rifle = text.IndexOf("Corvex", StringComparison.Ordinal);
        var ana = text.IndexOf("Ana", StringComparison.Ordinal);
        (int, int, string)[] gold = [(ana, ana + 8, "PER")];
        (int, int)[] unscored = [(rifle, rifle + 12)];
        (int, int, string)[] predicted = [(0, 7, "ORG"), (rifle, rifle + 6, "ORG"), (ana, ana + 8, "PER"), (start, start + 3, "MISC")];

        var scored = Re3dConventions.Scored(text, start, gold, unscored, states: false, predicted);

        Assert.That(scored, Is.EqualTo(new[] { (ana, ana + 8, "PER"), (start, start + 3, "MISC") }), "a spurious find in the text stays spurious");
    }

    [Test]
    public void A_states_name_typed_by_its_role_is_found_as_either_place_or_organisation()
    {
        const string text = "France said it would wait.";
        (int, int, string)[] gold = [(0, 6, "ORG")];

        Assert.That(Re3dConventions.Scored(text, 0, gold, [], states: true, [(0, 6, "LOC")]), Is.EqualTo(new[] { (0, 6, "ORG") }));
        Assert.That(Re3dConventions.Scored(text, 0, gold, [], states: false, [(0, 6, "LOC")]), Is.EqualTo(new[] { (0, 6, "LOC") }));
    }

    [TestCase("the rebels", "PER", "ORG")]
    [TestCase("the gunmen", "PER", "ORG")]
    [TestCase("the boss", "PER", "PER")]
    [TestCase("the fisherman", "PER", "PER")]
    [TestCase("the ministries", "ORG", "ORG")]
    public void A_description_of_people_in_the_plural_is_a_group(string description, string type, string scored) =>
        Assert.That(Re3dConventions.DescriptionType(description, 0, description.Length, type), Is.EqualTo(scored));
}
