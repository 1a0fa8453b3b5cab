namespace Byline.Analysis.Entities;

/// <summary>The lists of organisations' names a spelling is on.</summary>
// An int, as the other tables' values are: a table of a value type compiles its dictionary's code per value type (an
// enum shares the code of its underlying type), which every process pays on first use.
[Flags]
internal enum OrganisationList
{
    None = 0,
    Brand = 1,
    Club = 2,
}

/// <summary>
/// The brand and club names (<see cref="BrandNames"/>, <see cref="ClubNames"/>) in one table: typing a name by its shape
/// asks both lists about the same spelling, and one look-up answers both. Read on the first look-up, as each list was.
/// </summary>
internal static class OrganisationNames
{
    public static readonly SpellingLookup<OrganisationList> Default = new("load brand and club names", Entries, merge: static (earlier, later) => earlier | later);

    private static IEnumerable<KeyValuePair<string, OrganisationList>> Entries()
    {
        foreach (var entry in SpellingLookup.Lists("brand-names", ("organisations", OrganisationList.Brand))) yield return entry;
        foreach (var entry in SpellingLookup.Lists("club-names", ("organisations", OrganisationList.Club))) yield return entry;
    }

    /// <summary>The lists <paramref name="spelling"/> is on, as written.</summary>
    public static OrganisationList Of(ReadOnlySpan<char> spelling) =>
        Default.TryGetValue(spelling, out var lists) ? lists : OrganisationList.None;
}
