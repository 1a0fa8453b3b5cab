using Byline.Evaluation.Entities;

namespace Byline.Evaluation.Tests;

/// <summary>The kinds the strict re3d row's misses are counted by (<see cref="Re3dMisses"/>), each on invented text.</summary>
public class Re3dMissesTests
{
    private static string Kind(string text, (int, int, string) miss, (int, int, string)[] gold, (int, int, string)[] predicted) =>
        Re3dMisses.KindOf(text, miss, gold, [miss], predicted);

    [Test]
    public void A_pronoun_is_its_own_kind() =>
        Assert.That(Kind("They said it would wait.", (0, 4, "ORG"), [(0, 4, "ORG")], []), Is.EqualTo("pronoun"));

    [Test]
    public void A_mention_nested_in_a_found_one_of_its_type()
    {
        const string text = "Trade Secretary Ana Moreno spoke.";
        (int, int, string)[] gold = [(0, 26, "PER"), (16, 26, "PER")];
        Assert.That(Kind(text, (0, 26, "PER"), gold, [(16, 26, "PER")]), Is.EqualTo("nested, same type"));
        Assert.That(Kind("the Alliance met.", (0, 12, "ORG"), [(0, 12, "ORG"), (4, 12, "ORG")], [(4, 12, "ORG")]), Is.EqualTo("nested, same type, \"the\" only"));
    }

    [Test]
    public void A_place_nested_in_a_found_body()
    {
        const string text = "the government of Tarvia met.";
        (int, int, string)[] gold = [(0, 24, "ORG"), (18, 24, "LOC")];
        Assert.That(Kind(text, (18, 24, "LOC"), gold, [(0, 24, "ORG")]), Is.EqualTo("nested, other type"));
    }

    [Test]
    public void A_states_name_found_as_the_place() =>
        Assert.That(Kind("France said it would wait.", (0, 6, "ORG"), [(0, 6, "ORG")], [(0, 6, "LOC")]), Is.EqualTo("state typed ORG, found LOC"));

    [Test]
    public void Names_and_descriptions_typed_otherwise_or_not_found()
    {
        const string text = "Kelmar Front fighters and the villagers left.";
        Assert.That(Kind(text, (0, 12, "ORG"), [(0, 12, "ORG")], [(0, 12, "PER")]), Is.EqualTo("name, type wrong"));
        Assert.That(Kind(text, (0, 12, "ORG"), [(0, 12, "ORG")], []), Is.EqualTo("name, nothing overlaps"));
        Assert.That(Kind(text, (26, 39, "PER"), [(26, 39, "PER")], []), Is.EqualTo("description, nothing overlaps"));
    }
}
