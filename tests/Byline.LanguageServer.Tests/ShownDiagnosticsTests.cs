using System.Text.Json;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// A client that shows at most so many diagnostics per document (<c>initializationOptions.maxDiagnosticsPerDocument</c>,
/// as Byline's VS Code extension sends: the editor shows at most 1,000 of a file) is sent those it shows, chosen as VS
/// Code chooses them (errors, then warnings, then information, then hints, each in document order), and in the last
/// place a note of how many are not shown; every other client gets every diagnostic.
/// </summary>
public class ShownDiagnosticsTests
{
    private const string Uri = "file:///stories/bus-lanes.txt";

    // Information findings (a loaded reporting verb, an unknown acronym) come before most of the warnings, so that
    // choosing by severity differs from taking the first ones in the document.
    private const string Article =
        "Council backs new bus lanes\n\n" +
        "The transport chief claimed the lanes would save time. The QXR board will review the plan.\n" +
        "The lanes will cut journey times by a third. The depot will open in March. The the route will reach the hospital.\n" +
        "Fares will rise next year. The scheme was reportedly opposed by traders.\n" +
        "Traders admitted the plan had support.\n";

    private static Task<(LspTestClient Client, InitializeResult Result)> StartAsync(string? initializationOptions, bool pull = true) =>
        LspTestClient.StartWithOptionsAsync(initializationOptions, Uri, Article, pull);

    private static string Limit(int most) => $"{{\"maxDiagnosticsPerDocument\": {most}}}";

    private static async Task<List<Diagnostic>> EveryDiagnosticAsync()
    {
        var (client, _) = await StartAsync(null);
        await using var _ = client;
        return [.. (await client.PullDiagnosticsAsync(Uri)).Items!];
    }

