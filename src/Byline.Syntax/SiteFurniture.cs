using System.Collections.Frozen;

namespace Byline.Syntax;

/// <summary>
/// The lines of a news site's or a wire's furniture that are written as sentences: navigation that runs on into
/// another story's title, calls to action addressed to the reader, copyright lines, contribution credits and
/// editor's notes. None asserts anything a source should back. The phrases are data (<c>Data/boilerplate.yaml</c>).
/// </summary>
public static class SiteFurniture
{
    private static readonly Lists Data = Lists.Load();

    /// <summary>
    /// An imperative addressed to the reader whose object is the site's own furniture: "Follow Ana Ruiz on Twitter",
    /// "Sign up for our newsletter", "Email us at tips@example.com", "Click here to subscribe".
    /// </summary>
    public static bool IsCallToAction(ReadOnlySpan<char> sentence)
    {
        var first = 0;
        while (first < sentence.Length && (char.IsLetter(sentence[first]) || sentence[first] == '-')) first++;
        if (first == 0 || first > 12 || sentence.Length > 240)
        {
            return false;
        }
        Span<char> verb = stackalloc char[first];
        sentence[..first].ToLowerInvariant(verb);
        if (!Data.VerbLookup.Contains(verb))
        {
            return false;
        }
        Span<char> lower = stackalloc char[sentence.Length];
        sentence.ToLowerInvariant(lower);
        if (lower.Contains('@') || lower.Contains("http", StringComparison.Ordinal) || lower.Contains("www.", StringComparison.Ordinal))
        {
            return true;
        }
        foreach (var item in Data.Objects)
        {
            if (ContainsWord(lower[first..], item))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The kind of a whole line of furniture written as a sentence, or null when the line is no such furniture.</summary>
    internal static BlockKind? KindOf(ReadOnlySpan<char> line)
    {
        if (line.Length > 300)
        {
            return null;
        }
        if (!char.IsLetter(line[0]))
        {
            // "— Associated Press", "(Example Agency/Getty Images)", "(Writing by …)"; "© 2031 …"; "5 min read".
            return StaffCredits.IsCredit(line) ? BlockKind.Credit
                : Data.Copyright.Opens(line) ? BlockKind.Boilerplate
                : char.IsAsciiDigit(line[0]) && PageStamps.IsStamp(line) ? BlockKind.Boilerplate
                : null;
        }
        return Data.NavigationPrefixes.Open(line) || Data.LicencePrefixes.Open(line) || Data.Copyright.Opens(line) || IsCallToActionLine(line) || PageStamps.IsStamp(line) ? BlockKind.Boilerplate
            : Data.NotePrefixes.Open(line) ? BlockKind.Footnote
            : Data.CaptionPrefixes.Open(line) ? BlockKind.Caption
            : Data.CreditOpenings.Open(line) || EndsWithCredit(line) || StaffCredits.IsCredit(line) || AuthorBios.IsBio(line) ? BlockKind.Credit
            : null;
    }

    private const int MaxLeadQuestion = 60;

    /// <summary>A call to action, alone or after a short question that leads to it ("Have a news tip? Email us at …").</summary>
    private static bool IsCallToActionLine(ReadOnlySpan<char> line)
    {
        // Only a question in the first 60 characters counts: the search reads no further than one could start.
        var question = line[..Math.Min(line.Length, MaxLeadQuestion + 2)].IndexOf("? ", StringComparison.Ordinal);
        if (question > 0 && question <= MaxLeadQuestion)
        {
            line = line[(question + 2)..].TrimStart();
        }
        // One sentence: another after a full stop may be a claim. The opening verb is tested first: few lines have one.
        var body = line.TrimEnd(".!");
        return IsCallToAction(line) && !body.Contains(". ", StringComparison.Ordinal) && !body.Contains("! ", StringComparison.Ordinal)
            && !body.Contains("? ", StringComparison.Ordinal);
    }

    private static bool EndsWithCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > 200)
        {
            return false;
        }
        foreach (var ending in Data.CreditEndings)
        {
            // Ordinal: credits write these words in lower case, and the vectorised search keeps every paragraph's check cheap.
            var at = line.IndexOf(ending, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var rest = line[(at + ending.Length)..].TrimEnd('.');
            if (rest.IsEmpty || rest.StartsWith(" from ", StringComparison.Ordinal) || rest.StartsWith(" in ", StringComparison.Ordinal))
            {
                return !line[..at].Contains(". ", StringComparison.Ordinal) && !rest.Contains(". ", StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, string phrase)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(phrase, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            var at = from + found;
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /// <summary>
    /// The lists of <c>Data/boilerplate.yaml</c> this class reads; every line opening is compared ignoring case, since a
    /// site may set its furniture in capitals.
    /// </summary>
    private sealed record Lists(
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup, string[] Objects, LinePrefixes NavigationPrefixes,
        LinePrefixes LicencePrefixes, CopyrightLine Copyright, LinePrefixes CreditOpenings, string[] CreditEndings, LinePrefixes NotePrefixes,
        LinePrefixes CaptionPrefixes)
    {
        public static Lists Load()
        {
            var yaml = Lexicon.Default.Furniture;
            string[] Of(string key) => FurnitureWords.List(key);
            LinePrefixes Openings(string key) => LinePrefixes.IgnoringCase(Of(key));
            return new Lists(
                Of("call_to_action_verbs").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                Of("call_to_action_objects"), Openings("navigation_prefixes"), Openings("licence_prefixes"),
                CopyrightLine.Read(yaml),
                Openings("credit_openings"), Of("credit_endings"), Openings("note_prefixes"), Openings("caption_prefixes"));
        }
    }
}
