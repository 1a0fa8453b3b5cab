using System.Text.Json;

namespace Byline.Cli.Tests;

public class CheckCommandTests
{
    [Test]
    public void Check_on_the_seeds_reports_compiler_style_findings_and_exits_1()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Paragraph on line 9 of the seed: “Acting in self defense, … threat," … a "a serious …”
        Assert.That(lines, Has.Some.StartsWith("seeds/000_9bb0596e7d6cd391.txt(9,1): warning BYL0007: This quotation opens with “ but closes with \""));
        Assert.That(lines, Has.Some.Matches(@"^seeds/000_9bb0596e7d6cd391\.txt\(9,\d+\): warning BYL0008: 'a' is repeated"));
        Assert.That(lines, Has.All.Matches(@"^seeds/[^()]+\(\d+,\d+\): (error|warning) BYL\d{4}: .+"));
        Assert.That(result.Stderr, Does.Contain("finding(s) in"));
    }

    [Test]
    public void Severity_threshold_error_passes_when_only_warnings_exist()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--severity", "error");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stdout + result.Stderr);
        Assert.That(result.Stdout.Trim(), Is.Empty);
    }

    [Test]
    public void A_clean_article_exits_0()
    {
        using var folder = new TempFolder();
        folder.Write("articles/clean.txt", "Coalition strikes rocket sites\n\nA coalition spokesperson said on Tuesday that the strikes hit two sites.\n");

        var result = BylineProcess.Run(folder.Path, "check", "articles");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stdout + result.Stderr);
    }

    [Test]
    public void Check_honours_the_review_ledger_and_counts_what_it_suppressed()
    {
        using var folder = new TempFolder();
        folder.Write("articles/depot.txt", "Strike hits depot\n\nThe the strike hit a depot, a coalition spokesperson said.\n");
        var before = BylineProcess.Run(folder.Path, "check", "articles");
        Assert.That(before.Stdout, Does.Contain("BYL0008"), before.Stderr);
        Assert.That(before.Stderr, Does.Contain(", 0 suppressed."));

        folder.Write(".byline/reviews.yaml", "reviews:\n  - file: articles/depot.txt\n    rule: BYL0008\n    text: the\n    reason: the wire copy says so\n");
        var after = BylineProcess.Run(folder.Path, "check", "articles");

        Assert.That(after.Stdout, Does.Not.Contain("BYL0008"), after.Stderr);
        Assert.That(after.Stderr, Does.Contain("finding(s) in").And.Contain(", 1 suppressed."));
    }

    [Test]
    public void A_broken_ledger_is_reported_and_does_not_stop_the_check()
    {
        using var folder = new TempFolder();
        folder.Write("articles/depot.txt", "Strike hits depot\n\nThe the strike hit a depot, a coalition spokesperson said.\n");
        folder.Write(".byline/reviews.yaml", "reviews:\n  - file: articles/depot.txt\n    rule: BYL0008\n    text: the\n");

        var result = BylineProcess.Run(folder.Path, "check", "articles");

        Assert.That(result.Stderr, Does.Contain(".byline/reviews.yaml(2,5): error BYL9004: This review has no reason"));
        Assert.That(result.Stdout, Does.Contain("BYL0008"), "a review without a reason suppresses nothing");
    }

    [Test]
    public void A_missing_path_is_a_usage_error_with_exit_2()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "no/such/folder");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("no such file or folder: no/such/folder"));
    }

    [Test]
    public void An_unknown_option_value_is_a_usage_error_with_exit_2()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--format", "xml");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("xml"));
    }

    [Test]
    public void Json_format_lists_each_file_with_its_diagnostics()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.That(files.Select(f => f.GetProperty("path").GetString()), Has.Member("seeds/000_9bb0596e7d6cd391.txt"));
        var seed = files.Single(f => f.GetProperty("path").GetString() == "seeds/000_9bb0596e7d6cd391.txt");
        var first = seed.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "BYL0007");
        Assert.That(first.GetProperty("line").GetInt32(), Is.EqualTo(9));
        Assert.That(first.GetProperty("help").GetString(), Does.EndWith("docs/rules/BYL0007.md"));
    }

    [Test]
    public void Invalid_utf8_and_binary_files_get_a_finding_instead_of_a_crash()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a/latin1.txt", [.. "Headline\n\nThe caf"u8.ToArray(), 0xE9, .. " was closed.\n"u8.ToArray()]);
        folder.WriteBytes("a/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);

        var result = BylineProcess.Run(folder.Path, "check", "a");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout, Does.Contain("a/latin1.txt(3,8): warning BYL9002: The file is not valid UTF-8"));
        Assert.That(result.Stdout, Does.Contain("a/image.txt(1,5): warning BYL9001:"));
    }

    [Test]
    public void A_byline_yaml_turns_a_rule_off_and_broken_yaml_does_not_stop_the_check()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.txt", "Headline\n\nThe the strike hit the base, the army said.\n");
        folder.Write(".byline.yaml", "rules:\n  BYL0008: off\n");

        var off = BylineProcess.Run(folder.Path, "check", "news");
        Assert.That(off.ExitCode, Is.EqualTo(0), off.Stdout + off.Stderr);

        folder.Write(".byline.yaml", "rules: [BYL0008: off\n");
        var broken = BylineProcess.Run(folder.Path, "check", "news");
        Assert.That(broken.Stdout, Does.Contain("BYL0008"), "defaults apply when the configuration is broken");
    }
}
