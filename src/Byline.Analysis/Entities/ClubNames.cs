using System.Collections.Frozen;

namespace Byline.Analysis.Entities;

/// <summary>
/// Names of football clubs (<c>club-names.yaml</c>, generated from openfootball/clubs, CC0 1.0; docs/knowledge-base.md),
/// less the spellings that say nothing alone: ordinary words, given names, and names the knowledge base or WordNet
/// already types (the towns clubs are named after). Loaded on the first name no list, head word or title types.
/// </summary>
internal sealed class ClubNames
{
    private static readonly Lazy<ClubNames> Instance = new(Load);

    public static ClubNames Default => Instance.Value;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _names;

    private ClubNames(FrozenSet<string> names) => _names = names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="name"/> (words separated by single spaces) names a club.</summary>
    public bool Contains(ReadOnlySpan<char> name) => _names.Contains(name);

    private static ClubNames Load()
    {
        using var phase = Byline.Text.PhaseTimer.Once("load club names");
        var root = EmbeddedData.Root("Byline.Analysis.KnowledgeBase.club-names.yaml");
        var names = EmbeddedData.Strings(root, "organisations");
        return new ClubNames(names.ToFrozenSet(StringComparer.Ordinal));
    }
}
