using System.Collections.Frozen;
using YamlDotNet.RepresentationModel;

namespace Byline.Analysis.Entities;

/// <summary>The context words of <c>entity-words.yaml</c> (titles, organisation and place heads…), as span lookups.</summary>
internal sealed class EntityWords
{
    private static readonly Lazy<EntityWords> Instance = new(Load);

    public static EntityWords Default => Instance.Value;

    public required WordSet Titles { get; init; }
    public required WordSet PersonCues { get; init; }
    public required WordSet OrganisationHeads { get; init; }
    public required WordSet OrganisationStarts { get; init; }
    public required WordSet PlaceHeads { get; init; }
    public required WordSet PlaceStarts { get; init; }
    public required WordSet MiscHeads { get; init; }
    public required WordSet MiscStarts { get; init; }
    public required WordSet Connectors { get; init; }
    public required WordSet NotNames { get; init; }
    public required WordSet PoliticalVerbs { get; init; }
    public required WordSet PlacePrepositions { get; init; }

    /// <summary>Sports prose: "Surrey captain", "Durham beat", "beat Durham".</summary>
    public required WordSet TeamRoles { get; init; }
    public required WordSet ResultVerbs { get; init; }
    public required WordSet TeamWordsBefore { get; init; }

    /// <summary>"der" in "Van der Westhuizen", and a capitalised "Van" before a surname.</summary>
    public required WordSet SurnameParticles { get; init; }

    /// <summary>Acronyms readers know without a definition (CEO, IED); BYL0010 leaves them alone.</summary>
    public required WordSet KnownAcronyms { get; init; }

    /// <summary>Common first names (generated list): a capitalised word that opens a person's name.</summary>
    public required WordSet GivenNames { get; init; }

    private static EntityWords Load()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load entity words and given names");
        var root = Read("entity-words");
        WordSet Set(string key) => new(((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!));
        var given = Read("given-names");
        return new EntityWords
        {
            Titles = Set("titles"),
            PersonCues = Set("person-cues"),
            OrganisationHeads = Set("organisation-heads"),
            OrganisationStarts = Set("organisation-starts"),
            PlaceHeads = Set("place-heads"),
            PlaceStarts = Set("place-starts"),
            MiscHeads = Set("misc-heads"),
            MiscStarts = Set("misc-starts"),
            Connectors = Set("connectors"),
            NotNames = Set("not-names"),
            PoliticalVerbs = Set("political-verbs"),
            PlacePrepositions = Set("place-prepositions"),
            KnownAcronyms = Set("known-acronyms"),
            TeamRoles = Set("team-roles"),
            ResultVerbs = Set("result-verbs"),
            TeamWordsBefore = Set("team-words-before"),
            SurnameParticles = Set("surname-particles"),
            GivenNames = new(((YamlSequenceNode)given.Children[new YamlScalarNode("given-names")]).Children.Select(n => ((YamlScalarNode)n).Value!)),
        };
    }

    private static YamlMappingNode Read(string file)
    {
        return (YamlMappingNode)Byline.Syntax.CompiledYaml.Load(typeof(EntityWords).Assembly, $"Byline.Analysis.KnowledgeBase.{file}.yaml")!;
    }
}

/// <summary>A frozen set of words looked up by span, so the scanner allocates no string per word.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words) =>
        _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
