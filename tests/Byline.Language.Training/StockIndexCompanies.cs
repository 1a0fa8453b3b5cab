using System.Text;
using System.Text.RegularExpressions;

namespace Byline.Language.Training;

/// <summary>
/// Names of large listed companies from the public repository datasets/s-and-p-500-companies (ODC PDDL 1.0;
/// <c>data/constituents.csv</c>, its "Security" column: "Apple Inc.", "Walt Disney Company (The)", "Lilly (Eli)"),
/// read at a named commit, in the form news uses after a first mention: a share class in brackets dropped, a bracketed
/// word put back in front ("Eli Lilly"; "The" dropped), the legal form at the end stripped ("Apple Inc." → "Apple",
/// "Merck &amp; Co." → "Merck"). The full forms need no listing: a legal form ends and types a body's name already. A
/// spelling is left out as the football clubs' and brands' lists leave it out (<see cref="FootballClubNames.Says"/>: an
/// ordinary word, a given name, a name the knowledge base or WordNet types), and so is one the brand list holds and one
/// whose spelling without accents is taken, and one
/// shaped as a person's name (given names or initials, then a surname that is no ordinary word: "Charles Schwab",
/// "Ralph Lauren", "J.B. Hunt"), which news uses for the founder as well.
/// </summary>
internal static partial class StockIndexCompanies
{
    private const string DataFile = "data/constituents.csv";
    private const string SpelledOutForms = "company-legal-forms.yaml";

    public static SortedSet<string> Build(string repository, string commit, string wordnet, string knowledgeBase)
    {
        var legalForms = LegalForms(knowledgeBase);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var security in Securities(GumEntityData.Git(repository, "show", $"{commit}:{DataFile}")))
        {
            var name = NewsForm(security, legalForms);
            names.Add(name);
            if (FootballClubNames.Folded(name) is var folded && folded != name) names.Add(folded);
        }
        var common = WordNetCommonWords.Build(wordnet);
        var taken = FootballClubNames.TakenSpellings(knowledgeBase);
        taken.UnionWith(FlowItems(File.ReadAllText(Path.Combine(knowledgeBase, "brand-names.yaml"))));
        var given = FlowItems(File.ReadAllText(Path.Combine(knowledgeBase, "given-names.yaml")));
        return new SortedSet<string>(
            names.Where(n => FootballClubNames.Says(n, common, taken) && !taken.Contains(FootballClubNames.Folded(n)) && !IsPersonShaped(n, given, common)),
            WordNetNames.ListOrder.Instance);
    }

    /// <summary>The "Security" field of each row (the second column; a name with a comma is quoted).</summary>
    private static IEnumerable<string> Securities(string csv)
    {
        foreach (var line in csv.Split('\n').Skip(1))
        {
            var match = SecurityField().Match(line);
            if (match.Success) yield return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        }
    }

    /// <summary>The name as news writes it after the first mention.</summary>
    internal static string NewsForm(string security, HashSet<string> legalForms)
    {
        var name = security.Replace('\u2019', '\'').Replace('\u2013', '-');
        name = ShareClass().Replace(name, "");
        var inverted = Bracketed().Match(name);
        if (inverted.Success)
        {
            var before = inverted.Groups[2].Value == "The" ? "" : inverted.Groups[2].Value + " ";
            name = before + inverted.Groups[1].Value.Trim();
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && legalForms.Contains(words[^1].TrimEnd(',')))
        {
            words.RemoveAt(words.Count - 1);
            if (words.Count > 1 && words[^1] == "&") words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words).TrimEnd(',');
    }

    /// <summary>
    /// Given names or initials, then one surname that is no ordinary word: the founder's name as much as the firm's
    /// ("Charles Schwab", "Arthur J. Gallagher"). A last word that is an ordinary word keeps the firm ("Dell Technologies").
    /// </summary>
    internal static bool IsPersonShaped(string name, HashSet<string> given, SortedSet<string> common)
    {
        var words = name.Split(' ');
        if (words.Length < 2 || words.Length > 4) return false;
        var last = words[^1].ToLowerInvariant();
        if (common.Contains(last) || (last.EndsWith('s') && common.Contains(last[..^1]))) return false;
        return words[..^1].All(w => given.Contains(w) || given.Contains(FootballClubNames.Folded(w)) || Initials().IsMatch(w));
    }

    /// <summary>entity-words.yaml's legal forms and the spelled-out ones beside this builder.</summary>
    private static HashSet<string> LegalForms(string knowledgeBase)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        forms.UnionWith(ListAfter(File.ReadAllText(Path.Combine(knowledgeBase, "entity-words.yaml")), "legal-forms:"));
        forms.UnionWith(ListAfter(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, SpelledOutForms)), "spelled-out:"));
        return forms;
    }

    /// <summary>The items of the flow list (one line or several) that opens with <paramref name="key"/>.</summary>
    private static IEnumerable<string> ListAfter(string yaml, string key)
    {
        var start = yaml.IndexOf("\n" + key, StringComparison.Ordinal);
        var open = yaml.IndexOf('[', start);
        var close = yaml.IndexOf(']', open);
        return yaml[(open + 1)..close].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static HashSet<string> FlowItems(string yaml)
    {
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in FlowList().Matches(yaml))
        {
            foreach (var item in m.Groups[1].Value.Split(',')) items.Add(item.Trim().Trim('"'));
        }
        return items;
    }

    /// <summary>The list as YAML (a writer of its own while the clubs' and brands' writers are being merged).</summary>
    public static string Yaml(SortedSet<string> names, string commit)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("# GENERATED by `dotnet run --project tests/Byline.Language.Training -c Release -- build-company-names --companies-git DIR");
        yaml.AppendLine($"# --companies-commit {commit} --wordnet /usr/share/wordnet --out src/Byline.Analysis/KnowledgeBase/Data/company-names.yaml`");
        yaml.AppendLine("# from datasets/s-and-p-500-companies (ODC PDDL 1.0). Do not edit. Names of listed companies without their legal forms;");
        yaml.AppendLine("# docs/knowledge-base.md says which are left out.");
        yaml.Append("organisations: [").AppendJoin(", ", names.Select(n => n.Contains('\'') || n.Contains(':') ? $"\"{n}\"" : n)).AppendLine("]");
        return yaml.ToString();
    }

    /// <summary>A row's second field: quoted ("Block, Inc.") or not.</summary>
    [GeneratedRegex(@"^[^,]*,(?:""([^""]*)""|([^,]*)),")]
    private static partial Regex SecurityField();

    /// <summary>A share class in brackets: "(Class A)".</summary>
    [GeneratedRegex(@"\s*\(Class [A-Z]\)")]
    private static partial Regex ShareClass();

    /// <summary>A word put after the name in brackets: "Hartford (The)", "Lilly (Eli)".</summary>
    [GeneratedRegex(@"^(.*)\(([^)]+)\)\s*$")]
    private static partial Regex Bracketed();

    /// <summary>An initial or initials with periods: "J.", "J.B.", "C.H.".</summary>
    [GeneratedRegex(@"^(?:[A-Z]\.)+$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex FlowList();
}
