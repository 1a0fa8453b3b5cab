using Byline.Tests.Shared;

namespace Byline.Cli.Tests;

/// <summary>
/// Every file the CLI reads goes through one bounded reader: a folder, a file over its limit or binary text is refused
/// with exit 2 and a message naming the file and why, never read until the memory runs out. A pipe or device the user
/// names (a shell's <c>&lt;(…)</c>) is read as a stream under the same bounds.
/// Large files are made sparse, so the tests write almost nothing to disk.
/// </summary>
public class FileArgumentLimitTests
{
    private const string Story = "Headline\n\nThe the strike hit a depot, a coalition spokesperson said.\n";

    private static void WriteSparse(string path, long length)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        file.SetLength(length);
    }

    [Test]
    public void A_baseline_of_endless_zeros_is_refused_at_the_first_NUL_with_exit_2()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);

        var result = BylineProcess.Run(folder.Path, "check", "news", "--baseline", "/dev/zero");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("/dev/zero holds a NUL byte"));
    }

    [Test]
    public void A_baseline_from_process_substitution_is_read_as_the_file_it_pipes()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        var sarif = BylineProcess.Run(folder.Path, "check", "news", "--format", "sarif");
        folder.Write("old.sarif", sarif.Stdout);

        var fromFile = BylineProcess.Run(folder.Path, "check", "news", "--baseline", "old.sarif");
        var fromPipe = RunInBash(folder.Path, "check news --baseline <(cat old.sarif)");

        Assert.That(sarif.Stdout, Does.Contain("BYL0008"));
        Assert.That(fromPipe.ExitCode, Is.EqualTo(fromFile.ExitCode), fromPipe.Stderr);
        Assert.That(fromPipe.Stdout, Is.EqualTo(fromFile.Stdout));
        Assert.That(fromPipe.Stdout, Does.Not.Contain("BYL0008"), "every finding is in the baseline");
    }

    [Test]
    public void A_file_list_and_results_to_merge_from_process_substitution_are_read()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        folder.Write("results.jsonl", BylineProcess.Run(folder.Path, "check", "news", "--format", "jsonl").Stdout);

        var listed = RunInBash(folder.Path, "check --files-from <(printf 'news/story.txt\\n')");
        var merged = RunInBash(folder.Path, "merge <(cat results.jsonl) --format text");

        Assert.That(listed.ExitCode, Is.EqualTo(1), listed.Stderr);
        Assert.That(listed.Stdout, Does.Contain("story.txt").And.Contain("BYL0008"));
        Assert.That(merged.Stdout, Does.Contain("story.txt").And.Contain("BYL0008"), merged.Stderr);
    }

    private static BylineProcess.Result RunInBash(string folder, string arguments)
    {
        var cli = System.IO.Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll");
        return BylineProcess.RunProgram(folder, "bash", "-c", $"exec dotnet '{cli}' {arguments}");
    }

    [Test]
    public void A_baseline_over_the_limit_is_refused_without_being_read()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        WriteSparse(System.IO.Path.Combine(folder.Path, "old.sarif"), (256L << 20) + 1);

        var result = BylineProcess.Run(folder.Path, "check", "news", "--baseline", "old.sarif");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("old.sarif is larger than 256 MiB"));
    }

    [Test]
    public void A_file_list_that_is_a_folder_is_refused_and_a_binary_one_names_its_bad_lines()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        folder.WriteBytes("list.txt", [.. "news/story.txt\n"u8, 0, 1, 2]);

        var binary = BylineProcess.Run(folder.Path, "check", "--files-from", "list.txt");
        var aFolder = BylineProcess.Run(folder.Path, "check", "--files-from", "news");

        Assert.That(binary.ExitCode, Is.EqualTo(2), binary.Stderr);
        Assert.That(binary.Stderr, Does.Contain("not a file or folder name: \\0"));
        Assert.That(aFolder.ExitCode, Is.EqualTo(2), aFolder.Stderr);
        Assert.That(aFolder.Stderr, Does.Contain("news is a folder, not a file"));
    }

    [Test]
    public void Results_to_merge_of_endless_zeros_are_refused()
    {
        using var folder = new TempFolder();

        var result = BylineProcess.Run(folder.Path, "merge", "/dev/zero", "--format", "text");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("cannot read /dev/zero: /dev/zero holds a NUL byte"));
    }

    [TestCase("check", "standard input has a line longer than 64 KiB")]
    [TestCase("merge", "standard input holds a NUL byte")]
    public void Standard_input_of_endless_zeros_is_refused_early(string command, string message)
    {
        using var folder = new TempFolder();
        var cli = System.IO.Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll");

        var result = BylineProcess.RunProgram(folder.Path, "sh", "-c", $"exec dotnet '{cli}' {command} - < /dev/zero");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain(message));
    }

    [Test]
    public void A_configuration_file_over_its_limit_is_BYL9004_and_the_articles_are_still_checked()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", Story);
        WriteSparse(System.IO.Path.Combine(folder.Path, ".byline.yaml"), (16L << 20) + 1);

        var result = BylineProcess.Run(folder.Path, "check", "news");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("error BYL9004").And.Contain("is larger than 16 MiB"));
        Assert.That(result.Stdout, Does.Contain("BYL0008"));
    }

    [Test]
    public void An_article_far_past_maxArticleLength_is_not_read()
    {
        using var folder = new TempFolder();
        folder.Write(".byline.yaml", "maxArticleLength: 10\n");
        folder.Write("news/story.txt", Story);

        var result = BylineProcess.Run(folder.Path, "check", "news");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("story.txt is larger than 44 bytes, the most Byline reads of an article"));
    }
}
