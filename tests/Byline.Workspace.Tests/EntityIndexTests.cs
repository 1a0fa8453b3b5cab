using Byline.Text;
using Byline.Workspace.Entities;

namespace Byline.Workspace.Tests;

public class EntityIndexTests : TempFolderTest
{
    [Test]
    public void The_index_lists_mentions_across_open_and_disk_articles_and_follows_edits()
    {
        Write("a.txt", "Syria and Iraq.\n\nAnother line about Syria.\n");
        Write("b.txt", "In Syria, officials said the talks failed.\n");
        Write(BylineConfig.FileName, ""); // only a configured folder is indexed
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        var aUri = DocumentUris.FromFilePath(Path.Combine(Root, "a.txt"));
        var snapshot = workspace.OpenDocument(aUri, "Syria.\n", 3);

        var index = snapshot.EntityIndex;
        Assert.That(ReferenceEquals(index, snapshot.EntityIndex), "built once per snapshot");
        Assert.That(index.DocumentCount, Is.EqualTo(2));
        var syria = index.MentionsOf("syria");
        Assert.That(syria.Select(o => (Path.GetFileName(o.Document.FilePath), o.Mention.Span.Start)), Is.EqualTo(new[] { ("a.txt", 0), ("b.txt", 3) }),
            "the open document's text wins over the file on disk");
        Assert.That(syria[0].Document.Version, Is.EqualTo(3));
        Assert.That(index.MentionsOf("iraq"), Is.Empty);
        Assert.That(index.MentionsOf("no-such-id"), Is.Empty);
        var entity = index.Entities.Single(e => e.Entity.Id == "syria");
        Assert.That((entity.DocumentCount, entity.MentionCount), Is.EqualTo((2, 2)));
        Assert.That(index.Sources.Select(s => s.Source.Text), Is.EqualTo(new[] { "officials" }));

        var edited = workspace.ChangeDocument(aUri, ArticleText.From("Iraq, then Syria.\n"), 4);
        Assert.That(edited.EntityIndex.MentionsOf("iraq").Single().Mention.Span.Start, Is.EqualTo(0));
        Assert.That(edited.EntityIndex.MentionsOf("syria").Select(o => o.Mention.Span.Start), Is.EqualTo(new[] { 11, 3 }));
    }

    [Test]
    public void After_an_edit_only_the_edited_document_is_indexed_again_and_the_index_equals_a_fresh_one()
    {
        Write("a.txt", "Syria and Iraq.\n");
        Write("b.txt", "In Syria, officials said the talks failed.\n");
        Write("c.txt", "Iraq and NATO met. NATO said it would respond.\n");
        Write(BylineConfig.FileName, "");
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        var bUri = DocumentUris.FromFilePath(Path.Combine(Root, "b.txt"));
        var opened = workspace.OpenDocument(bUri, "In Syria, officials said the talks failed.\n", 1);
        Assert.That(opened.EntityIndex.DocumentsIndexed, Is.EqualTo(3), "the first index reads every article");

        workspace.ChangeDocument(bUri, ArticleText.From("In Iraq, critics said the talks failed.\n"), 2);
        var edited = workspace.ChangeDocument(bUri, ArticleText.From("In Iraq, critics said the talks failed in Syria.\n"), 3);
        var index = edited.EntityIndex;
        Assert.That(index.DocumentsIndexed, Is.EqualTo(1), "only b.txt, also across a snapshot whose index was never asked for");

        var fresh = EntityIndex.Build(edited.Documents);
        Assert.That(Describe(index), Is.EqualTo(Describe(fresh)));
        Assert.That(index.MentionsOf("syria").Select(o => Path.GetFileName(o.Document.FilePath)), Is.EqualTo(new[] { "a.txt", "b.txt" }));
    }

    private static string[] Describe(EntityIndex index) =>
    [
        .. index.Entities.Select(e => $"{e.Entity.Id} {e.FirstDocument.Uri} {e.DocumentCount} {e.MentionCount}: "
            + string.Join(",", index.MentionsOf(e.Entity.Id).Select(o => $"{o.Document.Uri}@{o.Mention.Span}"))),
        .. index.Sources.Select(s => $"{s.Document.Uri} {s.Source.Span} {s.Source.Text}"),
    ];

    [Test]
    public void Definitions_are_found_in_the_nearest_entities_file()
    {
        const string TopEntities = "entities:\n  - id: acme\n    name: Acme\n    type: ORG\n";
        const string Inner = "# local spelling\n- {id: other, name: Other, type: ORG}\n- id: acme\n  name: ACME Corp\n  type: ORG\n";
        var rootFile = Write(".byline/entities.yaml", TopEntities);
        var innerFile = Write("desk/.byline/entities.yaml", Inner);
        Write("desk/story.txt", "ACME Corp said so.\n");
        Write("top.txt", "Acme said so.\n");
        Write(BylineConfig.FileName, ""); // only a configured folder is indexed
        var workspace = new ArticleWorkspace();
        var snapshot = workspace.SetFolders([Root]);
        var story = snapshot.GetDocument(DocumentUris.FromFilePath(Path.Combine(Root, "desk", "story.txt")))!;
        var top = snapshot.GetDocument(DocumentUris.FromFilePath(Path.Combine(Root, "top.txt")))!;

        var inner = EntityDefinitions.Find(snapshot, story, "acme")!;
        Assert.That(inner.Path, Is.EqualTo(innerFile));
        Assert.That(Inner.Substring(inner.Span.Start, inner.Span.Length), Is.EqualTo("acme"));
        Assert.That(inner.Span.Start, Is.EqualTo(Inner.IndexOf("id: acme", StringComparison.Ordinal) + 4));
        var outer = EntityDefinitions.Find(snapshot, top, "acme")!;
        Assert.That(outer.Path, Is.EqualTo(rootFile));
        Assert.That(outer.Span.Start, Is.EqualTo(TopEntities.IndexOf("acme", StringComparison.Ordinal)));
        Assert.That(EntityDefinitions.Find(snapshot, story, "syria"), Is.Null);
        Assert.That(EntityDefinitions.FindIn("entities: [ {id: x", "x"), Is.Null, "invalid YAML is no definition");

        var acme = story.Analysis!.Entities.Entities.Single(e => e.Id == "acme");
        Assert.That(EntityDefinitions.IsBuiltin(story, acme), Is.False);
        var builtinDoc = ArticleDocument.Create("file:///x/y.txt", 1, ArticleText.From("Syria said so.\n"), BylineConfig.Default);
        Assert.That(EntityDefinitions.IsBuiltin(builtinDoc, builtinDoc.Analysis!.Entities.Entities.Single(e => e.Id == "syria")), Is.True);
    }
}
