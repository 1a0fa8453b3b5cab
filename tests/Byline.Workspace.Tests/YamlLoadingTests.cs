using Byline.Workspace.KnowledgeBase;

namespace Byline.Workspace.Tests;

/// <summary>
/// Configuration, ledger and knowledge-base YAML never throws: each error becomes a problem in that file with
/// its position, and the defaults or the last good values apply.
/// </summary>
public class YamlLoadingTests
{
    private const string Root = "/w";

    public static IEnumerable<TestCaseData> BrokenTexts()
    {
        yield return new TestCaseData("rules: {BYL0008: \"error}\n").SetName("an unclosed quote");
        yield return new TestCaseData("rules: [BYL0008: off\n").SetName("an unclosed bracket");
        yield return new TestCaseData("rules: [unclosed\nauthor: x\n").SetName("an unclosed bracket before a key (YamlDotNet's InvalidOperationException)");
        yield return new TestCaseData("rules:\n  BYL0008: off\n  BYL0008: error\n").SetName("a duplicate key");
        yield return new TestCaseData("rules: *nowhere\n").SetName("an unknown alias");
        yield return new TestCaseData("rules: " + new string('[', 60_000) + "\n").SetName("60 KB of nested brackets");
        yield return new TestCaseData("rules: " + string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "\n").SetName("20,000 nested mappings");
    }

    private static string FileIn(string kind) => kind switch
    {
        "config" => $"{Root}/{BylineConfig.FileName}",
        "entities" => WorkspaceKnowledgeBaseLoader.PathIn(Root).Replace('\\', '/'),
        _ => ReviewLedger.PathIn(Root).Replace('\\', '/'),
    };

    private static ConfigLoader LoaderWith(Dictionary<string, string> files) => new(p => files.GetValueOrDefault(p.Replace('\\', '/')));

    [TestCaseSource(nameof(BrokenTexts))]
    public void A_broken_configuration_is_a_problem_at_a_position_and_the_defaults_apply(string text)
    {
        var (config, problems) = LoaderWith(new() { [FileIn("config")] = text }).Load(Root, Root);

        Assert.That(problems, Is.Not.Empty);
        Assert.That(problems[0].Path.Replace('\\', '/'), Is.EqualTo(FileIn("config")));
        Assert.That(problems[0].Span.End, Is.LessThanOrEqualTo(text.Length));
        Assert.That(config.Analyzer.RuleSeverities, Is.EqualTo(BylineConfig.Default.Analyzer.RuleSeverities));
    }

    [TestCaseSource(nameof(BrokenTexts))]
    public void A_broken_knowledge_base_is_a_problem_and_the_built_in_base_applies(string text)
    {
        var (config, problems) = LoaderWith(new() { [FileIn("entities")] = text.Replace("rules", "entities") }).Load(Root, Root);

        Assert.That(problems.Select(p => p.Path.Replace('\\', '/')), Has.Some.EqualTo(FileIn("entities")));
        Assert.That(config.Analyzer.KnowledgeBase?.Find("isil") ?? Analysis.Entities.KnowledgeBase.Builtin.Find("isil"), Is.Not.Null);
    }

    [TestCaseSource(nameof(BrokenTexts))]
    public void A_broken_ledger_is_a_problem_and_the_last_good_reviews_stay(string text)
    {
        var files = new Dictionary<string, string>
        {
            [FileIn("ledger")] = "reviews:\n  - {file: a.txt, rule: BYL0008, text: the, reason: wire copy}\n",
        };
        var loader = LoaderWith(files);
        var good = loader.LoadLedger(Root);
        files[FileIn("ledger")] = text.Replace("rules", "reviews");

        var broken = loader.LoadLedger(Root, good);

        Assert.That(broken.Problems, Is.Not.Empty);
        Assert.That(broken.Reviews, Is.EqualTo(good.Reviews));
    }

    [Test]
    public void The_problem_points_at_the_error()
    {
        var text = "include: ['**/*.md']\nrules:\n  BYL0008: [warning\n";

        var problem = ConfigFile.Parse("/w/.byline.yaml", text).Problems.Single();

        Assert.That(problem.Span.Start, Is.GreaterThan(text.IndexOf("rules", StringComparison.Ordinal)), problem.Message);
    }

    [Test]
    public void An_unreadable_file_is_reported_in_that_file_and_counts_as_absent()
    {
        var path = FileIn("config");
        var loader = new ConfigLoader(p => p.Replace('\\', '/') == path ? throw new UnauthorizedAccessException("Access denied") : null);

        var (config, problems) = loader.Load(Root, Root);

        Assert.That(problems.Single().Message, Does.Contain("cannot be read").And.Contain("Access denied"));
        Assert.That(config, Is.EqualTo(BylineConfig.Default));
    }

    [Test]
    public void An_unreadable_ledger_is_reported_and_the_last_good_reviews_stay()
    {
        var files = new Dictionary<string, string> { [FileIn("ledger")] = "reviews:\n  - {file: a.txt, rule: BYL0008, text: the, reason: wire copy}\n" };
        var good = LoaderWith(files).LoadLedger(Root);
        var unreadable = new ConfigLoader(_ => throw new IOException("Permission denied"));

        var ledger = unreadable.LoadLedger(Root, good);

        Assert.That(ledger.Problems.Single().Message, Does.Contain("Permission denied"));
        Assert.That(ledger.Reviews, Is.EqualTo(good.Reviews));
    }

    [Test]
    public void A_knowledge_base_is_built_once_for_every_folder_and_again_only_when_its_text_changes()
    {
        var files = new Dictionary<string, string>
        {
            [FileIn("entities")] = "entities:\n  - {id: acme, name: Acme Widgets, type: ORG}\n",
        };
        var loader = LoaderWith(files);

        var first = loader.Load(Root, $"{Root}/desk").Config.Analyzer.KnowledgeBase;
        var second = loader.Load(Root, $"{Root}/sport/today").Config.Analyzer.KnowledgeBase;
        files[FileIn("entities")] = "entities:\n  - {id: acme, name: Acme Gadgets, type: ORG}\n";
        var changed = loader.Load(Root, $"{Root}/desk").Config.Analyzer.KnowledgeBase;

        Assert.That(first, Is.Not.Null);
        Assert.That(second, Is.SameAs(first), "folders with the same entities files share one parsed base");
        Assert.That(changed, Is.Not.SameAs(first));
        Assert.That(changed!.Find("acme")!.Name, Is.EqualTo("Acme Gadgets"));
    }

    [Test]
    public void Deeply_nested_front_matter_is_a_front_matter_problem_not_a_crash()
    {
        var text = "---\ntitle: " + new string('[', 60_000) + "\n---\n# Headline\n\nText.\n";

        var document = ArticleDocument.Create("file:///w/a.md", 1, Text.ArticleText.From(text), BylineConfig.Default);

        Assert.That(document.Diagnostics.Select(d => d.Rule.Id), Has.Member("BYL9003"));
    }
}
