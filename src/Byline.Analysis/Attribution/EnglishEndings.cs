namespace Byline.Analysis.Attribution;

/// <summary>
/// The regular English inflections, undone: the lemmas a word may be a form of ("noted" → note, "admitted" → admit,
/// "denies" → deny). The spellings are only candidates; a caller keeps the first one its lexicon knows, so a
/// wrong guess ("noted" → not) costs nothing unless that guess is itself listed. Irregular forms ("said", "wrote")
/// are data (<c>irregular_verbs</c> in <c>Data/attribution.yaml</c>), not rules.
/// </summary>
public static class EnglishEndings
{
    /// <summary>
    /// The word itself, then the lemmas its ending allows, the likelier first: an "e" restored before the bare stem
    /// ("hoped" → hope, then hop), a doubled final consonant undone last ("planned" → plan).
    /// </summary>
    public static IEnumerable<string> LemmasOf(string word)
    {
        yield return word;
        if (word.Length < 4)
        {
            yield break;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y"; // denies, denied → deny
        }
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return word[..^1]; // notes → note
            if (word.EndsWith("es", StringComparison.Ordinal) && TakesEs(word.AsSpan(0, word.Length - 2)))
            {
                yield return word[..^2]; // dismisses → dismiss, echoes → echo; not "planes" → plan
            }
        }
        else if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            foreach (var lemma in StemLemmas(word[..^2]))
            {
                yield return lemma;
            }
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 4)
        {
            foreach (var lemma in StemLemmas(word[..^3]))
            {
                yield return lemma;
            }
        }
    }

    /// <summary>The regular plural of a noun ("criticism" → criticisms, "policy" → policies, "speech" → speeches).</summary>
    public static string PluralOf(string noun) =>
        noun.Length > 2 && noun[^1] == 'y' && !IsVowel(noun[^2]) ? noun[..^1] + "ies"
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";

    /// <summary>A stem whose -s is spelled -es: after a hissing sound or an "o" (dismisses, watches, echoes).</summary>
    private static bool TakesEs(ReadOnlySpan<char> stem) =>
        stem.Length > 1 && (stem[^1] is 's' or 'x' or 'z' or 'o' || stem[^1] == 'h' && stem[^2] is 's' or 'c');

    /// <summary>
    /// The lemmas before "-ed" or "-ing": stem + e ("not-ed" → note, "argu-ed" → argue, "agre-ed" → agree), the
    /// stem ("add-ed"), the stem undoubled ("admitt-ed").
    /// </summary>
    private static IEnumerable<string> StemLemmas(string stem)
    {
        if (stem.Length < 2)
        {
            yield break;
        }
        if (stem[^1] is not ('w' or 'x' or 'y') && !(stem.Length == 2 && stem[^1] == 'e')) // not "se-ed" → see: "seed", "need" are lemmas
        {
            yield return stem + "e";
        }
        yield return stem;
        if (stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            yield return stem[..^1];
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
