using Byline.Tests.Shared;
using System.Diagnostics;

namespace Byline.Cli.Tests;

/// <summary>
/// <c>byline check</c> on broken configuration and hostile folders: it reports, never crashes or hangs, never
/// reads outside the folder, and exits 2 whenever something was not read or configuration is broken.
/// </summary>
public class CheckReliabilityTests
{
    private const string Story = "Headline\n\nThe the strike hit a depot, a coalition spokesperson said.\n";

    [TestCase(".byline.yaml", "rules: {BYL0008: \"error}\n")]
    [TestCase(".byline.yaml", "rules: [BYL0008: off\n")]
    [TestCase(".byline.yaml", "rules: [unclosed\nauthor: x\n")]
    [TestCase(".byline/entities.yaml", "entities:\n  - {id: x, name: \"X, type: ORG}\n")]
    [TestCase(".byline/reviews.yaml", "reviews: [\n")]
    public void A_one_character_typo_in_a_configuration_file_is_BYL9004_and_exit_2(string file, string text)
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        folder.Write(file, text);

        var result = BylineProcess.Run(folder.Path, "check", "news");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
        Assert.That(result.Stderr, Does.Match($@"(^|\n){System.Text.RegularExpressions.Regex.Escape(file)}\(\d+,\d+\): error BYL9004: "));
        Assert.That(result.Stdout, Does.Contain("BYL0008"), "the articles are still checked, with the defaults");
    }

    [Test]
    public void Sixty_kilobytes_of_brackets_do_not_overflow_the_stack()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        folder.Write(".byline.yaml", "rules: " + new string('[', 60_000) + "\n");
        folder.Write(".byline/entities.yaml", "entities: " + new string('[', 60_000) + "\n");
        folder.Write(".byline/reviews.yaml", "reviews: " + new string('[', 60_000) + "\n");

        var result = BylineProcess.Run(folder.Path, "check", "news");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr.Split('\n').Count(l => l.Contains("BYL9004") && l.Contains("nested more than")), Is.EqualTo(3), result.Stderr);
    }

    [Test]
    public void An_empty_folder_exits_2()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));

        var result = BylineProcess.Run(folder.Path, "check", "empty");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("no articles in empty"));
    }

    [Test]
    public void An_include_that_matches_nothing_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        folder.Write(".byline.yaml", "include: ['**/*.markdown']\n");

        var result = BylineProcess.Run(folder.Path, "check", ".");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("no articles were checked"));
    }

    [Test]
    public void An_article_over_the_length_limit_is_skipped_and_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        folder.Write(".byline.yaml", "maxArticleLength: 20\n");

        var result = BylineProcess.Run(folder.Path, "check", "news");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
    }

    [Test]
    public void An_include_that_climbs_out_reads_nothing_outside()
    {
        using var folder = new TempFolder();
        folder.Write("outside/secret.txt", Story);
        folder.Write("ws/story.md", "# Headline\n\nA coalition spokesperson said on Tuesday that the strikes hit two sites.\n");
        folder.Write("ws/.byline.yaml", "include: ['../outside/**/*.txt', '**/*.md']\n");

        var result = BylineProcess.Run(Path.Combine(folder.Path, "ws"), "check", ".");

        Assert.That(result.Stdout + result.Stderr, Does.Not.Contain("secret"));
        Assert.That(result.Stderr, Does.Contain("points outside the workspace folder"));
        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Link_loops_finish_and_report_each_article_once()
    {
        using var folder = new TempFolder();
        folder.Write("ws/a/story.txt", Story);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "ws", "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "ws", "me"), ".");

        var result = BylineProcess.Run(Path.Combine(folder.Path, "ws"), "check", ".");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout.Split('\n').Count(l => l.Contains("BYL0008")), Is.EqualTo(1), result.Stdout);
        Assert.That(result.Stderr, Does.Contain("in 1 of 1 file(s)"));
    }

    [Test]
    public void A_fifo_named_like_an_article_is_reported_not_opened()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(folder.Path, "news", "pipe.txt")]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        var inFolder = BylineProcess.Run(folder.Path, "check", "news");
        var named = BylineProcess.Run(folder.Path, "check", "news/pipe.txt");

        Assert.That(inFolder.ExitCode, Is.EqualTo(2));
        Assert.That(inFolder.Stderr, Does.Contain("news/pipe.txt(1,1): warning BYL9007: Not read: not a regular file"));
        Assert.That(named.ExitCode, Is.EqualTo(2));
        Assert.That(named.Stderr, Does.Contain("BYL9007"));
    }

    // CI runs as root, for whom chmod 000 stops nothing: these run byline as the unprivileged user nobody.
    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Unreadable_folders_files_and_configuration_are_reported_as_an_unprivileged_user()
    {
        var asNobody = Unprivileged.Prefix() ?? throw new IgnoreException(Unprivileged.Reason);
        using var folder = new TempFolder();
        var binaries = Unprivileged.CopyOfBinaries();
        folder.Write("news/story.txt", Story);
        folder.Write("news/locked/hidden.txt", Story);
        folder.Write("news/secret.txt", Story);
        folder.Write(".byline.yaml", "rules:\n  BYL0008: off\n");
        Unprivileged.OpenToEveryone(folder.Path);
        File.SetUnixFileMode(Path.Combine(folder.Path, "news", "locked"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(folder.Path, "news", "secret.txt"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(folder.Path, ".byline.yaml"), UnixFileMode.None);

        var result = Unprivileged.Run(asNobody, binaries, folder.Path, "check", "news");
        Directory.Delete(binaries, recursive: true);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stdout + result.Stderr);
        Assert.That(result.Stderr, Does.Contain("news/locked(1,1): warning BYL9007: Not read: the folder cannot be read"));
        Assert.That(result.Stderr, Does.Contain("news/secret.txt(1,1): warning BYL9007: Not read: the file cannot be read"));
        Assert.That(result.Stderr, Does.Contain(".byline.yaml(1,1): error BYL9004: The file cannot be read"));
        Assert.That(result.Stdout, Does.Contain("news/story.txt").And.Contain("BYL0008"), "the readable article is checked, with the defaults");
    }
}
