using System.Text;
using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// A lone UTF-16 surrogate (half an emoji) in didOpen/didChange text, as JSON.stringify writes it (an escape),
/// is kept as one UTF-16 unit (U+FFFD) at its position, so the server's text never drifts from the editor's.
/// </summary>
public class LoneSurrogateTests
{
    private static JsonObject Range(int line, int start, int end) => new()
    {
        ["start"] = new JsonObject { ["line"] = line, ["character"] = start },
        ["end"] = new JsonObject { ["line"] = line, ["character"] = end },
    };

    private static async Task<string?> TextAsync(RawLspConnection connection, int id)
    {
        await connection.RequestAsync(id, "test/documentText", new JsonObject { ["uri"] = "file:///s.txt" });
        return (string?)(await connection.ReadResponseAsync(id))["result"];
    }

    [Test]
    public async Task A_lone_surrogate_in_didOpen_and_didChange_stays_one_unit_at_its_place()
    {
        await using var connection = RawLspConnection.InProcess(new DocumentTextHandler());
        await connection.InitializeAsync();
        // Raw bodies: the escapes must reach the server as the client wrote them.
        await connection.SendRawAsync("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":" +
            "{\"uri\":\"file:///s.txt\",\"languageId\":\"plaintext\",\"version\":1,\"text\":\"\\ud83dHeadline\\nBody \\\\ud83d \\ud83d\\ude00 end\\udc00\"}}}");
        Assert.That(await TextAsync(connection, 2), Is.EqualTo("\uFFFDHeadline\nBody \\ud83d \U0001F600 end\uFFFD"));

        // The editor's text has 1 unit before "Headline": an edit at 1..1 inserts right before "H".
        await connection.SendRawAsync("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":" +
            "{\"uri\":\"file:///s.txt\",\"version\":2},\"contentChanges\":[{\"range\":" + Range(0, 1, 1).ToJsonString() + ",\"text\":\"NEXT\\udbff\"}]}}");
        Assert.That(await TextAsync(connection, 3), Is.EqualTo("\uFFFDNEXT\uFFFDHeadline\nBody \\ud83d \U0001F600 end\uFFFD"));

        await connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///s.txt", ["version"] = 3 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = Range(0, 6, 7), ["text"] = "h" }),
        });
        Assert.That(await TextAsync(connection, 4), Is.EqualTo("\uFFFDNEXT\uFFFDheadline\nBody \\ud83d \U0001F600 end\uFFFD"));
    }

    [Test]
    public async Task Bytes_that_are_not_UTF8_arrive_as_replacement_characters_and_the_document_opens()
    {
        await using var connection = RawLspConnection.InProcess(new DocumentTextHandler());
        await connection.InitializeAsync();
        byte[] body = [.. "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///s.txt\",\"languageId\":\"plaintext\",\"version\":1,\"text\":\"Caf"u8,
            0xE9, .. " menu\\nBody "u8, 0xFF, 0xFE, .. " end\"}}}"u8];
        await connection.SendRawAsync(body);
        Assert.That(await TextAsync(connection, 2), Is.EqualTo("Caf\uFFFD menu\nBody \uFFFD\uFFFD end"));
        Assert.That(connection.ServerLog.ToString(), Does.Contain("not UTF-8"));
    }

    [TestCase("\"\\ud83d\"", "\"\\ufffd\"")]
    [TestCase("\"\\ude00\\ud83d\"", "\"\\ufffd\\ufffd\"")]
    [TestCase("\"\\ud83d\\ude00\"", "\"\\ud83d\\ude00\"")]
    [TestCase("\"\\\\ud83d\"", "\"\\\\ud83d\"")]
    [TestCase("\"\\ud83d\\n\"", "\"\\ufffd\\n\"")]
    [TestCase("\"a\\", "\"a\\")]
    [TestCase("\"\\ud8", "\"\\ud8")]
    public void Escapes_are_rewritten_in_place(string json, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Server.LoneSurrogates.ReplaceEscapes(bytes);
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(expected));
    }
}
