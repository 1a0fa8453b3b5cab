using System.Collections.Frozen;

namespace Byline.Analysis.Entities;

/// <summary>
/// The lists of <c>entity-words.yaml</c> the mention scanner asks of the words around a candidate (the word before or
/// after a name, the words inside a run), kept per spelling on its lexeme (<see cref="Attribution.Lexeme.NeighbourWords"/>):
/// a bit test at each occurrence instead of a frozen-set probe of the word's text. Beyond <see cref="WordClass"/> and
/// <see cref="SpellingFlags"/>, whose bits are all taken.
/// </summary>
[Flags]
internal enum NeighbourWords : uint
{
    None = 0,
    /// <summary>The bits have been looked up (so <see cref="None"/> means "not yet").</summary>
    Read = 1,
    DefiniteArticle = 1 << 1,
    Direction = 1 << 2,
    FixtureWord = 1 << 3,
    ScorecardDismissal = 1 << 4,
    SideNoun = 1 << 5,
    RemitConnector = 1 << 6,
    OrganisationCue = 1 << 7,
    OrganisationNounAfter = 1 << 8,
    OrganisationNounModifier = 1 << 9,
    KnownGivenName = 1 << 10,
    GroupAdjective = 1 << 11,
    VehicleMaker = 1 << 12,
    LeaderBody = 1 << 13,
    /// <summary>The word less a possessive "'s" is on <c>legal-forms</c>.</summary>
    LegalFormName = 1 << 14,
    /// <summary>The word with a period after it is on <c>legal-forms</c> ("Corp.", "S.A.").</summary>
    LegalFormWithDot = 1 << 15,
    PlaceNoun = 1 << 16,
    PlacePredicateCopula = 1 << 17,
    NearnessPreposition = 1 << 18,
    NameOfConnector = 1 << 19,
}

/// <summary>
/// Every word on a list of <see cref="NeighbourWords"/>, with the lists it is on: a spelling's bits are one look-up of
/// this table (three for a possessive or a legal form's period), made the first time the scanner reads them.
/// </summary>
internal sealed class NeighbourWordTable
{
    private static readonly Lazy<NeighbourWordTable> Instance = new(() => new NeighbourWordTable(EntityWords.Default));

    public static NeighbourWordTable Default => Instance.Value;

    private readonly FrozenDictionary<string, NeighbourWords>.AlternateLookup<ReadOnlySpan<char>> _lists;

    private NeighbourWordTable(EntityWords lexicon)
    {
        var lists = new Dictionary<string, NeighbourWords>(StringComparer.Ordinal);
        foreach (var (set, list) in ListsOf(lexicon))
        {
            foreach (var word in set.Items) lists[word] = lists.GetValueOrDefault(word) | list;
        }
        // legal-forms is read back as LegalFormName of the word's name and LegalFormWithDot of the word with a period (Of)
        _lists = lists.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Each list of <paramref name="lexicon"/> the table holds, with its bit.</summary>
    internal static (WordSet Set, NeighbourWords List)[] ListsOf(EntityWords lexicon) =>
    [
        (lexicon.DefiniteArticles, NeighbourWords.DefiniteArticle), (lexicon.Directions, NeighbourWords.Direction),
        (lexicon.FixtureWords, NeighbourWords.FixtureWord), (lexicon.ScorecardDismissals, NeighbourWords.ScorecardDismissal),
        (lexicon.SideNouns, NeighbourWords.SideNoun), (lexicon.RemitConnectors, NeighbourWords.RemitConnector),
        (lexicon.OrganisationCues, NeighbourWords.OrganisationCue), (lexicon.OrganisationNounsAfter, NeighbourWords.OrganisationNounAfter),
        (lexicon.OrganisationNounModifiers, NeighbourWords.OrganisationNounModifier), (lexicon.KnownGivenNames, NeighbourWords.KnownGivenName),
        (lexicon.GroupAdjectives, NeighbourWords.GroupAdjective), (lexicon.VehicleMakers, NeighbourWords.VehicleMaker),
        (lexicon.LeaderBodies, NeighbourWords.LeaderBody), (lexicon.LegalForms, NeighbourWords.LegalFormName),
        (lexicon.PlaceNouns, NeighbourWords.PlaceNoun), (lexicon.PlacePredicateCopulas, NeighbourWords.PlacePredicateCopula),
        (lexicon.NearnessPrepositions, NeighbourWords.NearnessPreposition), (lexicon.NameOfConnectors, NeighbourWords.NameOfConnector),
    ];

    /// <summary>The lists <paramref name="word"/> is on, with <see cref="NeighbourWords.Read"/>.</summary>
    public NeighbourWords Of(string word)
    {
        var lists = Lists(word) & ~NeighbourWords.LegalFormName;
        var name = MentionScanner.NameOf(word);
        if (Lists(name).HasFlag(NeighbourWords.LegalFormName)) lists |= NeighbourWords.LegalFormName;
        Span<char> dotted = word.Length < 64 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.CopyTo(dotted);
        dotted[^1] = '.';
        if (Lists(dotted).HasFlag(NeighbourWords.LegalFormName)) lists |= NeighbourWords.LegalFormWithDot;
        return lists | NeighbourWords.Read;
    }

    private NeighbourWords Lists(ReadOnlySpan<char> word) => _lists.TryGetValue(word, out var lists) ? lists : NeighbourWords.None;
}
