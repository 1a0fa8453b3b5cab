using System.Text.Json;
using Byline.LanguageServer.Protocol;

namespace Byline.LanguageServer.Tests;

/// <summary>A report's diagnostics kept as their JSON alone read and write as the diagnostics they were made from.</summary>
public class DiagnosticListTests
{
    private static readonly Diagnostic[] Diagnostics =
    [
        new(new Protocol.Range(new Position(2, 4), new Position(2, 9)), DiagnosticSeverity.Warning, "BYL0001", new CodeDescription("https://example.org/BYL0001.md"), "byline", "A claim with no source.", null, null),
        new(new Protocol.Range(new Position(7, 0), new Position(8, 1)), DiagnosticSeverity.Information, "BYL0008", null, "byline", "“the the”", [DiagnosticTag.Unnecessary], null),
    ];

    private static byte[][] JsonOf(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => JsonSerializer.SerializeToUtf8Bytes(d, LspJsonContext.Default.Diagnostic))];

    [Test]
    public void A_list_of_json_writes_what_the_list_of_diagnostics_writes()
    {
        var fromJson = DiagnosticList.FromJson(JsonOf(Diagnostics));
        Assert.That(JsonSerializer.Serialize(fromJson, LspJsonContext.Default.DiagnosticList),
            Is.EqualTo(JsonSerializer.Serialize(new DiagnosticList(Diagnostics), LspJsonContext.Default.DiagnosticList)));
    }

    [Test]
    public void A_list_of_json_reads_back_its_diagnostics()
    {
        var fromJson = DiagnosticList.FromJson(JsonOf(Diagnostics));
        Assert.That(fromJson.Length, Is.EqualTo(2));
        Assert.That(JsonOf(fromJson), Is.EqualTo(JsonOf(Diagnostics)));
        Assert.That(fromJson[1].Code, Is.EqualTo("BYL0008"));
        Assert.That(fromJson[0].Range, Is.EqualTo(Diagnostics[0].Range));
    }
}
