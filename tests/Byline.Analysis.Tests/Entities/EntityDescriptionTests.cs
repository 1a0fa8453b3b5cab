using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>Descriptions that refer to a party without naming it ("the ministry", "the rebels"), apart from the names. Invented copy.</summary>
public class EntityDescriptionTests
{
    private static (ArticleEntities Entities, IReadOnlyList<EntityDescription> Descriptions) Analyze(string text)
    {
        var tree = ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText);
        var entities = EntityAnalyzer.Analyze(tree);
        return (entities, EntityDescriptions.Find(tree, entities));
    }

    private static IEnumerable<(string Text, string Type)> Found(string text) =>
        Analyze(text).Descriptions.Select(d => (d.Text, d.Type.Code()));

    [TestCase("Storm damage\n\nThe ministry said repairs would take a month.", "ministry", "ORG")]
    [TestCase("Storm damage\n\nRepairs will take a month, the regional council warned.", "regional council", "ORG")]
    [TestCase("Storm damage\n\nIts spokeswoman declined to comment.", "spokeswoman", "PER")]
    [TestCase("Storm damage\n\nWater reached the town before dawn.", "town", "LOC")]
    [TestCase("Storm damage\n\nThe ruling party's offices were shut.", "ruling party", "ORG")]
    [TestCase("Border clash\n\nThe rebels withdrew from the hills overnight.", "rebels", "PER")]
    public void A_listed_head_after_a_determiner_or_possessive_is_a_description(string text, string description, string type) =>
        Assert.That(Found(text), Does.Contain((description, type)));

    [TestCase("Border clash\n\nPolice said three people were hurt.", "Police", "ORG")]
    [TestCase("Border clash\n\nTwo hours later militants fired on the post.", "militants", "PER")]
    public void A_plural_body_refers_without_a_determiner(string text, string description, string type) =>
        Assert.That(Found(text), Does.Contain((description, type)));

    [Test]
    public void A_nationality_before_the_head_is_part_of_the_description() =>
        Assert.That(Found("Border clash\n\nThe Peruvian government denied the report."), Does.Contain(("Peruvian government", "ORG")));

    [TestCase("Border clash\n\nA rebel was seen near the post.")]
    [TestCase("Border clash\n\nShe hopes to join a ministry one day.")]
    [TestCase("Border clash\n\nThe end of the talks came late.")]
    public void An_indefinite_or_unlisted_noun_is_no_description(string text) =>
        Assert.That(Analyze(text).Descriptions, Is.Empty);

    [TestCase("Border clash\n\nThe militia Nordvik Front claimed the attack.", "militia")]
    [TestCase("Border clash\n\nShelling hit the city of Marrowgate at dawn.", "city")]
    [TestCase("Border clash\n\nThe Westford Police said nothing.", "Police")]
    public void A_head_that_a_name_follows_or_holds_is_the_names_not_a_description(string text, string head) =>
        Assert.That(Found(text).Select(f => f.Text), Has.None.Contains(head));

    [Test]
    public void Descriptions_are_not_entities()
    {
        var (entities, descriptions) = Analyze("Storm damage\n\nThe ministry said repairs would take a month.");
        Assert.That(descriptions, Is.Not.Empty);
        Assert.That(entities.Mentions.Select(m => m.Text), Has.None.EqualTo("ministry"));
    }

    [Test]
    public void A_description_spans_its_words_in_the_article()
    {
        const string text = "Storm damage\n\nWater reached the old town before dawn.";
        var description = Analyze(text).Descriptions.Single();
        Assert.That(text.Substring(description.Span.Start, description.Span.Length), Is.EqualTo("old town"));
    }
}
