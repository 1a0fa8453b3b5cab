using System.Collections.Frozen;

namespace Byline.Syntax;

/// <summary>
/// The word lists the parser consults, read once from the YAML files embedded under <c>Data/</c>: editors
/// change newsroom vocabulary, not code.
/// </summary>
internal sealed class Lexicon
{
    public static Lexicon Default { get; } = Load();

    private Lexicon(FrozenSet<string> personTitles, FrozenSet<string> undottedTitles, FrozenSet<string> neverFinal,
        FrozenSet<string> ambiguous, FrozenSet<string> boilerplate, LinePrefixes creditPrefixes, Calendar calendar,
        FrozenSet<string> innerCapitalPrefixes, Dictionary<string, List<string>> furniture, FrozenSet<string> storyListLabels)
    {
        StoryListLabelLookup = storyListLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        Furniture = furniture;
        InnerCapitalPrefixes = innerCapitalPrefixes;
        InnerCapitalPrefixLookup = innerCapitalPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Calendar = calendar;
        PersonTitles = personTitles;
        UndottedTitles = undottedTitles;
        var titles = personTitles.Union(neverFinal).ToFrozenSet(StringComparer.Ordinal);
        Titles = titles;
        AmbiguousAbbreviations = ambiguous;
        BoilerplatePhrases = boilerplate;
        CreditPrefixes = creditPrefixes;
        TitleLookup = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        PersonTitleLookup = personTitles.GetAlternateLookup<ReadOnlySpan<char>>();
        AmbiguousLookup = ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
        BoilerplateLookup = boilerplate.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Span lookups: the parser asks about slices of block text and should not allocate a string per word.
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitleLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateLookup { get; }

    /// <summary>Lowercase labels under which a page lists other stories' headlines ("related stories"), each also a boilerplate phrase.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StoryListLabelLookup { get; }

    /// <summary>Abbreviations after which a sentence never ends: the person titles and the other never-final ones.</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Titles before a person's name ("Gen", "Mr"), without their period.</summary>
    public FrozenSet<string> PersonTitles { get; }

    /// <summary>Person titles also written without a period ("Mr Smith").</summary>
    public FrozenSet<string> UndottedTitles { get; }

    /// <summary>Abbreviations that end a sentence only when a capitalised word follows.</summary>
    public FrozenSet<string> AmbiguousAbbreviations { get; }

    /// <summary>Lowercase whole-line phrases of site furniture.</summary>
    public FrozenSet<string> BoilerplatePhrases { get; }

    /// <summary>Openings of a photo or reporting credit ("©", "Photo:"), each as written (ordinal).</summary>
    public LinePrefixes CreditPrefixes { get; }

    /// <summary>
    /// The lists of <c>boilerplate.yaml</c> beyond <see cref="BoilerplatePhrases"/> and <see cref="CreditPrefixes"/>,
    /// by key, read with them in the one reading of the file; <see cref="SiteFurniture"/> shapes them for its checks.
    /// </summary>
    public Dictionary<string, List<string>> Furniture { get; }

    /// <summary>Beginnings of words that a capital follows inside the word ("Mc" of "McDonald", "i" of "iPhone").</summary>
    public FrozenSet<string> InnerCapitalPrefixes { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InnerCapitalPrefixLookup { get; }

    /// <summary>Names of months and weekdays and their abbreviations, in calendar order.</summary>
    public Calendar Calendar { get; }

    private static Lexicon Load()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load syntax lexicon (abbreviations, boilerplate)");
        var abbreviations = ReadYaml("abbreviations.yaml");
        var boilerplate = ReadYaml("boilerplate.yaml");
        var calendarLists = ReadYaml("calendar.yaml");
        var calendar = new Calendar([.. calendarLists["months"]], [.. calendarLists["weekdays"]],
            [.. calendarLists["month_abbreviations"]], [.. calendarLists["weekday_abbreviations"]]);
        return new Lexicon(
            Set(abbreviations, "person_titles", StringComparer.Ordinal),
            Set(abbreviations, "undotted_titles", StringComparer.Ordinal),
            Set(abbreviations, "never_final", StringComparer.Ordinal),
            abbreviations["ambiguous"].Concat(calendar.MonthAbbreviations).Concat(calendar.WeekdayAbbreviations).ToFrozenSet(StringComparer.Ordinal),
            Set(boilerplate, "phrases", StringComparer.Ordinal).Union(Set(boilerplate, "story_list_labels", StringComparer.Ordinal)).ToFrozenSet(StringComparer.Ordinal),
            LinePrefixes.Ordinal(boilerplate.TryGetValue("credit_prefixes", out var prefixes) ? prefixes : []),
            calendar,
            Set(ReadYaml("name-parts.yaml"), "inner_capital_prefixes", StringComparer.Ordinal),
            boilerplate,
            Set(boilerplate, "story_list_labels", StringComparer.Ordinal));
    }

    private static FrozenSet<string> Set(Dictionary<string, List<string>> lists, string key, StringComparer comparer) =>
        (lists.TryGetValue(key, out var words) ? words : []).ToFrozenSet(comparer);

    internal static Dictionary<string, List<string>> ReadYaml(string name)
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

/// <summary>The names of months and weekdays (<c>Data/calendar.yaml</c>), in calendar order.</summary>
public sealed record Calendar(
    IReadOnlyList<string> Months, IReadOnlyList<string> Weekdays,
    IReadOnlyList<string> MonthAbbreviations, IReadOnlyList<string> WeekdayAbbreviations)
{
    /// <summary>The calendar the parser reads.</summary>
    public static Calendar Default => Lexicon.Default.Calendar;
}

/// <summary>
/// The abbreviations of <c>Data/abbreviations.yaml</c> for the layers above the parser, so that the attribution
/// reader and the entity recogniser read the one list the sentence splitter reads.
/// </summary>
public static class Abbreviations
{
    /// <summary>Titles before a person's name, without their period ("Gen", "Mr", "Lt.Col").</summary>
    public static IReadOnlySet<string> PersonTitles => Lexicon.Default.PersonTitles;

    /// <summary>Person titles also written without a period (British style: "Mr Smith").</summary>
    public static IReadOnlySet<string> UndottedTitles => Lexicon.Default.UndottedTitles;

    /// <summary>Whether <paramref name="word"/> (without its period, case as written) is any abbreviation of the list.</summary>
    public static bool Contains(ReadOnlySpan<char> word) =>
        Lexicon.Default.TitleLookup.Contains(word) || Lexicon.Default.AmbiguousLookup.Contains(word);
}

/// <summary>The name parts of <c>Data/name-parts.yaml</c> for the layers above the parser.</summary>
public static class NameParts
{
    /// <summary>Whether <paramref name="letters"/> begin words that a capital follows inside the word ("Mc" of "McKay", "i" of "iPhone").</summary>
    public static bool IsInnerCapitalPrefix(ReadOnlySpan<char> letters) => Lexicon.Default.InnerCapitalPrefixLookup.Contains(letters);
}
