using System.Collections.Frozen;

namespace Byline.Syntax;

/// <summary>
/// The author's bio a site prints under an article: "Ana Ruiz is a senior reporter at The Valley Herald covering
/// transport.", "Ana Ruiz writes about science for Example Media. Follow her on Twitter @aruiz." A name, the writer's
/// job and the publication, in one clause: furniture, not the article's claim. A sentence that says more than that
/// (a relative clause, a cue, a second clause) stays a claim. The words are data (<c>Data/boilerplate.yaml</c>).
/// </summary>
internal static class AuthorBios
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = FurnitureWords.Set("bio_roles");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLinks = FurnitureWords.Set("bio_role_links");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs = FurnitureWords.Set("bio_verbs");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = FurnitureWords.Set("bio_copulas");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = FurnitureWords.Set("bio_title_articles");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = FurnitureWords.Set("bio_stop_words");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = FurnitureWords.Set("bio_clause_openers");

    /// <summary>A line of a bio sentence, optionally followed by more of them or by calls to action.</summary>
    public static bool IsBio(ReadOnlySpan<char> line)
    {
        // The first sentence must open with two capitalised words, and a sentence ends before a space, so its first two
        // words are the line's: a line without them is no bio, found before its sentences are looked for.
        if (line.Length > 300 || !char.IsUpper(line[0]) || !OpensWithTwoCapitalisedWords(line))
        {
            return false;
        }
        var first = true;
        while (!line.IsEmpty)
        {
            var end = SentenceEnd(line);
            var sentence = line[..end];
            if (!IsBioSentence(sentence) && (first || !SiteFurniture.IsCallToAction(sentence)))
            {
                return false;
            }
            first = false;
            line = line[end..].TrimStart();
        }
        return true;
    }

    /// <summary>Where the first sentence ends: after a full stop before a capital, not after an initial ("Ana M. Ruiz").</summary>
    private static int SentenceEnd(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !(char.IsUpper(text[i - 1]) && (i == 1 || text[i - 2] == ' ')))
            {
                return i + 1;
            }
        }
        return text.Length;
    }

    /// <summary>Two to four capitalised words, then "is a … reporter at/for …" or "writes/covers … for" and a title.</summary>
    private static bool IsBioSentence(ReadOnlySpan<char> sentence)
    {
        // Nearly every line opens with a capital, but few with two capitalised words: the two are tested before the
        // whole sentence is split into its words (the answer is the same; the split is what costs).
        if (!OpensWithTwoCapitalisedWords(sentence))
        {
            return false;
        }
        Span<Range> ranges = stackalloc Range[48];
        var count = sentence.TrimEnd('.').SplitAny(ranges, " ");
        if (count is < 5 or >= 48)
        {
            return false;
        }
        var body = sentence.TrimEnd('.');
        var name = 0;
        while (name < count && name < 5 && FurnitureWords.IsCapitalised(body[ranges[name]])) name++;
        if (name is < 2 or > 4)
        {
            return false;
        }
        var verb = body[ranges[name]];
        var bio = Copulas.Contains(verb) ? NamesRole(body, ranges[(name + 1)..count])
            : Verbs.Contains(verb) && NamesTitleAfterLink(body, ranges[(name + 1)..count]);
        return bio && !HasStopWord(body, ranges[..count]);
    }

    /// <summary>The first two words, split at spaces as <see cref="IsBioSentence"/> splits them, are capitalised.</summary>
    private static bool OpensWithTwoCapitalisedWords(ReadOnlySpan<char> sentence)
    {
        var space = sentence.IndexOf(' ');
        if (space < 0 || !FurnitureWords.IsCapitalised(sentence[..space]))
        {
            return false;
        }
        var rest = sentence[(space + 1)..];
        var next = rest.IndexOf(' ');
        return FurnitureWords.IsCapitalised(next < 0 ? rest : rest[..next]);
    }

    private static bool HasStopWord(ReadOnlySpan<char> body, ReadOnlySpan<Range> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = body[words[i]];
            if (StopWords.Contains(word.TrimEnd(",;:")) || i + 1 < words.Length && word.EndsWith(',') && ClauseOpeners.Contains(body[words[i + 1]]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A role within the first words, then a link and the publication: "a senior reporter at The Valley Herald".</summary>
    private static bool NamesRole(ReadOnlySpan<char> body, ReadOnlySpan<Range> words)
    {
        for (var i = 0; i < words.Length && i < 6; i++)
        {
            if (Roles.Contains(body[words[i]].TrimEnd(',')))
            {
                return NamesTitleBefore(body, words[..i]) || NamesTitleAfterLink(body, words[(i + 1)..]);
            }
        }
        return false;
    }

    /// <summary>"The Valley Herald's transport reporter": the publication, capitalised and possessive, before the role.</summary>
    private static bool NamesTitleBefore(ReadOnlySpan<char> body, ReadOnlySpan<Range> words)
    {
        foreach (var range in words)
        {
            var word = body[range];
            if (FurnitureWords.IsCapitalised(word) && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A link word ("at", "for", "with", "based in") right before a capitalised title ("the" allowed before it).</summary>
    private static bool NamesTitleAfterLink(ReadOnlySpan<char> body, ReadOnlySpan<Range> words)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (!RoleLinks.Contains(body[words[i]]))
            {
                continue;
            }
            var next = body[words[i + 1]];
            // "based in Oslo": a link after a link is read in the next round.
            if (FurnitureWords.IsCapitalised(next) || Articles.Contains(next) && i + 2 < words.Length && FurnitureWords.IsCapitalised(body[words[i + 2]]))
            {
                return true;
            }
        }
        return false;
    }
}
