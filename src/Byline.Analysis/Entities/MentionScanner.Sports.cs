using System.Collections.Immutable;
using Byline.Syntax;

namespace Byline.Analysis.Entities;

/// <summary>Sports copy: lines of results and standings, and the sides named in match reports.</summary>
internal static partial class MentionScanner
{
    /// <summary>
    /// A line of sports results or standings — "Pohang 3 Ulsan 2 (halftime 1-0)", "Harlequins 75 Gloucester 19",
    /// "Puchon 3 1 0 6 1 10", "NEW YORK 74 59 .556 7 1/2": nothing but capitalised names and numbers of at most three
    /// digits (so not years; a winning percentage ".556" and half a game, "1/2", too) with spaces between, a name followed by a number,
    /// and lower case only inside brackets.
    /// </summary>
    private static bool IsResultsLine(string text, List<Word> words)
    {
        var depth = 0;
        var names = 0;
        var numbers = 0;
        var scoreAfterName = false;
        var previousWasName = false;
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            if (k > 0)
            {
                for (var i = words[k - 1].End; i < w.Start; i++)
                {
                    var c = text[i];
                    if (c == '(') depth++;
                    else if (c == ')') depth = Math.Max(0, depth - 1);
                    else if (c == '.' && i == w.Start - 1 && w.End - w.Start == 3 && depth == 0) continue; // a winning percentage, ".556"
                    else if (c == '/' && i == w.Start - 1 && i == words[k - 1].End && IsNumber(text, w) && IsNumber(text, words[k - 1])) continue; // games behind, "7 1/2"
                    else if (c != ' ' && depth == 0) return false; // punctuation between names and scores: prose or a list
                }
            }
            if (depth > 0)
            {
                continue;
            }
            if (IsNumber(text, w) || IsFraction(text, w))
            {
                if (w.End - w.Start > 3 && !IsFraction(text, w)) return false;
                numbers++;
                scoreAfterName |= previousWasName;
                previousWasName = false;
            }
            else if (char.IsUpper(text[w.Start]))
            {
                names++;
                previousWasName = true;
            }
            else
            {
                return false;
            }
        }
        return names > 0 && numbers >= 2 && scoreAfterName;
    }

    /// <summary>
    /// "Kelda Tarvo 2 Westford 1", "Ruse ( Bulgaria ) 2 Vesk ( Malta ) 1": a results line of two names with one score
    /// each (what is in brackets aside) reports a match between two sides. A player's line has several figures after
    /// one name (a golfer's rounds), so a given name opening a name here does not make it a person's.
    /// </summary>
    private static bool IsTwoSideResult(string text, List<Word> words)
    {
        var depth = 0;
        var runs = 0; // name runs and number runs, alternating
        var numbers = 0;
        var previousWasNumber = true; // the line opens with a name
        for (var k = 0; k < words.Count; k++)
        {
            var gap = k == 0 ? [] : text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            depth += gap.Count('(') - gap.Count(')');
            if (depth > 0) continue;
            var number = IsNumber(text, words[k]);
            if (number && (previousWasNumber || ++numbers > 2) || !number && !char.IsUpper(text[words[k].Start])) return false;
            if (number != previousWasNumber) runs++;
            previousWasNumber = number;
        }
        return runs == 4 && numbers == 2;
    }

    /// <summary>"1/2" read as one word: half a game behind in a table of standings.</summary>
    private static bool IsFraction(string text, Word w)
    {
        var word = text.AsSpan(w.Start, w.End - w.Start);
        var slash = word.IndexOf('/');
        return slash is 1 or 2 && slash < word.Length - 1 && !word[..slash].ContainsAnyExceptInRange('0', '9') && !word[(slash + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>The word after the candidate (whose last word is <paramref name="last"/>), one space on, is a number: the team's score or first standings column.</summary>
    // Asked before IsResultsLine, which reads the whole sentence: most names have no number after them.
    private static bool IsScoreAfter(string text, List<Word> words, int last, MentionCandidate candidate) =>
        last + 1 < words.Count && words[last + 1].Start == candidate.End + 1 && text[candidate.End] == ' ' && IsNumber(text, words[last + 1]);

    /// <summary>
    /// "Tom Reed 68 71 70", "J. Hale 10.12": a name a given name, an initial or a title makes a person's, with scores after
    /// it, is a player's (golf, athletics, bowling figures), not a side's. Clubs that open with a word that is also a
    /// given name are on the list of clubs, or typed by their head word before this.
    /// </summary>
    private static bool IsPlayerByName(MentionCandidate candidate, string text, List<Word> words) =>
        candidate.Known is null && candidate.Type == EntityType.Person && candidate.Evidence >= TypeEvidence.Context && candidate.WordCount >= 2
        && !ClubNames.Contains(candidate.Surface) && !IsTwoSideResult(text, words);

    /// <summary>
    /// "Durham 214-6", "Somerset 98-1 ( J. Morris 40 )": a cricket side's innings total, runs and wickets fallen (at most
    /// nine: a side all out is written with its runs alone), follows the side's name in scorecards. A tennis set
    /// ("6-4") or a football score ("2-1") has fewer than ten on its left; an acronym before such a number names a
    /// standard and its part ("ISO 639-3"), not a side.
    /// </summary>
    private static bool IsInningsTotalAfter(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        if (candidate.IsAcronym || last + 1 >= words.Count || words[last + 1].Start != candidate.End + 1 || text[candidate.End] != ' ') return false;
        var total = text.AsSpan(words[last + 1].Start, words[last + 1].End - words[last + 1].Start);
        var dash = total.IndexOf('-');
        return dash is 2 or 3 && total.Length == dash + 2 && total[0] != '0' && char.IsAsciiDigit(total[dash + 1])
            && !total[..dash].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// "Bath v Gloucester", "Harlow vs Bexley": the names either side of a fixture word are the sides. People meet
    /// so too (a tennis draw, a court case), so a name typed as a person stays one.
    /// </summary>
    private static bool IsFixtureSide(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        if (candidate.Known is null && candidate.Type == EntityType.Person) return false;
        var first = last - candidate.WordCount + 1;
        return last + 1 < words.Count && words[last + 1].Start == candidate.End + 1 && text[candidate.End] == ' ' && IsOn(words, last + 1, NeighbourWords.FixtureWord)
            || first > 0 && words[first - 1].End + 1 == candidate.Start && IsOn(words, first - 1, NeighbourWords.FixtureWord);
    }

    private ref partial struct SentenceScan
    {
        /// <summary>
        /// "Jan Brandt ( Westford ) , Ole Lind ( Kelso )": in a list of players the name in brackets after a player's is
        /// the club they play for, unless it is a country or a region (a national side, where they come from). "Tom Arne
        /// ( Canada ) Vortana 1:54.4": in motor sport and cycling results the name right after a rider's country is the
        /// team or the make they ride for; not a second person named in full, nor a model after its make (a product).
        /// </summary>
        private readonly bool IsTeamOfPlayer(MentionCandidate candidate)
        {
            if (candidates.Count == 0 || candidate.Known?.Entity is { } known && (known.Type is EntityType.Person or EntityType.Miscellaneous || known.Kind is "country" or "region")
                || candidate.Type == EntityType.Miscellaneous && candidate.Evidence >= TypeEvidence.Context) // a make and its model ("Fiat Panda") is the car, not the team
            {
                return false;
            }
            var before = candidates[^1];
            if (IsNamedPerson(before) && !candidate.IsAcronym) // not "Anna Berg Trust ( ABT )": an acronym defined
            {
                return Between(before.End, candidate.Start) is "(" && Between(candidate.End, Math.Min(sentenceEnd, candidate.End + 3)).StartsWith(')');
            }
            return candidates.Count >= 2 && before.Known?.Entity.Kind == "country" && IsNamedPerson(candidates[^2])
                && Between(candidates[^2].End, before.Start) is "(" && Between(before.End, candidate.Start) is ")"
                && !(candidate.Type == EntityType.Person && candidate.Evidence >= TypeEvidence.Context && candidate.WordCount >= 2);
        }

        /// <summary>
        /// "Bayern Westford 4 Kelso 2", "Nordby / Glint 3 1 1 1": in a line of results or standings the capitalised words
        /// between two scores, or before the row's first score, are one side, whatever names the knowledge base finds
        /// inside them (a club adds its town to its name: "Rapid Vienna", "Dynamo Kelso"). Joins the candidates before
        /// this one that lie in the same run, a space or " / " apart, into it; the run starts the line or follows a
        /// score or a closing bracket (the scorers after a score).
        /// </summary>
        private readonly MentionCandidate WithSideRunBefore(MentionCandidate candidate)
        {
            var start = candidate.Start;
            var count = 0;
            var wordCount = candidate.WordCount;
            while (candidates.Count > count && candidates[^(count + 1)] is var before && !before.IsPossessive
                && text.AsSpan(before.End, start - before.End) is " " or " / ")
            {
                start = before.Start;
                wordCount += before.WordCount;
                count++;
            }
            var lead = text.AsSpan(0, start).TrimEnd(' ');
            if (count == 0 || lead.Length > 0 && !char.IsAsciiDigit(lead[^1]) && lead[^1] != ')' && lead[^1] != '\n') return candidate;
            var first = candidates[^count];
            candidates.RemoveRange(candidates.Count - count, count);
            return candidate with { Start = start, Surface = SurfaceOf(text, start, candidate.End), Known = null, Type = EntityType.Organization, WordCount = wordCount, SentenceInitial = first.SentenceInitial };
        }

        /// <summary>A person the knowledge base, a list of names, a given name or a title says is one: not two capitals typed by their shape alone ("Visitor Desk").</summary>
        private static bool IsNamedPerson(MentionCandidate c) => c.Type == EntityType.Person && (c.Known is not null || c.Evidence >= TypeEvidence.Listed);

        /// <summary>The text between two offsets without its spaces ("" when the second comes first).</summary>
        private readonly ReadOnlySpan<char> Between(int from, int to) => to > from ? text.AsSpan(from, to - from).Trim(' ') : [];
    }

    /// <summary>"c Hollis b Marsh 46": a name right after a scorecard's dismissal letters is a player's (<c>scorecard-dismissals</c>).</summary>
    private static bool IsDismissedBy(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        if (candidate.Known?.Entity.Type is EntityType.Person or EntityType.Organization) return false;
        var first = last - candidate.WordCount + 1;
        return first > 0 && words[first - 1].End + 1 == candidate.Start && text[words[first - 1].End] == ' '
            && IsOn(words, first - 1, NeighbourWords.ScorecardDismissal);
    }

    /// <summary>
    /// "Okafor c Lindqvist b Moreau 50", "Okafor not out 94": the name that opens a scorecard's line before how the
    /// innings ended is the batsman's (<c>scorecard-dismissals</c> then a name, or <c>scorecard-innings-ends</c>).
    /// </summary>
    private static bool IsBatsmanBeforeDismissal(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        if (candidate.Known?.Entity.Type is EntityType.Person or EntityType.Organization || last + 2 >= words.Count) return false;
        var next = words[last + 1];
        if (next.Start != candidate.End + 1 || text[candidate.End] != ' ' || !char.IsLower(text[next.Start])) return false;
        // Most names are followed by a verb or a preposition: the two lists are asked only after a word that opens one.
        if (!Is(words, last + 1, SpellingFlags.ScorecardWord)) return false;
        var after = words[last + 2];
        if (IsOn(next, NeighbourWords.ScorecardDismissal))
        {
            return IsSingleSpace(text, next.End, after.Start)
                && (IsCapitalised(text, after) || IsOn(after, NeighbourWords.ScorecardDismissal)); // "lbw b Moreau"
        }
        if (!IsSingleSpace(text, next.End, after.Start) || after.End - next.Start > 32) return false;
        Span<char> phrase = stackalloc char[after.End - next.Start];
        text.AsSpan(next.Start, after.End - next.Start).CopyTo(phrase);
        phrase[next.End - next.Start] = ' '; // one space, as the list writes it
        return EntityWords.Default.ScorecardInningsEnds.Contains(phrase);
    }

    /// <summary>
    /// "Brandt 15th", "Okafor ( 50th minute )": a name followed by an ordinal, bare or in brackets, is a goal's scorer
    /// in football copy. Not a country or a people (a table's ranks), nor a known organisation or person.
    /// </summary>
    private static bool IsScorerBeforeMinute(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        if (candidate.Known?.Entity is { } known && (known.Type is EntityType.Person or EntityType.Organization or EntityType.Miscellaneous || known.Kind == "country")
            || last + 1 >= words.Count)
        {
            return false;
        }
        var next = words[last + 1];
        var gap = text.AsSpan(candidate.End, next.Start - candidate.End);
        return (gap is " " or " (" or " ( ") && IsOrdinal(text.AsSpan(next.Start, next.End - next.Start));
    }

    /// <summary>
    /// "Valletta - Tom Agar ( 24th )": an ordinal right after an opening bracket is a goal's minute; a line of scorers
    /// holds one, a heading does not.
    /// </summary>
    private static bool HasMinuteInBrackets(string text, List<Word> words)
    {
        for (var k = 1; k < words.Count; k++)
        {
            var w = words[k];
            if (w.End - w.Start <= 5 && char.IsAsciiDigit(text[w.Start]) && IsOrdinal(text.AsSpan(w.Start, w.End - w.Start))
                && text.AsSpan(words[k - 1].End, w.Start - words[k - 1].End).Trim(' ') is ['('])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Westford - Tom Agar ( 24th ) , Ole Lind ( 80th )": the name that opens a line of scorers, before a dash, is the
    /// side they scored for (a country stays a place: a national side).
    /// </summary>
    private static bool IsSideOpeningScorers(string text, List<Word> words, int last, MentionCandidate candidate) =>
        last == candidate.WordCount - 1 && last + 1 < words.Count // the candidate opens the line
        && text.AsSpan(candidate.End, words[last + 1].Start - candidate.End) is " - " && HasMinuteInBrackets(text, words);

    /// <summary>An ordinal written in figures ("4th", "12th", "407th").</summary>
    internal static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        var digits = word.IndexOfAnyExceptInRange('0', '9');
        return digits is 1 or 2 or 3 && word.Length == digits + 2 && EntityWords.Default.OrdinalSuffixes.Contains(word[digits..]);
    }

    /// <summary>
    /// "Kelda Rovers ( Malta ) beat Westford 2-1 ( halftime 1-0 )", "Dynamo Tarvo win 3-1 on aggregate": in a sentence
    /// that gives a score at half-time or an aggregate (<c>team-match-words</c>), a name right before a result verb
    /// (its country in brackets between) or right after one is a side (<c>team-match-verbs</c>).
    /// </summary>
    private static bool IsSideInMatchReport(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        var first = last - candidate.WordCount + 1;
        var next = last + 1;
        while (next < words.Count && text.AsSpan(candidate.End, words[next].Start - candidate.End) is var gap && gap.Count('(') > gap.Count(')')) next++;
        if (!(next < words.Count && IsMatchVerb(text, words, next) || first > 0 && words[first - 1].End + 1 == candidate.Start && IsMatchVerb(text, words, first - 1)))
        {
            return false;
        }
        foreach (var w in words)
        {
            if ((w.Lexeme!.SpellingFlags & SpellingFlags.TeamMatchWord) != 0) return true;
        }
        return false;
    }

    /// <summary>"first division side Westford", "leaders Kelda": a name right after a noun for a side (<c>side-nouns</c>) is the side's, unless the lists make it a person's.</summary>
    private static bool IsAfterSideNoun(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        var first = last - candidate.WordCount + 1;
        return first > 0 && words[first - 1].End + 1 == candidate.Start && char.IsLower(text[words[first - 1].Start])
            && !(candidate.Type == EntityType.Person && candidate.Evidence >= TypeEvidence.Listed) && candidate.Known?.Entity.Type is not EntityType.Person
            && IsOn(words, first - 1, NeighbourWords.SideNoun);
    }

    private static bool IsMatchVerb(string text, List<Word> words, int k) => char.IsLower(text[words[k].Start]) && Is(words, k, SpellingFlags.TeamMatchVerb);

    /// <summary>
    /// "Rapid Ostrava ( Czech Republic ) 3 Lindholm ( Sweden ) 1": a club listed with its country is followed by its goals and the
    /// other club, or comes after the first club's bracket and goals. A player's line has a set score ("6-4"), several
    /// figures (a golfer's rounds) or a verb there instead.
    /// </summary>
    private static bool IsSideOfScore(string text, MentionCandidate candidate, int limit)
    {
        var close = text.IndexOf(')', candidate.End, limit - candidate.End);
        if (close > 0)
        {
            var i = close + 1;
            while (i < limit && text[i] == ' ') i++;
            var digits = i;
            while (i < limit && char.IsAsciiDigit(text[i])) i++;
            if (i - digits is >= 1 and <= 3 && i + 1 < limit && text[i] == ' ' && char.IsUpper(text[i + 1])) return true;
        }
        var before = text.AsSpan(0, candidate.Start).TrimEnd(' ');
        var figures = before.Length - before.TrimEnd("0123456789").Length;
        return figures is >= 1 and <= 3 && before[..^figures].TrimEnd(' ') is [.., ')'];
    }

    /// <summary>A number of at most three digits among the words: a score, a rank, a count (a year is no sign of a row).</summary>
    private static bool HasNumber(string text, List<Word> words)
    {
        foreach (var w in words)
        {
            if (w.End - w.Start <= 3 && IsNumber(text, w)) return true; // a score, a rank or a count; not a year
        }
        return false;
    }

    private static bool IsNumber(string text, Word w) => !text.AsSpan(w.Start, w.End - w.Start).ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// A name with a score in a results line is a team: an organisation, also when the knowledge base knows the
    /// name as a city or region (clubs and county sides are named after their home). Countries stay places — news
    /// agencies' convention for national sides — and known organisations and people are left as they are.
    /// </summary>
    internal static MentionCandidate AsTeam(MentionCandidate c) =>
        MayNameSide(c) ? c with { Known = null, Type = EntityType.Organization, Evidence = TypeEvidence.Context, IsTeam = true } : c;

    /// <summary>
    /// In a report that names sports sides, a city, county or region not after a place preposition is a side too:
    /// sports copy calls clubs and county teams by their home ("Essex reached 232").
    /// </summary>
    internal static bool MayBeHomeOfSide(MentionCandidate c) =>
        !c.PlaceBefore && (c.Known?.Entity.Kind is "city" or "region" || c.Known is null && c.Type == EntityType.Location && c.Evidence == TypeEvidence.Listed);

    /// <summary>
    /// "CRICKET - KELSO TAKE LEAD", "Rugby union: Harlow sign prop": a headline that opens with a sport whose sides are called by their town (<c>town-side-sports</c>)
    /// of at most three words, then a dash or a colon, is a sports report's: its cities and counties name sides.
    /// </summary>
    internal static bool IsSportsHeadline(string headline)
    {
        var head = headline.AsSpan(0, Math.Min(headline.Length, 40));
        var mark = head.IndexOfAny(":-\u2013\u2014");
        if (mark < 3 || head[mark] != ':' && head[mark - 1] != ' ') return false; // a hyphenated word ("U.S.-led"), no slug's dash
        var slug = head[..mark].Trim(' ');
        var found = false;
        var words = 0;
        Span<char> lower = stackalloc char[16];
        foreach (var range in slug.Split(' '))
        {
            var word = slug[range];
            if (word.Length is 0 or > 16 || ++words > 3 || word.ContainsAnyExcept(Letters)) return false;
            found |= EntityWords.Default.TownSideSports.Contains(lower[..word.ToLowerInvariant(lower)]);
        }
        return found;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Unknown names, cities and regions may name a side; countries, known organisations and people do not.</summary>
    private static bool MayNameSide(MentionCandidate c) => c.Known is not { } known || known.Entity.Kind is "city" or "region";

    /// <summary>
    /// Sports prose: "Surrey captain Chris Lewis", "Leicestershire beat Somerset", "dismiss Nottinghamshire for
    /// 214". A city or county named so is its side, as in a results line.
    /// </summary>
    private static bool InTeamContext(string text, List<Word> words, int last, MentionCandidate candidate)
    {
        if (!MayNameSide(candidate))
        {
            return false;
        }
        // The words on both lists are 4 to 12 letters long and lower case: most neighbours are ruled out before a look-up.
        if (last + 1 < words.Count && words[last + 1].Start == candidate.End + 1 && words[last + 1].End - words[last + 1].Start is >= 4 and <= 12 && char.IsLower(text[words[last + 1].Start]))
        {
            // "Agassi beat Sampras": players beat each other too, so a verb only makes a known place a side.
            var after = ClassesOf(text, words, last + 1);
            if ((after & WordClass.TeamRole) != 0 || (after & WordClass.ResultVerb) != 0 && candidate.Known is not null)
            {
                return true;
            }
        }
        if (candidate.Known is null)
        {
            return false;
        }
        var first = last - candidate.WordCount + 1;
        return first > 0 && words[first - 1].End + 1 == candidate.Start && words[first - 1].End - words[first - 1].Start >= 4 && char.IsLower(text[words[first - 1].Start]) && Has(text, words, first - 1, WordClass.TeamWordBefore);
    }
}
