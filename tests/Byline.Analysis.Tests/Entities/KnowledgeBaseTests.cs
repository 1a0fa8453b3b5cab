using Byline.Analysis.Entities;

namespace Byline.Analysis.Tests.Entities;

public class KnowledgeBaseTests
{
    [Test]
    public void The_compiled_builtin_base_holds_what_its_yaml_says()
    {
        var fast = KnowledgeBase.Builtin.Entities.ToList();
        var (yaml, yamlProblems) = KnowledgeBaseReader.Read("builtin-entities.yaml", KnowledgeBase.BuiltinText());
        Assert.That(yamlProblems, Is.Empty);
        Assert.That(fast, Has.Count.EqualTo(yaml.Length));
        var compiled = fast.ToDictionary(e => e.Id);
        foreach (var b in yaml)
        {
            var a = compiled[b.Id];
            Assert.That((a.Id, a.Name, a.Type, a.Kind, a.Description, a.WikidataId, a.Capital, a.CapitalOf, a.Country),
                Is.EqualTo((b.Id, b.Name, b.Type, b.Kind, b.Description, b.WikidataId, b.Capital, b.CapitalOf, b.Country)), b.Id);
            Assert.That(a.Aliases, Is.EqualTo(b.Aliases), b.Id);
            Assert.That(a.Variants, Is.EquivalentTo(b.Variants), b.Id);
        }
    }

    [Test]
    public void Ids_are_unique_kebab_case_and_references_resolve()
    {
        var entities = KnowledgeBase.Builtin.Entities.ToList();
        Assert.That(entities.Select(e => e.Id), Is.Unique);
        Assert.That(entities.Select(e => e.Id), Has.All.Matches("^[a-z0-9]+(-[a-z0-9]+)*$"));
        foreach (var e in entities)
        {
            foreach (var reference in new[] { e.Capital, e.CapitalOf }.OfType<string>())
            {
                Assert.That(KnowledgeBase.Builtin.Find(reference), Is.Not.Null, $"{e.Id} refers to {reference}");
            }
        }
    }

    [TestCase("Daesh", "isil")]
    [TestCase("Islamic State of Iraq and the Levant", "isil")]
    [TestCase("ISIS", "isil")]
    [TestCase("Deir-ez-Zor", "deir-ez-zor")]
    [TestCase("Dayr az-Zawr", "deir-ez-zor")]
    [TestCase("Syrian", "syrian")]
    [TestCase("Damascus", "damascus")]
    [TestCase("Reuters", "reuters")]
    [TestCase("UAE", "united-arab-emirates")]
    [TestCase("Bosnia", "bosnia-and-herzegovina")]
    [TestCase("DRC", "democratic-republic-of-the-congo")]
    [TestCase("Toyota", "toyota")]
    [TestCase("Toyota City", "toyota-city")]
    [TestCase("Hitachi City", "hitachi-city")]
    public void Surface_forms_find_their_entity(string surface, string id)
    {
        var match = KnowledgeBase.Builtin.Match(surface, 0, surface.Length, KnowledgeBase.FirstWord(surface));
        Assert.That(match?.Entity.Id, Is.EqualTo(id));
    }

    [Test]
    public void A_name_does_not_match_the_start_of_a_longer_word()
    {
        const string text = "Syrians and Deir-ez-Zoran";
        Assert.That(KnowledgeBase.Builtin.Match(text, 0, text.Length, "Syrians")?.Surface, Is.EqualTo("Syrians"));
        Assert.That(KnowledgeBase.Builtin.Match(text, 12, text.Length, "Deir-ez-Zoran"), Is.Null);
    }
}
