using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.Analysis;
using Byline.Cli.Formats;
using Byline.Reports;

namespace Byline.Cli.Tests;

public class JsonlMergeTests
{
    private static readonly string[] SeedFiles = Directory.GetFiles(BylineProcess.SeedsFolder, "*.txt")
        .Select(f => "seeds/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Jsonl_writes_one_object_per_article()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--format", "jsonl");

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(SeedFiles.Length));
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(objects.Select(o => o.GetProperty("schema").GetString()), Has.All.EqualTo("byline-check-article/1"));
        Assert.That(objects.Select(o => o.GetProperty("path").GetString()), Is.EquivalentTo(SeedFiles));
        Assert.That(objects.Sum(o => o.GetProperty("findings").GetArrayLength()), Is.GreaterThan(0));
    }

    [TestCase("sarif")]
    [TestCase("text")]
    [TestCase("json")]
    public void Merging_two_shards_writes_what_one_run_writes(string format)
    {
        using var folder = new TempFolder();
        var half = SeedFiles.Length / 2;
        File.WriteAllLines(Path.Combine(folder.Path, "first.list"), SeedFiles[..half]);
        var first = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "--files-from", Path.Combine(folder.Path, "first.list"), "--format", "jsonl");
        var second = BylineProcess.RunWithInput(BylineProcess.RepositoryRoot, string.Join("\n", SeedFiles[half..]) + "\n", "check", "-", "--format", "jsonl");
        File.WriteAllText(Path.Combine(folder.Path, "first.jsonl"), first.Stdout);
        File.WriteAllText(Path.Combine(folder.Path, "second.jsonl"), second.Stdout);

        var merged = BylineProcess.Run(BylineProcess.RepositoryRoot, "merge", Path.Combine(folder.Path, "second.jsonl"), Path.Combine(folder.Path, "first.jsonl"), "--format", format);
        var single = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--format", format);

        Assert.That(single.Stdout, Is.Not.Empty);
        Assert.That(merged.Stdout, Is.EqualTo(single.Stdout));
        Assert.That(merged.ExitCode, Is.EqualTo(single.ExitCode));
        Assert.That(merged.Stderr, Is.EqualTo(single.Stderr));
    }

    [Test]
    public void Merging_two_shards_to_html_writes_the_report_of_byline_report_byte_for_byte()
    {
        using var folder = new TempFolder();
        var first = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--shard", "1/2", "--format", "jsonl");
        var second = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--shard", "2/2", "--format", "jsonl");
        File.WriteAllText(Path.Combine(folder.Path, "shard-1.jsonl"), first.Stdout);
        File.WriteAllText(Path.Combine(folder.Path, "shard-2.jsonl"), second.Stdout);
        var html = Path.Combine(folder.Path, "report.html");

        var merged = BylineProcess.Run(BylineProcess.RepositoryRoot, "merge", Path.Combine(folder.Path, "shard-2.jsonl"), Path.Combine(folder.Path, "shard-1.jsonl"), "--format", "html", "-o", html);
        var single = BylineProcess.Run(BylineProcess.RepositoryRoot, "report", "seeds/");

        Assert.That(merged.ExitCode, Is.EqualTo(0), merged.Stderr);
        Assert.That(single.Stdout, Does.Contain("<html"));
        Assert.That(File.ReadAllBytes(html), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(single.Stdout)));
    }

    [Test]
    public void Figures_read_back_from_a_jsonl_line_equal_the_figures_computed_in_process()
    {
        var (inputs, errors) = ArticleInputs.Expand([Path.Combine(BylineProcess.SeedsFolder, Path.GetFileName(SeedFiles[0]))]);
        Assert.That(errors, Is.Empty);
        var checkedArticle = ArticleChecker.CheckOne(inputs[0], Severity.Warning, withFigures: true);
        using var line = new MemoryStream();

        JsonlFormat.Write(line, checkedArticle);
        var read = JsonlFormat.Read(System.Text.Encoding.UTF8.GetString(line.ToArray()));

        var computed = checkedArticle.Figures!;
        Assert.That(computed.Claims, Is.GreaterThan(0));
        Assert.That(computed.Findings, Is.Not.Empty);
        Assert.That(read.Figures, Is.EqualTo(computed).UsingPropertiesComparer());
        // The comparison looks into the maps and lists, not only at their references.
        Assert.That(read.Figures, Is.Not.EqualTo(computed with { EntityMentions = computed.EntityMentions.SetItem("Nobody Named", 1) }).UsingPropertiesComparer());
        Assert.That(read.Figures, Is.Not.EqualTo(computed with { Lines = computed.Lines.SetItem(0, "changed") }).UsingPropertiesComparer());
    }

    [Test]
    public void A_line_without_figures_is_reported_by_an_html_merge_with_exit_2()
    {
        using var folder = new TempFolder();
        var shard = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", SeedFiles[0], SeedFiles[1], "--format", "jsonl");
        var lines = shard.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        lines[0].Remove("figures");
        folder.Write("shard.jsonl", string.Join("\n", lines.Select(l => l.ToJsonString())) + "\n");

        var result = BylineProcess.Run(folder.Path, "merge", "shard.jsonl", "--format", "html");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain(lines[0]["path"]!.GetValue<string>() + ": its line has no figures"));
        Assert.That(result.Stdout, Does.Contain(lines[1]["path"]!.GetValue<string>()), "the other article is still reported");
    }

    [Test]
    public void A_line_that_is_not_byline_jsonl_is_reported_with_its_line_number_and_exit_2()
    {
        using var folder = new TempFolder();
        var shard = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", SeedFiles[0], "--format", "jsonl");
        folder.Write("shard.jsonl", shard.Stdout + "{\"schema\": \"other\"}\nnot json\n");

        var result = BylineProcess.Run(folder.Path, "merge", "shard.jsonl", "--format", "text");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("shard.jsonl(2): not a byline-check-article/1 line").And.Contain("shard.jsonl(3):"));
        Assert.That(result.Stdout, Does.StartWith(SeedFiles[0] + "("), "the good lines are still merged");
    }
}
