using System.Text.Json;
using Byline.Analysis.Rules;
using Byline.Workspace;

namespace Byline.Cli.Tests;

public class CommandTests
{
    [Test]
    public void Rules_lists_every_rule_of_the_catalog_with_its_severity_and_docs_page()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "rules");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            Assert.That(result.Stdout, Does.Match($@"(?m)^{rule.Id}\s+{rule.DefaultSeverity.ToString().ToLowerInvariant()}\s+{rule.Name}\s+{System.Text.RegularExpressions.Regex.Escape(rule.Title)}$"));
            Assert.That(result.Stdout, Does.Contain($"docs/rules/{rule.Id}.md"));
        }
    }

    [Test]
    public void Rules_as_json()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "rules", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(RuleCatalog.Descriptors.Select(d => d.Id)));
        Assert.That(rules[0].GetProperty("defaultSeverity").GetString(), Is.EqualTo("warning"));
    }

    [Test]
    public void Init_writes_a_configuration_fitted_to_the_folder_and_never_overwrites_it()
    {
        using var folder = new TempFolder();
        folder.Write("news/one.md", "# One\n\nText.\n");
        folder.Write("node_modules/pkg/readme.md", "# Not an article\n");

        var result = BylineProcess.Run(folder.Path, "init");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Is.Empty);
        var path = Path.Combine(folder.Path, BylineConfig.FileName);
        var text = File.ReadAllText(path);
        var parsed = ConfigFile.Parse(path, text);
        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Include, Is.EqualTo(new[] { "**/*.md" }), "only .md articles were found (node_modules is skipped)");
        Assert.That(text, Does.Contain("found here: node_modules"));
        Assert.That(parsed.RuleSeverities.Keys, Is.EquivalentTo(RuleCatalog.Rules.Select(r => r.Descriptor.Id)));

        File.AppendAllText(path, "# edited by the desk\n");
        var again = BylineProcess.Run(folder.Path, "init");
        Assert.That(again.ExitCode, Is.EqualTo(2));
        Assert.That(again.Stderr, Does.Contain("already exists"));
        Assert.That(File.ReadAllText(path), Does.EndWith("# edited by the desk\n"));
    }

    [Test]
    public void Version_and_help_with_examples()
    {
        var version = BylineProcess.Run(BylineProcess.RepositoryRoot, "--version");
        Assert.That(version.ExitCode, Is.EqualTo(0));
        Assert.That(version.Stdout, Does.Match(@"^\d+\.\d+\.\d+"));

        var help = BylineProcess.Run(BylineProcess.RepositoryRoot, "--help");
        Assert.That(help.Stdout, Does.Contain("check").And.Contain("merge").And.Contain("rules").And.Contain("init").And.Contain("Examples:"));

        var checkHelp = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "--help");
        Assert.That(checkHelp.Stdout, Does.Contain("--baseline").And.Contain("--files-from").And.Contain("sarif").And.Contain("byline check -"));
    }

    [TestCase("check")]
    [TestCase("analyze")]
    [TestCase("report")]
    [TestCase("merge")]
    [TestCase("rules")]
    [TestCase("init")]
    [TestCase("serve")]
    public void Every_command_answers_help_even_without_its_required_arguments(string command)
    {
        var help = BylineProcess.Run(BylineProcess.RepositoryRoot, command, "--help");
        Assert.That(help.ExitCode, Is.EqualTo(0), help.Stderr);
        Assert.That(help.Stdout, Does.Contain("Usage:").And.Contain(command));
        Assert.That(help.Stderr, Is.Empty);
    }

    [Test]
    public void Paths_come_from_standard_input_and_globs()
    {
        using var folder = new TempFolder();
        folder.Write("news/a.txt", "Depot hit\n\nThe the depot was hit, the army said.\n");
        folder.Write("news/deep/b.md", "# Depot\n\nA depot was hit by by a drone, the army said.\n");
        folder.Write("news/c.txt", "Depot hit\n\nA depot was hit and and burned, the army said.\n");

        var piped = BylineProcess.RunWithInput(folder.Path, "news/a.txt\n\nnews/deep/b.md\n", "check", "-");
        Assert.That(piped.Stdout, Does.Contain("news/a.txt(3,").And.Contain("news/deep/b.md(3,").And.Not.Contain("news/c.txt"));

        var globbed = BylineProcess.Run(folder.Path, "check", "news/**/*.md");
        Assert.That(globbed.Stdout, Does.Contain("news/deep/b.md(3,").And.Not.Contain("news/a.txt"));

        var nothing = BylineProcess.Run(folder.Path, "check", "news/**/*.html");
        Assert.That(nothing.ExitCode, Is.EqualTo(2));
        Assert.That(nothing.Stderr, Does.Contain("no file matches news/**/*.html"));
    }

    [Test]
    public void Check_without_paths_is_a_usage_error()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("needs at least one path"));
    }

    [Test]
    public void Every_finding_is_one_line_and_the_summary_is_on_standard_error_at_severity_hint()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--severity", "hint");

        Assert.That(result.Stdout, Does.EndWith("\n"));
        Assert.That(result.Stdout.TrimEnd('\n').Split('\n'), Has.All.Matches(@"^seeds/[^()]+\(\d+,\d+\): (error|warning|information|hint) BYL\d{4}: [^\r]+$"));
        Assert.That(result.Stderr, Does.Match(@"^\d+ finding\(s\) in \d+ of \d+ file\(s\), \d+ suppressed\.\n$"));
        Assert.That(result.Stderr, Does.Not.Contain("\r"), "no progress line when standard error is not a terminal");
    }

    [TestCase("check", "")]
    [TestCase("check", " ")]
    [TestCase("analyze", "")]
    [TestCase("report", "")]
    [TestCase("report", "a", "-o", "")]
    [TestCase("check", "a", "--baseline", "")]
    [TestCase("check", "a", "--files-from", "")]
    [TestCase("merge", "")]
    [TestCase("init", "")]
    public void A_blank_file_name_is_a_usage_error_not_a_crash(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("a/story.txt", "Depot hit\n\nThe depot was hit, the army said.\n");

        var result = BylineProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("is not a file or folder name"));
        Assert.That(result.Stderr, Does.Not.Contain("Unhandled exception").And.Not.Contain("   at "));
    }

    [Test]
    public void A_listed_path_with_a_nul_character_is_reported_and_the_other_paths_are_checked()
    {
        using var folder = new TempFolder();
        folder.Write("a/story.txt", "Depot hit\n\nThe the depot was hit, the army said.\n");

        var result = BylineProcess.RunWithInput(folder.Path, "a/story.txt\nbad\0name.txt\n", "check", "-");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Stderr);
        Assert.That(result.Stderr, Does.Contain("not a file or folder name: bad\\0name.txt"));
        Assert.That(result.Stderr, Does.Not.Contain("Unhandled exception"));
        Assert.That(result.Stdout, Does.Contain("a/story.txt").And.Contain("BYL0008"));
    }

    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("jsonl")]
    public void Standard_output_holds_only_the_chosen_format_when_a_file_is_broken(string format)
    {
        using var folder = new TempFolder();
        folder.Write("a/story.txt", "Depot hit\n\nThe the depot was hit, the army said.\n");
        folder.WriteBytes("a/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        folder.Write(".byline.yaml", "rules: [broken\n");

        var result = BylineProcess.Run(folder.Path, "check", "a", "missing.txt", "--format", format);

        Assert.That(result.ExitCode, Is.EqualTo(2), "a missing file is a file problem");
        Assert.That(result.Stderr, Does.Contain("no such file or folder: missing.txt"));
        foreach (var document in format == "jsonl" ? result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [result.Stdout])
        {
            Assert.DoesNotThrow(() => JsonDocument.Parse(document).Dispose(), document);
        }
        Assert.That(result.Stdout, Does.Contain("a/story.txt").And.Contain("a/image.txt"), "the other files are still checked");
    }

    [Test]
    public void Parallel_output_is_in_path_order_and_the_same_every_run()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            // Different lengths, so articles finish out of order.
            folder.Write($"many/{i:00}.txt", $"Story {i}\n\n" + string.Concat(Enumerable.Repeat($"The the depot {i} was hit, officials said. ", 1 + (40 - i) * 5)) + "\n");
        }

        var first = BylineProcess.Run(folder.Path, "check", "many");
        var second = BylineProcess.Run(folder.Path, "check", "many");

        Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
        var paths = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('(')]).Distinct().ToList();
        Assert.That(paths, Has.Count.EqualTo(40));
        Assert.That(paths, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }
}

