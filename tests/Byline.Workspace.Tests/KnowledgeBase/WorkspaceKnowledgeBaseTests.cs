using Byline.Analysis;
using Byline.Analysis.Entities;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace.KnowledgeBase;

namespace Byline.Workspace.Tests.KnowledgeBase;

public class WorkspaceKnowledgeBaseTests
{
    private static readonly string Root = Path.GetFullPath("/news");
    private static readonly string Desk = Path.Combine(Root, "middle-east");

    private static WorkspaceKnowledgeBaseLoader Loader(Dictionary<string, string> files) =>
        new(path => files.GetValueOrDefault(Path.GetFullPath(path)));

    private static ArticleEntities Entities(string text, BylineConfig config) =>
        ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From(text), ArticleFormat.PlainText), config.Analyzer).Entities;

    [Test]
    public void Workspace_entries_add_entities_and_nearer_files_override_farther_ones()
    {
        var loader = Loader(new()
        {
            [WorkspaceKnowledgeBaseLoader.PathIn(Root)] = """
                entities:
                  - {id: jaysh-al-mahdi, name: Jaysh al-Mahdi, type: ORG, aliases: [JAM, Mahdi Army], description: "Iraqi Shia militia"}
                """,
            [WorkspaceKnowledgeBaseLoader.PathIn(Desk)] = """
                entities:
                  - {id: isil, name: Islamic State, type: ORG, aliases: [ISIS, Daesh], variants: {ISIL: ISIS}, description: "House style: ISIS"}
                """,
        });
        var (config, problems) = loader.Apply(BylineConfig.Default, Root, Desk);
        Assert.That(problems, Is.Empty);
        var entities = Entities("Strikes in Iraq\n\nThe Mahdi Army and JAM fighters clashed with ISIS and ISIL units.", config);
        Assert.That(entities.MentionsOf("jaysh-al-mahdi").Select(m => m.Text), Is.EqualTo(new[] { "Mahdi Army", "JAM" }));
        Assert.That(entities.Find("isil")!.Description, Is.EqualTo("House style: ISIS"));
        var isil = entities.MentionsOf("isil");
        Assert.That(isil.Single(m => m.Text == "ISIL").HouseSpelling, Is.EqualTo("ISIS"));
        var spelling = ArticleAnalyzer.Analyze(ArticleSyntaxTree.Parse(ArticleText.From("Strikes\n\nISIS and ISIL units withdrew."), ArticleFormat.PlainText), config.Analyzer)
            .Findings.Single(f => f.Rule.Id == "BYL0012");
        Assert.That(spelling.Message, Does.Contain("house spelling is 'ISIS'"));
    }

    [Test]
    public void A_folder_without_entities_files_keeps_the_builtin_base()
    {
        var (config, problems) = Loader([]).Apply(BylineConfig.Default, Root, Desk);
        Assert.That((config, problems.Length), Is.EqualTo((BylineConfig.Default, 0)));
    }

    [Test]
    public void Broken_yaml_and_bad_entries_are_problems_in_that_file_and_analysis_goes_on()
    {
        var rootFile = WorkspaceKnowledgeBaseLoader.PathIn(Root);
        var deskFile = WorkspaceKnowledgeBaseLoader.PathIn(Desk);
        const string deskText = """
            entities:
              - {id: sohr, name: Syrian Observatory, type: GROUP}
              - {id: jam, name: Jaysh al-Mahdi, type: ORG, aliases: [JAM], colour: red}
            """;
        var loader = Loader(new()
        {
            [rootFile] = "entities: [ {id: broken, name: \"unclosed",
            [deskFile] = deskText,
        });
        var (config, problems) = loader.Apply(BylineConfig.Default, Root, Desk);
        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { rootFile, deskFile, deskFile }));
        Assert.That(problems[0].Message, Does.StartWith("Invalid YAML"));
        Assert.That(problems[1].Message, Does.Contain("'type'"));
        Assert.That(problems[2].Message, Does.Contain("Unknown key 'colour'"));
        Assert.That(problems[1].Span.Start, Is.EqualTo(deskText.IndexOf("{id: sohr", StringComparison.Ordinal)));
        // The good entry of the broken desk file still applies, and the built-in base is still there.
        var entities = Entities("Clashes\n\nJAM fighters fought ISIL near Mosul.", config);
        Assert.That(entities.Mentions.Select(m => m.EntityId), Is.EqualTo(new[] { "jam", "isil", "mosul" }));
    }
}
