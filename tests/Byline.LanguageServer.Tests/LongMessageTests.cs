using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Messages longer than the gate's long-value limit (an article's didOpen) are judged and read without a document
/// of the whole body: their text must arrive exactly, and a long value of the wrong kind is still refused.
/// </summary>
public class LongMessageTests
{
    // Every kind of escape a client writes: quotes, backslashes, control characters, non-ASCII as \u escapes
    // (System.Text.Json's default encoder escapes it), a surrogate pair, markup characters.
    private const string Line = "Mayor said \"no\" to C:\\path\tat 5 <b>&amp;</b> 'x' / café 😀 naïve\r\n";

    private static string LongText(int bytes) => string.Concat(Enumerable.Repeat(Line, bytes / Line.Length + 1));

    [Test]
    public async Task A_long_didOpen_arrives_exactly()
    {
        await using var connection = RawLspConnection.InProcess(new DocumentTextHandler());
        await connection.InitializeAsync();
        var text = LongText(300 * 1024);
        await connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///long.txt", ["languageId"] = "plaintext", ["version"] = 1, ["text"] = text },
        });
        await connection.RequestAsync(2, "test/documentText", new JsonObject { ["uri"] = "file:///long.txt" });
        Assert.That((string?)(await connection.ReadResponseAsync(2))["result"], Is.EqualTo(text));
    }

    [Test]
    public async Task A_long_request_whose_params_are_a_string_is_refused_with_its_id()
    {
        await using var connection = RawLspConnection.InProcess(new DocumentTextHandler());
        await connection.InitializeAsync();
        await connection.SendRawAsync(new JsonObject
        {
            ["jsonrpc"] = "2.0", ["id"] = 7, ["method"] = "test/documentText", ["params"] = LongText(100 * 1024),
        }.ToJsonString());
        var answer = await connection.ReadResponseAsync(7);
        Assert.That((int?)answer["error"]?["code"], Is.EqualTo(-32600));
        Assert.That((string?)answer["error"]?["message"], Does.Contain("\"params\" must be an object or an array, not a string"));
    }

    [TestCase(10)]
    [TestCase(200 * 1024)]
    public void The_text_converter_reads_what_the_serializer_wrote(int length)
    {
        var text = LongText(length)[..length] + "\u0001\u001f\\u00e9";
        var item = new TextDocumentItem("file:///a.txt", "plaintext", 1, text);
        var json = JsonSerializer.Serialize(item, LspJsonContext.Default.TextDocumentItem);
        Assert.That(JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), LspJsonContext.Default.TextDocumentItem)!.Text, Is.EqualTo(text));
    }
}
