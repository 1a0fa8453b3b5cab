using System.Text.Json;
using Byline.Analysis;
using Byline.Analysis.Rules;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;
using Byline.Text;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Diagnostic defaults: a client that says it fills in the default severity and each rule's fixed message before it
/// reads the diagnostics (<c>initializationOptions.diagnosticDefaults: true</c>, as Byline's VS Code extension does)
/// gets diagnostics without them, and in the answer to <c>initialize</c> what to fill them in with; filled in, they
/// are what every other client gets. Code actions still find the finding behind such a diagnostic.
/// </summary>
public class DiagnosticDefaultsTests
{
    private const string Uri = "file:///stories/bridge.txt";

    // Unsourced claims (BYL0001, warnings with one fixed message), a vague attribution and a repeated word.
    private const string Article =
        "Bridge to close for repairs\n\n" +
        "The old bridge will close in March. The repairs will cost more than the new school.\n" +
        "The closure was reportedly planned for years. Traffic will move to the the ferry.\n";

    private static Task<(LspTestClient Client, InitializeResult Result)> StartAsync(string? initializationOptions, bool pull = true) =>
        LspTestClient.StartWithOptionsAsync(initializationOptions, Uri, Article, pull);

    [Test]
    public async Task A_client_that_fills_them_in_gets_no_default_severity_nor_fixed_message_and_what_to_fill_in()
    {
        var (client, result) = await StartAsync("{\"diagnosticDefaults\": true}");
        await using var _ = client;
        var diagnostics = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();
        var defaults = result.Capabilities.Experimental?.DiagnosticDefaults;

        Assert.That(defaults, Is.Not.Null);
        Assert.That(defaults!.Severity, Is.EqualTo((int)DiagnosticSeverity.Warning));
        Assert.That(defaults.Messages, Does.ContainKey("BYL0001"));
        var claims = diagnostics.Where(d => d.Code == "BYL0001").ToList();
        Assert.That(claims, Is.Not.Empty);
        Assert.That(claims.Select(d => d.Message), Is.All.Null, "BYL0001's one message is left to the client");
        Assert.That(diagnostics.Where(d => d.Code != "BYL0001").Select(d => d.Message), Is.All.Not.Null.And.Not.Empty);
        Assert.That(diagnostics.Select(d => d.Severity), Has.None.EqualTo(DiagnosticSeverity.Warning), "a warning's severity is the default");
        Assert.That(diagnostics.Select(d => d.Source), Is.All.EqualTo(FindingConverter.Source), "the rule fields are another option");
    }

    [TestCase("{\"diagnosticDefaults\": true}", null)]
    [TestCase("{\"diagnosticDefaults\": true, \"compactDiagnostics\": true, \"shortHelpLinks\": true}", "{\"compactDiagnostics\": true, \"shortHelpLinks\": true}")]
    public async Task Filled_in_they_are_the_diagnostics_other_clients_get(string options, string? otherOptions)
    {
        var (defaulted, result) = await StartAsync(options);
        await using var _ = defaulted;
        var (other, _) = await StartAsync(otherOptions);
        await using var __ = other;

        var filled = Fill((await defaulted.PullDiagnosticsAsync(Uri)).Items!, result.Capabilities.Experimental!.DiagnosticDefaults!);
        var expected = (await other.PullDiagnosticsAsync(Uri)).Items!;

        Assert.That(Json(filled), Is.EqualTo(Json(expected)));
    }

    [TestCase(null)]
    [TestCase("{\"diagnosticDefaults\": false}")]
    [TestCase("{\"diagnosticDefaults\": 1}")]
    public async Task Other_clients_get_severity_and_message_on_each_diagnostic(string? initializationOptions)
    {
        var (client, result) = await StartAsync(initializationOptions);
        await using var _ = client;
        var diagnostics = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(diagnostics, Has.Some.Matches<Diagnostic>(d => d!.Severity == DiagnosticSeverity.Warning));
        Assert.That(diagnostics.Select(d => d.Severity), Is.All.Not.Null);
        Assert.That(diagnostics.Select(d => d.Message), Is.All.Not.Null.And.Not.Empty);
        Assert.That(result.Capabilities.Experimental?.DiagnosticDefaults, Is.Null);
    }

