namespace Byline.Workspace.Tests;

/// <summary>
/// Setting folders with the walk left for later (as the language server's <c>initialize</c> does): the
/// configuration is read at once, the files join when the walk is applied, and a walk that a later change of
/// folders made stale is dropped.
/// </summary>
public class FolderIndexTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Directory.CreateTempSubdirectory("byline-index-").FullName;
        File.WriteAllText(Path.Combine(_root, ".byline.yaml"), "rules:\n  BYL0008: off\n");
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(_root, $"story-{i}.txt"), $"Headline {i}\n\nThe the ferry sank, the coastguard said.\n");
        }
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private string Uri(string name) => DocumentUris.FromFilePath(Path.Combine(_root, name));

    [Test]
    public void Before_the_walk_the_configuration_holds_and_only_open_documents_are_known()
    {
        var workspace = new ArticleWorkspace();

        var pending = workspace.SetFolders([_root], walkLater: true);
        var opened = workspace.OpenDocument(Uri("story-1.txt"), "Headline\n\nThe the ferry sank.\n", 1);

        var elsewhere = DocumentUris.FromFilePath(Path.Combine(Path.GetTempPath(), "byline-no-config", "story.txt"));
        var unconfigured = new ArticleWorkspace().OpenDocument(elsewhere, "Headline\n\nThe the ferry sank.\n", 1);
        Assert.That(unconfigured.GetDocument(elsewhere)!.Diagnostics.Select(d => d.Rule.Id), Does.Contain("BYL0008"), "the repeated word is found without the folder's configuration");
        Assert.That(pending.IndexPending, Is.True);
        Assert.That(opened.Documents.Select(d => Path.GetFileName(d.FilePath!)), Is.EqualTo(new[] { "story-1.txt" }));
        Assert.That(opened.GetDocument(Uri("story-1.txt"))!.Diagnostics.Select(d => d.Rule.Id), Does.Not.Contain("BYL0008"),
            "the folder's configuration (BYL0008 off) applies before its files are walked");

        var indexed = workspace.ApplyIndex(ArticleWorkspace.WalkPendingFolders(pending));

        Assert.That(indexed.IndexPending, Is.False);
        Assert.That(indexed.Documents.Select(d => Path.GetFileName(d.FilePath!)), Is.EqualTo(new[] { "story-0.txt", "story-1.txt", "story-2.txt" }));
        Assert.That(indexed.GetDocument(Uri("story-1.txt"))!.Version, Is.EqualTo(1), "the open document is still the editor's text");
    }

    [Test]
    public void A_walk_made_stale_by_setting_the_folders_again_is_dropped()
    {
        var workspace = new ArticleWorkspace();
        var first = workspace.SetFolders([_root], walkLater: true);
        var staleWalk = ArticleWorkspace.WalkPendingFolders(first);
        File.WriteAllText(Path.Combine(_root, "story-3.txt"), "Headline 3\n\nText.\n");
        var again = workspace.SetFolders([_root]);

        var after = workspace.ApplyIndex(staleWalk);

        Assert.That(again.Documents.Count(), Is.EqualTo(4));
        Assert.That(after.Documents.Select(d => Path.GetFileName(d.FilePath!)), Is.EqualTo(new[] { "story-0.txt", "story-1.txt", "story-2.txt", "story-3.txt" }));
    }

    [Test]
    public void Setting_folders_without_waiting_walks_them_at_once()
    {
        var snapshot = new ArticleWorkspace().SetFolders([_root]);

        Assert.That((snapshot.IndexPending, snapshot.Documents.Count()), Is.EqualTo((false, 3)));
    }

    [Test]
    public void Files_not_yet_read_keep_no_open_document_alive()
    {
        var workspace = new ArticleWorkspace();
        var pending = workspace.SetFolders([_root], walkLater: true);
        var firstVersion = OpenAndAnalyse(workspace);

        workspace.ApplyIndex(ArticleWorkspace.WalkPendingFolders(pending));
        workspace.ChangeDocument(Uri("story-1.txt"), Byline.Text.ArticleText.From("Headline\n\nThe ferry sank.\n"), 2);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.That(firstVersion.IsAlive, Is.False, "the walk's files hold the folders and configuration they are read with, not the documents open at the time");
        Assert.That(workspace.Current.GetDocument(Uri("story-0.txt"))!.Text.ToString(), Does.StartWith("Headline 0"), "the files are still read on first use");
    }

    // In a method of its own, so that no local of the caller keeps the document alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WeakReference OpenAndAnalyse(ArticleWorkspace workspace)
    {
        var document = workspace.OpenDocument(Uri("story-1.txt"), "Headline\n\nThe the ferry sank.\n", 1).GetDocument(Uri("story-1.txt"))!;
        _ = document.Diagnostics;
        return new WeakReference(document);
    }
}
