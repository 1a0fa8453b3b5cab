using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>What a run of capitalised words names: its head word, a title, a list of names, its context.</summary>
internal static partial class MentionScanner
{
    private static EntityType? HeadType(string text, List<Word> words, int k, int last)
    {
        if (last > k)
        {
            if (CompetitionLeagueIn(text, words, k, last)) return EntityType.Miscellaneous; // "Major League Baseball", "Premier League"
            var head = ClassesOf(text, words, last);
            var start = ClassesOf(text, words, k);
            // English compounds are head-final: the last word says what the whole is ("Gulf War", "Gulf Cooperation
            // Council" open with a place's word but name an event and a body); the first word speaks only without one.
            if ((head & WordClass.PlaceHead) != 0) return EntityType.Location;
            if ((head & WordClass.OrganisationHead) != 0) return EntityType.Organization;
            if ((head & WordClass.MiscHead) != 0) return EntityType.Miscellaneous;
            if ((start & WordClass.PlaceStart) != 0) return EntityType.Location;
            if ((start & WordClass.OrganisationStart) != 0) return EntityType.Organization;
            if ((start & WordClass.MiscStart) != 0) return EntityType.Miscellaneous;
        }
        return null;
    }

    /// <summary>
    /// A competition's league inside the run: a word of <see cref="EntityWords.CompetitionLeagueOpeners"/> right before
    /// one of <see cref="EntityWords.CompetitionLeagues"/> ("American League East", "Major League Baseball"), the run
    /// holding no connector ("National League for …" is a body's remit).
    /// </summary>
    private static bool CompetitionLeagueIn(string text, List<Word> words, int k, int last)
    {
        for (var j = k + 1; j <= last; j++)
        {
            if (!char.IsUpper(text[words[j].Start])) return false;
        }
        for (var j = k; j < last; j++)
        {
            if (IsCompetitionLeague(text, words, j, capitals: false)) return true;
        }
        return false;
    }

    // The longest word a league's words are looked up as (the buffer a word in capitals is read into in title case).
    private const int LeagueWordLength = 16;

    /// <summary>Word <paramref name="k"/> opens a competition's league that the next word heads ("Premier League", "RUGBY LEAGUE").</summary>
    private static bool IsCompetitionLeague(string text, List<Word> words, int k, bool capitals)
    {
        if (k + 1 >= words.Count || words[k].IsPossessive || !IsSingleSpace(text, words[k].End, words[k + 1].Start)) return false;
        Span<char> buffer = stackalloc char[LeagueWordLength];
        var lexicon = EntityWords.Default;
        // In mixed case the opener is read once per spelling (on its lexeme); in capitals it is read in title case.
        return (capitals ? IsWordIn(lexicon.CompetitionLeagueOpeners, text, words[k], capitals, buffer) : Is(words, k, SpellingFlags.CompetitionLeagueOpenerName))
            && IsWordIn(lexicon.CompetitionLeagues, text, words[k + 1], capitals, buffer);
    }

