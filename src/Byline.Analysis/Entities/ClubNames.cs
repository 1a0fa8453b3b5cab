namespace Byline.Analysis.Entities;

/// <summary>
/// Names of football clubs (<c>club-names.yaml</c>, generated from openfootball/clubs, CC0 1.0; docs/knowledge-base.md),
/// less the spellings that say nothing alone: ordinary words, given names, and names the knowledge base or WordNet
/// already types (the towns clubs are named after). Loaded on the first name no list, head word or title types;
/// a name is looked up as words separated by single spaces. Kept in <see cref="OrganisationNames"/>' table with the
/// brand names.
/// </summary>
internal static class ClubNames
{
    public static bool Contains(ReadOnlySpan<char> spelling) => (OrganisationNames.Of(spelling) & OrganisationList.Club) != 0;
}
