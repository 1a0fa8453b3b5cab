namespace Byline.Analysis.Entities;

/// <summary>
/// One article's single-word names as written in mixed case ("Leicestershire", the surname "Healy"), so that a word
/// of a line in capitals ("LEICESTERSHIRE TAKE OVER AT TOP") is read as the name the article writes elsewhere —
/// headlines and sports results set in capitals name the same sides and people as the story under them.
/// </summary>
internal sealed class CasedNames
{
    private List<(string Name, int WordStart)>? _noted; // single-word names in the order the article writes them: a name's word from WordStart
    private Dictionary<string, string>? _written;  // upper-cased spelling → spelling as first written, made on first need

    /// <summary>Notes a candidate read outside a line in capitals, when its capital is evidence of a name.</summary>
    public void Note(MentionCandidate c)
    {
        if (c.IsCapitalsOnly || c.SentenceInitial && c.Known is null && c.Evidence < TypeEvidence.Context) return;
        if (c.WordCount == 1) Add(c.Surface, 0);
        else if (c.Type == EntityType.Person || c.Known?.Entity.Type == EntityType.Person)
        {
            Add(c.Surface, 0); // the full name, as a transcript's label gives it: "SEN. ANA OKAFOR:"
            Add(c.Surface, c.Surface.LastIndexOf(' ') + 1); // the surname
        }
    }

    // Most articles have no line in capitals: the surnames and upper-cased spellings are made only when one asks for them.
    private void Add(string name, int wordStart) => (_noted ??= []).Add((name, wordStart));

    /// <summary>
    /// The candidate to resolve: itself, or for a word of a line in capitals, the same span spelled as the
    /// article writes the name elsewhere; null when the article never writes it as a name, unless a title typed it a
    /// person's ("MS. RUIZ:"), whose name is then read in title case.
    /// </summary>
    public MentionCandidate? AsWritten(MentionCandidate c) =>
        !c.IsCapitalsOnly ? c
        : Written() is { } written && written.TryGetValue(c.Surface, out var spelling) ? c with { Surface = spelling, IsCapitalsOnly = false }
        : c.Type == EntityType.Person ? c with { Surface = InTitleCase(c.Surface), IsCapitalsOnly = false }
        : null;

    private static string InTitleCase(string capitals) =>
        string.Create(capitals.Length, capitals, static (span, source) => InTitleCase(source, span));

    /// <summary>
    /// Words in capitals as written with a capital only at each word's start, in <paramref name="buffer"/> (at least as
    /// long): "OPEN" as "Open", "ANA OKAFOR" as "Ana Okafor", "SMITH-JONES" as "Smith-Jones".
    /// </summary>
    public static ReadOnlySpan<char> InTitleCase(ReadOnlySpan<char> capitals, Span<char> buffer)
    {
        for (var i = 0; i < capitals.Length; i++)
        {
            buffer[i] = i == 0 || !char.IsLetter(capitals[i - 1]) ? capitals[i] : char.ToLowerInvariant(capitals[i]);
        }
        return buffer[..capitals.Length];
    }

    private Dictionary<string, string>? Written()
    {
        if (_written is null && _noted is not null)
        {
            _written = new(StringComparer.Ordinal);
            foreach (var (name, wordStart) in _noted)
            {
                var word = wordStart == 0 ? name : name[wordStart..];
                _written.TryAdd(word.ToUpperInvariant(), word);
            }
        }
        return _written;
    }
}
