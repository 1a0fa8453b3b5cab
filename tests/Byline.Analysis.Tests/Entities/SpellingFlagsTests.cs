using Byline.Analysis.Entities;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// The entity scanner's per-spelling answers (<see cref="SpellingFlags"/>, kept on a word's lexeme) equal the look-ups
/// they stand for, for the words of the lists themselves and for invented words, possessives and compounds.
/// </summary>
public class SpellingFlagsTests
{
    private static IEnumerable<string> Words()
    {
        var lexicon = EntityWords.Default;
        string[] invented = ["Tarvo", "Westford", "Westford's", "Revenues", "revenues", "Expected", "Talking", "Year-ago", "TWO-WAY", "council's",
            "Council’s", "index", "Index", "average", "beat", "beats", "died", "was", "GDP", "MLN", "PCT", "SEK", "USD", "Premier", "Major", "National",
            "s", "'s", "X's's", "a-", "-", "Lindqvist-Berg", "Okafor", "the", "Net", "Income", "Best", "not", "Not", "no", "nota", "out", "run", "ru", "b", "c", "lbw", "bb"];
        foreach (var word in invented) yield return word;
        foreach (var list in new[] { lexicon.TeamMatchWords, lexicon.CurrencyCodes, lexicon.CommonNounAcronyms, lexicon.CompetitionLeagueOpeners,
            lexicon.TeamMatchVerbs, lexicon.PersonVerbs, lexicon.PersonVerbAuxiliaries, lexicon.IndexNouns, lexicon.ScorecardDismissals })
        {
            foreach (var word in list.Items.Order(StringComparer.Ordinal).Take(40))
            {
                yield return word;
                yield return word + "'s";
            }
        }
        foreach (var list in new[] { lexicon.PersonCues, lexicon.PositionOpeners })
        {
            foreach (var word in list.Items.Order(StringComparer.Ordinal).Take(40))
            {
                yield return word;
                yield return char.ToUpperInvariant(word[0]) + word[1..]; // "Midfielder" opening a sentence
                yield return word.ToUpperInvariant();
            }
        }
    }

    private static bool CapitalisedCue(string word)
    {
        var lower = word.ToLowerInvariant();
        return word.Length is > 0 and <= 12 && char.IsUpper(word[0])
            && (EntityWords.Default.PersonCues.Contains(lower) || EntityWords.Default.PositionOpeners.Contains(lower));
    }

    [Test]
    public void A_spellings_flags_are_the_answers_of_the_lists_they_stand_for()
    {
        var lexicon = EntityWords.Default;
        foreach (var word in Words())
        {
            var name = MentionScanner.NameOf(word);
            var flags = MentionScanner.FlagsOf(word);
            void Expect(SpellingFlags flag, bool on) =>
                Assert.That((flags & flag) != 0, Is.EqualTo(on), $"{flag} of \"{word}\"");
            Assert.That(flags & SpellingFlags.Read, Is.EqualTo(SpellingFlags.Read));
            Expect(SpellingFlags.CommonWord, CommonWords.Default.Contains(word));
            Expect(SpellingFlags.CommonName, CommonWords.Default.Contains(name));
            Expect(SpellingFlags.OrdinaryCompound, MentionScanner.IsOrdinaryCompound(word));
            Expect(SpellingFlags.OrdinaryCompoundName, MentionScanner.IsOrdinaryCompound(name));
            Expect(SpellingFlags.TeamMatchWord, lexicon.TeamMatchWords.Contains(word));
            Expect(SpellingFlags.CurrencyCode, lexicon.CurrencyCodes.Contains(word));
            Expect(SpellingFlags.CommonNounAcronymName, lexicon.CommonNounAcronyms.Contains(name));
            Expect(SpellingFlags.CompetitionLeagueOpenerName, name.Length <= 16 && lexicon.CompetitionLeagueOpeners.Contains(name));
            Expect(SpellingFlags.TeamMatchVerb, lexicon.TeamMatchVerbs.Contains(word));
            Expect(SpellingFlags.PersonVerb, lexicon.PersonVerbs.Contains(word));
            Expect(SpellingFlags.PersonVerbAuxiliary, lexicon.PersonVerbAuxiliaries.Contains(word));
            Expect(SpellingFlags.IndexNoun, lexicon.IndexNouns.Contains(word));
            Expect(SpellingFlags.ScorecardWord, lexicon.ScorecardDismissals.Contains(word)
                || lexicon.ScorecardInningsEnds.Items.Any(phrase => phrase.StartsWith(word + " ", StringComparison.Ordinal)));
            Expect(SpellingFlags.PersonCueInLowerCase, CapitalisedCue(word));
        }
    }

    [Test]
    public void A_lists_own_words_set_their_flags()
    {
        var lexicon = EntityWords.Default;
        Assert.Multiple(() =>
        {
            Assert.That(MentionScanner.FlagsOf(lexicon.IndexNouns.Items.First()) & SpellingFlags.IndexNoun, Is.EqualTo(SpellingFlags.IndexNoun));
            Assert.That(MentionScanner.FlagsOf(lexicon.PersonVerbs.Items.First()) & SpellingFlags.PersonVerb, Is.EqualTo(SpellingFlags.PersonVerb));
            Assert.That(MentionScanner.FlagsOf(lexicon.CurrencyCodes.Items.First()) & SpellingFlags.CurrencyCode, Is.EqualTo(SpellingFlags.CurrencyCode));
            Assert.That(MentionScanner.FlagsOf("revenues") & SpellingFlags.CommonWord, Is.EqualTo(SpellingFlags.CommonWord));
        });
    }
}
