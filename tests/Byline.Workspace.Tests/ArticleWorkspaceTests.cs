using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.Workspace.Tests;

public class ArticleWorkspaceTests : TempFolderTest
{
    [Test]
    public void Folders_are_scanned_with_the_default_include_and_exclude_globs()
    {
        Write("seeds/a.txt", "Headline\n\nBody.\n");
        Write("articles/b.md", "# Headline\n\nBody.\n");
        Write("seeds/README.md", "# Seeds\n");
        Write("node_modules/x/readme.txt", "no\n");
        Write("bin/Debug/out.txt", "no\n");
        Write("notes.json", "{}");

        Write(BylineConfig.FileName, ""); // only a configured folder is indexed
        var snapshot = new ArticleWorkspace().SetFolders([Root]);

        var names = snapshot.Documents.Select(d => Path.GetRelativePath(Root, d.FilePath!).Replace('\\', '/')).ToList();
        Assert.That(names, Is.EqualTo(new[] { "articles/b.md", "seeds/a.txt" }));
        Assert.That(snapshot.IsArticle(DocumentUris.FromFilePath(Path.Combine(Root, "seeds/README.md"))), Is.False);
    }

    [Test]
    public void An_open_document_wins_over_the_file_on_disk_until_it_is_closed()
    {
        var path = Write("seeds/a.txt", "Headline\n\nOn disk.\n");
        var uri = DocumentUris.FromFilePath(path);
        Write(BylineConfig.FileName, ""); // only a configured folder is indexed
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);

        workspace.OpenDocument(uri, "Headline\n\nIn the editor.\n", version: 3);
        Assert.That(workspace.Current.GetDocument(uri)!.Text.ToString(), Does.Contain("In the editor."));
        Assert.That(workspace.Current.GetDocument(uri)!.Version, Is.EqualTo(3));
        Assert.That(workspace.Current.Documents.Count(), Is.EqualTo(1));

