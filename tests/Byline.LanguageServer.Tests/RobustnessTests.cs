using System.Text.Json.Nodes;
using Byline.LanguageServer.Tests.Infrastructure;

namespace Byline.LanguageServer.Tests;

/// <summary>Whatever a client or a handler does wrong, the server answers and keeps serving.</summary>
public class RobustnessTests
{
    private static JsonObject Doc(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    private static JsonObject OpenParams(string uri, string text, int version = 1) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = version, ["text"] = text },
    };

    [Test]
    public async Task A_cancelled_request_answers_RequestCancelled()
    {
        var blocking = new BlockingHandler();
        await using var connection = RawLspConnection.InProcess(blocking);
        await connection.InitializeAsync();
        await connection.RequestAsync(5, "test/block", new JsonObject { ["uri"] = "file:///a.txt" });
        await blocking.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await connection.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 5 });
        var response = await connection.ReadResponseAsync(5);
        Assert.That((int)response["error"]!["code"]!, Is.EqualTo(-32800));
        await connection.AssertServingAsync(6);
    }

    [Test]
    public async Task A_second_request_under_an_id_still_in_flight_gets_InvalidRequest_and_the_first_still_answers()
    {
        var blocking = new BlockingHandler();
        await using var connection = RawLspConnection.InProcess(blocking);
        await connection.InitializeAsync();
        await connection.RequestAsync(5, "test/block", new JsonObject { ["uri"] = "file:///a.txt" });
        await blocking.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await connection.RequestAsync(5, "textDocument/documentSymbol", Doc("file:///a.txt"));
        var duplicate = (await connection.ReadResponseAsync(5))["error"]!;
        Assert.That((int)duplicate["code"]!, Is.EqualTo(-32600));
        Assert.That((string?)duplicate["message"], Does.Contain("id 5 is still in use"));

        await connection.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 5 });
        Assert.That((int)(await connection.ReadResponseAsync(5))["error"]!["code"]!, Is.EqualTo(-32800), "the first request is still tracked");
        await connection.RequestAsync(5, "textDocument/documentSymbol", Doc("file:///a.txt"));
        Assert.That((await connection.ReadResponseAsync(5)).ContainsKey("result"), Is.True, "once answered, the id is free again");
        await connection.AssertServingAsync(6);
    }

    [Test]
    public async Task Reads_run_in_parallel_with_later_work()
    {
        var blocking = new BlockingHandler();
        await using var connection = RawLspConnection.InProcess(blocking);
        await connection.InitializeAsync();
        await connection.RequestAsync(5, "test/block", new JsonObject { ["uri"] = "file:///a.txt" });
        await blocking.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The blocked read holds neither the queue nor the mutations behind it.
        await connection.AssertServingAsync(6);
        await connection.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 5 });
        await connection.ReadResponseAsync(5);
    }

    [Test]
    public async Task A_request_on_a_document_changed_meanwhile_answers_ContentModified()
    {
        var stale = new StaleReadHandler();
        await using var connection = RawLspConnection.InProcess(stale, new DocumentTextHandler());
        await connection.InitializeAsync();
        await connection.NotifyAsync("textDocument/didOpen", OpenParams("file:///a.txt", "Old text"));
        await connection.RequestAsync(5, "test/staleRead", new JsonObject { ["uri"] = "file:///a.txt" });
        await stale.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///a.txt", ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = "New text" }),
        });
        await connection.RequestAsync(6, "test/documentText", new JsonObject { ["uri"] = "file:///a.txt" });
        Assert.That((string?)(await connection.ReadResponseAsync(6))["result"], Is.EqualTo("New text"));
        stale.Release.SetResult();
        var response = await connection.ReadResponseAsync(5);
        Assert.That((int)response["error"]!["code"]!, Is.EqualTo(-32801));
    }

    [Test]
    public async Task Malformed_json_gets_a_parse_error_and_the_server_keeps_running()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendRawAsync("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": \"textDocument/documentSymbol\", \"params\": {");
        var error = await connection.ReadResponseAsync(null);
        Assert.That((int)error["error"]!["code"]!, Is.EqualTo(-32700));
        await connection.AssertServingAsync(4);
    }

    [TestCase("\u0001\u0002 this is not json \u00ff", -32700)]
    [TestCase("[1, 2, 3]", -32600)]
    [TestCase("\"just a string\"", -32600)]
    [TestCase("{\"jsonrpc\": \"2.0\", \"id\": {\"nested\": true}, \"method\": \"shutdown\"}", -32600)]
    public async Task Bodies_that_are_not_json_rpc_get_an_error_with_id_null_and_the_server_keeps_running(string body, int code)
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendRawAsync(body);
        var error = await connection.ReadResponseAsync(null);
        Assert.That((int)error["error"]!["code"]!, Is.EqualTo(code));
        await connection.AssertServingAsync(4);
    }

    [Test]
    public async Task A_json_object_that_is_not_a_message_leaves_the_server_running()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.SendRawAsync("{\"hello\": \"world\"}");
        var error = await connection.ReadResponseAsync(null);
        Assert.That((int)error["error"]!["code"]!, Is.EqualTo(-32600));
        await connection.AssertServingAsync(4);
    }

    [Test]
    public async Task An_unknown_method_gets_MethodNotFound_and_the_server_keeps_running()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.RequestAsync(3, "textDocument/teleport", Doc("file:///a.txt"));
        var response = await connection.ReadResponseAsync(3);
        Assert.That((int)response["error"]!["code"]!, Is.EqualTo(-32601));
        await connection.NotifyAsync("$/unknownNotification", new JsonObject());
        await connection.AssertServingAsync(4);
    }

    [Test]
    public async Task A_result_that_cannot_be_written_is_answered_as_such_and_the_server_keeps_running()
    {
        await using var connection = RawLspConnection.InProcess(new UnwritableResultHandler());
        await connection.InitializeAsync();
        await connection.RequestAsync(3, "test/unwritable", new JsonObject { ["uri"] = "file:///a.txt" });
        var error = (await connection.ReadResponseAsync(3))["error"]!;
        Assert.That((string?)error["message"], Does.StartWith("The answer could not be written as JSON"), "not 'invalid params': the params were fine");
        Assert.That(error["data"], Is.Null);
        await connection.AssertServingAsync(4);
    }

    [Test]
    public async Task A_handler_exception_becomes_an_internal_error_and_the_server_keeps_running()
    {
        await using var connection = RawLspConnection.InProcess(new ThrowingHandler());
        await connection.InitializeAsync();
        await connection.RequestAsync(3, "test/throw", new JsonObject { ["uri"] = "file:///a.txt" });
        var response = await connection.ReadResponseAsync(3);
        Assert.That((int)response["error"]!["code"]!, Is.EqualTo(-32603));
        Assert.That((string?)response["error"]!["message"], Does.Contain("the handler tripped over file:///a.txt"));
        await connection.AssertServingAsync(4);
    }

    [Test]
    public async Task Params_of_the_wrong_shape_get_an_error_and_the_server_keeps_running()
    {
        await using var connection = RawLspConnection.InProcess();
        await connection.InitializeAsync();
        await connection.RequestAsync(3, "textDocument/documentSymbol", new JsonObject { ["textDocument"] = 42 });
        var response = await connection.ReadResponseAsync(3);
        Assert.That(response.ContainsKey("error"), Is.True);
        await connection.AssertServingAsync(4);
    }
}
