using System.Diagnostics;
using Byline.Workspace.Files;

namespace Byline.Workspace.Tests;

/// <summary>
/// The folder walk on trees a user or an attacker can build: link loops, links out of the workspace, FIFOs.
/// (Unreadable entries need an unprivileged user, since the tests run as root in CI: see the CLI and server
/// process tests.)
/// </summary>
public class FolderWalkTests : TempFolderTest
{
    private static FolderWalkResult Walk(string folder, BylineConfig? config = null) =>
        new FolderWalk(new ArticleFiles(config ?? BylineConfig.Default)).Walk(folder);

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    [Test]
    public void The_walk_keeps_exactly_the_files_each_path_matched_alone_keeps()
    {
        string[] paths =
        [
            "story.txt", "NOTES.TXT", "README.md", "readme.txt", "image.png", "LICENSE",
            "desk/brief.md", "desk/README.md", "desk/data.csv", "desk/late/final.txt", "desk/late/draft.Md",
            "node_modules/pkg/readme.txt", "node_modules/pkg/story.txt", "a b/c d.txt", "x/y/z/deep.txt",
        ];
        foreach (var path in paths)
        {
            Write(path, "Headline\n\nText.\n");
        }
        var files = new ArticleFiles(BylineConfig.Default);

        var result = Walk(Root);

        var alone = paths.Where(files.Matches).Select(p => Path.Combine(Root, p)).Order(StringComparer.Ordinal);
        Assert.That(result.Files, Is.EqualTo(alone));
        Assert.That(result.Files.Select(Relative), Does.Contain("desk/late/final.txt").And.Not.Contains("desk/README.md"));
    }

