using System.Text.Json;
using Byline.Evaluation;

namespace Byline.Language.Training;

/// <summary>
/// Names of brands, firms and online platforms from simple-icons (CC0 1.0; <c>data/simple-icons.json</c>: each brand's
/// title and its other names, "aka" and "old": "Twitter" for X), read at a named commit of its git repository. Its
/// localised titles are left out, and so is every spelling that says nothing on its own, as for the football clubs
/// (<see cref="FootballClubNames.Says"/>): two letters or fewer, a single ordinary English word or its plural ("Apple",
/// "Shell": <see cref="WordNetCommonWords"/>), a given name, or a name the knowledge base or WordNet already types.
/// </summary>
internal static class SimpleIconsBrands
{
    private const string DataFile = "data/simple-icons.json";

    public static SortedSet<string> Build(string repository, string commit, string wordnet, string knowledgeBase)
    {
        using var json = JsonDocument.Parse(GitRepository.Output(repository, "show", $"{commit}:{DataFile}"));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var icon in json.RootElement.EnumerateArray())
        {
            foreach (var name in Names(icon))
            {
                var clean = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                names.Add(clean);
                if (FootballClubNames.Folded(clean) is var folded && folded != clean) names.Add(folded);
            }
        }
        var common = WordNetCommonWords.Build(wordnet);
        var taken = FootballClubNames.TakenSpellings(knowledgeBase);
        return new SortedSet<string>(names.Where(n => FootballClubNames.Says(n, common, taken)), WordNetNames.ListOrder.Instance);
    }

    /// <summary>An icon's title and its other names in English ("aka", "old"; "dup" titles of the same brand's other marks).</summary>
    private static IEnumerable<string> Names(JsonElement icon)
    {
        yield return icon.GetProperty("title").GetString()!;
        if (!icon.TryGetProperty("aliases", out var aliases)) yield break;
        foreach (var key in new[] { "aka", "old" })
        {
            if (!aliases.TryGetProperty(key, out var list)) continue;
            foreach (var alias in list.EnumerateArray()) yield return alias.GetString()!;
        }
        if (aliases.TryGetProperty("dup", out var duplicates))
        {
            foreach (var duplicate in duplicates.EnumerateArray()) yield return duplicate.GetProperty("title").GetString()!;
        }
    }
}
