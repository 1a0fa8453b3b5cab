using Byline.Syntax;

namespace Byline.Workspace.Tests;

public class ArticleSelectionTests : TempFolderTest
{
    private const string Article = "Headline\n\nThe minister said the talks failed.\n";

    [Test]
    public void Without_configuration_open_prose_is_checked_but_the_folder_is_not_indexed()
    {
        var story = Write("stories/strike.txt", Article);
        Write("stories/other.txt", Article);
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);

        var snapshot = workspace.OpenDocument(Uri(story), Article, 1, "plaintext");

        Assert.That(snapshot.Folders.Single().HasConfig, Is.False);
        Assert.That(snapshot.IsOpen(Uri(story)), Is.True);
        Assert.That(snapshot.Documents.Select(d => d.FilePath), Is.EqualTo(new[] { story }), "the unopened article is not read");
    }

    [TestCase("stories/README.md", "markdown")]
    [TestCase("stories/readme.txt", "plaintext")]
    [TestCase("LICENSE", "plaintext")]
    [TestCase("CHANGELOG.md", "markdown")]
    [TestCase("node_modules/pkg/notes.md", "markdown")]
    [TestCase("stories/data.json", "json")]
    public void Without_configuration_excluded_names_and_other_languages_are_not_checked(string relative, string languageId)
    {
        var path = Write(relative, Article);
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);

        var snapshot = workspace.OpenDocument(Uri(path), Article, 1, languageId);

        Assert.That(snapshot.IsOpen(Uri(path)), Is.False);
        Assert.That(snapshot.GetDocument(Uri(path)), Is.Null);
        Assert.That(snapshot.GetEditorDocument(Uri(path))!.Version, Is.EqualTo(1), "the text is still kept in step");

        var edited = workspace.ChangeDocument(Uri(path), Byline.Text.ArticleText.From(Article + "More.\n"), 2);
        Assert.That(edited.IsOpen(Uri(path)), Is.False, "an edit does not make it an article");
        Assert.That(edited.GetEditorDocument(Uri(path))!.Text.ToString(), Does.EndWith("More.\n"));
    }

    [Test]
    public void Without_configuration_the_language_decides_not_the_extension()
    {
        var notes = Write("stories/wire-copy", Article);
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);

        Assert.That(workspace.OpenDocument(Uri(notes), Article, 1, "text").IsOpen(Uri(notes)), Is.True, "Neovim's word for plain text");
    }

    [Test]
    public void A_configuration_s_globs_decide_and_its_folder_is_indexed()
    {
        Write(BylineConfig.FileName, "include: [\"desk/**/*.txt\"]\nexclude: [\"desk/drafts/**\"]\n");
        var filed = Write("desk/filed.txt", Article);
        var draft = Write("desk/drafts/draft.txt", Article);
        var notes = Write("notes/todo.txt", Article);
        var workspace = new ArticleWorkspace();
        var indexed = workspace.SetFolders([Root]);

        Assert.That(indexed.Documents.Select(d => d.FilePath), Is.EqualTo(new[] { filed }));
        Assert.That(workspace.OpenDocument(Uri(draft), Article, 1, "plaintext").IsOpen(Uri(draft)), Is.False);
        Assert.That(workspace.OpenDocument(Uri(notes), Article, 1, "plaintext").IsOpen(Uri(notes)), Is.False);
        Assert.That(workspace.OpenDocument(Uri(filed), Article, 1, "plaintext").IsOpen(Uri(filed)), Is.True);
    }

    [Test]
    public void Adding_a_configuration_indexes_the_folder_and_re_decides_open_documents()
    {
        var story = Write("stories/a.txt", Article);
        var closed = Write("stories/b.txt", Article);
        var readme = Write("README.md", "# Notes\n");
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        workspace.OpenDocument(Uri(story), Article, 1, "plaintext");
        workspace.OpenDocument(Uri(readme), "# Notes\n", 1, "markdown");

        var config = Write(BylineConfig.FileName, "include: [\"**/*.md\"]\nexclude: []\n");
        var snapshot = workspace.FilesChanged([Uri(config)]);

        Assert.That(snapshot.IsOpen(Uri(story)), Is.False, "the new globs name only Markdown");
        Assert.That(snapshot.IsOpen(Uri(readme)), Is.True, "the new globs exclude nothing");
        Assert.That(snapshot.IsArticle(Uri(closed)), Is.False);
    }

    [Test]
    public void Checking_a_document_by_hand_overrides_the_excluded_names()
    {
        var readme = Write("README.md", "# Notes\n\nThe minister said so.\n");
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        workspace.OpenDocument(Uri(readme), File.ReadAllText(readme), 1, "markdown");

        var snapshot = workspace.CheckDocument(Uri(readme));

        Assert.That(snapshot.IsOpen(Uri(readme)), Is.True);
        Assert.That(workspace.CloseDocument(Uri(readme)).IsOpen(Uri(readme)), Is.False);
        Assert.That(workspace.OpenDocument(Uri(readme), "# Notes\n", 2, "markdown").IsOpen(Uri(readme)), Is.True, "for the rest of the session");
    }

    [Test]
    public void The_editor_s_narrowing_leaves_out_files_outside_its_globs()
    {
        var story = Write("stories/a.txt", Article);
        var note = Write("notes/b.txt", Article);
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        workspace.OpenDocument(Uri(story), Article, 1, "plaintext");
        workspace.OpenDocument(Uri(note), Article, 1, "plaintext");

        var narrowed = workspace.SetNarrowing(["**/stories/**"]);
        Assert.That((narrowed.IsOpen(Uri(story)), narrowed.IsOpen(Uri(note))), Is.EqualTo((true, false)));

        var widened = workspace.SetNarrowing([]);
        Assert.That((widened.IsOpen(Uri(story)), widened.IsOpen(Uri(note))), Is.EqualTo((true, true)));
    }

    [Test]
    public void Untitled_documents_are_checked_when_they_are_prose_and_parsed_in_their_language()
    {
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);

        var snapshot = workspace.OpenDocument("untitled:Untitled-1", "# Headline\n\nBody.\n", 1, "markdown");
        workspace.OpenDocument("untitled:Untitled-2", "{}", 1, "json");

        Assert.That(snapshot.GetDocument("untitled:Untitled-1")!.Syntax.Format, Is.EqualTo(ArticleFormat.Markdown));
        Assert.That(workspace.Current.IsOpen("untitled:Untitled-2"), Is.False);
    }

    [Test]
    public void A_file_opened_without_a_workspace_folder_is_checked_from_its_own_folder()
    {
        var loose = Write("a.txt", Article);
        var readme = Write("README.txt", Article);
        var workspace = new ArticleWorkspace();

        Assert.That(workspace.OpenDocument(Uri(loose), Article, 1, "plaintext").IsOpen(Uri(loose)), Is.True);
        Assert.That(workspace.OpenDocument(Uri(readme), Article, 1, "plaintext").IsOpen(Uri(readme)), Is.False);
    }

    private static string Uri(string path) => DocumentUris.FromFilePath(path);
}
