using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Byline.Evaluation;

namespace Byline.Language.Training;

/// <summary>
/// Names of football clubs from openfootball/clubs (CC0 1.0; one <c>*.clubs.txt</c> per country: a club's line
/// "Name, founded, ground, town" and its other names on the "  | …" lines after it), read at a named commit of its git
/// repository. Reserve sides ("ii) …") are left out. A spelling that says nothing on its own is left out too: one of
/// two letters or fewer, a single word that is an ordinary English word (<see cref="WordNetCommonWords"/>, "Palace",
/// "Spurs") or its plural, a given name, or a name the knowledge base or WordNet already types (a town: "Liverpool",
/// "Haarlem"; the sports-side rules tell the club from the town by context).
/// </summary>
internal static partial class FootballClubNames
{
    public static SortedSet<string> Build(string repository, string commit, string wordnet, string knowledgeBase)
    {
        var files = GitRepository.Output(repository, "ls-tree", "-r", "--name-only", commit)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".clubs.txt", StringComparison.Ordinal) && !path.Contains(".lang.", StringComparison.Ordinal));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var name in Names(GitRepository.Output(repository, "show", $"{commit}:{file}")))
            {
                names.Add(name);
                if (Folded(name) is var folded && folded != name) names.Add(folded);
            }
        }
        var common = WordNetCommonWords.Build(wordnet);
        var taken = TakenSpellings(knowledgeBase);
        return new SortedSet<string>(names.Where(n => Says(n, common, taken)), WordNetNames.ListOrder.Instance);
    }

    /// <summary>The club names and their other names in one file.</summary>
    private static IEnumerable<string> Names(string file)
    {
        var reserve = false;
        foreach (var raw in file.Split('\n'))
        {
            var line = Comment().Replace(raw, "").TrimEnd();
            if (line.Length == 0 || line[0] is '=' or '#') continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                reserve = line.StartsWith("ii)", StringComparison.Ordinal) || line.StartsWith("iii)", StringComparison.Ordinal);
                if (!reserve) yield return Clean(line.Split(',')[0]);
            }
            else if (!reserve && line.TrimStart().StartsWith('|'))
            {
                foreach (var alias in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) yield return Clean(alias);
            }
        }
    }

    /// <summary>A name without a bracketed note ("FC Amsterdam (1972-1982)") and with single spaces.</summary>
    private static string Clean(string name) => Spaces().Replace(Bracket().Replace(name, " "), " ").Trim();

    /// <summary>Whether a spelling names the body on its own (shared with <see cref="SimpleIconsBrands"/>).</summary>
    internal static bool Says(string name, SortedSet<string> common, HashSet<string> taken)
    {
        if (name.Length <= 2 || !char.IsUpper(name[0]) || !name.All(c => char.IsLetter(c) || c is ' ' or '-' or '.' or '\'' or '&') || taken.Contains(name)) return false;
        if (name.Contains(' ')) return true;
        var lower = name.ToLowerInvariant();
        return !common.Contains(lower) && !(lower.EndsWith('s') && common.Contains(lower[..^1]));
    }

    /// <summary>Spellings the knowledge base (names and aliases), WordNet's names or the given-name list already hold (any type).</summary>
    internal static HashSet<string> TakenSpellings(string knowledgeBase)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        void Add(string item) => taken.Add(item.Trim().Trim('"'));
        foreach (Match m in NameField().Matches(File.ReadAllText(Path.Combine(knowledgeBase, "builtin-entities.yaml")))) Add(m.Groups[1].Value);
        foreach (var file in new[] { "builtin-entities.yaml", "wordnet-names.yaml", "given-names.yaml" })
        {
            foreach (Match m in FlowList().Matches(File.ReadAllText(Path.Combine(knowledgeBase, file))))
            {
                foreach (var item in m.Groups[1].Value.Split(',')) Add(item);
            }
        }
        return taken;
    }

    internal static string Folded(string name)
    {
        var folded = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\s#.*$|^#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A knowledge-base entry's house spelling ("name: Marseille,").</summary>
    [GeneratedRegex(@"\bname: (""[^""]+""|[^,}]+)")]
    private static partial Regex NameField();

    /// <summary>The items of a one-line flow list ("aliases: [A, B]", "people: [...]").</summary>
    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex FlowList();
}