    [Test]
    public void A_link_to_its_own_folder_lists_each_article_once()
    {
        Write("story.txt", "Headline\n\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(Root, "me"), ".");

        var result = Walk(Root);

        Assert.That(result.Files.Select(Relative), Is.EqualTo(new[] { "story.txt" }));
        Assert.That(result.Skipped, Is.Empty, "a link back into the workspace is not a problem");
    }

    [Test]
    public void A_link_to_the_parent_folder_ends_and_lists_each_article_once()
    {
        Write("a/story.txt", "Headline\n\nText.\n");
        Write("b/other.md", "# Other\n");
        Directory.CreateSymbolicLink(Path.Combine(Root, "a", "up"), "..");

        var result = Walk(Root);

        Assert.That(result.Files.Select(Relative), Is.EqualTo(new[] { "a/story.txt", "b/other.md" }));
    }

    [Test]
    public void A_link_to_an_article_is_the_same_article_under_its_own_name()
    {
        Write("desk/story.txt", "Headline\n\nText.\n");
        File.CreateSymbolicLink(Path.Combine(Root, "alias.txt"), Path.Combine(Root, "desk", "story.txt"));

        var result = Walk(Root);

        Assert.That(result.Files.Select(Relative), Is.EqualTo(new[] { "desk/story.txt" }));
    }

    [Test]
    public void Links_to_folders_and_files_outside_the_workspace_are_not_followed_and_are_reported()
    {
        var outside = Directory.CreateTempSubdirectory("byline-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "Not an article of this workspace.\n");
            Write("inside.txt", "Headline\n\nText.\n");
            Directory.CreateSymbolicLink(Path.Combine(Root, "elsewhere"), outside);
            File.CreateSymbolicLink(Path.Combine(Root, "secret.txt"), Path.Combine(outside, "secret.txt"));

            var result = Walk(Root);

            Assert.That(result.Files.Select(Relative), Is.EqualTo(new[] { "inside.txt" }));
            Assert.That(result.Skipped.Select(s => Relative(s.Path)), Is.EquivalentTo(new[] { "elsewhere", "secret.txt" }));
            Assert.That(result.Skipped.Select(s => s.Reason), Has.All.Contains("outside the workspace"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public void A_link_may_lead_into_another_workspace_root()
    {
        var other = Directory.CreateTempSubdirectory("byline-other-root-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(other, "shared.txt"), "Headline\n\nText.\n");
            Directory.CreateSymbolicLink(Path.Combine(Root, "shared"), other);

            var result = new FolderWalk(new ArticleFiles(BylineConfig.Default)).Walk(Root, [Root, other]);

            Assert.That(result.Files.Select(Relative), Is.EqualTo(new[] { "shared/shared.txt" }));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Test]
    public void An_include_that_climbs_out_of_the_folder_reads_nothing_outside_and_is_reported()
    {
        var parent = Directory.CreateTempSubdirectory("byline-parent-").FullName;
        try
        {
            var workspace = Directory.CreateDirectory(Path.Combine(parent, "ws")).FullName;
            Directory.CreateDirectory(Path.Combine(parent, "outside"));
            File.WriteAllText(Path.Combine(parent, "outside", "o.txt"), "Outside.\n");
            File.WriteAllText(Path.Combine(workspace, ".byline.yaml"), "include: [\"../outside/**/*.txt\", \"**/*.md\"]\n");
            File.WriteAllText(Path.Combine(workspace, "in.md"), "# In\n");

            var (config, problems) = new ConfigLoader().Load(workspace, workspace);
            var result = new FolderWalk(new ArticleFiles(config)).Walk(workspace);

            Assert.That(result.Files.Select(Path.GetFileName), Is.EqualTo(new[] { "in.md" }));
            Assert.That(problems.Select(p => p.Message), Has.Some.Contains("'../outside/**/*.txt' points outside the workspace folder"));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Test]
    public void A_fifo_named_like_an_article_is_reported_and_never_opened()
    {
        Write("story.txt", "Headline\n\nText.\n");
        var fifo = Path.Combine(Root, "pipe.txt");
        MakeFifo(fifo);

        var result = Walk(Root);

        Assert.That(result.Files.Select(Relative), Is.EqualTo(new[] { "story.txt" }));
        Assert.That(result.Skipped.Single().Reason, Does.Contain("FIFO"));
        Assert.That(() => ArticleDocument.Load(fifo, BylineConfig.Default), Throws.InstanceOf<IOException>().With.Message.Contains("not a regular file"));
        Assert.That(ConfigLoader.ReadIfExists(fifo), Is.Null);
    }

    [Test]
    public void Excluded_folders_are_not_entered()
    {
        Write("node_modules/pkg/readme.txt", "Not an article.\n");
        Write("story.txt", "Headline\n\nText.\n");

        Assert.That(Walk(Root).Files.Select(Relative), Is.EqualTo(new[] { "story.txt" }));
    }

    [Test]
    public void The_workspace_indexes_a_looped_folder_once()
    {
        Write("a/story.txt", "Headline\n\nThe the strike hit a depot, a coalition spokesperson said.\n");
        Write(".byline.yaml", "# indexed\n"); // A root .byline.yaml makes the folder indexed (without one only open documents are checked).
        Directory.CreateSymbolicLink(Path.Combine(Root, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(Root, "me"), ".");
        var workspace = new ArticleWorkspace();

        var snapshot = workspace.SetFolders([Root]);

        Assert.That(snapshot.Documents.Select(d => Relative(d.FilePath!)), Is.EqualTo(new[] { "a/story.txt" }));
    }

    [Test]
    public void A_fifo_created_while_the_server_runs_is_not_read()
    {
        Write("story.txt", "Headline\n\nText.\n");
        Write(".byline.yaml", "# indexed\n"); // A root .byline.yaml makes the folder indexed (without one only open documents are checked).
        var workspace = new ArticleWorkspace();
        workspace.SetFolders([Root]);
        var fifo = Path.Combine(Root, "late.txt");
        MakeFifo(fifo);

        var snapshot = workspace.FilesChanged([DocumentUris.FromFilePath(fifo)]);

        Assert.That(snapshot.Documents.Select(d => Relative(d.FilePath!)), Is.EqualTo(new[] { "story.txt" }));
    }

    [Test]
    public void Opening_for_reading_answers_for_a_file_and_neither_waits_on_a_fifo_nor_opens_what_is_missing()
    {
        Write("story.txt", "Headline\n\nText.\n");
        var fifo = Path.Combine(Root, "pipe.txt");
        MakeFifo(fifo);

        Assert.That(FileKinds.OpensForReading(Path.Combine(Root, "story.txt")), Is.EqualTo(OperatingSystem.IsLinux()));
        Assert.That(FileKinds.OpensForReading(Path.Combine(Root, "missing.txt")), Is.False);
        // A FIFO with no writer opens at once instead of waiting for one (the walk reads an entry's kind first, so
        // only a FIFO swapped in since then could get here).
        Assert.That(FileKinds.OpensForReading(fifo), Is.EqualTo(OperatingSystem.IsLinux()));
    }

    [Test]
    public void A_file_opened_for_reading_tells_its_kind_and_length_and_reads_by_offset()
    {
        Write("story.txt", "Headline\n\nText.\n");
        Directory.CreateDirectory(Path.Combine(Root, "desk"));
        var fifo = Path.Combine(Root, "pipe.txt");
        MakeFifo(fifo);
        Assert.That(FileKinds.TryOpenForReading(Path.Combine(Root, "missing.txt")), Is.Null);
        if (!OperatingSystem.IsLinux())
        {
            Assert.That(FileKinds.TryOpenForReading(Path.Combine(Root, "story.txt")), Is.Null, "only Linux opens natively");
            return;
        }

        using (var story = FileKinds.TryOpenForReading(Path.Combine(Root, "story.txt"))!)
        {
            Assert.That((story.Kind, story.Length), Is.EqualTo((FileKind.RegularFile, 16L)));
            var buffer = new byte[32];
            Assert.That(story.Read(buffer.AsSpan(0, 8), 10), Is.EqualTo(6));
            Assert.That(System.Text.Encoding.UTF8.GetString(buffer, 0, 6), Is.EqualTo("Text.\n"));
            Assert.That(story.Read(buffer, 16), Is.EqualTo(0), "at the end");
        }
        // Neither waits: a FIFO with no writer opens at once, non-blocking, and says what it is.
        using (var pipe = FileKinds.TryOpenForReading(fifo)!)
        {
            Assert.That(pipe.Kind, Is.EqualTo(FileKind.Special));
        }
        using (var folder = FileKinds.TryOpenForReading(Path.Combine(Root, "desk"))!)
        {
            Assert.That(folder.Kind, Is.EqualTo(FileKind.Directory));
        }
        Assert.That(() => ArticleDocument.Load(Path.Combine(Root, "desk"), BylineConfig.Default),
            Throws.InstanceOf<IOException>().With.Message.Contains("not a regular file"));
        Assert.That(() => ArticleDocument.Load(Path.Combine(Root, "missing.txt"), BylineConfig.Default),
            Throws.InstanceOf<IOException>().With.Message.Contains("does not exist"));
        Assert.That(ArticleDocument.Load(Path.Combine(Root, "story.txt"), BylineConfig.Default, [], out var bytes).Syntax.Text.ToString(),
            Is.EqualTo("Headline\n\nText.\n"));
        Assert.That(bytes, Is.EqualTo(16));
    }

    [Test]
    public void A_folder_listing_types_each_entry_as_the_file_system_does_without_following_links()
    {
        Write("story.txt", "Headline\n\nText.\n");
        Write("desk/brief.md", "# Brief\n");
        Write(".hidden.txt", "Headline\n\nText.\n");
        MakeFifo(Path.Combine(Root, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(Root, "to-story.txt"), "story.txt");
        Directory.CreateSymbolicLink(Path.Combine(Root, "to-desk"), "desk");
        Assert.That(FileKinds.List(Path.Combine(Root, "missing")), Is.Null, "a folder that cannot be listed is left to .NET, which says why");

        var listed = FileKinds.List(Root);

        if (!OperatingSystem.IsLinux())
        {
            Assert.That(listed, Is.Null, "only Linux lists natively");
            return;
        }
        // A file system that does not record types says Unknown, and the walk then asks about the entry itself.
        var expected = new Dictionary<string, ListedType>
        {
            ["story.txt"] = ListedType.RegularFile, [".hidden.txt"] = ListedType.RegularFile, ["desk"] = ListedType.Directory,
            ["pipe.txt"] = ListedType.Special, ["to-story.txt"] = ListedType.Link, ["to-desk"] = ListedType.Link,
        };
        Assert.That(listed!.Select(e => e.Name), Is.EquivalentTo(expected.Keys), "every entry but . and ..");
        Assert.That(listed!.Where(e => e.Type != ListedType.Unknown), Is.All.Matches<ListedEntry>(e => expected[e.Name] == e.Type));
    }

    [Test]
    public void The_walk_lists_nested_folders_in_ordinal_order_and_a_linked_file_once()
    {
        Write("a/story.txt", "Headline\n\nText.\n");
        Write("a/b/deep.md", "# Deep\n");
        Write("a-b.txt", "Headline\n\nText.\n");
        Write("z.txt", "Headline\n\nText.\n");
        File.CreateSymbolicLink(Path.Combine(Root, "alias.txt"), "z.txt");

        var result = Walk(Root);

        // Each real file once, by its path without links, in ordinal order; nothing skipped.
        Assert.That(result.Files.Select(Relative), Is.EqualTo(new[] { "a-b.txt", "a/b/deep.md", "a/story.txt", "z.txt" }));
        Assert.That(result.Skipped, Is.Empty);
    }

    [Test]
    public void A_file_reached_only_through_links_is_listed_once_by_its_shortest_then_ordinally_first_path()
    {
        // The real file is outside the walked folder but inside its roots, so only links reach it from the folder.
        var root = Path.Combine(Root, "root");
        var walked = Path.Combine(root, "desk");
        Directory.CreateDirectory(walked);
        Write("root/archive/story.txt", "Headline\n\nText.\n");
        var target = Path.Combine(root, "archive", "story.txt");
        File.CreateSymbolicLink(Path.Combine(walked, "zz.txt"), target);
        File.CreateSymbolicLink(Path.Combine(walked, "bb.txt"), target);
        File.CreateSymbolicLink(Path.Combine(walked, "a-longer-name.txt"), target);
        Directory.CreateDirectory(Path.Combine(walked, "a"));
        File.CreateSymbolicLink(Path.Combine(walked, "a", "c.txt"), target);

        var result = new FolderWalk(new ArticleFiles(BylineConfig.Default)).Walk(walked, [root]);

        Assert.That(result.Files, Is.EqualTo(new[] { Path.Combine(walked, "bb.txt") }));
        Assert.That(result.Skipped, Is.Empty);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.EqualTo(0), "mkfifo failed");
    }
}
