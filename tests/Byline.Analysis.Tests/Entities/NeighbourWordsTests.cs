using Byline.Analysis.Entities;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// The entity scanner's per-spelling lists of the words around a name (<see cref="NeighbourWords"/>, kept on a word's
/// lexeme) equal the look-ups they stand for: every word of every list, with a possessive and a period, and invented words.
/// </summary>
public class NeighbourWordsTests
{
    private static EntityWords Lexicon => EntityWords.Default;

    // The lists but legal-forms, whose bits are read of the word's name and of the word with a period.
    private static IEnumerable<(WordSet Set, NeighbourWords List)> Lists =>
        NeighbourWordTable.ListsOf(Lexicon).Where(pair => pair.List != NeighbourWords.LegalFormName);

    private static IEnumerable<string> Words()
    {
        string[] invented = ["Tarvo", "Westford", "Westford's", "Corp", "Corp.", "Corp's", "Ltd", "Ltd’s", "S.A", "S.A.", "plc", "the", "The", "v",
            "vs", "North", "north", "s", "'s", "X's's", "", "Brannagh", "regime", "firm", "newspaper", "news"];
        foreach (var word in invented) yield return word;
        foreach (var (set, _) in NeighbourWordTable.ListsOf(Lexicon))
        {
            foreach (var word in set.Items.Order(StringComparer.Ordinal).Take(60))
            {
                yield return word;
                yield return word + "'s";
                yield return word.TrimEnd('.');
            }
        }
    }

    [Test]
    public void A_spellings_neighbour_lists_are_the_answers_of_the_lists_they_stand_for()
    {
        foreach (var word in Words())
        {
            var lists = NeighbourWordTable.Default.Of(word);
            void Expect(NeighbourWords list, bool on) => Assert.That((lists & list) != 0, Is.EqualTo(on), $"{list} of \"{word}\"");
            Assert.That(lists & NeighbourWords.Read, Is.EqualTo(NeighbourWords.Read));
            foreach (var (set, list) in Lists) Expect(list, set.Contains(word));
            Expect(NeighbourWords.LegalFormName, Lexicon.LegalForms.Contains(MentionScanner.NameOf(word)));
            Expect(NeighbourWords.LegalFormWithDot, Lexicon.LegalForms.Contains(word + "."));
        }
    }

    [Test]
    public void Each_list_sets_its_own_bit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NeighbourWordTable.Default.Of("the") & NeighbourWords.DefiniteArticle, Is.EqualTo(NeighbourWords.DefiniteArticle));
            Assert.That(NeighbourWordTable.Default.Of("North") & NeighbourWords.Direction, Is.EqualTo(NeighbourWords.Direction));
            Assert.That(NeighbourWordTable.Default.Of("Ltd's") & NeighbourWords.LegalFormName, Is.EqualTo(NeighbourWords.LegalFormName));
            Assert.That(NeighbourWordTable.Default.Of("Tarvo"), Is.EqualTo(NeighbourWords.Read));
        });
    }

    [Test]
    public void A_word_on_several_lists_has_each_of_their_bits()
    {
        var shared = Lists.SelectMany(pair => pair.Set.Items.Select(word => (word, pair.List)))
            .GroupBy(entry => entry.word).FirstOrDefault(group => group.Count() >= 2);
        Assume.That(shared, Is.Not.Null, "no word is on two of the lists");
        var expected = shared!.Aggregate(NeighbourWords.Read, (bits, entry) => bits | entry.List);
        Assert.That(NeighbourWordTable.Default.Of(shared!.Key) & ~(NeighbourWords.LegalFormName | NeighbourWords.LegalFormWithDot), Is.EqualTo(expected));
    }
}