    private static (EntityType?, TypeEvidence) GuessType(string text, List<Word> words, int k, int last, EntityType? headType, bool titleBefore, KnowledgeBase kb)
    {
        if (headType is { } head) return (head, TypeEvidence.Context);
        if (titleBefore || PersonVerbAfter(text, words, last) || AgeAfter(text, words, last)) return (EntityType.Person, TypeEvidence.Context);
        if (IndexNounAfter(text, words, k, last)) return (EntityType.Miscellaneous, TypeEvidence.Context); // "the Varno index", "the Kesso average"
        if (OrganisationNounAfter(text, words, k, last)) return (EntityType.Organization, TypeEvidence.Context); // "the Kessler newspaper"
        if (PlacePredicateAfter(text, words, last)) return (EntityType.Location, TypeEvidence.Context);
        if (OrganisationCueBefore(text, words, k) && !Has(text, words, k, WordClass.GivenName))
        {
            return (EntityType.Organization, TypeEvidence.Context); // "cement firm Acme Allied"; a given name still opens a person's ("champions Anna Berg")
        }
        if ((k == last ? ListedType(text, words, k) : NameGazetteer.Default.TypeOf(text.AsSpan(words[k].Start, words[last].NameEnd - words[k].Start))) is { } listed
            && !(listed == EntityType.Person && ArticleBefore(text, words, k)))
        {
            return (listed, TypeEvidence.Listed); // "Gorbachev", "Tunbridge Wells", "Zairean": names WordNet knows
        }
        if (k == last && IsOn(words, k, NeighbourWords.GroupAdjective))
        {
            return (EntityType.Miscellaneous, TypeEvidence.Listed); // "Republican", "Catholic": a group of people, as a nationality is
        }
        // English puts no article before a person's name, whatever its first word ("the Red Sox", "the Grace Line").
        if (Has(text, words, k, WordClass.GivenName) && !ArticleBefore(text, words, k) && !IsDirection(words, k))
        {
            // "the suburb of Preston": a place noun around it says a place, whatever given name the place shares
            return PlaceNounAround(text, words, k, last) ? (EntityType.Location, TypeEvidence.Context) : GivenNameType(text, words, k, last);
        }
        // An initial before a name is a person's ("J. Harwick"), whatever place the surname is also the name of.
        if (k < last && words[k].End - words[k].Start == 1 && text[words[k].End] == '.')
        {
            // "S. Korea", "N. Ireland": a compass point's initial before a country or region names a place.
            return (IsDirectionInitialBeforeRegion(text, words, k, last, kb) ? EntityType.Location : EntityType.Person, TypeEvidence.Context);
        }
        // "the reliever Tom Acre": a noun of a person right before the name, read before a known place as its last word
        // makes a club of it.
        if (k > 0 && !char.IsUpper(text[words[k - 1].Start]) && Has(text, words, k - 1, WordClass.PersonCue) && IsSingleSpace(text, words[k - 1].End, words[k].Start))
            return (EntityType.Person, TypeEvidence.Context);
        if (last > k && MatchAsWritten(kb, text, words, last, words[last].NameEnd) is { } headKnown
            && headKnown.Surface.Length == words[last].NameEnd - words[last].Start)
        {
            if (headKnown.Entity.Type == EntityType.Miscellaneous)
            {
                return (EntityType.Miscellaneous, TypeEvidence.Context); // "West Indian": a nationality as the head
            }
            if (headKnown.Entity.Type == EntityType.Location && IsDirection(words, k) && last == k + 1)
            {
                return (EntityType.Location, TypeEvidence.Context); // "Northern Iraq", "East Mosul"
            }
            if (headKnown.Entity.Type == EntityType.Location && !Has(text, words, k, WordClass.PlaceStart) && !IsDirection(words, k))
            {
                return (EntityType.Organization, TypeEvidence.Shape); // "Real Madrid", "Dynamo Moscow": a club or firm named after its city
            }
        }
        return TypeFromShape(text, words, k, last);
    }

