using System.Collections.Frozen;

namespace Byline.Syntax;

/// <summary>
/// Lines that only date the page or say how long it takes to read: "Published 3:15 p.m. ET, Jan. 5, 2031",
/// "Updated 10:02 GMT", "Last modified on Tue 6 Jan 2031", "5 min read". A page's furniture, never a claim; the
/// labels and words are data (<c>Data/boilerplate.yaml</c>), the month and weekday names the calendar's.
/// </summary>
internal static class PageStamps
{
    private static readonly string[] Labels = [.. FurnitureWords.List("timestamp_labels").OrderByDescending(l => l.Length)];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWords = FurnitureWords.Set("timestamp_words",
        [.. Calendar.Default.Months, .. Calendar.Default.Weekdays, .. Calendar.Default.MonthAbbreviations, .. Calendar.Default.WeekdayAbbreviations]);
    private static readonly string[] ReadingTimeEndings = FurnitureWords.List("reading_time_endings");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberSuffixes = FurnitureWords.Set("timestamp_number_suffixes");

    /// <summary>Whether the whole line is a time stamp or a reading time.</summary>
    public static bool IsStamp(ReadOnlySpan<char> line) =>
        line.Length <= 120 && (char.IsAsciiDigit(line[0]) ? IsReadingTime(line) : IsTimestamp(line));

    /// <summary>"5 min read", "12-minute read".</summary>
    private static bool IsReadingTime(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        var rest = line[digits..].TrimStart(" -").TrimEnd('.');
        foreach (var ending in ReadingTimeEndings)
        {
            if (rest.Equals(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A label, then only the words of a date or a time, at least one a number.</summary>
    private static bool IsTimestamp(ReadOnlySpan<char> line)
    {
        var label = LabelLength(line);
        if (label == 0)
        {
            return false;
        }
        var rest = line[label..];
        var dated = false;
        foreach (var range in rest.SplitAny(" ,|•·/()"))
        {
            var word = rest[range].Trim(":.–—-");
            if (word.IsEmpty)
            {
                continue;
            }
            var number = char.IsAsciiDigit(word[0]);
            if (number ? !IsTimeNumber(word) : !DateWords.Contains(word))
            {
                return false;
            }
            dated |= number;
        }
        return dated;
    }

    /// <summary>"2031", "3:15", "09.14", "5th", "10pm".</summary>
    private static bool IsTimeNumber(ReadOnlySpan<char> word)
    {
        var i = 0;
        while (i < word.Length && (char.IsAsciiDigit(word[i]) || word[i] is ':' or '.' or '-')) i++;
        return i == word.Length || NumberSuffixes.Contains(word[i..]);
    }

    private static int LabelLength(ReadOnlySpan<char> line)
    {
        foreach (var label in Labels)
        {
            if (line.Length > label.Length && line[label.Length] is ' ' or ':'
                && char.ToLowerInvariant(line[0]) == label[0] && line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return label.Length;
            }
        }
        return 0;
    }
}
