using System.Text;
using System.Text.Json;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.Text;
using Byline.Workspace;
using CsCheck;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// The server's JSON escapes only what JSON requires and every non-ASCII character: any string reads back as
/// written, the bytes stay ASCII, and quotation marks and apostrophes are no longer <c>\u0022</c> and <c>\u0027</c>.
/// </summary>
public class LspJsonEncoderTests
{
    private static readonly string[] Pieces =
        ["\"", "'", "\\", "/", "<", ">", "&", "+", "`", "…", "“", "”", "é", "\U0001F600", "\n", "\r", "\t", "\b", "\f", "\u0001", "\u001f", "\u007f", "\u2028", "\u2029", "\uFEFF", "plain words "];

    [Test]
    public void Any_string_reads_back_as_written_in_ASCII_bytes()
    {
        var piece = Gen.OneOf(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]), Gen.Int[0, 0xD7FF].Select(i => ((char)i).ToString()));
        piece.Array[0, 40].Select(a => string.Concat(a)).Sample(text =>
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(text, LspJsonContext.Wire.String);
            Assert.That(JsonSerializer.Deserialize(json, LspJsonContext.Default.String), Is.EqualTo(text));
            Assert.That(json.All(b => b < 0x80), Is.True, "non-ASCII stays escaped");
            Assert.That(json.Length, Is.LessThanOrEqualTo(JsonSerializer.SerializeToUtf8Bytes(text, LspJsonContext.Default.String).Length));
        });
    }

    [Test]
    public void Quotation_marks_and_apostrophes_are_written_as_JSON_writes_them()
    {
        var json = Encoding.ASCII.GetString(JsonSerializer.SerializeToUtf8Bytes("'Officials' said \"no\" <b> & a\\b … \n", LspJsonContext.Wire.String));
        Assert.That(json, Is.EqualTo("\"'Officials' said \\\"no\\\" <b> & a\\\\b \\u2026 \\n\""));
    }

    [Test]
    public void A_report_writes_its_diagnostics_with_it()
    {
        const string article = "Council vote\n\nThe mayor claimed the budget was \"balanced\", a council member said.\n";
        var document = ArticleDocument.Create("file:///vote.txt", 1, ArticleText.From(article), BylineConfig.Default);
        var report = DocumentReport.Create(document, PositionEncoding.Utf16, relatedInformation: true);
        var json = Encoding.ASCII.GetString(report.Items.Json!.SelectMany(item => item).ToArray());
        Assert.That(json, Does.Contain("'"));
        Assert.That(json, Does.Not.Contain("\\u0027").And.Not.Contain("\\u0022"));
    }
}
