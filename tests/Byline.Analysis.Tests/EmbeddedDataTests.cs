using Byline.Analysis.Attribution;
using Byline.Analysis.Entities;

namespace Byline.Analysis.Tests;

/// <summary>The built-in YAML files are read to build lexicons and not kept after: a long-running server holds the lexicons only.</summary>
public class EmbeddedDataTests
{
    [TestCase("Byline.Analysis.Data.party-verbs.yaml")]
    [TestCase("Byline.Analysis.Data.attribution.yaml")]
    [TestCase("Byline.Analysis.KnowledgeBase.wordnet-names.yaml")]
    [TestCase("Byline.Analysis.KnowledgeBase.given-names.yaml")]
    [TestCase("Byline.Analysis.KnowledgeBase.common-words.yaml")]
    [TestCase("Byline.Analysis.KnowledgeBase.club-names.yaml")]
    [TestCase("Byline.Analysis.KnowledgeBase.brand-names.yaml")]
    public void No_yaml_tree_outlives_the_lexicons_built_from_it(string resource)
    {
        Assert.That(AttributionLexicon.Instance.CuratedVerbs, Is.Not.Empty);
        Assert.That(NameGazetteer.Default.TypeOf("Gorbachev"), Is.EqualTo(EntityType.Person));
        Assert.That(EntityWords.Default.GivenNames, Is.Not.Null);
        Assert.That(CommonWords.Default.Contains("Revenues"), Is.True);
        Assert.That(ClubNames.Contains("Feyenoord"), Is.True);
        Assert.That(BrandNames.Contains("Netflix"), Is.True);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.That(EmbeddedData.IsHeld(resource), Is.False);
    }

    [Test]
    public void A_file_read_again_after_its_tree_was_dropped_gives_the_same_lists()
    {
        var first = EmbeddedData.List("repeated-words", "allowed");
        GC.Collect();

        var root = EmbeddedData.Root("Byline.Analysis.Data.repeated-words.yaml");

        Assert.That(root.Children, Is.Not.Empty);
        Assert.That(EmbeddedData.List("repeated-words", "allowed"), Is.EqualTo(first));
    }

    [TestCase("Byline.Analysis.KnowledgeBase.common-words.yaml", "common-words")]
    [TestCase("Byline.Analysis.KnowledgeBase.given-names.yaml", "given-names")]
    [TestCase("Byline.Analysis.KnowledgeBase.entity-words.yaml", "titles")]
    [TestCase("Byline.Analysis.KnowledgeBase.club-names.yaml", "organisations")]
    [TestCase("Byline.Analysis.KnowledgeBase.brand-names.yaml", "organisations")]
    [TestCase("Byline.Analysis.Data.repeated-words.yaml", "allowed")]
    public void A_list_read_as_plain_values_is_the_list_the_node_tree_holds(string resource, string key)
    {
        var fromTree = EmbeddedData.Strings(EmbeddedData.Root(resource), key).ToList();

        var fromValues = EmbeddedData.Strings(EmbeddedData.Values(resource), key).ToList();

        Assert.That(fromValues, Is.Not.Empty);
        Assert.That(fromValues, Is.EqualTo(fromTree));
    }
}
