namespace Byline.Analysis.Entities;

/// <summary>
/// Names of brands, firms and online platforms (<c>brand-names.yaml</c>, generated from simple-icons, CC0 1.0;
/// docs/knowledge-base.md), less the spellings that say nothing alone: ordinary words, given names, and names the
/// knowledge base or WordNet already types. Loaded on the first name no list, head word or title types; a name is
/// looked up as words separated by single spaces.
/// </summary>
internal static class BrandNames
{
    public static readonly SpellingLookup<bool> Default = SpellingLookup.Set("brand-names", "organisations", "load brand names");
}
