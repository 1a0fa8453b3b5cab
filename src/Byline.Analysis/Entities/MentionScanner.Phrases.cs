namespace Byline.Analysis.Entities;

/// <summary>
/// Capitalised ordinary words joined by "of" in running text ("the Missionaries of Charity", "named Man of the Match",
/// "a replica of the Statue of Liberty"): English capitalises such words mid-sentence only because together they name
/// one thing, a body, a work or an award, so they are one name, not two names cut at the connector as "Tom Reed of
/// Westford Holdings" is. Not at a sentence's start, where the capital says nothing ("Thousands of Tigers fans"), not
/// after a title ("Minister of Trade"), and not when a word is a name of its own or on a list of name words
/// ("Revenge for Soleimani", "Gospel of Matthew").
/// </summary>
internal static partial class MentionScanner
{
    private ref partial struct SentenceScan
    {
        /// <summary>
        /// One ordinary word at <paramref name="k"/>, then a connector of <c>name-of-connectors</c> (and at most a
        /// definite article), then ordinary words to <paramref name="last"/>: one name.
        /// </summary>
        private readonly bool AreOrdinaryWordsJoined(int k, int connector, int last)
        {
            if (connector != k + 1 || !IsOn(words, connector, NeighbourWords.NameOfConnector) || AtLabelPosition(k)
                || !IsOrdinaryNameWord(k) || IsTitle(text, words, k))
            {
                return false;
            }
            var j = connector + 1;
            if (j < last && IsOn(words, j, NeighbourWords.DefiniteArticle)) j++;
            if (j > last) return false;
            for (; j <= last; j++)
            {
                if (!IsCapitalised(text, words[j]) || !IsOrdinaryNameWord(j)) return false;
            }
            return true;
        }

        /// <summary>
        /// A person's name in one word, a definite article and one capitalised ordinary word ("Peter the Great", "Pliny the Elder", "Ivan
        /// the Terrible"): English names a ruler or a saint by an epithet after "the", and the three words are one person's
        /// name. The epithet's last word, or -1 when there is none; not when a capitalised word runs on after it.
        /// </summary>
        private readonly int EpithetEnd(int k)
        {
            var epithet = k + 2;
            if (epithet >= words.Count || words[k].IsPossessive || !IsOn(words, k + 1, NeighbourWords.DefiniteArticle) || char.IsUpper(text[words[k + 1].Start])
                || !IsSingleSpace(text, words[k].End, words[k + 1].Start) || !IsSingleSpace(text, words[k + 1].End, words[epithet].Start)
                || !IsCapitalised(text, words[epithet]) || IsAcronymShape(Span(text, words[epithet])) || !IsOrdinaryNameWord(epithet))
            {
                return -1;
            }
            var runsOn = epithet + 1 < words.Count && !words[epithet].IsPossessive && IsSingleSpace(text, words[epithet].End, words[epithet + 1].Start)
                && IsCapitalised(text, words[epithet + 1]);
            return runsOn || !IsPersonsName(k) ? -1 : epithet;
        }

        /// <summary>
        /// A direction that is no name alone ("New", "Old") right after a lower-case word, before a capitalised word: it
        /// opens that name ("the New Democracy party", "played at Old Trafford"). Mid-sentence English capitalises it only
        /// as part of a name; at a sentence's start or in a title-case heading the capital says nothing ("New figures show").
        /// </summary>
        private readonly bool IsDirectionOpeningNameMidSentence(int k) =>
            !titleCase && k > 0 && !AtLabelPosition(k) && IsPlaceOpeningDirection(text, words, k) && char.IsLower(text[words[k - 1].Start])
            && IsSingleSpace(text, words[k - 1].End, words[k].Start);

        /// <summary>The word at <paramref name="k"/> is a given name, or a person's name a list or the knowledge base holds ("Pliny").</summary>
        private readonly bool IsPersonsName(int k) =>
            Has(text, words, k, WordClass.GivenName) || ListedType(text, words, k) == EntityType.Person
            || MatchName(kb, text, words, k, sentenceEnd, wrapped) is { Entity.Type: EntityType.Person } known && known.Surface.Length == words[k].NameEnd - words[k].Start;

        /// <summary>An ordinary word (<see cref="IsOrdinaryWordOpening"/>) that the knowledge base knows by no name.</summary>
        private readonly bool IsOrdinaryNameWord(int j) =>
            IsOrdinaryWordOpening(j) && MatchName(kb, text, words, j, sentenceEnd, wrapped) is null;
    }
}
