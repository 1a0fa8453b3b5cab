using Byline.Analysis;

namespace Byline.Workspace.Tests;

public class ConfigTests
{
    [Test]
    public void Rule_severities_and_globs_are_read()
    {
        var file = ConfigFile.Parse("/w/.byline.yaml", "include: ['**/*.md']\nexclude:\n  - drafts/**\nrules:\n  BYL0008: error\n  byl0009: off\n");

        Assert.That(file.Problems, Is.Empty);
        Assert.That(file.Include, Is.EqualTo(new[] { "**/*.md" }));
        Assert.That(file.Exclude, Is.EqualTo(new[] { "drafts/**" }));
        Assert.That(file.RuleSeverities["BYL0008"], Is.EqualTo(Severity.Error));
        Assert.That(file.RuleSeverities["BYL0009"], Is.Null, "off turns the rule off; ids are case-insensitive");
    }

    [Test]
    public void Broken_yaml_gives_a_problem_with_a_position_and_no_settings()
    {
        var text = "rules:\n  BYL0008: [warning\n";
        var file = ConfigFile.Parse("/w/.byline.yaml", text);

        Assert.That(file.Problems.Length, Is.EqualTo(1));
        Assert.That(file.Problems[0].Message, Does.StartWith("Invalid YAML"));
        Assert.That(file.Problems[0].Span.End, Is.LessThanOrEqualTo(text.Length));
        Assert.That(file.RuleSeverities, Is.Empty);
    }

    [Test]
    public void Unknown_keys_rules_and_severities_are_reported_and_the_rest_still_applies()
    {
        var text = "colour: blue\nrules:\n  BYL9999: off\n  BYL0007: loud\n  BYL0008: hint\n";
        var file = ConfigFile.Parse("/w/.byline.yaml", text);

        Assert.That(file.Problems.Select(p => p.Message), Has.Some.Contains("Unknown key 'colour'")
            .And.Some.Contains("Unknown rule 'BYL9999'")
            .And.Some.Contains("Severity of BYL0007 must be one of"));
        Assert.That(text.Substring(file.Problems[0].Span.Start, file.Problems[0].Span.Length), Is.EqualTo("colour"));
        Assert.That(file.RuleSeverities["BYL0008"], Is.EqualTo(Severity.Hint));
    }

    [Test]
    public void Nearer_files_override_farther_ones_but_globs_come_from_the_root()
    {
        var files = new Dictionary<string, string>
        {
            ["/w/.byline.yaml"] = "include: ['**/*.txt']\nrules:\n  BYL0008: error\n  BYL0007: hint\n",
            ["/w/desk/.byline.yaml"] = "include: ['**/*.md']\nrules:\n  BYL0008: off\n",
        };
        var loader = new ConfigLoader(path => files.GetValueOrDefault(path));

        var (config, problems) = loader.Load("/w", "/w/desk/today");

        Assert.That(problems, Is.Empty);
        Assert.That(config.Include, Is.EqualTo(new[] { "**/*.txt" }));
        var rules = Analysis.Rules.RuleCatalog.Descriptors;
        Assert.That(config.Analyzer.SeverityOf(rules.Single(r => r.Id == "BYL0008")), Is.Null);
        Assert.That(config.Analyzer.SeverityOf(rules.Single(r => r.Id == "BYL0007")), Is.EqualTo(Severity.Hint));
        Assert.That(config.Analyzer.SeverityOf(rules.Single(r => r.Id == "BYL0009")), Is.EqualTo(Severity.Warning), "default severity");
    }
}
