using System.Collections.Frozen;

namespace Byline.Syntax;

/// <summary>
/// The staff and picture credits a wire or a site closes a story or a picture with: "Reporting by Ana Ruiz; Editing
/// by Sam Cole", "— Associated Press", "Associated Press writers Ana Ruiz and Tom Hale contributed.",
/// "(Example Agency/Getty Images)". Each names people or an agency and nothing else: not a claim. The roles and
/// words are data (<c>Data/boilerplate.yaml</c>).
/// </summary>
internal static class StaffCredits
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = FurnitureWords.Set("credit_roles");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameWords = FurnitureWords.Set("credit_name_words");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterNouns = FurnitureWords.Set("credit_writer_nouns");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WriterVerbs = FurnitureWords.Set("credit_writer_verbs");

    /// <summary>The furthest into a role credit its first " by " may start: "Additional reporting and writing by".</summary>
    private const int MaxRoleLength = 30;

    /// <summary>Whether the whole line is such a credit.</summary>
    public static bool IsCredit(ReadOnlySpan<char> line) =>
        line.Length <= 240 && (IsSignOff(line) || IsPictureCredit(line) || IsRoleCredit(line) || IsWritersContribution(line));

    /// <summary>An agency or a writer after a dash, alone on the line closing a story: "— Associated Press".</summary>
    private static bool IsSignOff(ReadOnlySpan<char> line)
    {
        if (line[0] is not ('—' or '―' or '–') && !line.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }
        var rest = line.TrimStart("—―–-").Trim().TrimEnd('.');
        return rest.Length is > 1 and <= 50 && FurnitureWords.AreNames(rest, NameWords, 6);
    }

    /// <summary>A picture credit in parentheses, agency and photographer parted by a slash: "(Example Agency/Getty Images)".</summary>
    private static bool IsPictureCredit(ReadOnlySpan<char> line) =>
        line.Length <= 100 && line[0] == '(' && line[^1] == ')' && line.Contains('/')
        && FurnitureWords.AreNames(line[1..^1], NameWords, 10);

    /// <summary>Parts parted by semicolons, each a role, "by" and names: "(Writing by Ana Ruiz; additional reporting by Tom Hale)".</summary>
    private static bool IsRoleCredit(ReadOnlySpan<char> line)
    {
        // Only the head can hold the first " by " (at most 30 characters in): the search reads no further, and finds
        // the same first " by " a search of the whole line would, or none where that one lies further in.
        var by = IndexOfBy(line[..Math.Min(line.Length, MaxRoleLength + 4)]);
        if (by <= 0 || by > MaxRoleLength)
        {
            return false;
        }
        var body = line[0] == '(' ? line[1..].TrimEnd(".)") : line.TrimEnd('.');
        foreach (var range in body.Split(';'))
        {
            var part = body[range].Trim();
            var at = IndexOfBy(part);
            if (at <= 0 || !Roles.Contains(part[..at]) || !FurnitureWords.AreNames(part[(at + 4)..], NameWords, 12))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Where " by " first stands in <paramref name="text"/>, in any case, or -1: the search of <c>IndexOf(" by ",
    /// OrdinalIgnoreCase)</c>, which compares character by character in the invariant globalization mode (~1,800
    /// instructions a line). Only ASCII letters match "b" and "y" ignoring case, so each "b" found is tested in place.
    /// </summary>
    private static int IndexOfBy(ReadOnlySpan<char> text)
    {
        for (var from = 0; from < text.Length;)
        {
            var b = text[from..].IndexOfAny('b', 'B');
            if (b < 0)
            {
                return -1;
            }
            var at = from + b - 1;
            if (at >= 0 && at + 4 <= text.Length && text[at] == ' ' && (text[at + 2] | 0x20) == 'y' && text[at + 3] == ' ')
            {
                return at;
            }
            from += b + 1;
        }
        return -1;
    }

    /// <summary>
    /// "Associated Press writers Ana Ruiz and Tom Hale contributed.": one sentence whose writers are named as such, the
    /// names after the noun ("Hospital staff and volunteers contributed." is a claim).
    /// </summary>
    private static bool IsWritersContribution(ReadOnlySpan<char> line)
    {
        var body = line.TrimEnd('.');
        var verb = body.LastIndexOf(' ');
        if (verb <= 0 || !WriterVerbs.Contains(body[(verb + 1)..]) || body.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }
        body = body[..verb];
        foreach (var range in body.Split(' '))
        {
            if (WriterNouns.Contains(body[range]))
            {
                return FurnitureWords.AreNames(body[range.End..], NameWords, 12);
            }
        }
        return false;
    }
}