    /// <summary>What the name's own words and the words right around it say when no list, title or known name types it.</summary>
    private static (EntityType?, TypeEvidence) TypeFromShape(string text, List<Word> words, int k, int last)
    {
        if (last > k && ListedType(text, words, last) == EntityType.Miscellaneous)
        {
            return (EntityType.Miscellaneous, TypeEvidence.Context); // "Bosnian Serbs": a people as the head
        }
        var surface = text.AsSpan(words[k].Start, words[last].NameEnd - words[k].Start);
        if (k == last && IsAcronymShape(surface))
        {
            // "N.J.", "H.K.": news style writes organisations' acronyms without periods, and states' and places' with them.
            return (surface.Contains('.') && words[k].End < text.Length && text[words[k].End] == '.' ? EntityType.Location : EntityType.Organization, TypeEvidence.Shape);
        }
        if (surface.IndexOfAnyInRange('0', '9') >= 0) return (EntityType.Miscellaneous, TypeEvidence.Shape);
        if (PlaceNounAround(text, words, k, last)) return (EntityType.Location, TypeEvidence.Context);
        if (k == last && LeaderBodyAfter(text, words, last)) return (EntityType.Person, TypeEvidence.Context); // "the Varga regime"
        // A brand's or platform's name is the body even after "at", "to" or "on" ("a job at Google", "posted to Twitter").
        var lists = OrganisationNames.Of(surface); // one look-up for both lists
        if ((lists & OrganisationList.Brand) != 0) return (EntityType.Organization, TypeEvidence.Listed);
        // "talks in Zuvara": a lone unknown word after a place preposition is a place, unless it is an ordinary word
        // set in capitals ("a degree in Linguistics", "under Factor 1"): fields, works and labels, no place. A compass
        // point stays the region it names ("in the South").
        if (k == last && PlacePrepositionBefore(text, words, k) && (!IsCommonName(words, k) || IsDirection(words, k)))
        {
            return (EntityType.Location, TypeEvidence.Shape);
        }
        // A club's name, not after "in" or "from" (a town a club shares its name with): Byline knows clubs by name.
        if ((lists & OrganisationList.Club) != 0) return (EntityType.Organization, TypeEvidence.Listed);
        // "North Kivu", "South Ruritania": a compass point opens a place's name, not a person's.
        if (last == k + 1 && IsDirection(words, k)) return (EntityType.Location, TypeEvidence.Shape);
        if (last > k && NearnessBefore(text, words, k)) return (EntityType.Location, TypeEvidence.Shape); // "near Kafr Tamun"
        if (last > k && !ArticleBefore(text, words, k) && !InLowerCase(EntityWords.Default.NameOpeningArticles, Span(text, words[k])))
        {
            // "HealthSpace Cleveland", "NovaGrid Energy": a capital inside a word is a brand's spelling, never a person's
            // given name or surname (unless after a prefix such as "Mc", "De": "McKay", "DeSantis").
            return (HasBrandCapital(text, words, k, last) ? EntityType.Organization : EntityType.Person, TypeEvidence.Shape);
        }
        return (null, TypeEvidence.None);
    }

