using System.Collections.Frozen;

namespace Byline.Syntax;

/// <summary>The word tests the furniture readers share: lists of <c>Data/boilerplate.yaml</c> by key, words of a line.</summary>
internal static class FurnitureWords
{
    /// <summary>The list under <paramref name="key"/> (empty when the file has none).</summary>
    public static string[] List(string key) =>
        Lexicon.Default.Furniture.TryGetValue(key, out var items) ? [.. items] : [];

    /// <summary>The list under <paramref name="key"/> as a set looked up by a span, ignoring case.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string key, IEnumerable<string>? more = null) =>
        List(key).Concat(more ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word opens with a capital letter (a name's word, an initial, a title's word).</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsUpper(word[0]);

    /// <summary>
    /// Whether every word of <paramref name="text"/> (split at spaces, commas and slashes) is capitalised or one of
    /// <paramref name="joiners"/>, with at least one capitalised word and at most <paramref name="most"/> words.
    /// </summary>
    public static bool AreNames(ReadOnlySpan<char> text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> joiners, int most)
    {
        var names = 0;
        var words = 0;
        foreach (var range in text.SplitAny(" ,/"))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (++words > most || !IsCapitalised(word) && !joiners.Contains(word))
            {
                return false;
            }
            names += IsCapitalised(word) ? 1 : 0;
        }
        return names > 0;
    }
}
