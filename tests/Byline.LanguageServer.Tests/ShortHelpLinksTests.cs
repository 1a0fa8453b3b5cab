using Byline.Analysis;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Short help links: a client that says it expands them (<c>initializationOptions.shortHelpLinks: true</c>, as
/// Byline's VS Code extension does) gets <c>byline:BYL0001</c> and the base its pages lie under; every other client
/// keeps the page's full link and hears of no base.
/// </summary>
public class ShortHelpLinksTests
{
    private const string Uri = "file:///stories/ferry.txt";

    private const string Article =
        "Ferry service to resume\n\n" +
        "The ferry will run again from Monday. Tom Reyes, the harbour master, said the pier was safe.\n" +
        "The repairs were reportedly delayed by the storm.\n";

    private static Task<(LspTestClient Client, InitializeResult Result)> StartAsync(string? initializationOptions, bool pull = true) =>
        LspTestClient.StartWithOptionsAsync(initializationOptions, Uri, Article, pull);

    [TestCase(false)]
    [TestCase(null)]
    public async Task A_client_that_does_not_say_it_reads_help_links_gets_none(bool? codeDescriptionSupport)
    {
        var client = new LspTestClient();
        await using var _ = client;
        var capabilities = LspTestClient.Capabilities() is var c
            ? c with { TextDocument = c.TextDocument! with { PublishDiagnostics = new PublishDiagnosticsClientCapabilities(true, true, codeDescriptionSupport) } }
            : null;
        await client.RequestAsync<InitializeResult>("initialize",
            new InitializeParams(Environment.ProcessId, null, null, null, capabilities, new ClientInfo("tests", null), null));
        await client.NotifyAsync("initialized", new InitializedParams());
        await client.OpenAsync(Uri, Article);
        var diagnostics = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(diagnostics, Is.Not.Empty);
        Assert.That(diagnostics.Select(d => d.CodeDescription), Is.All.Null);
        Assert.That(diagnostics.Select(d => d.Code), Is.All.StartsWith("BYL"), "the rule id stays");
        Assert.That(diagnostics.Select(d => d.Source), Is.All.EqualTo("byline"));
    }

    [Test]
    public async Task A_client_that_expands_them_gets_short_links_and_the_base_they_expand_to()
    {
        var (client, result) = await StartAsync("{\"shortHelpLinks\": true}");
        await using var _ = client;
        var diagnostics = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(diagnostics, Is.Not.Empty);
        Assert.That(diagnostics.Select(d => d.CodeDescription!.Href), Is.EqualTo(diagnostics.Select(d => "byline:" + d.Code)));
        Assert.That(result.Capabilities.Experimental?.HelpLinkBase, Is.EqualTo(RuleDocs.BaseUri));
        var rule = new RuleDescriptor(diagnostics[0].Code!, "any", Severity.Warning, "any");
        Assert.That(result.Capabilities.Experimental!.HelpLinkBase + diagnostics[0].Code + ".md", Is.EqualTo(rule.HelpUri), "expanded, the page the full link opens");
    }

    [TestCase(null)]
    [TestCase("{\"shortHelpLinks\": false}")]
    [TestCase("{\"shortHelpLinks\": \"yes\"}")]
    public async Task Other_clients_keep_full_links(string? initializationOptions)
    {
        var (client, result) = await StartAsync(initializationOptions);
        await using var _ = client;
        var diagnostics = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(diagnostics, Is.Not.Empty);
        Assert.That(diagnostics.Select(d => d.CodeDescription!.Href), Is.EqualTo(diagnostics.Select(d => RuleDocs.BaseUri + d.Code + ".md")));
        Assert.That(result.Capabilities.Experimental, Is.Null);
    }

    [Test]
    public async Task Pushed_diagnostics_carry_short_links_too()
    {
        var (client, _) = await StartAsync("{\"shortHelpLinks\": true}", pull: false);
        await using var __ = client;
        var published = await client.NextPublishedAsync(Uri, p => p.Diagnostics.Count > 0);

        Assert.That(published.Diagnostics.Select(d => d.CodeDescription!.Href), Is.All.StartsWith("byline:BYL"));
    }
}
