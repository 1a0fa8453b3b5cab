using System.Text.Json;

namespace Byline.Cli.Tests;

/// <summary>The <c>analyze --format json</c> output against the contract in docs/analysis-json.md.</summary>
public class AnalyzeCommandTests
{
    private static readonly string[] BlockKinds =
        ["frontmatter", "headline", "standfirst", "byline", "dateline", "paragraph", "quote", "caption", "credit", "heading", "listitem", "boilerplate", "footnote", "separator"];

    [Test]
    public void Seeds_produce_one_schema_object_with_documents_in_path_order()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "analyze", "seeds", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.That(json.RootElement.GetProperty("schema").GetString(), Is.EqualTo("byline-analysis/1"));
        var paths = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToList();
        Assert.That(paths, Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
        Assert.That(paths, Has.Member("seeds/000_9bb0596e7d6cd391.txt"));
        Assert.That(paths, Has.None.EndsWith("README.md"), "README files are not articles");
        Assert.That(paths, Has.Count.GreaterThanOrEqualTo(6));
    }

    [Test]
    public void Every_document_follows_the_offset_rules_of_the_contract()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "analyze", "seeds");
        using var json = JsonDocument.Parse(result.Stdout);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var path = document.GetProperty("path").GetString()!;
            var text = File.ReadAllText(Path.Combine(BylineProcess.RepositoryRoot, path));
            Assert.That(document.GetProperty("length").GetInt32(), Is.EqualTo(text.Length), path);
            var previousEnd = 0;
            foreach (var block in document.GetProperty("blocks").EnumerateArray())
            {
                var (start, end) = (block.GetProperty("start").GetInt32(), block.GetProperty("end").GetInt32());
                Assert.That(BlockKinds, Does.Contain(block.GetProperty("kind").GetString()), path);
                Assert.That(start, Is.GreaterThanOrEqualTo(previousEnd), $"{path}: blocks sorted and disjoint");
                Assert.That(end, Is.LessThanOrEqualTo(text.Length));
                Assert.That(text[start..end], Does.Not.Contain("\n").And.Not.Contain("\r"), $"{path}: a block does not include its line break");
                previousEnd = end;
            }
            foreach (var name in new[] { "sentences", "attributions", "entities", "diagnostics" })
            {
                var starts = document.GetProperty(name).EnumerateArray().Select(e => e.TryGetProperty("start", out var s) ? s.GetInt32() : 0).ToList();
                Assert.That(starts, Is.Ordered, $"{path}: {name} sorted by start");
            }
            foreach (var sentence in document.GetProperty("sentences").EnumerateArray())
            {
                Assert.That(new[] { "attributed", "carried", "vague", "unattributed", "none" }, Does.Contain(sentence.GetProperty("status").GetString()));
            }
        }
    }

    [Test]
    public void Offsets_are_utf16_without_the_byte_order_mark_and_without_newline_normalisation()
    {
        using var folder = new TempFolder();
        var text = "Strike hits base 🚀\r\n\r\n“Quote,\" said the spokesperson.\r\n";
        folder.WriteBytes("x/a.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var result = BylineProcess.Run(folder.Path, "analyze", "x", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.That(document.GetProperty("path").GetString(), Is.EqualTo("x/a.txt"));
        Assert.That(document.GetProperty("length").GetInt32(), Is.EqualTo(text.Length));
        var blocks = document.GetProperty("blocks").EnumerateArray().ToList();
        Assert.That(blocks[0].GetProperty("end").GetInt32(), Is.EqualTo("Strike hits base 🚀".Length));
        Assert.That(blocks[1].GetProperty("start").GetInt32(), Is.EqualTo(text.IndexOf('“')));
        var diagnostic = document.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "BYL0007");
        Assert.That(diagnostic.GetProperty("start").GetInt32(), Is.EqualTo(text.IndexOf('“')));
    }

    [Test]
    public void Output_is_deterministic()
    {
        var first = BylineProcess.Run(BylineProcess.RepositoryRoot, "analyze", "seeds");
        var second = BylineProcess.Run(BylineProcess.RepositoryRoot, "analyze", "seeds");
        Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
    }

    [Test]
    public void The_seed_lists_its_entities_and_attributes_sources_to_them()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "analyze", "seeds/000_9bb0596e7d6cd391.txt");
        using var json = JsonDocument.Parse(result.Stdout);
        var document = json.RootElement.GetProperty("documents")[0];
        var text = File.ReadAllText(Path.Combine(BylineProcess.RepositoryRoot, "seeds", "000_9bb0596e7d6cd391.txt"));

        var soleimani = document.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "qasem-soleimani");
        Assert.That(soleimani.GetProperty("type").GetString(), Is.EqualTo("PER"));
        Assert.That(soleimani.GetProperty("mentions").GetArrayLength(), Is.EqualTo(4));

        var sources = document.GetProperty("attributions").EnumerateArray()
            .Where(a => a.GetProperty("source").ValueKind == JsonValueKind.Object)
            .Select(a => (Text: text[a.GetProperty("source").GetProperty("start").GetInt32()..a.GetProperty("source").GetProperty("end").GetInt32()],
                          Entity: a.GetProperty("entity").ValueKind == JsonValueKind.String ? a.GetProperty("entity").GetString() : null))
            .ToList();
        Assert.That(sources, Has.Member(("Reuters", (string?)"reuters")));
        Assert.That(sources.Single(s => s.Text == "An Iraqi security source").Entity, Is.Null);
        Assert.That(document.GetProperty("sentences").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "unattributed"), Is.GreaterThanOrEqualTo(4));
    }
}
