using Byline.Analysis.Entities;
using Byline.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>
/// An entity reads what the knowledge base says of it from its entry, and keeps its acronym and footnote, and a mention
/// its footnote and house spelling, in one object made only when one is set: each still reads, copies and compares as
/// a record with a field per property would.
/// </summary>
public class EntityRecordTests
{
    private static readonly Mention Named = new(new TextSpan(0, 7), "westford-trust", "Westford Trust", MentionKind.Name) { Block = BlockKind.Paragraph };

    [Test]
    public void An_entitys_notes_are_set_read_and_copied_one_by_one()
    {
        var entity = new Entity("westford-trust", "Westford Trust", EntityType.Organization, [Named])
        {
            Acronym = "WT", AcronymExpansion = "Westford Trust", FootnoteText = "A charity.",
        };
        Assert.Multiple(() =>
        {
            Assert.That((entity.Acronym, entity.AcronymExpansion, entity.FootnoteText), Is.EqualTo(("WT", "Westford Trust", "A charity.")));
            var without = entity with { Acronym = null };
            Assert.That((without.Acronym, without.AcronymExpansion, without.FootnoteText), Is.EqualTo(((string?)null, "Westford Trust", "A charity.")));
            Assert.That((entity.Acronym, entity.AcronymExpansion), Is.EqualTo(("WT", "Westford Trust")), "the copy left the original as it was");
            var none = without with { AcronymExpansion = null, FootnoteText = null };
            Assert.That(none, Is.EqualTo(new Entity("westford-trust", "Westford Trust", EntityType.Organization, entity.Mentions)));
            Assert.That(entity, Is.EqualTo(new Entity("westford-trust", "Westford Trust", EntityType.Organization, entity.Mentions)
            {
                FootnoteText = "A charity.", AcronymExpansion = "Westford Trust", Acronym = "WT",
            }));
            Assert.That(entity, Is.Not.EqualTo(without));
        });
    }

    [Test]
    public void An_entity_reads_the_knowledge_bases_description_aliases_and_wikidata_id_from_its_entry()
    {
        var known = new KnownEntity("westford", "Westford", EntityType.Location) { Description = "Invented town", Aliases = ["Westford Town"], WikidataId = "Q0" };
        var entity = new Entity("westford", "Westford", EntityType.Location, [Named]) { Known = known };
        var alone = new Entity("tarvo", "Tarvo", EntityType.Person, [Named]);
        Assert.Multiple(() =>
        {
            Assert.That((entity.Description, entity.WikidataId, entity.Aliases.ToArray()), Is.EqualTo(("Invented town", "Q0", new[] { "Westford Town" })));
            Assert.That((alone.Description, alone.WikidataId, alone.Aliases.IsEmpty), Is.EqualTo(((string?)null, (string?)null, true)));
        });
    }

    [Test]
    public void A_mentions_footnote_and_house_spelling_are_set_read_and_copied_one_by_one()
    {
        var mention = Named with { FootnoteText = "A charity.", HouseSpelling = "Westford Trust", FootnoteMarker = '*' };
        var moved = mention with { Span = new TextSpan(10, 7), HouseSpelling = null };
        Assert.Multiple(() =>
        {
            Assert.That((mention.FootnoteText, mention.HouseSpelling, mention.FootnoteMarker), Is.EqualTo(("A charity.", "Westford Trust", (char?)'*')));
            Assert.That((moved.FootnoteText, moved.HouseSpelling, moved.Span.Start), Is.EqualTo(("A charity.", (string?)null, 10)));
            Assert.That(moved with { HouseSpelling = "Westford Trust", Span = mention.Span }, Is.EqualTo(mention));
            Assert.That(moved with { FootnoteText = null, FootnoteMarker = null, Span = Named.Span }, Is.EqualTo(Named));
        });
    }
}