public class ReportCommandTests
{
    [Test]
    public void Report_of_the_seeds_writes_one_self_contained_html_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "report.html");

        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "report", "seeds/", "-o", path);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Is.Empty);
        var html = File.ReadAllText(path);
        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain("Content-Security-Policy").And.Contain("<svg "));
        Assert.That(html, Does.Not.Contain("<script"));
        foreach (var seed in Directory.GetFiles(BylineProcess.SeedsFolder, "*.txt"))
        {
            Assert.That(html, Does.Contain("seeds/" + Path.GetFileName(seed)));
        }
    }

    [Test]
    public void Report_escapes_an_article_that_holds_a_script_and_writes_to_standard_output_without_o()
    {
        using var folder = new TempFolder();
        folder.Write("news/x.txt", "Strike <script>alert(1)</script>\n\nThe strike hit a depot, the army said.\n");

        var result = BylineProcess.Run(folder.Path, "report", "news");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        Assert.That(result.Stdout, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Not.Contain("<script"));
    }
}

public class ShardTests
{
    [Test]
    public void Shards_split_the_sorted_articles_without_overlap_and_a_bad_shard_is_a_usage_error()
    {
        var all = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--format", "jsonl");
        var paths = Enumerable.Range(1, 3)
            .SelectMany(i => BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--shard", $"{i}/3", "--format", "jsonl").Stdout
                .Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("path").GetString())
            .ToList();

        Assert.That(paths, Is.Unique);
        Assert.That(paths, Is.EquivalentTo(all.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("path").GetString())));

