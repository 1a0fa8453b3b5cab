using System.Text.Json;
using NJsonSchema;

namespace Byline.Cli.Tests;

/// <summary>
/// An unattributed claim's focus (its head) in every output: a new <c>focus</c> beside the unchanged range in
/// the JSON formats, and the SARIF region with the whole sentence as a related location.
/// </summary>
public class FocusOutputTests
{
    private const string Article = "Storm hits the coast\n\nThe road was closed for a week. Two bridges collapsed in the storm.\n";
    private const string Sentence = "Two bridges collapsed in the storm.";
    private const string Head = "collapsed in the storm";

    private static JsonElement ClaimIn(JsonElement diagnostics) =>
        diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "BYL0001" && d.GetProperty("start").GetInt32() == Article.IndexOf(Sentence, StringComparison.Ordinal));

    [Test]
    public void Check_json_keeps_the_sentence_as_range_and_adds_the_focus()
    {
        using var folder = new TempFolder();
        folder.Write("stories/storm.txt", Article);

        var result = BylineProcess.Run(folder.Path, "check", "stories", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var claim = ClaimIn(json.RootElement.GetProperty("files")[0].GetProperty("diagnostics"));
        Assert.That(claim.GetProperty("end").GetInt32() - claim.GetProperty("start").GetInt32(), Is.EqualTo(Sentence.Length));
        var focus = claim.GetProperty("focus");
        Assert.That(Article[focus.GetProperty("start").GetInt32()..focus.GetProperty("end").GetInt32()], Is.EqualTo(Head));
        Assert.That((focus.GetProperty("line").GetInt32(), focus.GetProperty("column").GetInt32()), Is.EqualTo((3, 45)));
        Assert.That((focus.GetProperty("endLine").GetInt32(), focus.GetProperty("endColumn").GetInt32()), Is.EqualTo((3, 45 + Head.Length)));
    }

    [Test]
    public void Analyze_json_adds_the_focus_to_the_diagnostic()
    {
        using var folder = new TempFolder();
        folder.Write("stories/storm.txt", Article);

        var result = BylineProcess.Run(folder.Path, "analyze", "stories", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var claim = ClaimIn(json.RootElement.GetProperty("documents")[0].GetProperty("diagnostics"));
        Assert.That(Article[claim.GetProperty("start").GetInt32()..claim.GetProperty("end").GetInt32()], Is.EqualTo(Sentence));
        var focus = claim.GetProperty("focus");
        Assert.That(Article[focus.GetProperty("start").GetInt32()..focus.GetProperty("end").GetInt32()], Is.EqualTo(Head));
    }

    [Test]
    public void Sarif_puts_the_region_on_the_head_and_relates_the_sentence()
    {
        using var folder = new TempFolder();
        folder.Write("stories/storm.txt", Article);

        var result = BylineProcess.Run(folder.Path, "check", "stories", "--format", "sarif");

        var schema = JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();
        Assert.That(schema.Validate(result.Stdout).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
        using var json = JsonDocument.Parse(result.Stdout);
        var claims = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "BYL0001").ToList();
        var claim = claims.Single(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString() == Head);
        var region = claim.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.That((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()), Is.EqualTo((3, 45)));
        var related = claim.GetProperty("relatedLocations").EnumerateArray().Single();
        Assert.That(related.GetProperty("message").GetProperty("text").GetString(), Is.EqualTo("claim: the whole sentence"));
        Assert.That(related.GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString(), Is.EqualTo(Sentence));
    }
}
