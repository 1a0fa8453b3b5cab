using System.Collections.Frozen;

namespace Byline.Syntax;

/// <summary>
/// The word lists the parser consults, read once from the YAML files embedded under <c>Data/</c>: editors
/// change newsroom vocabulary, not code.
/// </summary>
internal sealed class Lexicon
{
    public static Lexicon Default { get; } = Load();

    private Lexicon(FrozenSet<string> titles, FrozenSet<string> ambiguous, FrozenSet<string> boilerplate, string[] creditPrefixes)
    {
        Titles = titles;
        AmbiguousAbbreviations = ambiguous;
        BoilerplatePhrases = boilerplate;
        CreditPrefixes = creditPrefixes;
        TitleLookup = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        AmbiguousLookup = ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
        BoilerplateLookup = boilerplate.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Span lookups: the parser asks about slices of block text and should not allocate a string per word.
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateLookup { get; }

    /// <summary>Abbreviations after which a sentence never ends (a name follows).</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Abbreviations that end a sentence only when a capitalised word follows.</summary>
    public FrozenSet<string> AmbiguousAbbreviations { get; }

    /// <summary>Lowercase whole-line phrases of site furniture.</summary>
    public FrozenSet<string> BoilerplatePhrases { get; }

    public string[] CreditPrefixes { get; }

    private static Lexicon Load()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load syntax lexicon (abbreviations, boilerplate)");
        var abbreviations = ReadYaml("abbreviations.yaml");
        var boilerplate = ReadYaml("boilerplate.yaml");
        return new Lexicon(
            Set(abbreviations, "titles", StringComparer.Ordinal),
            Set(abbreviations, "ambiguous", StringComparer.Ordinal),
            Set(boilerplate, "phrases", StringComparer.Ordinal),
            boilerplate.TryGetValue("credit_prefixes", out var prefixes) ? [.. prefixes] : []);
    }

    private static FrozenSet<string> Set(Dictionary<string, List<string>> lists, string key, StringComparer comparer) =>
        (lists.TryGetValue(key, out var words) ? words : []).ToFrozenSet(comparer);

    private static Dictionary<string, List<string>> ReadYaml(string name)
    {
        if (UntypedYaml.ValueOf(CompiledYaml.Load(typeof(Lexicon).Assembly, $"Byline.Syntax.Data.{name}")) is not Dictionary<object, object?> lists)
        {
            return [];
        }
        return lists.ToDictionary(
            pair => pair.Key.ToString() ?? "",
            pair => pair.Value is List<object?> words ? words.Select(w => w?.ToString() ?? "").ToList() : []);
    }
}
