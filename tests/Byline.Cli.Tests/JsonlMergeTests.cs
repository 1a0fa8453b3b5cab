using System.Text.Json;

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
