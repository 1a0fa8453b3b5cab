namespace Byline.Analysis.Entities;

/// <summary>
/// The entity recogniser's word classes (<see cref="WordClass"/>, bits 32–53) of every word on the lists of
/// <c>entity-words.yaml</c> they stand for, by spelling: a spelling's classes are three look-ups (the word as written,
/// with a period after it, and its name less a possessive) instead of one probe of each list. Read the first time a
/// new spelling's classes are asked (<see cref="MentionScanner.SpellingClasses"/>).
/// </summary>
// A plain dictionary, as SpellingLookup's: freezing the given names' thousands of keys would cost the first document
// more than its few thousand look-ups a pass gain.
internal sealed class WordClassTable
{
    private static readonly Lazy<WordClassTable> Instance = new(() => new WordClassTable(EntityWords.Default));

    public static WordClassTable Default => Instance.Value;

    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _asWritten;
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _withPeriod;
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _asName;

    private WordClassTable(EntityWords lexicon)
    {
        _asWritten = Table(AsWritten(lexicon));
        _withPeriod = Table(WithPeriod(lexicon));
        _asName = Table(AsName(lexicon));
    }

    /// <summary>The lists a word is looked up in as written, each with its class.</summary>
    internal static (WordSet Set, WordClass Class)[] AsWritten(EntityWords lexicon) =>
    [
        (lexicon.Titles, WordClass.Title), (lexicon.NotNames, WordClass.NotName), (lexicon.Connectors, WordClass.Connector),
        (lexicon.PlaceStarts, WordClass.PlaceStart), (lexicon.OrganisationStarts, WordClass.OrganisationStart),
        (lexicon.MiscStarts, WordClass.MiscStart), (lexicon.GivenNames, WordClass.GivenName), (lexicon.PersonCues, WordClass.PersonCue),
        (lexicon.PoliticalVerbs, WordClass.PoliticalVerb), (lexicon.PlacePrepositions, WordClass.PlacePreposition),
        (lexicon.TeamRoles, WordClass.TeamRole), (lexicon.ResultVerbs, WordClass.ResultVerb),
        (lexicon.TeamWordsBefore, WordClass.TeamWordBefore), (lexicon.SurnameParticles, WordClass.SurnameParticle),
        (lexicon.RunEndingConnectors, WordClass.RunEndingConnector),
    ];

    /// <summary>The lists a word is looked up in with a period after it ("Gen.", "Jan."), each with its class.</summary>
    internal static (WordSet Set, WordClass Class)[] WithPeriod(EntityWords lexicon) =>
        [(lexicon.Titles, WordClass.TitleWithDot), (lexicon.NotNames, WordClass.NotNameWithDot)];

    /// <summary>The lists a word's name (less a possessive "'s") is looked up in, each with its class.</summary>
    internal static (WordSet Set, WordClass Class)[] AsName(EntityWords lexicon) =>
    [
        (lexicon.NotNames, WordClass.NameIsNotName), (lexicon.PlaceHeads, WordClass.PlaceHead),
        (lexicon.OrganisationHeads, WordClass.OrganisationHead), (lexicon.MiscHeads, WordClass.MiscHead),
    ];

    /// <summary>The classes of the lists <paramref name="word"/> is on as written.</summary>
    public WordClass AsWrittenOf(ReadOnlySpan<char> word) => _asWritten.TryGetValue(word, out var classes) ? classes : WordClass.None;

    /// <summary>The classes of the lists <paramref name="dotted"/>, a word with its period, is on.</summary>
    public WordClass WithPeriodOf(ReadOnlySpan<char> dotted) => _withPeriod.TryGetValue(dotted, out var classes) ? classes : WordClass.None;

    /// <summary>The classes of the lists <paramref name="name"/>, a word less a possessive, is on.</summary>
    public WordClass AsNameOf(ReadOnlySpan<char> name) => _asName.TryGetValue(name, out var classes) ? classes : WordClass.None;

    private static Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Table((WordSet Set, WordClass Class)[] lists)
    {
        var table = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var (set, wordClass) in lists)
        {
            foreach (var word in set.Items) table[word] = table.GetValueOrDefault(word) | wordClass;
        }
        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
