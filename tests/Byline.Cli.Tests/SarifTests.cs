using System.Text.Json;
using NJsonSchema;

namespace Byline.Cli.Tests;

public class SarifTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    private const string Depot = "Strike hits depot\n\nThe the strike hit a depot, a coalition spokesperson said.\n";

    private static void AssertValidSarif(string sarif)
    {
        var errors = Schema.Value.Validate(sarif);
        Assert.That(errors.Select(e => $"{e.Path}: {e.Kind}"), Is.Empty, "SARIF 2.1.0 schema errors");
    }

    [Test]
    public void Sarif_of_the_seeds_validates_against_the_OASIS_schema_and_carries_rules_fingerprints_and_relative_uris()
    {
        var result = BylineProcess.Run(BylineProcess.RepositoryRoot, "check", "seeds/", "--format", "sarif");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        AssertValidSarif(result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        var run = json.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(Analysis.Rules.RuleCatalog.Descriptors.Select(d => d.Id)));
        Assert.That(rules[7].GetProperty("helpUri").GetString(), Is.EqualTo("https://github.com/byline-news/byline/blob/main/docs/rules/BYL0008.md"));
        Assert.That(run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString(),
            Is.EqualTo(new Uri(BylineProcess.RepositoryRoot.TrimEnd('/') + "/").AbsoluteUri));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results, Is.Not.Empty);
        var mismatched = results.First(r => r.GetProperty("ruleId").GetString() == "BYL0007");
        var location = mismatched.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("seeds/000_9bb0596e7d6cd391.txt"));
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
        Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(9));
        Assert.That(results.Select(r => r.GetProperty("partialFingerprints").GetProperty("bylineFinding/v1").GetString()), Is.Unique);
        Assert.That(results.All(r => rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString() == r.GetProperty("ruleId").GetString()));
    }

    [Test]
    public void A_fix_is_a_sarif_replacement()
    {
        using var folder = new TempFolder();
        folder.Write("articles/depot.txt", Depot);

        var result = BylineProcess.Run(folder.Path, "check", "articles", "--format", "sarif");

        AssertValidSarif(result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        var repeated = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "BYL0008");
        var change = repeated.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        Assert.That(change.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("articles/depot.txt"));
        var replacement = change.GetProperty("replacements")[0];
        Assert.That(replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32(), Is.EqualTo(3));
        Assert.That(replacement.GetProperty("insertedContent").GetProperty("text").GetString(), Is.Empty);
    }

    [Test]
    public void A_reviewed_finding_is_a_suppression_with_its_reason()
    {
        using var folder = new TempFolder();
        folder.Write("articles/depot.txt", Depot);
        folder.Write("articles/quote.md", "# Strike\n\n<!-- byline-disable BYL0008: the wire copy repeats it -->\nThe the strike hit a depot, the army said.\n");
        folder.Write(".byline/reviews.yaml", "reviews:\n  - file: articles/depot.txt\n    rule: BYL0008\n    text: the\n    reason: the wire copy says so\n");

        var result = BylineProcess.Run(folder.Path, "check", "articles", "--format", "sarif");

        AssertValidSarif(result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        var suppressed = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("suppressions", out _))
            .ToDictionary(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                          r => r.GetProperty("suppressions")[0]);
        Assert.That(suppressed["articles/depot.txt"].GetProperty("kind").GetString(), Is.EqualTo("external"));
        Assert.That(suppressed["articles/depot.txt"].GetProperty("justification").GetString(), Is.EqualTo("the wire copy says so"));
        Assert.That(suppressed["articles/quote.md"].GetProperty("kind").GetString(), Is.EqualTo("inSource"));
        Assert.That(suppressed["articles/quote.md"].GetProperty("justification").GetString(), Is.EqualTo("the wire copy repeats it"));
        Assert.That(result.Stderr, Does.Contain(", 2 suppressed."));
    }

    [Test]
    public void With_a_baseline_only_new_findings_are_reported_and_fail()
    {
        using var folder = new TempFolder();
        folder.Write("articles/depot.txt", Depot);
        var baseline = BylineProcess.Run(folder.Path, "check", "articles", "--format", "sarif");
        File.WriteAllText(Path.Combine(folder.Path, "main.sarif"), baseline.Stdout);

        // A line above the old finding moves it; its fingerprint stays, so it is not new.
        folder.Write("articles/depot.txt", "Strike hits depot\n\nOfficials met on Monday, the army said.\n\n" + Depot[19..]);
        var unchanged = BylineProcess.Run(folder.Path, "check", "articles", "--baseline", "main.sarif");
        Assert.That(unchanged.ExitCode, Is.EqualTo(0), unchanged.Stdout + unchanged.Stderr);
        Assert.That(unchanged.Stdout, Is.Empty);
        Assert.That(unchanged.Stderr, Does.Contain("already in the baseline"));

        folder.Write("articles/new.txt", "Depot hit\n\nA depot was hit by by a drone, the army said.\n");
        var added = BylineProcess.Run(folder.Path, "check", "articles", "--baseline", "main.sarif");
        Assert.That(added.ExitCode, Is.EqualTo(1), added.Stderr);
        Assert.That(added.Stdout, Does.Contain("articles/new.txt(3,"));
        Assert.That(added.Stdout, Does.Not.Contain("articles/depot.txt"));

        var sarif = BylineProcess.Run(folder.Path, "check", "articles", "--baseline", "main.sarif", "--format", "sarif");
        AssertValidSarif(sarif.Stdout);
        using var json = JsonDocument.Parse(sarif.Stdout);
        var states = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (Uri: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
                          State: r.GetProperty("baselineState").GetString()));
        Assert.That(states, Has.Member(("articles/new.txt", "new")).And.Member(("articles/depot.txt", "unchanged")));
    }

    [Test]
    public void A_baseline_that_is_not_sarif_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("articles/depot.txt", Depot);
        folder.Write("main.sarif", "{\"not\": \"sarif\"}");

        var result = BylineProcess.Run(folder.Path, "check", "articles", "--baseline", "main.sarif");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Does.Contain("cannot use the baseline: main.sarif is not a SARIF file"));
        Assert.That(result.Stdout, Is.Empty);
    }
}