    /// <summary>What VS Code's extension host keeps of <paramref name="all"/> when it keeps <paramref name="room"/>, in its order.</summary>
    private static List<Diagnostic> KeptAsVsCode(List<Diagnostic> all, int room) =>
        [.. new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint }
            .SelectMany(severity => all.Where(d => d.Severity == severity)).Take(room)];

    [Test]
    public async Task A_longer_report_sends_what_the_editor_shows_and_a_note_in_the_last_place()
    {
        var all = await EveryDiagnosticAsync();
        const int most = 5;
        Assume.That(all, Has.Count.GreaterThan(most));
        var kept = KeptAsVsCode(all, most - 1);
        Assert.That(kept, Is.Not.EqualTo(all.Take(most - 1)), "the article's first diagnostics are not the most severe ones, so the order matters");

        var (client, _) = await StartAsync(Limit(most));
        await using var _ = client;
        var sent = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(sent, Has.Count.EqualTo(most));
        Assert.That(Json(sent.Take(most - 1)), Is.EqualTo(Json(all.Where(kept.Contains))), "the ones VS Code keeps, in document order");
        var note = sent[^1];
        Assert.That(note.Severity, Is.EqualTo(DiagnosticSeverity.Information));
        Assert.That(note.Code, Is.Null);
        Assert.That(note.Message, Is.EqualTo(
            $"{all.Count - (most - 1)} further findings are not shown (the editor shows at most {most} per file): `byline check bus-lanes.txt` lists them all."));
        Assert.That(note.Range, Is.EqualTo(kept[^1].Range), "where VS Code puts its own note: at the last one kept");
    }

    [Test]
    public async Task A_limit_of_one_sends_the_note_alone()
    {
        var all = await EveryDiagnosticAsync();
        var (client, _) = await StartAsync(Limit(1));
        await using var _ = client;
        var sent = (await client.PullDiagnosticsAsync(Uri)).Items!.ToList();

        Assert.That(sent, Has.Count.EqualTo(1));
        Assert.That(sent[0].Message, Does.StartWith($"{all.Count} further findings are not shown"));
        Assert.That(sent[0].Range, Is.EqualTo(new Protocol.Range(new Position(0, 0), new Position(0, 0))));
    }

    [Test]
    public async Task A_report_within_the_limit_is_sent_whole()
    {
        var all = await EveryDiagnosticAsync();
        var (client, _) = await StartAsync(Limit(all.Count));
        await using var _ = client;
        var sent = (await client.PullDiagnosticsAsync(Uri)).Items!;

        Assert.That(Json(sent), Is.EqualTo(Json(all)));
    }

    [TestCase(null)]
    [TestCase("{}")]
    [TestCase("{\"maxDiagnosticsPerDocument\": null}")]
    [TestCase("{\"maxDiagnosticsPerDocument\": 1e12}")]
    [TestCase("{\"maxDiagnosticsPerDocument\": 123456789012345678901234567890}")]
    public async Task Without_a_usable_limit_every_diagnostic_is_sent(string? initializationOptions)
    {
        var all = await EveryDiagnosticAsync();
        var (client, _) = await StartAsync(initializationOptions);
        await using var _ = client;
        var sent = (await client.PullDiagnosticsAsync(Uri)).Items!;

        Assert.That(Json(sent), Is.EqualTo(Json(all)));
    }

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("2.5")]
    [TestCase("\"1000\"")]
    [TestCase("true")]
    [TestCase("[5]")]
    public async Task A_bad_limit_is_ignored_and_said_in_the_log(string value)
    {
        var all = await EveryDiagnosticAsync();
        var (client, _) = await StartAsync($"{{\"maxDiagnosticsPerDocument\": {value}}}");
        await using var _ = client;
        var sent = (await client.PullDiagnosticsAsync(Uri)).Items!;

        Assert.That(Json(sent), Is.EqualTo(Json(all)));
        var warning = await client.LogMessageAsync(m => m.Message.Contains("maxDiagnosticsPerDocument", StringComparison.Ordinal));
        Assert.That(warning.Type, Is.EqualTo(MessageType.Warning));
        Assert.That(warning.Message, Does.Contain(value));
    }

    [Test]
    public void A_huge_limit_is_read_as_the_largest()
    {
        using var huge = JsonDocument.Parse("4000000000");
        Assert.That(ShownDiagnostics.ReadLimit(huge.RootElement, out var problem), Is.EqualTo(ShownDiagnostics.LargestLimit));
        Assert.That(problem, Is.Null);
    }

    [Test]
    public async Task An_edit_of_what_is_not_shown_is_answered_unchanged()
    {
        // The last line's loaded verb is an information finding, after every warning: with room for the warnings
        // alone it is not shown. Words inserted before it on its line move it, and nothing else.
        var all = await EveryDiagnosticAsync();
        var warnings = all.Count(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning);
        var lastLine = Article.Split('\n').Length - 2;
        Assume.That(all.Where(d => d.Severity > DiagnosticSeverity.Warning).Max(d => d.Range.Start.Line), Is.EqualTo(lastLine));
        Assume.That(all.Where(d => d.Severity <= DiagnosticSeverity.Warning).Max(d => d.Range.Start.Line), Is.LessThan(lastLine));
        var edit = new TextDocumentContentChangeEvent(new Protocol.Range(new Position(lastLine, 0), new Position(lastLine, 0)), null, "Local ");

        var (capped, _) = await StartAsync(Limit(warnings + 1));
        await using var _ = capped;
        var before = await capped.PullDiagnosticsAsync(Uri);
        await capped.ChangeAsync(Uri, 2, edit);
        var after = await capped.PullDiagnosticsAsync(Uri, before.ResultId);

        var (whole, _) = await StartAsync(null);
        await using var __ = whole;
        var wholeBefore = await whole.PullDiagnosticsAsync(Uri);
        await whole.ChangeAsync(Uri, 2, edit);
        var wholeAfter = await whole.PullDiagnosticsAsync(Uri, wholeBefore.ResultId);

        Assert.That(wholeAfter.Kind, Is.EqualTo(DocumentDiagnosticReport.Full), "the edit moved a diagnostic");
        Assert.That(wholeAfter.Items, Has.Count.EqualTo(all.Count), "and changed no finding");
        Assert.That(after.Kind, Is.EqualTo(DocumentDiagnosticReport.Unchanged), "none that the client shows");
        Assert.That(after.ResultId, Is.EqualTo(before.ResultId));
    }

    [Test]
    public async Task An_edit_of_what_is_shown_is_sent()
    {
        var all = await EveryDiagnosticAsync();
        var (client, _) = await StartAsync(Limit(3));
        await using var _ = client;
        var before = await client.PullDiagnosticsAsync(Uri);
        // A line inserted at the top moves every diagnostic.
        await client.ChangeAsync(Uri, 2, new TextDocumentContentChangeEvent(new Protocol.Range(new Position(0, 0), new Position(0, 0)), null, "\n"));
        var after = await client.PullDiagnosticsAsync(Uri, before.ResultId);

        Assert.That(after.Kind, Is.EqualTo(DocumentDiagnosticReport.Full));
        Assert.That(after.Items, Has.Count.EqualTo(3));
        Assert.That(after.Items!.Select(d => d.Range.Start.Line), Is.EqualTo(before.Items!.Select(d => d.Range.Start.Line + 1)));
        Assert.That(all, Has.Count.GreaterThan(3));
    }

    [Test]
    public async Task Pushed_diagnostics_are_limited_too()
    {
        var all = await EveryDiagnosticAsync();
        var (client, _) = await StartAsync(Limit(4), pull: false);
        await using var _ = client;
        var published = await client.NextPublishedAsync(Uri, p => p.Diagnostics.Count > 0);

        Assert.That(Json(published.Diagnostics.Take(3)), Is.EqualTo(Json(all.Where(KeptAsVsCode(all, 3).Contains))));
        Assert.That(published.Diagnostics[^1].Message, Does.StartWith($"{all.Count - 3} further findings are not shown"));
    }

    [Test]
    public async Task The_note_is_compact_for_a_client_that_fills_in_the_source()
    {
        var (client, _) = await StartAsync("{\"maxDiagnosticsPerDocument\": 2, \"compactDiagnostics\": true, \"diagnosticDefaults\": true}");
        await using var _ = client;
        var note = (await client.PullDiagnosticsAsync(Uri)).Items!.Last();

        Assert.That(note.Source, Is.Null);
        Assert.That(note.Severity, Is.EqualTo(DiagnosticSeverity.Information), "not the default severity, so it is sent");
        Assert.That(note.Message, Does.Contain("further findings are not shown"));
    }

    private static string Json(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(diagnostics.ToArray(), LspJsonContext.Default.DiagnosticArray);
}
