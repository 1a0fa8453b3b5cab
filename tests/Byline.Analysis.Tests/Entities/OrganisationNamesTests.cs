using Byline.Analysis.Entities;
using NUnit.Framework;

namespace Byline.Analysis.Tests.Entities;

public class OrganisationNamesTests
{
    [Test]
    public void A_brand_and_a_club_are_each_on_their_own_list_only()
    {
        Assert.That(OrganisationNames.Of("Netflix"), Is.EqualTo(OrganisationList.Brand));
        Assert.That(OrganisationNames.Of("Feyenoord"), Is.EqualTo(OrganisationList.Club));
        Assert.That(OrganisationNames.Of("Zuvarian Rovers Holdings"), Is.EqualTo(OrganisationList.None));
    }

    [Test]
    public void A_spelling_on_both_lists_keeps_both_when_merged()
    {
        var lookup = new SpellingLookup<OrganisationList>("test lists", () =>
            [new("Tarvo", OrganisationList.Brand), new("Tarvo", OrganisationList.Club), new("Marec", OrganisationList.Club)],
            merge: static (earlier, later) => earlier | later);

        Assert.That(lookup.TryGetValue("Tarvo", out var both) ? both : OrganisationList.None, Is.EqualTo(OrganisationList.Brand | OrganisationList.Club));
        Assert.That(lookup.TryGetValue("Marec", out var club) ? club : OrganisationList.None, Is.EqualTo(OrganisationList.Club));
    }

    [Test]
    public void Without_a_merge_the_later_entry_wins()
    {
        var lookup = new SpellingLookup<OrganisationList>("test lists", () =>
            [new("Tarvo", OrganisationList.Brand), new("Tarvo", OrganisationList.Club)]);

        Assert.That(lookup.TryGetValue("Tarvo", out var lists) ? lists : OrganisationList.None, Is.EqualTo(OrganisationList.Club));
    }
}