    /// <summary>A word of the name with a capital right after a lower-case letter that no name prefix explains ("HealthSpace", not "McKay").</summary>
    private static bool HasBrandCapital(string text, List<Word> words, int k, int last)
    {
        for (var j = k; j <= last; j++)
        {
            var word = text.AsSpan(words[j].Start, words[j].NameEnd - words[j].Start);
            for (var i = 1; i < word.Length; i++)
            {
                if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && !IsNamePrefix(word[..i])) return true;
            }
        }
        return false;
    }

    /// <summary>The letters before an inner capital are a name's prefix ("Mc", "Mac", "De": <c>inner_capital_prefixes</c>).</summary>
    private static bool IsNamePrefix(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        return Byline.Syntax.NameParts.IsInnerCapitalPrefix(before[start..]);
    }

    /// <summary>
    /// The name is all a pair of double quotation marks holds (space inside them or not): copy quotes the titles of works
    /// and nicknames so ("the ship “Albatross”", "his novel " Tarvo ""), not the names of people, bodies or places.
    /// </summary>
    private static bool IsWholeQuotation(string text, int start, int end)
    {
        var open = start - 1;
        if (open >= 0 && text[open] == ' ') open--;
        var close = end;
        if (close < text.Length && text[close] == ' ') close++;
        return open >= 0 && close < text.Length && text[open] is '"' or '“' or '«' or '„' && text[close] is '"' or '”' or '»' or '“'
            && (open == 0 || !char.IsLetterOrDigit(text[open - 1]));
    }

    private static bool IsDirectionInitialBeforeRegion(string text, List<Word> words, int k, int last, KnowledgeBase kb)
    {
        if (last != k + 1) return false;
        var initial = text[words[k].Start];
        var direction = false;
        foreach (var word in EntityWords.Default.Directions.Items) direction |= word[0] == initial;
        return direction && MatchAsWritten(kb, text, words, last, words[last].NameEnd) is { } place
            && place.Surface.Length == words[last].NameEnd - words[last].Start && place.Entity.Kind is "country" or "region";
    }

    /// <summary>A name opening with a given name: a person's ("Phil Simmons"), or a place when the given name stands alone after a place preposition.</summary>
    private static (EntityType?, TypeEvidence) GivenNameType(string text, List<Word> words, int k, int last)
    {
        // Cities and towns share their spellings with given names, and a lone given name is seldom how copy names a
        // person: after "in", "from", "to" it is the place ("talks in Geneva"). Not a party to a case or a fixture
        // ("in Kennedy v. Hale"), which a fixture word after it shows.
        if (k == last && PlacePrepositionBefore(text, words, k) && !FixtureWordAfter(text, words, last))
        {
            return (EntityType.Location, TypeEvidence.Shape);
        }
        return (EntityType.Person, last > k ? TypeEvidence.Context : TypeEvidence.Shape);
    }

    /// <summary>"the town of Zuvara", "the Zuvara province": a lower-case place noun before "of" or right after the name.</summary>
    private static bool PlaceNounAround(string text, List<Word> words, int k, int last)
    {
        if (k >= 2 && Span(text, words[k - 1]) is "of" && IsSingleSpace(text, words[k - 1].End, words[k].Start) && IsOn(words, k - 2, NeighbourWords.PlaceNoun))
        {
            return true;
        }
        return last + 1 < words.Count && !words[last].IsPossessive && IsSingleSpace(text, words[last].End, words[last + 1].Start)
            && char.IsLower(text[words[last + 1].Start]) && IsOn(words, last + 1, NeighbourWords.PlaceNoun);
    }

    /// <summary>
    /// A noun of a body named after the person who leads it right after the name ("the Varga regime", "the Okafor
    /// administration"; <c>leader-bodies</c>): a one-word name no list types is the leader's surname.
    /// </summary>
    private static bool LeaderBodyAfter(string text, List<Word> words, int last) =>
        last + 1 < words.Count && !words[last].IsPossessive && IsSingleSpace(text, words[last].End, words[last + 1].Start)
        && IsOn(words, last + 1, NeighbourWords.LeaderBody);

    /// <summary>
    /// A market index's noun in lower case right after the name (<c>index-nouns</c>: "the Varno index fell", "the Kesso
    /// 300 average"): the name is the index's, a named thing, not the exchange or the firm that compiles it. A number
    /// may stand between ("Varno 40 index"). Not an ordinary word alone ("Weighted average"): a label's capital.
    /// </summary>
    private static bool IndexNounAfter(string text, List<Word> words, int k, int last)
    {
        var i = last + 1;
        if (words[last].IsPossessive || i >= words.Count || !IsSingleSpace(text, words[last].End, words[i].Start)) return false;
        if (IsNumber(text, words[i]) && i + 1 < words.Count && IsSingleSpace(text, words[i].End, words[i + 1].Start)) i++;
        // The noun first: it is seldom there, and the ordinary-word test only matters when it is.
        return Is(words, i, SpellingFlags.IndexNoun) && !(k == last && IsCommonWord(words, k));
    }

    /// <summary>
    /// A body's noun in lower case right after the name (<c>organisation-nouns-after</c>, with "news" before it or not:
    /// "the Kessler newspaper", "Tarvo news agency said", "its Bramco unit"): the name is the body's. Not an ordinary
    /// word alone ("the Sunday paper", "Interior ministry").
    /// </summary>
    private static bool OrganisationNounAfter(string text, List<Word> words, int k, int last)
    {
        var i = last + 1;
        if (words[last].IsPossessive || i >= words.Count || !IsSingleSpace(text, words[last].End, words[i].Start)) return false;
        if (IsOn(words, i, NeighbourWords.OrganisationNounModifier) && i + 1 < words.Count && IsSingleSpace(text, words[i].End, words[i + 1].Start)) i++;
        // The noun first, as for an index's noun: the ordinary-word test only matters when it is there.
        return IsOn(words, i, NeighbourWords.OrganisationNounAfter) && !(k == last && IsCommonWord(words, k));
    }

    /// <summary>
    /// "Ana Ruiz, 45, said", "Brannagh , 19 , flew": a number of one or two digits set off by commas right after the name
    /// is an age, which news copy gives for people only.
    /// </summary>
    private static bool AgeAfter(string text, List<Word> words, int last)
    {
        var end = words[last].End;
        if (words[last].IsPossessive) return false;
        var rest = text.AsSpan(end, Math.Min(text.Length, end + 9) - end).TrimStart(' ');
        if (rest is not [',', .. var afterComma]) return false;
        rest = afterComma.TrimStart(' ');
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
        return digits is 1 or 2 && rest[digits..].TrimStart(' ') is [',', ..];
    }

    /// <summary>
    /// A verb only a person is the subject of right after the name, or after one auxiliary ("died", "was born",
    /// "later married"; <c>person-verbs</c>): the name is a person's.
    /// </summary>
    private static bool PersonVerbAfter(string text, List<Word> words, int last)
    {
        var i = last + 1;
        if (words[last].IsPossessive || i >= words.Count || !IsSingleSpace(text, words[last].End, words[i].Start)) return false;
        if (Is(words, i, SpellingFlags.PersonVerbAuxiliary) && i + 1 < words.Count && IsSingleSpace(text, words[i].End, words[i + 1].Start)) i++;
        return Is(words, i, SpellingFlags.PersonVerb);
    }

    /// <summary>
    /// "Kessin is a small town on the coast", "Tarvo was the capital of …": the name is the subject of a copula whose
    /// predicate's noun is a place noun (<c>place-nouns</c>), a few lower-case words on, and ends there
    /// (<c>place-predicate-followers</c> or punctuation after it; "a town councillor" names a person).
    /// </summary>
    private static bool PlacePredicateAfter(string text, List<Word> words, int last)
    {
        var i = last + 1;
        var lexicon = EntityWords.Default;
        if (words[last].IsPossessive || i + 2 >= words.Count || !IsOn(words, i, NeighbourWords.PlacePredicateCopula)
            || !lexicon.PlacePredicateArticles.Contains(Span(text, words[i + 1]))) return false;
        var end = Math.Min(words.Count, i + 6);
        for (var j = i + 2; j < end; j++)
        {
            if (!IsSingleSpace(text, words[j - 1].End, words[j].Start) || !char.IsLower(text[words[j].Start])) return false;
            if (!IsOn(words, j, NeighbourWords.PlaceNoun)) continue;
            return j + 1 >= words.Count || !IsSingleSpace(text, words[j].End, words[j + 1].Start)
                || lexicon.PlacePredicateFollowers.Contains(Span(text, words[j + 1]));
        }
        return false;
    }

    /// <summary>A lower-case noun of a body right before the name ("firm", "daily", "champions"; <c>organisation-cues</c>).</summary>
    private static bool OrganisationCueBefore(string text, List<Word> words, int k) =>
        k > 0 && char.IsLower(text[words[k - 1].Start]) && IsSingleSpace(text, words[k - 1].End, words[k].Start)
        && IsOn(words, k - 1, NeighbourWords.OrganisationCue);

    /// <summary>"v", "versus" right after the name's last word: a fixture's or a case's two sides (<c>fixture-words</c>).</summary>
    private static bool FixtureWordAfter(string text, List<Word> words, int last) =>
        last + 1 < words.Count && IsSingleSpace(text, words[last].End, words[last + 1].Start)
        && EntityWords.Default.FixtureWords.Contains(text.AsSpan(words[last + 1].Start, words[last + 1].NameEnd - words[last + 1].Start).TrimEnd('.'));

    /// <summary>"the White Sox": a definite article right before the name (see <c>definite-articles</c>).</summary>
    private static bool ArticleBefore(string text, List<Word> words, int k) =>
        k > 0 && IsSingleSpace(text, words[k - 1].End, words[k].Start) && IsArticle(text, words, k - 1);

    private static bool IsArticle(string text, List<Word> words, int j) =>
        IsOn(words, j, NeighbourWords.DefiniteArticle) || InLowerCase(EntityWords.Default.DefiniteArticles, Span(text, words[j]));

    /// <summary>"near" right before the name, a definite article between or not (<c>nearness-prepositions</c>); "Near" opening the sentence.</summary>
    private static bool NearnessBefore(string text, List<Word> words, int k)
    {
        var j = k - 1;
        if (j >= 0 && IsOn(words, j, NeighbourWords.DefiniteArticle)) j--;
        if (j < 0 || !IsSingleSpace(text, words[j].End, words[j + 1].Start)) return false;
        // Capitalised only where the sentence starts: inside a sentence "Near" opens a name ("Near East").
        return IsOn(words, j, NeighbourWords.NearnessPreposition) || j == 0 && InLowerCase(EntityWords.Default.NearnessPrepositions, Span(text, words[j]));
    }

    private static bool PlacePrepositionBefore(string text, List<Word> words, int k)
    {
        var j = k - 1;
        if (j >= 0 && IsOn(words, j, NeighbourWords.DefiniteArticle)) j--;
        return j >= 0 && Has(text, words, j, WordClass.PlacePreposition);
    }

    private static bool IsTitle(string text, List<Word> words, int k)
    {
        if (Has(text, words, k, WordClass.Title)) return true;
        var end = words[k].End;
        return end < text.Length && text[end] == '.' && Has(text, words, k, WordClass.TitleWithDot);
    }

    /// <summary>A title in the plural ("Ministers", "Secretaries"): an -s form whose singular is a title too.</summary>
    private static bool IsPluralTitle(string text, Word w)
    {
        var word = text.AsSpan(w.Start, w.NameEnd - w.Start);
        if (word.Length < 4 || word[^1] != 's') return false;
        var titles = EntityWords.Default.Titles;
        if (titles.Contains(word[..^1])) return true;
        if (!word.EndsWith("ies", StringComparison.Ordinal)) return false;
        Span<char> singular = stackalloc char[word.Length - 2];
        word[..^3].CopyTo(singular);
        singular[^1] = 'y';
        return titles.Contains(singular);
    }

    /// <summary>
    /// A name cited as an author: followed by "et al." or by a year in brackets ("Biewener (2003)", "Nida, 1964" inside
    /// brackets), or the first of several authors cited so ("Palmer and Grady (1995)", "(Tolliver, Quarshie, &amp; Brandvold, 2012)",
    /// "Palmer &amp; Grady [7]"):
    /// science and academic writing, and news quoting it, cite people so.
    /// </summary>
    /// <param name="authors">How many authors the name ends: 2 for the last of "Palmer &amp; Grady" read as one run or after a cited author.</param>
    private static bool IsCitation(string text, int end, int limit, int authors = 1)
    {
        var nameEnd = end;
        for (; authors < 9 && CoAuthorEnd(text, end, limit) is var coAuthor and > 0; authors++) end = coAuthor;
        var rest = text.AsSpan(end, Math.Min(limit, end + 12) - end);
        if (rest.StartsWith(" et al", StringComparison.Ordinal)) return true;
        // "Palmer & Grady [ 7 ]": authors before a numbered reference; one name before a number in square brackets may be
        // any footnoted word.
        if (authors > 1 && rest.TrimStart(' ') is ['[', .. var number] && number.TrimStart(' ') is [>= '1' and <= '9', ..]) return true;
        if (rest.StartsWith(" (", StringComparison.Ordinal)) rest = rest[2..];
        else if (rest.TrimStart(' ') is [',', ..] or [>= '1' and <= '2', ..] && InBrackets(text, nameEnd)) rest = rest.TrimStart(' ').TrimStart(',');
        else return false;
        rest = rest.TrimStart(' ');
        // A year ends the citation or is followed by its page or another citation: "2003)", "1964, p. 12", "2014;"; inside
        // brackets the writer's words may go on after it ("(Palmer, 2014 and later work)").
        return rest.Length >= 5 && !rest[..4].ContainsAnyExceptInRange('0', '9') && rest[0] is '1' or '2'
            && (rest[4..].TrimStart(' ') is [')' or ',' or ';' or ':', ..] || rest[4] == ' ' && InBrackets(text, nameEnd));
    }

    /// <summary>
    /// Whether the name ending at <paramref name="end"/> stands inside an open bracket (within 200 characters before it):
    /// asked only when what follows the name may be a citation's, not at every name.
    /// </summary>
    private static bool InBrackets(string text, int end) =>
        end > 0 && text.LastIndexOf('(', end - 1, Math.Min(end, 200)) is var open and >= 0 && text.IndexOf(')', open, end - open) < 0;

    /// <summary>
    /// The end of one more author after a name: "and Grady", "&amp; Grady", ", Quarshie" (one capitalised word, or two
    /// joined by a hyphen, after "and", "&amp;" or a comma, with or without a space before the comma); 0 when there is none.
    /// </summary>
    private static int CoAuthorEnd(string text, int end, int limit)
    {
        var rest = text.AsSpan(end, limit - end);
        var comma = rest.StartsWith(" , ", StringComparison.Ordinal) ? 2 : rest.StartsWith(", ", StringComparison.Ordinal) ? 1 : 0;
        var afterComma = rest[comma..];
        var joiner = afterComma.StartsWith(" & ", StringComparison.Ordinal) ? 3 : afterComma.StartsWith(" and ", StringComparison.Ordinal) ? 5 : comma > 0 ? 1 : 0;
        joiner += comma;
        if (joiner == 0 || rest.Length <= joiner || !char.IsUpper(rest[joiner])) return 0;
        var word = rest[joiner..];
        var length = word.IndexOfAny(' ', ',', '(');
        if (length > 0 && word[length..].StartsWith(" - ", StringComparison.Ordinal) && word.Length > length + 3 && char.IsUpper(word[length + 3]))
        {
            length += 3 + Math.Max(0, word[(length + 3)..].IndexOfAny(' ', ',', '(')); // "Lund - Moreau": a hyphenated surname written with spaces
        }
        return length > 1 ? end + joiner + length : 0;
    }

    /// <summary>A player listed with a country in brackets: "Tariq Anwar (Pakistan)", "Neil Ashdown ( England )".</summary>
    private static bool IsCountryInBrackets(string text, int end, int limit, KnowledgeBase kb)
    {
        var i = end;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != '(') return false;
        i++;
        while (i < limit && text[i] == ' ') i++;
        var close = text.IndexOf(')', i, limit - i);
        if (close < 0) return false;
        var inner = text.AsSpan(i, close - i).TrimEnd();
        var firstWordEnd = inner.IndexOf(' ');
        var firstWord = firstWordEnd < 0 ? inner : inner[..firstWordEnd];
        return firstWord.Length > 0 && kb.Match(text, i, i + inner.Length, firstWord) is { } country && country.Surface.Length == inner.Length && country.Entity.Kind == "country";
    }
}
