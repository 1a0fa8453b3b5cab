namespace Byline.Syntax;

/// <summary>
/// A copyright line that closes a story: a copyright word ("Copyright", "©") followed by a year (four digits) or a
/// copyright sign ("©", "(c)"), compared ignoring case: "Copyright 2031 Example Media", "© 1998 The Daily Example",
/// "Copyright (c) Example News". The same word before anything else opens a claim ("Copyright lawyers say …",
/// "Copyright 101 classes …"). The words and signs are data (<c>Data/boilerplate.yaml</c>).
/// </summary>
internal sealed class CopyrightLine(LinePrefixes words, LinePrefixes signs)
{
    private const int YearDigits = 4;

    /// <summary>The rule with the words and signs of <c>boilerplate.yaml</c> (<see cref="Lexicon.Furniture"/>).</summary>
    public static CopyrightLine Read(Dictionary<string, List<string>> furniture)
    {
        LinePrefixes Openings(string key) => LinePrefixes.IgnoringCase(furniture.TryGetValue(key, out var items) ? items : []);
        return new CopyrightLine(Openings("copyright_words"), Openings("copyright_signs"));
    }

    /// <summary>Whether <paramref name="line"/> opens as a copyright line.</summary>
    public bool Opens(ReadOnlySpan<char> line)
    {
        var word = words.OpeningLength(line, textAfter: true);
        if (word == 0)
        {
            return false;
        }
        var rest = line[word..].TrimStart();
        return signs.Open(rest) || OpensWithYear(rest);
    }

    /// <summary>
    /// A year of the copyright era (1700–2199) in four digits and no more, nor a letter run on ("1990s" is a decade,
    /// "101" and "5000" no year).
    /// </summary>
    private static bool OpensWithYear(ReadOnlySpan<char> text)
    {
        if (text.Length < YearDigits || text[..YearDigits].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        var century = (text[0] - '0') * 10 + (text[1] - '0');
        var era = century is >= 17 and <= 21;
        return era && (text.Length == YearDigits || !char.IsLetterOrDigit(text[YearDigits]));
    }
}
