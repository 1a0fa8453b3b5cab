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

    private LinePrefixes(IEnumerable<string> prefixes, StringComparison comparison)
    {
        // An empty phrase would open every line: it is no phrase.
        this.prefixes = [.. prefixes.Where(p => p.Length > 0)];
        this.comparison = comparison;
    }

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
        var ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        var first = ignoreCase ? char.ToLowerInvariant(line[0]) : line[0];
        foreach (var prefix in prefixes)
        {
            // The first letter rules out nearly every phrase before the whole comparison.
            var prefixFirst = ignoreCase ? char.ToLowerInvariant(prefix[0]) : prefix[0];
            if (prefixFirst == first && line.StartsWith(prefix, comparison) && (!textAfter || line.Length > prefix.Length))
            {
                return prefix.Length;
            }
        }
        return 0;
    }
}
