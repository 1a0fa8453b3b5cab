using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;

namespace Byline.Analysis.Tests.Entities;

/// <summary>The seed article's expectations from issue 4: what the entity hovers must show.</summary>
public class SeedEntityTests
{
    private static readonly string SeedText = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", "000_9bb0596e7d6cd391.txt"));

    private static ArticleEntities Seed() =>
        ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(SeedText), ArticleFormat.PlainText)).Entities;

    private static Entity At(ArticleEntities entities, string phrase, int occurrence = 0)
    {
        var offset = -1;
        for (var i = 0; i <= occurrence; i++) offset = SeedText.IndexOf(phrase, offset + 1, StringComparison.Ordinal);
        Assert.That(offset, Is.GreaterThanOrEqualTo(0), phrase);
        var entity = entities.EntityAt(offset);
        Assert.That(entity, Is.Not.Null, $"no entity at '{phrase}'");
        return entity!;
    }

    [TestCase("Qasem Soleimani", "qasem-soleimani", "PER")]
    [TestCase("Deir-ez-Zor Governorate", "deir-ez-zor-governorate", "LOC")]
    [TestCase("Deir-ez-Zor that drew", "deir-ez-zor", "LOC")]
    [TestCase("PMF", "popular-mobilization-forces", "ORG")]
    [TestCase("Popular Mobilization Forces", "popular-mobilization-forces", "ORG")]
    [TestCase("CJTF-OIR", "cjtf-oir", "ORG")]
    [TestCase("Daesh*", "isil", "ORG")]
    [TestCase("ISIL targets", "isil", "ORG")]
    [TestCase("Reuters", "reuters", "ORG")]
    [TestCase("Washington warned", "united-states-government", "ORG")]
    [TestCase("Joe Biden", "joe-biden", "PER")]
    [TestCase("Bashar al-Assad", "bashar-al-assad", "PER")]
    [TestCase("Abu Mahdi al-Muhandis", "abu-mahdi-al-muhandis", "PER")]
    [TestCase("Kata'ib Hezbollah", "kataib-hezbollah", "ORG")]
    [TestCase("Baghdad International Airport", "baghdad-international-airport", "LOC")]
    [TestCase("BBC", "bbc", "ORG")]
    [TestCase("Iranian Maj.", "iranian", "MISC")]
    public void Seed_names_resolve_to_their_canonical_entity(string phrase, string id, string type)
    {
        var entity = At(Seed(), phrase);
        Assert.That((entity.Id, entity.TypeCode), Is.EqualTo((id, type)));
    }

    [Test]
    public void Soleimani_has_all_four_mentions()
    {
        var mentions = Seed().MentionsOf("qasem-soleimani");
        Assert.That(mentions.Select(m => SeedText.Substring(m.Span.Start, m.Span.Length)),
            Is.EqualTo(new[] { "Qasem Soleimani", "Soleimani", "Soleimani", "Soleimani" }));
        Assert.That(mentions.Count(m => m.IsPossessive), Is.EqualTo(2));
        Assert.That(SeedText.Substring(mentions[2].Span.Start - 13, 13), Is.EqualTo("\"Revenge for "));
    }

    [Test]
    public void Daesh_with_a_marker_carries_the_footnote_text()
    {
        var entities = Seed();
        var marked = entities.MentionsOf("isil").Where(m => m.FootnoteMarker == '*').ToList();
        Assert.That(marked.Count, Is.GreaterThanOrEqualTo(1));
        Assert.That(marked[0].FootnoteText, Is.EqualTo("A terrorist organization banned in Russia and many other countries."));
        Assert.That(entities.Find("isil")!.FootnoteText, Does.StartWith("A terrorist organization"));
    }

    [Test]
    public void The_acronym_definition_gives_the_expansion()
    {
        var pmf = Seed().Find("popular-mobilization-forces")!;
        Assert.That((pmf.Acronym, pmf.AcronymExpansion), Is.EqualTo(("PMF", "Popular Mobilization Forces")));
        Assert.That(pmf.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Popular Mobilization Forces", "PMF" }));
    }

    [Test]
    public void Damascus_as_a_place_stays_the_city_and_the_list_has_no_sentence_openers()
    {
        var entities = Seed();
        Assert.That(entities.Entities.Select(e => e.Name), Has.None.EqualTo("Acting"));
        Assert.That(entities.Entities.Select(e => e.Name), Has.None.EqualTo("Subscribe"));
        TestContext.Out.WriteLine(string.Join("\n", entities.Entities.Select(e =>
            $"{e.Id} [{e.TypeCode}] {e.Name}: {string.Join(" | ", e.Mentions.Select(m => $"{m.Text}@{m.Span.Start}/{m.Kind}"))}")));
    }
}

public class SeedNoiseTests
{
    [Test]
    public void A_capital_at_the_start_of_a_quotation_is_not_a_name()
    {
        var seed = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "seeds", "000_9bb0596e7d6cd391.txt"));
        var entities = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(seed), ArticleFormat.PlainText)).Entities;
        Assert.That(entities.Entities.Select(e => e.Name), Has.None.EqualTo("Revenge"));
    }
}
