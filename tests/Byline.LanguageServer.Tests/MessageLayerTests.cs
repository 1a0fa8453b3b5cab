using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>
/// Every well-framed message, however wrong, leaves the server serving (issue 12): each case is sent as raw
/// bytes with Content-Length framing, then a documentSymbol round trip proves the server still answers.
/// </summary>
public class MessageLayerTests
{
    private static JsonObject Doc(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    /// <summary>The error of a response: the expected code, a plain message, and no .NET details in data.</summary>
    private static void AssertError(JsonObject response, int code)
    {
        var error = response["error"]!.AsObject();
        Assert.That((int)error["code"]!, Is.EqualTo(code), error.ToJsonString());
        Assert.That(error.ContainsKey("data"), Is.False, error.ToJsonString());
        Assert.That((string?)error["message"], Does.Not.Contain("   at ").And.Not.Contain("Exception"));
    }

    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":424242,\"result\":null}", TestName = "A stray response is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":\"nobody\",\"error\":{\"code\":-1,\"message\":\"no\"}}", TestName = "A stray error response is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":42}", TestName = "A response with an unreadable error is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":\"x\"}", TestName = "A cancelRequest with string params is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":{\"a\":1}}}", TestName = "A cancelRequest with an object id is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":\"x\"}", TestName = "A notification with string params is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":42}", TestName = "A notification with number params is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":true}", TestName = "A notification with boolean params is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":42}", TestName = "A notification with a number method is dropped")]
    [TestCase("{\"jsonrpc\":2,\"method\":\"textDocument/didClose\",\"params\":{}}", TestName = "A notification with jsonrpc 2 is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":42}}", TestName = "A notification with a wrong parameter type is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{}}", TestName = "A notification without its required parameters is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///alive.txt\",\"version\":2},\"contentChanges\":[null]}}", TestName = "A notification with a null array item is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"method\":\"$/unknown\",\"params\":{}}", TestName = "An unknown notification is dropped")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"textDocument/hover\"}", TestName = "A request with a null id is dropped")]
    public async Task A_message_that_cannot_be_answered_is_logged_dropped_and_the_server_keeps_running(string body)
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendRawAsync(body);
        await connection.AssertServingAsync(4);
        Assert.That(connection.ServerLog.ToString(), Does.Contain("Dropped").Or.Contain("StreamJsonRpc").Or.Contain("required"));
    }

    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":\"x\"}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":42}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":true}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":42}")]
    [TestCase("{\"jsonrpc\":2,\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":{}}")]
    [TestCase("{\"id\":3,\"method\":\"textDocument/documentSymbol\",\"params\":{}}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":3}")]
    [TestCase("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"result\":1}")]
    public async Task An_invalid_request_gets_InvalidRequest_with_its_id(string body)
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendRawAsync(body);
        AssertError(await connection.ReadResponseAsync(3), -32600);
        await connection.AssertServingAsync(4);
    }

    [Test]
    public async Task An_unknown_method_gets_MethodNotFound()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.RequestAsync(3, "textDocument/teleport", Doc("file:///a.txt"));
        AssertError(await connection.ReadResponseAsync(3), -32601);
        await connection.AssertServingAsync(4);
    }

    [TestCase("{\"textDocument\":42}", "textDocument")]
    [TestCase("{\"textDocument\":{\"uri\":7}}", "uri")]
    [TestCase("{\"textDocument\":{\"uri\":\"file:///a.txt\"},\"position\":{\"line\":\"one\",\"character\":0}}", "line")]
    [TestCase("{}", "textDocument is required")]
    [TestCase("{\"textDocument\":null}", "textDocument is required")]
    [TestCase("{\"textDocument\":{}}", "uri is required")]
    [TestCase("{\"textDocument\":{\"uri\":\"file:///a.txt\"}}", "position is required")]
    [TestCase("[1, 2]", "")]
    public async Task Parameters_of_the_wrong_type_get_InvalidParams_with_a_plain_message(string parameters, string mentioned)
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.RequestAsync(3, "textDocument/hover", JsonNode.Parse(parameters));
        var response = await connection.ReadResponseAsync(3);
        AssertError(response, -32602);
        Assert.That((string?)response["error"]!["message"], Does.Contain(mentioned));
        await connection.AssertServingAsync(4);
    }

    [Test]
    public async Task Null_params_on_shutdown_are_read_as_no_params()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\",\"params\":null}");
        var response = await connection.ReadResponseAsync(3);
        Assert.That(response.ContainsKey("result"), response.ToJsonString());
        await connection.SendRawAsync("{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
        Assert.That(await connection.Server!.Completion.WaitAsync(TimeSpan.FromSeconds(30)), Is.EqualTo(0));
    }

    [Test]
    public async Task A_response_to_our_own_request_is_still_delivered()
    {
        // The client answers registerCapability (a request of ours) after initialized: not stray.
        await using var connection = RawLspConnection.InProcess();
        await connection.RequestAsync(1, "initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["capabilities"] = new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } },
        });
        await connection.ReadResponseAsync(1);
        await connection.NotifyAsync("initialized", new JsonObject());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        JsonObject request;
        do
        {
            request = await connection.ReadMessageAsync(timeout.Token);
        }
        while ((string?)request["method"] != "client/registerCapability");
        await connection.SendAsync(new JsonObject { ["id"] = request["id"]!.DeepClone(), ["result"] = null });
        await connection.AssertServingAsync(4);
        Assert.That(connection.ServerLog.ToString(), Does.Not.Contain("no request of ours"));
    }
}