        workspace.CloseDocument(uri);
        Assert.That(workspace.Current.GetDocument(uri)!.Text.ToString(), Does.Contain("On disk."));
        Assert.That(workspace.Current.GetDocument(uri)!.Version, Is.Null);
    }

    [Test]
    public void Snapshots_are_immutable_while_the_workspace_moves_on()
    {
        var uri = DocumentUris.FromFilePath(Path.Combine(Root, "a.txt"));
        var workspace = new ArticleWorkspace();
        var before = workspace.OpenDocument(uri, "Headline\n\nThe the strike.\n", 1);

        var document = before.GetDocument(uri)!;
        var edited = document.Text.WithChanges([new TextChange(new TextSpan(10, 4), "")]);
        var after = workspace.ChangeDocument(uri, edited, 2);

        Assert.That(before.GetDocument(uri)!.Diagnostics.Select(d => d.Rule.Id), Has.Member("BYL0008"));
        Assert.That(after.GetDocument(uri)!.Diagnostics.Select(d => d.Rule.Id), Has.No.Member("BYL0008"));
        Assert.That(after.GetDocument(uri)!.Text.ToString(), Is.EqualTo("Headline\n\nthe strike.\n"));
    }

    [Test]
    public void Uris_spelled_differently_name_the_same_document()
    {
        var path = Write("seeds/a b.txt", "Headline\n\nBody.\n");
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        var vscodeSpelling = "file://" + path.Replace(" ", "%20");

        workspace.OpenDocument(vscodeSpelling, "Headline\n\nEdited.\n", 1);

        Assert.That(workspace.Current.Documents.Count(), Is.EqualTo(1));
        Assert.That(workspace.Current.GetDocument(DocumentUris.FromFilePath(path))!.Text.ToString(), Does.Contain("Edited."));
    }

    [Test]
    public void Watched_file_changes_add_update_and_remove_articles()
    {
        Write(BylineConfig.FileName, ""); // only a configured folder is indexed
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        var path = Write("seeds/new.txt", "Headline\n\nFirst.\n");

        workspace.FilesChanged([DocumentUris.FromFilePath(path)]);
        Assert.That(workspace.Current.Documents.Single().Text.ToString(), Does.Contain("First."));

        File.WriteAllText(path, "Headline\n\nSecond.\n");
        workspace.FilesChanged([DocumentUris.FromFilePath(path)]);
        Assert.That(workspace.Current.Documents.Single().Text.ToString(), Does.Contain("Second."));

        File.Delete(path);
        workspace.FilesChanged([DocumentUris.FromFilePath(path)]);
        Assert.That(workspace.Current.Documents, Is.Empty);
    }

    [Test]
    public void A_changed_config_file_reconfigures_open_documents_and_broken_yaml_keeps_defaults()
    {
        var path = Write("a.txt", "Headline\n\nThe the strike.\n");
        var uri = DocumentUris.FromFilePath(path);
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        workspace.OpenDocument(uri, File.ReadAllText(path), 1);
        Assert.That(workspace.Current.GetDocument(uri)!.Diagnostics.Select(d => d.Rule.Id), Has.Member("BYL0008"));

        var config = Write(".byline.yaml", "rules:\n  BYL0008: off\n");
        workspace.FilesChanged([DocumentUris.FromFilePath(config)]);
        Assert.That(workspace.Current.GetDocument(uri)!.Diagnostics.Select(d => d.Rule.Id), Has.No.Member("BYL0008"));

        File.WriteAllText(config, "rules: [\n");
        workspace.FilesChanged([DocumentUris.FromFilePath(config)]);
        Assert.That(workspace.Current.ConfigProblems.Length, Is.EqualTo(1));
        Assert.That(workspace.Current.GetDocument(uri)!.Diagnostics.Select(d => d.Rule.Id), Has.Member("BYL0008"));
    }

    [Test]
    public void Oversized_articles_are_parsed_but_not_analysed()
    {
        var workspace = new ArticleWorkspace();
        Write(".byline.yaml", "maxArticleLength: 20\n");
        workspace.SetFolders([Root]);
        var uri = DocumentUris.FromFilePath(Path.Combine(Root, "big.txt"));

        workspace.OpenDocument(uri, "Headline\n\nThe the strike was long enough.\n", 1);

        var document = workspace.Current.GetDocument(uri)!;
        Assert.That(document.Analysis, Is.Null);
        Assert.That(document.Diagnostics.Select(d => d.Rule.Id), Is.EqualTo(new[] { "BYL9005" }));
        Assert.That(document.Syntax.Blocks, Is.Not.Empty);
    }

    [Test]
    public void The_workspace_knowledge_base_adds_entities_and_its_errors_are_reported_in_its_file()
    {
        var path = Write("a.txt", "Minister visits Kirkuk\n\nThe Zagros Relief Committee said it delivered food to Kirkuk on Monday.\n");
        Write(".byline/entities.yaml", "entities:\n  - {id: zagros-relief-committee, name: Zagros Relief Committee, type: ORG, description: Local aid group}\n");
        Write(BylineConfig.FileName, ""); // only a configured folder is indexed
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);

        var entities = workspace.Current.GetDocument(DocumentUris.FromFilePath(path))!.Analysis!.Entities;
        Assert.That(entities.Find("zagros-relief-committee")?.Description, Is.EqualTo("Local aid group"));

        Write(".byline/entities.yaml", "entities: [ {id: broken\n");
        workspace.FilesChanged([DocumentUris.FromFilePath(Path.Combine(Root, ".byline", "entities.yaml"))]);
        Assert.That(workspace.Current.ConfigProblems.Select(p => Path.GetFileName(p.Path)), Has.Member("entities.yaml"));
        Assert.That(workspace.Current.GetDocument(DocumentUris.FromFilePath(path))!.Diagnostics.IsDefault, Is.False, "analysis goes on");
    }
}
