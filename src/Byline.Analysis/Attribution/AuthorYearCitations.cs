using System.Collections.Frozen;

namespace Byline.Analysis.Attribution;

/// <summary>
/// The words of an author-year citation (<c>Data/attribution.yaml</c>, <c>citation_*</c>): the joiners between authors'
/// names ("&amp;", "and", "et al."), lower-case name particles ("de", "van"), the leads that may open the bracket ("see",
/// "e.g."), and the words that are never an author's name: the calendar's months, which before a year make a date
/// ("(March 2019)"), and articles, determiners, numbers and prepositions, which open a work's title ("(The Long Quay,
/// 1950)", "(Three Sinners, 1950)": a film dated, not a document cited).
/// </summary>
public sealed record CitationWords(FrozenSet<string> Joiners, FrozenSet<string> Particles, FrozenSet<string> Leads, FrozenSet<string> NotNames)
{
    internal static CitationWords Of(Func<string, IEnumerable<string>> strings) => new(
        strings("citation_joiners").ToFrozenSet(StringComparer.Ordinal),
        strings("citation_name_particles").ToFrozenSet(StringComparer.Ordinal),
        strings("citation_leads").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        Syntax.Calendar.Default.Months.Concat(Syntax.Calendar.Default.MonthAbbreviations)
            .Concat(new[] { "articles", "determiners", "quantity_subjects", "prepositions" }.SelectMany(strings))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
}

/// <summary>
/// Author-year citations in brackets ("(Berg et al. 2015)", "(Dahl &amp; Nes, 2019: 12; Berg 2015)", "(see Moretti,
/// 2013)"): academic style's way to name the document a sentence is taken from. A bracket is one when one of its parts
/// (split at ";") is a lead at most, then authors' names, then a year; what follows the year (pages, "eds.") is free.
/// </summary>
internal static class AuthorYearCitations
{
    // A citation's authors run to a few names ("Domínguez Caparrós", "Baron & Beresford", "Lewis et al."); a longer run
    // of capitalised words before a year is a title or a name of something else.
    private const int MostAuthorWords = 8;

    // The years a work cited in prose was published in: a number outside them is a count, a price or an identifier.
    private const int FirstYear = 1500;
    private const int LastYear = 2099;

    /// <summary>The offset and length of the first author-year bracket in <paramref name="text"/>, or null.</summary>
    public static (int Start, int Length)? First(ReadOnlySpan<char> text, CitationWords words)
    {
        for (var open = text.IndexOf('('); open >= 0; open = NextOpen(text, open))
        {
            var close = text[open..].IndexOf(')');
            if (close < 0)
            {
                close = text.Length - open; // "(Berg 2015; Dahl, 2019, p." cut by the splitter at "p.": the bracket runs on
            }
            var inside = text.Slice(open + 1, close - 1);
            if (inside.IndexOf('(') < 0 && AnyPartCites(inside, words))
            {
                return (open, close + 1);
            }
        }
        return null;
    }

    private static int NextOpen(ReadOnlySpan<char> text, int open) =>
        text[(open + 1)..].IndexOf('(') is var next and >= 0 ? open + 1 + next : -1;

    private static bool AnyPartCites(ReadOnlySpan<char> inside, CitationWords words)
    {
        foreach (var part in inside.Split(';'))
        {
            if (Cites(inside[part], words))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A lead at most, then one or more names of authors, then a year: "see Berg 2015", "Dahl &amp; Nes, 2019: 12".</summary>
    private static bool Cites(ReadOnlySpan<char> part, CitationWords words)
    {
        part = WithoutLead(part.Trim(), words);
        var names = 0;
        var count = 0;
        foreach (var range in part.SplitAny(' ', ','))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (IsYear(word))
            {
                return names > 0;
            }
            if (++count > MostAuthorWords || !IsNameWord(word, words, ref names))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word, CitationWords words, ref int names)
    {
        var joiners = words.Joiners.GetAlternateLookup<ReadOnlySpan<char>>();
        var particles = words.Particles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (joiners.Contains(word) || particles.Contains(word))
        {
            return true;
        }
        var bare = WithoutPossessive(word.TrimEnd('.'));
        if (bare.IsEmpty || !char.IsUpper(bare[0]) || words.NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare))
        {
            return false;
        }
        foreach (var c in bare)
        {
            if (!(char.IsLetter(c) || c is '-' or '.' or '\'' or '’'))
            {
                return false;
            }
        }
        names++;
        return true;
    }

    /// <summary>The name without a possessive's mark after it ("Berg's", "Berg’s", "Hughes'"); a final "s" of the name stays.</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word).TrimEnd("'’");

    /// <summary>A year of publication, with a letter that tells two works of the year apart ("2014a") and a colon or full stop after it.</summary>
    private static bool IsYear(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd(":.");
        if (word.Length == 5 && char.IsAsciiLetterLower(word[4]))
        {
            word = word[..4];
        }
        return word.Length == 4 && int.TryParse(word, out var year) && year is >= FirstYear and <= LastYear;
    }

    private static ReadOnlySpan<char> WithoutLead(ReadOnlySpan<char> part, CitationWords words)
    {
        var lookup = words.Leads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var end = part.IndexOf(' '); end > 0; end = part[(end + 1)..].IndexOf(' ') is var next and >= 0 ? end + 1 + next : -1)
        {
            if (lookup.Contains(part[..end].TrimEnd(',')))
            {
                return part[(end + 1)..].TrimStart();
            }
        }
        return part;
    }
}