        var bad = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--shard", "4/3");
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Stderr, Does.Contain("--shard must be i/n"));
    }
}

public class ProgressLineTests
{
    [Test]
    public void The_progress_line_gives_files_throughput_and_time_left()
    {
        var line = ProgressLine.Format(files: 500, totalFiles: 2000, bytes: 5_000_000, totalBytes: 20_000_000, elapsed: TimeSpan.FromSeconds(2));

        Assert.That(line, Is.EqualTo("500/2000 files  2.5 MB/s  0:06 left"));
    }

    [Test]
    public void On_a_terminal_check_draws_the_progress_line_on_standard_error_and_rubs_it_out()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Ignore("needs script(1) from util-linux for a pseudo-terminal");
        }
        using var folder = new TempFolder();
        for (var i = 0; i < 5; i++)
        {
            folder.Write($"news/{i}.txt", $"Story {i}\n\nThe depot was hit, the army said.\n");
        }
        var log = Path.Combine(folder.Path, "terminal.log");
        var dll = Path.Combine(AppContext.BaseDirectory, "Byline.Cli.dll");

        // script(1) gives the command a terminal; standard output goes to a file, so only standard error is drawn.
        var result = BylineProcess.RunProgram(folder.Path, "/usr/bin/script", "-qec", $"dotnet '{dll}' check news --format sarif > out.sarif", log);

        Assert.That(result.ExitCode, Is.EqualTo(0), File.ReadAllText(log));
        var terminal = File.ReadAllText(log);
        Assert.That(terminal, Does.Match(@"\r\d/5 files  \d+\.\d MB/s  \d+:\d\d left"));
        Assert.That(terminal, Does.Contain("0 finding(s) in 0 of 5 file(s)"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "out.sarif")), Does.StartWith("{").And.Not.Contain("MB/s"));
    }
}
