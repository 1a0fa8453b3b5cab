using Byline.Analysis.Rules;

namespace Byline.Workspace.Tests;

public class ConfigTemplateTests : TempFolderTest
{
    [Test]
    public void The_template_parses_without_problems_and_sets_every_rule_to_its_default()
    {
        var text = ConfigTemplate.Render(new ConfigTemplate.FolderSurvey(new Dictionary<string, int> { [".txt"] = 3, [".md"] = 0 }, []));

        var parsed = ConfigFile.Parse("/w/.byline.yaml", text);

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Include, Is.EqualTo(new[] { "**/*.txt" }));
        Assert.That(parsed.Exclude, Is.EqualTo(BylineConfig.Default.Exclude));
        Assert.That(parsed.MaxArticleLength, Is.EqualTo(BylineConfig.Default.MaxArticleLength));
        Assert.That(parsed.RuleSeverities, Is.EquivalentTo(RuleCatalog.Rules.ToDictionary(r => r.Descriptor.Id, r => (Analysis.Severity?)r.Descriptor.DefaultSeverity)));
        foreach (var rule in RuleCatalog.Rules)
        {
            Assert.That(text, Does.Contain(rule.Descriptor.Title), "each rule's title is its comment");
        }
    }

    [Test]
    public void With_no_articles_yet_the_default_globs_are_written()
    {
        var parsed = ConfigFile.Parse("/w/.byline.yaml", ConfigTemplate.Render(new ConfigTemplate.FolderSurvey(new Dictionary<string, int>(), [])));

        Assert.That(parsed.Include, Is.EqualTo(BylineConfig.Default.Include));
    }

    [Test]
    public void The_survey_counts_article_extensions_and_skips_tool_folders()
    {
        Write("news/a.md", "# A\n");
        Write("news/b.markdown", "# B\n");
        Write("node_modules/pkg/c.md", "# C\n");
        Write("bin/d.txt", "D\n");

        var survey = ConfigTemplate.Survey(Root);

        Assert.That(survey.ArticlesByExtension.Where(e => e.Value > 0), Is.EquivalentTo(new Dictionary<string, int> { [".md"] = 1, [".markdown"] = 1 }));
        Assert.That(survey.ExcludedFoldersFound, Is.EqualTo(new[] { "bin", "node_modules" }));
        Assert.That(ConfigFile.Parse("/w/.byline.yaml", ConfigTemplate.Render(survey)).Include, Is.EqualTo(new[] { "**/*.markdown", "**/*.md" }));
    }
}
