using System.Text.Json;
using Byline.Analysis;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Compact diagnostics: a client that says it fills in what every diagnostic of a rule shares
/// (<c>initializationOptions.compactDiagnostics: true</c>, as Byline's VS Code extension does) gets diagnostics without
/// <c>source</c> and <c>codeDescription</c>, and in the answer to <c>initialize</c> what to fill them in with; every
/// other client keeps both on each diagnostic.
/// </summary>
public class CompactDiagnosticsTests
{
    private const string Uri = "file:///stories/harbour.txt";

    private const string Article =
        "Harbour wall to be rebuilt\n\n" +
        "The wall will be rebuilt before winter. Ana Ortiz, the port engineer, said the stones had shifted.\n" +
        "The work was reportedly delayed by the tides. The the crane arrived on Friday.\n";

    private static Task<(LspTestClient Client, InitializeResult Result)> StartAsync(string? initializationOptions, bool pull = true) =>
        LspTestClient.StartWithOptionsAsync(initializationOptions, Uri, Article, pull);

    [Test]
    public async Task A_client_that_fills_them_in_gets_neither_source_nor_link_and_what_to_fill_in()
    {
        var (client, result) = await StartAsync("{\"compactDiagnostics\": true, \"shortHelpLinks\": true}");
        await using var _ = client;
        var diagnostics = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(diagnostics, Has.Count.GreaterThan(1));
        Assert.That(diagnostics.Select(d => d.Source), Is.All.Null);
        Assert.That(diagnostics.Select(d => d.CodeDescription), Is.All.Null);
        Assert.That(diagnostics.Select(d => d.Code), Is.All.StartsWith("BYL"), "the code, which the link is made from, stays");
        Assert.That(result.Capabilities.Experimental?.DiagnosticSource, Is.EqualTo(FindingConverter.Source));
        Assert.That(result.Capabilities.Experimental?.HelpLinkBase, Is.EqualTo(RuleDocs.BaseUri));
    }

    [Test]
    public async Task Filled_in_they_are_the_diagnostics_other_clients_get()
    {
        var (compact, result) = await StartAsync("{\"compactDiagnostics\": true}");
        await using var _ = compact;
        var (full, _) = await StartAsync(null);
        await using var __ = full;
        var experimental = result.Capabilities.Experimental!;

        var filled = (await compact.PullDiagnosticsAsync(Uri)).Items!.Select(d => d with
        {
            Source = experimental.DiagnosticSource,
            CodeDescription = new CodeDescription(experimental.HelpLinkBase + d.Code + ".md"),
        });
        var expected = (await full.PullDiagnosticsAsync(Uri)).Items!;

        Assert.That(Json(filled), Is.EqualTo(Json(expected)));
    }

    [TestCase(null)]
    [TestCase("{\"compactDiagnostics\": false}")]
    [TestCase("{\"compactDiagnostics\": \"yes\"}")]
    public async Task Other_clients_keep_source_and_link_on_each_diagnostic(string? initializationOptions)
    {
        var (client, result) = await StartAsync(initializationOptions);
        await using var _ = client;
        var diagnostics = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(diagnostics, Is.Not.Empty);
        Assert.That(diagnostics.Select(d => d.Source), Is.All.EqualTo(FindingConverter.Source));
        Assert.That(diagnostics.Select(d => d.CodeDescription?.Href), Is.EqualTo(diagnostics.Select(d => RuleDocs.BaseUri + d.Code + ".md")));
        Assert.That(result.Capabilities.Experimental, Is.Null);
    }

    [Test]
    public async Task Pushed_diagnostics_are_compact_too()
    {
        var (client, _) = await StartAsync("{\"compactDiagnostics\": true}", pull: false);
        await using var __ = client;
        var published = await client.NextPublishedAsync(Uri, p => p.Diagnostics.Count > 0);

        Assert.That(published.Diagnostics.Select(d => d.Source), Is.All.Null);
        Assert.That(published.Diagnostics.Select(d => d.CodeDescription), Is.All.Null);
    }

    private static string Json(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(diagnostics.ToArray(), LspJsonContext.Default.DiagnosticArray);
}