    [Test]
    public async Task Pushed_diagnostics_leave_them_out_too()
    {
        var (client, _) = await StartAsync("{\"diagnosticDefaults\": true}", pull: false);
        await using var __ = client;
        var published = await client.NextPublishedAsync(Uri, p => p.Diagnostics.Count > 0);

        Assert.That(published.Diagnostics.Where(d => d.Code == "BYL0001").Select(d => d.Message), Is.Not.Empty.And.All.Null);
        Assert.That(published.Diagnostics.Select(d => d.Severity), Has.None.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public async Task A_quick_fix_is_found_for_a_diagnostic_that_came_without_its_message_and_its_diagnostic_is_whole()
    {
        var (client, _) = await StartAsync("{\"diagnosticDefaults\": true, \"compactDiagnostics\": true}");
        await using var _ = client;
        // A claim of the body: a warning, so it came without its severity too (the headline's is information).
        var claim = (await client.PullDiagnosticsAsync(Uri)).Items!.First(d => d.Code == "BYL0001" && d.Severity is null);
        // What the editor sends back is the diagnostic it shows: filled in, without a source (compact diagnostics).
        var sent = new CodeActionDiagnostic(claim.Range, JsonSerializer.SerializeToElement("BYL0001"), null);

        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(Uri), claim.Range, new CodeActionContext([sent], null, null)));

        Assert.That(actions.Select(a => a.Title), Does.Contain("Insert an attribution placeholder"));
        var placeholder = actions.First(a => a.Title == "Insert an attribution placeholder");
        Assert.That(placeholder.Edit!.Changes![Uri].Single().NewText, Is.EqualTo(", [SOURCE] said"));
        // The client reads a code action's diagnostics as they come: they carry what the report left out.
        Assert.That(placeholder.Diagnostics!.Single().Message, Is.EqualTo(UnattributedClaim.Message));
        Assert.That(placeholder.Diagnostics!.Single().Severity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void A_message_other_than_the_rules_fixed_one_is_sent()
    {
        var text = ArticleText.From("Prices will rise next year.\n");
        var rule = new UnattributedClaim().Descriptor;
        var form = new DiagnosticForm(RelatedInformation: false, DefaultsOmitted: true);
        var fixedOne = new Finding(rule, Severity.Warning, new TextSpan(0, 26), UnattributedClaim.Message);
        var other = fixedOne with { Message = "Nobody vouches for the forecast." };
        var information = fixedOne with { Severity = Severity.Information };

        Assert.That(FindingConverter.ToLsp(fixedOne, Uri, text, PositionEncoding.Utf16, form).Message, Is.Null);
        Assert.That(FindingConverter.ToLsp(other, Uri, text, PositionEncoding.Utf16, form).Message, Is.EqualTo("Nobody vouches for the forecast."));
        Assert.That(FindingConverter.ToLsp(information, Uri, text, PositionEncoding.Utf16, form).Severity, Is.EqualTo(DiagnosticSeverity.Information));
        Assert.That(FindingConverter.ToLsp(fixedOne, Uri, text, PositionEncoding.Utf16, form with { DefaultsOmitted = false }).Message, Is.EqualTo(UnattributedClaim.Message));
    }

    /// <summary>As the extension fills them in (vscode-client/src/diagnosticDefaults.ts).</summary>
    private static IEnumerable<Diagnostic> Fill(IEnumerable<Diagnostic> diagnostics, DiagnosticDefaultValues defaults) =>
        diagnostics.Select(d => d with
        {
            Severity = d.Severity ?? (DiagnosticSeverity)defaults.Severity,
            Message = d.Message ?? defaults.Messages[d.Code!],
        });

    private static string Json(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(diagnostics.ToArray(), LspJsonContext.Default.DiagnosticArray);
}
