using System.Text.Json.Nodes;

namespace Byline.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Random LSP messages: a valid request or notification of a method the server knows (or a random method), then
/// zero to three mutations (a field set to a random JSON value or removed, params replaced by a primitive, a
/// wrong method, id or jsonrpc), or a stray response, or a cancellation of a random id. Never initialize,
/// shutdown or exit: those end the session the fuzz is testing.
/// </summary>
public sealed class ProtocolFuzzer(Random random)
{
    private static readonly string[] Uris = ["file:///fuzz/a.txt", "file:///fuzz/b.md", "file:///fuzz/c.txt", "untitled:x", "file:///nowhere/d.txt"];
    private static readonly string[] PositionMethods =
        ["textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/documentHighlight", "textDocument/prepareRename", "textDocument/rename"];
    private static readonly string[] DocumentMethods =
        ["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/diagnostic", "textDocument/semanticTokens/full", "textDocument/semanticTokens/full/delta", "textDocument/semanticTokens/range", "textDocument/codeAction"];
    private static readonly string[] OtherMethods =
        ["workspace/symbol", "$/setTrace", "$/progress", "workspace/didChangeConfiguration", "textDocument/teleport", "", "$/", "initialized"];
    private static readonly string[] Words =
        ["The", "minister", "said", "\"We will win,\"", "he said.", "according to", "officials", "Reuters", "\n", "\r\n", "LONEHIGH", "LONELOW", "😀", "> ", "# ", "- ", "“", "”", "sources", "claimed", "."];

    private int _nextId = 1;

    /// <summary>The next message body. Lone surrogates are written as the escapes JSON.stringify gives them.</summary>
    public string NextMessage()
    {
        var message = random.Next(20) switch
        {
            0 => StrayResponse(),
            1 => Cancel(),
            _ => Mutate(ValidMessage()),
        };
        return message.ToJsonString().Replace("LONEHIGH", "\\ud83d", StringComparison.Ordinal).Replace("LONELOW", "\\ude00", StringComparison.Ordinal);
    }

    private JsonObject ValidMessage() => random.Next(10) switch
    {
        0 => Notification("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Pick(Uris), ["languageId"] = "plaintext", ["version"] = random.Next(100), ["text"] = Text() },
        }),
        1 or 2 => Notification("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Pick(Uris), ["version"] = random.Next(100) },
            ["contentChanges"] = new JsonArray(random.Next(4) == 0
                ? new JsonObject { ["text"] = Text() }
                : new JsonObject { ["range"] = RandomRange(), ["text"] = Text() }),
        }),
        3 => Notification(Pick(["textDocument/didClose", "textDocument/didSave"]), new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Pick(Uris) } }),
        4 => Notification("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = Pick(Uris), ["type"] = random.Next(0, 5) }),
        }),
        5 or 6 => Request(Pick(PositionMethods), new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Pick(Uris) },
            ["position"] = RandomPosition(),
            ["newName"] = "Someone",
            ["context"] = new JsonObject { ["includeDeclaration"] = true },
        }),
        7 or 8 => Request(Pick(DocumentMethods), new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Pick(Uris) },
            ["range"] = RandomRange(),
            ["previousResultId"] = random.Next(4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        }),
        _ => Request(Pick(OtherMethods), new JsonObject { ["query"] = Pick(Words) }),
    };

    private JsonObject Mutate(JsonObject message)
    {
        for (var n = random.Next(4); n > 0; n--)
        {
            switch (random.Next(7))
            {
                case 0:
                    SetRandomField(message["params"] as JsonObject ?? message);
                    break;
                case 1:
                    RemoveRandomField(message["params"] as JsonObject ?? message);
                    break;
                case 2:
                    message["params"] = Primitive();
                    break;
                case 3:
                    message["method"] = random.Next(2) == 0 ? Primitive() : Pick([.. PositionMethods, .. DocumentMethods, .. OtherMethods]);
                    break;
                case 4:
                    message["id"] = RandomId();
                    break;
                case 5:
                    message["jsonrpc"] = Pick<JsonNode?>([2, "1.0", null, "2.0"]);
                    break;
                default:
                    message.Remove(Pick(["id", "jsonrpc", "params"]));
                    break;
            }
        }
        return message;
    }

    private void SetRandomField(JsonObject target)
    {
        var objects = Objects(target).ToList();
        var chosen = Pick(objects);
        var names = chosen.Select(p => p.Key).ToList();
        var name = names.Count == 0 || random.Next(4) == 0 ? "extra" : Pick(names);
        chosen[name] = AnyValue(2);
    }

    private void RemoveRandomField(JsonObject target)
    {
        var chosen = Pick(Objects(target).ToList());
        if (chosen.Count > 0)
        {
            chosen.Remove(Pick(chosen.Select(p => p.Key).ToList()));
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, child) in obj.ToList())
            {
                if (child is not null)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.Where(c => c is not null).ToList())
            {
                foreach (var inner in Objects(child!))
                {
                    yield return inner;
                }
            }
        }
    }

    private JsonObject StrayResponse() => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = RandomId(),
        [random.Next(2) == 0 ? "result" : "error"] = random.Next(2) == 0 ? AnyValue(2) : new JsonObject { ["code"] = -1, ["message"] = "no" },
    };

    private JsonObject Cancel() => Notification("$/cancelRequest", random.Next(4) == 0 ? Primitive() : new JsonObject { ["id"] = RandomId() });

    private JsonObject Request(string method, JsonNode? parameters) =>
        new() { ["jsonrpc"] = "2.0", ["id"] = _nextId++, ["method"] = method, ["params"] = parameters };

    private static JsonObject Notification(string method, JsonNode? parameters) =>
        new() { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };

    private JsonNode? RandomId() => random.Next(6) switch
    {
        0 => random.Next(-5, _nextId + 5),
        1 => $"id-{random.Next(50)}",
        2 => random.NextDouble() * 100,
        3 => new JsonObject { ["id"] = 1 },
        4 => null,
        _ => true,
    };

    private JsonNode? Primitive() => random.Next(5) switch
    {
        0 => "x",
        1 => random.Next(-100, 100),
        2 => random.Next(2) == 0,
        3 => null,
        _ => random.NextDouble() * 1e12,
    };

    private JsonNode? AnyValue(int depth) => random.Next(depth > 0 ? 8 : 5) switch
    {
        0 => "x",
        1 => random.Next(-1000, 1000),
        2 => true,
        3 => null,
        4 => Text(),
        5 => new JsonArray(AnyValue(depth - 1), AnyValue(depth - 1)),
        6 => RandomPosition(),
        _ => new JsonObject { ["uri"] = AnyValue(depth - 1), ["line"] = AnyValue(depth - 1) },
    };

    private JsonObject RandomPosition() => new() { ["line"] = random.Next(-2, 12), ["character"] = random.Next(-2, 60) };

    private JsonObject RandomRange() => new() { ["start"] = RandomPosition(), ["end"] = RandomPosition() };

    private string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => Pick(Words) + " "));

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
