namespace Byline.Syntax;

/// <summary>
/// Phrases a line may open with, read with one comparison: <see cref="Ordinal"/> where the list writes each
/// spelling as it stands (the credit prefixes "©", "Photo:", "(Reporting by"), <see cref="IgnoringCase"/> where a
/// site may capitalise the phrase any way (furniture: "READ MORE:", "all rights reserved").
/// </summary>
internal sealed class LinePrefixes
{
    private readonly string[] prefixes;
    private readonly StringComparison comparison;

    // The phrases by their first character (lower-cased when the case is ignored), each group in list order: a line is
    // compared only with the phrases that open with its own first character. Furniture lists hold dozens of phrases and
    // every line of every article is asked of several lists, so a loop over all of them was ~2 % of a check's instructions.
    private readonly string[]?[] byAsciiFirst = new string[]?[128];
    private readonly string[] otherFirst;

    private LinePrefixes(IEnumerable<string> prefixes, StringComparison comparison)
    {
        // An empty phrase would open every line: it is no phrase.
        this.prefixes = [.. prefixes.Where(p => p.Length > 0)];
        this.comparison = comparison;
        var other = new List<string>();
        foreach (var prefix in this.prefixes)
        {
            var first = FirstOf(prefix);
            if (first < byAsciiFirst.Length)
            {
                byAsciiFirst[first] = [.. byAsciiFirst[first] ?? [], prefix];
            }
            else
            {
                other.Add(prefix);
            }
        }
        otherFirst = [.. other];
    }

    // Many phrases share a first letter ("The following …", "This story …" against every line opening "The"): their last
    // characters, compared first, rule out most of them without the whole comparison. Only two ASCII characters are
    // told apart here, which no other character equals ignoring case; any other pair is left to the comparison.
    private bool LastDiffers(char inLine, char last) =>
        inLine < 128 && last < 128 && (comparison == StringComparison.OrdinalIgnoreCase ? AsciiLower(inLine) != AsciiLower(last) : inLine != last);

    private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private char FirstOf(ReadOnlySpan<char> text) => comparison == StringComparison.OrdinalIgnoreCase ? char.ToLowerInvariant(text[0]) : text[0];

    /// <summary>The phrases in the order the list gives them; the first that a line opens with is the one that counts.</summary>
    public IReadOnlyList<string> Items => prefixes;

    public static LinePrefixes Ordinal(IEnumerable<string> prefixes) => new(prefixes, StringComparison.Ordinal);

    public static LinePrefixes IgnoringCase(IEnumerable<string> prefixes) => new(prefixes, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="line"/> opens with one of the phrases.</summary>
    public bool Open(ReadOnlySpan<char> line) => OpeningLength(line, textAfter: false) > 0;

    /// <summary>
    /// The length of the first phrase <paramref name="line"/> opens with, or 0 when it opens with none; with
    /// <paramref name="textAfter"/>, only a phrase that more of the line follows counts (a bare "Photo:" credits no one).
    /// </summary>
    public int OpeningLength(ReadOnlySpan<char> line, bool textAfter)
    {
        if (line.IsEmpty)
        {
            return 0;
        }
        var first = FirstOf(line);
        var ascii = first < byAsciiFirst.Length;
        foreach (var prefix in ascii ? byAsciiFirst[first] ?? [] : otherFirst)
        {
            if ((ascii || FirstOf(prefix) == first) && line.Length >= prefix.Length && !LastDiffers(line[prefix.Length - 1], prefix[^1])
                && line.StartsWith(prefix, comparison) && (!textAfter || line.Length > prefix.Length))
            {
                return prefix.Length;
            }
        }
        return 0;
    }
}
