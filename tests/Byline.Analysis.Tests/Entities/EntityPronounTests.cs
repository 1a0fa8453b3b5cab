using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>Personal pronouns linked to the entity they refer to ("she", "its", "we" in a quotation). Invented copy.</summary>
public class EntityPronounTests
{
    private static (ArticleAnalysis Analysis, IReadOnlyList<EntityDescription> Pronouns) Analyze(string text)
    {
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(tree);
        return (analysis, EntityPronouns.Find(tree, analysis.Entities, analysis.Sourcing));
    }

    /// <summary>Each pronoun found, with the name of the entity it is linked to and the rule.</summary>
    private static IEnumerable<(string Pronoun, string Entity, DescriptionLink Link)> Linked(string text)
    {
        var (analysis, pronouns) = Analyze(text);
        return pronouns.Select(p => (p.Text, analysis.Entities.Find(p.EntityId!)!.Name, p.Link));
    }

    [TestCase("Bakery prices\n\nMarta Olvido runs a bakery in the old port. She said flour had doubled in price.", "She", "Marta Olvido")]
    [TestCase("Bakery prices\n\nTomas Brevik sold the bakery in March. The sale made him a rich man.", "him", "Tomas Brevik")]
    [TestCase("Ferry fares\n\nThe Harbour Authority of Keldmouth met on Monday. It said fares would rise in May.", "It", "Harbour Authority of Keldmouth")]
    [TestCase("Ferry fares\n\nThe Harbour Authority of Keldmouth met on Monday, and its chair left early.", "its", "Harbour Authority of Keldmouth")]
    [TestCase("Cup tie\n\nThe Keldmouth Rovers lost on Saturday. They play again in May.", "They", "Keldmouth Rovers")]
    public void A_third_person_pronoun_refers_to_the_last_entity_it_agrees_with(string text, string pronoun, string entity) =>
        Assert.That(Linked(text), Does.Contain((pronoun, entity, DescriptionLink.Pronoun)));

    [Test]
    public void A_person_pronoun_skips_bodies_and_places_named_since()
    {
        var linked = Linked("Ferry fares\n\nMarta Olvido met the Keldmouth Ferry Workers Union in Portreath. She said the talks went well.");
        Assert.That(linked, Does.Contain(("She", "Marta Olvido", DescriptionLink.Pronoun)));
    }

    [TestCase("Ferry fares\n\nThe Harbour Authority of Keldmouth met on Monday. It is likely that fares will rise.")]
    [TestCase("Ferry fares\n\nThe Harbour Authority of Keldmouth met on Monday. It was hard to say what would follow.")]
    [TestCase("Ferry fares\n\nThe Harbour Authority of Keldmouth met on Monday. It rained all afternoon.")]
    [TestCase("Ferry fares\n\nThe Harbour Authority of Keldmouth met on Monday. By then it was late.")]
    public void An_it_that_refers_to_nothing_is_no_pronoun_of_an_entity(string text) =>
        Assert.That(Analyze(text).Pronouns.Select(p => p.Text), Has.None.EqualTo("It").And.None.EqualTo("it"));

    [Test]
    public void She_skips_a_man_named_since_and_he_a_woman()
    {
        var linked = Linked("Bakery prices\n\nMarta Olvido sold the bakery to Tomas Brevik. She said he had paid in cash.");
        Assert.That(linked, Does.Contain(("She", "Marta Olvido", DescriptionLink.Pronoun)).And.Contain(("he", "Tomas Brevik", DescriptionLink.Pronoun)));
    }

    [Test]
    public void They_does_not_refer_to_a_body_named_in_the_singular() =>
        Assert.That(Analyze("Ferry fares\n\nThe Keldmouth Ferry Workers Union met on Monday. They voted to strike.").Pronouns.Select(p => p.Text), Has.None.EqualTo("They"));

    [Test]
    public void A_pronoun_no_entity_before_it_fits_is_not_reported() =>
        Assert.That(Analyze("Ferry fares\n\nShe said fares would rise. The Harbour Authority of Keldmouth did not comment.").Pronouns, Is.Empty);

    [Test]
    public void We_in_a_quotation_refers_to_the_organisation_the_speaker_names()
    {
        var linked = Linked("Ferry fares\n\nFares will rise in May. \"We have no choice,\" the Keldmouth Ferry Company said in a statement.");
        Assert.That(linked, Does.Contain(("We", "Keldmouth Ferry Company", DescriptionLink.Speaker)));
    }

    [Test]
    public void A_link_is_reliable_only_when_no_other_entity_it_agrees_with_is_near()
    {
        var (_, alone) = Analyze("Bakery prices\n\nMarta Olvido runs a bakery in the old port. She said flour had doubled in price.");
        Assert.That(alone.Single(p => p.Text == "She").IsReliablyLinked, Is.True);
        var (_, rivals) = Analyze("Bakery prices\n\nPeter Quell met Tomas Brevik at the old port. He said flour had doubled in price.");
        var he = rivals.Single(p => p.Text == "He");
        Assert.That((he.PastAnother, he.IsReliablyLinked), Is.EqualTo((true, false)));
    }

    [Test]
    public void Pronouns_are_not_entities()
    {
        var (analysis, pronouns) = Analyze("Bakery prices\n\nMarta Olvido runs a bakery in the old port. She said flour had doubled in price.");
        Assert.That(pronouns, Is.Not.Empty);
        Assert.That(analysis.Entities.Mentions.Select(m => m.Text), Has.None.EqualTo("She"));
    }

    [Test]
    public void The_pronoun_under_a_cursor_is_the_whole_articles_one_there_linked_the_same()
    {
        const string text = "Ferry fares\n\nThe Harbour Authority of Keldmouth met Marta Olvido on Monday. She said it would raise fares.\n\n"
            + "\"We will not wait,\" the Keldmouth Ferry Company said. Its ships sail at dawn, and they are full.";
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var analysis = ArticleAnalyzer.Analyze(tree);
        var whole = EntityPronouns.Find(tree, analysis.Entities, analysis.Sourcing);
        Assert.That(whole.Length, Is.GreaterThan(2), "the copy links pronouns");
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var expected = whole.FirstOrDefault(d => d.Span.Start <= offset && offset <= d.Span.End);
            Assert.That(EntityPronouns.FindAt(tree, analysis.Entities, analysis.Sourcing, offset), Is.EqualTo(expected), $"offset {offset}");
        }
    }
}
