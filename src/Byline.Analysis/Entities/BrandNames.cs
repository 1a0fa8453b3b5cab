namespace Byline.Analysis.Entities;

/// <summary>
/// Names of brands, firms and online platforms (<c>brand-names.yaml</c>, generated from simple-icons, CC0 1.0;
/// docs/knowledge-base.md), less the spellings that say nothing alone: ordinary words, given names, and names the
/// knowledge base or WordNet already types. Loaded on the first name no list, head word or title types; a name is
/// looked up as words separated by single spaces. Kept in <see cref="OrganisationNames"/>' table with the club names.
/// </summary>
internal static class BrandNames
{
    public static bool Contains(ReadOnlySpan<char> spelling) => (OrganisationNames.Of(spelling) & OrganisationList.Brand) != 0;
}
