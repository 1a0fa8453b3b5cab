using Byline.Analysis.Entities;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// A spelling's entity word classes read from the merged table (<see cref="WordClassTable"/>) equal the look-ups of each
/// list they stand for: every word of every list, with a possessive, a period and in capitals, and invented words.
/// </summary>
public class WordClassTableTests
{
    private static EntityWords Lexicon => EntityWords.Default;

    private static IEnumerable<string> Words()
    {
        string[] invented = ["Tarvo", "Westford", "Westford's", "Gen", "Gen.", "Gen's", "Jan", "Jan.", "In", "IN", "At", "AT", "of", "Of", "the",
            "Council", "Councils", "Council's", "Council’s", "s", "'s", "X's's", "", "Brannagh", "said", "Said", "Corp", "Corp."];
        foreach (var word in invented) yield return word;
        var lists = WordClassTable.AsWritten(Lexicon).Concat(WordClassTable.WithPeriod(Lexicon)).Concat(WordClassTable.AsName(Lexicon));
        foreach (var (set, _) in lists)
        {
            foreach (var word in set.Items.Order(StringComparer.Ordinal).Take(80))
            {
                yield return word;
                yield return word + "'s";
                yield return word.TrimEnd('.');
                yield return word.ToUpperInvariant();
                yield return word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
            }
        }
    }

    /// <summary>The classes as each list answers for itself.</summary>
    private static WordClass ListByList(string word)
    {
        var name = MentionScanner.NameOf(word).ToString();
        var dotted = word + ".";
        var classes = WordClass.EntityClassesRead;
        foreach (var (set, wordClass) in WordClassTable.AsWritten(Lexicon)) if (set.Contains(word)) classes |= wordClass;
        foreach (var (set, wordClass) in WordClassTable.WithPeriod(Lexicon)) if (set.Contains(dotted)) classes |= wordClass;
        foreach (var (set, wordClass) in WordClassTable.AsName(Lexicon)) if (set.Contains(name)) classes |= wordClass;
        if (word.Length is > 0 and <= 12 && char.IsUpper(word[0]) && Lexicon.PlacePrepositions.Contains(word.ToLowerInvariant())) classes |= WordClass.PlacePreposition;
        return classes;
    }

    [Test]
    public void A_spellings_classes_from_the_table_are_the_answers_of_the_lists_they_stand_for()
    {
        var words = Words().Distinct().ToList();
        Assert.That(words, Has.Count.GreaterThan(500));
        foreach (var word in words)
        {
            Assert.That(MentionScanner.SpellingClasses(word), Is.EqualTo(ListByList(word)), $"\"{word}\"");
        }
    }

    [Test]
    public void Each_kind_of_look_up_sets_its_own_classes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MentionScanner.SpellingClasses("Gen") & WordClass.TitleWithDot, Is.EqualTo(WordClass.TitleWithDot));
            Assert.That(MentionScanner.SpellingClasses("Council's") & WordClass.OrganisationHead, Is.EqualTo(WordClass.OrganisationHead));
            Assert.That(MentionScanner.SpellingClasses("In") & WordClass.PlacePreposition, Is.EqualTo(WordClass.PlacePreposition));
            Assert.That(MentionScanner.SpellingClasses("Tarvo"), Is.EqualTo(WordClass.EntityClassesRead));
        });
    }
}
