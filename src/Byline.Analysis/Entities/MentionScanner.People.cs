namespace Byline.Analysis.Entities;

/// <summary>
/// What stands before a person's name and is not part of it: a nationality or a people ("Frenchman Jean Morel",
/// "German Jan Brandt", "Argentine Pablo Ruiz"), a title and the word that says what the title is of ("Farm
/// Commissioner Anna Berg", "Parliament Speaker Omar Haddad").
/// </summary>
internal static partial class MentionScanner
{
    private ref partial struct SentenceScan
    {
        /// <summary>A nationality was split off a name: the name after it is a person's.</summary>
        private bool _personNext;

        /// <summary>
        /// A nationality or people word (the name list's MISC) opening a run of capitals that is no name with a head
        /// word: it describes the person named after it, whose name starts with a given name or has two words or more
        /// ("Frenchman Jean-Luc Morel"). Not a people before a people ("Bosnian Serbs": one name), nor before a body's
        /// name whose head word comes before "of" ("the Andean Academy of Soil Sciences": the nationality is part of it).
        /// A word that is a given name too ("Michael", "Finn", "Dane") describes the person only before a full name of two
        /// words or more ("Finn Mika Aalto"); before one word it is the person's own given name ("Michael Tarrant").
        /// </summary>
        /// <param name="headType">What the run's head word says it names, its head before a connector included.</param>
        private readonly bool IsNationalityBeforeName(int k, int last, EntityType? headType)
        {
            if (last == k || headType is not null || !IsSingleSpace(text, words[k].End, words[k + 1].Start)) return false;
            if (ListedTypeAsWritten(text, words, k) != EntityType.Miscellaneous) return false;
            var rest = text.AsSpan(words[k + 1].Start, words[last].NameEnd - words[k + 1].Start);
            return (last == k + 1 ? ListedType(text, words, last) : NameGazetteer.Default.TypeOf(rest)) is null
                && MatchAsWritten(kb, text, words, k + 1, words[last].NameEnd) is null
                && (Has(text, words, k, WordClass.GivenName) ? last > k + 1 : Has(text, words, k + 1, WordClass.GivenName) || last > k + 1);
        }

        /// <summary>
        /// A given name that is also a calendar word ("Jan", "May") right after a nationality or a title and before a
        /// capitalised word: it opens a person's name ("German Jan Brandt"), not a date. So too a month's abbreviation
        /// written without its period before a word that is no ordinary English word and names no place or body ("Jan
        /// Kessler ( Norway )"): a date puts a number after the month ("Jan 15"), a person's name a surname.
        /// </summary>
        private readonly bool IsGivenNameAfterPeople(int k)
        {
            if (k + 1 >= words.Count || !Has(text, words, k, WordClass.GivenName) || !IsSingleSpace(text, words[k].End, words[k + 1].Start)
                || !char.IsUpper(text[words[k + 1].Start]) || Has(text, words, k + 1, WordClass.NotName))
            {
                return false;
            }
            if (_titleBefore) return true;
            if (EntityWords.Default.MonthAbbreviations.Contains(Span(text, words[k])) && text[words[k].End] != '.'
                && !IsCommonWord(words, k + 1) && ListedType(text, words, k + 1) is null or EntityType.Person)
            {
                return true;
            }
            return k > 0 && candidates.Count > 0 && candidates[^1] is var before && before.End == words[k - 1].NameEnd && IsSingleSpace(text, before.End, words[k].Start)
                && IsNationality(before);
        }

        /// <summary>
        /// The first word of a sentence that says who the person named after it is, capitalised only for the sentence:
        /// a person noun ("Midfielder Paulo Serrat", "Economist Ana Ruiz") or a hyphenated description ("Top-seeded
        /// Tom Berg", "Vice-president Ana Ruiz") before a given name and one more capitalised word. Also any ordinary English
        /// word on no list of name words ("Unseeded Tom Berg", "Outspoken Ana Ruiz", "Currently Ana Ruiz"): English names
        /// of people open with their given name, never with an ordinary word, so the capital is the sentence's.
        /// </summary>
        private readonly bool IsCueOpeningSentence(int k, bool sentenceInitial)
        {
            if (!sentenceInitial || k + 1 >= words.Count || !IsSingleSpace(text, words[k].End, words[k + 1].Start) || Has(text, words, k, WordClass.GivenName | WordClass.Title))
            {
                return false;
            }
            var word = Span(text, words[k]);
            var hyphen = word.IndexOf('-');
            var cue = hyphen > 0 ? hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1])
                : Is(words, k, SpellingFlags.PersonCueInLowerCase);
            if (k + 2 < words.Count && IsSingleSpace(text, words[k + 1].End, words[k + 2].Start) && Has(text, words, k + 1, WordClass.GivenName) && IsCapitalised(text, words[k + 2]))
            {
                return cue || IsOrdinaryWordOpening(k) && HeadType(text, words, k, RunEnd(text, words, k)) is null; // not "Natural Law Party"
            }
            return cue && IsUnknownNameAfterCue(k + 1);
        }

        /// <summary>
        /// A name no list knows right after a person noun opening the sentence ("Teenager Oskari Lehtola", "Centre Japo
        /// Muldane", "Left-back Brannigan"): a word that is no ordinary English word and no name word, its run headed by
        /// no head word, so the person noun describes it, as it does a given name.
        /// </summary>
        private readonly bool IsUnknownNameAfterCue(int j) =>
            IsCapitalised(text, words[j]) && !IsCapitalsWord(text, words[j]) && (ClassesOf(text, words, j) & (WordClass.NotName | WordClass.Title | WordClass.Connector)) == 0
            && !IsCommonWord(words, j) && ListedTypeAsWritten(text, words, j) is null or EntityType.Person
            && HeadType(text, words, j, RunEnd(text, words, j)) is null;

        /// <summary>
        /// A sentence's first word in -ing that is an ordinary verb's form ("Considering", "Visiting", "Leaving"), on no list of
        /// name words, before a capitalised word: a participle or gerund opens the clause and takes the name as its object
        /// ("Visiting Tarvo is easy"), so it is no part of the name. Not when the run ends in a head word ("Sterling Bank").
        /// </summary>
        private readonly bool IsParticipleOpening(int k)
        {
            var word = Span(text, words[k]);
            return word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && k + 1 < words.Count
                && IsSingleSpace(text, words[k].End, words[k + 1].Start) && IsCapitalised(text, words[k + 1]) && !Has(text, words, k, WordClass.GivenName | WordClass.Title)
                && IsOrdinaryWordOpening(k) && HeadType(text, words, k, RunEnd(text, words, k)) is null;
        }

        /// <summary>An ordinary English word (<see cref="CommonWords"/>) that no list of name words or of names holds.</summary>
        private readonly bool IsOrdinaryWordOpening(int k)
        {
            const WordClass nameWords = WordClass.GivenName | WordClass.Title | WordClass.PlaceStart | WordClass.OrganisationStart | WordClass.MiscStart
                | WordClass.PlaceHead | WordClass.OrganisationHead | WordClass.MiscHead | WordClass.SurnameParticle;
            var word = Span(text, words[k]);
            // a participle or an adverb ("Unseeded", "Reportedly") is an ordinary word too, on the list or not
            var shaped = word.Length > 5 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal));
            return (shaped || IsCommonWord(words, k)) && (ClassesOf(text, words, k) & nameWords) == 0 && !IsDirection(word)
                && !IsAcronymShape(word) && ListedTypeAsWritten(text, words, k) is null && !ClubNames.Contains(word);
        }

        /// <summary>
        /// One unknown capitalised word right before a title and a name: it says what the title is of ("Farm
        /// Commissioner Anna Berg", "Fisheries Commissioner Elias Haddad") and names nothing by itself; a body's head word
        /// ("Navy Capt. Jo Reed", "Parliament Speaker Omar Haddad") names the body.
        /// </summary>
        private readonly bool ModifiesTitle(int k, int last, Alias? known)
        {
            if (known is not null || last != k || k + 2 >= words.Count || !IsSingleSpace(text, words[k].End, words[k + 1].Start)) return false;
            return IsTitle(text, words, k + 1) && IsCapitalised(text, words[k + 2]) && !IsAcronymShape(Span(text, words[k]))
                && !Has(text, words, k, WordClass.OrganisationHead | WordClass.PlaceHead) // "Navy Capt. Jo Reed": the body the title is in
                && ListedTypeAsWritten(text, words, k) is null;
        }
    }
}
