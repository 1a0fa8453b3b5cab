using System.Text.Json;
using Byline.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Byline.LanguageServer.Server;

/// <summary>What to do with one incoming message body.</summary>
internal abstract record GateVerdict
{
    /// <summary>Hand the body (possibly rewritten) to StreamJsonRpc; <see cref="RequestId"/> is set for a request.</summary>
    public sealed record Forward(byte[] Body, RequestId? RequestId) : GateVerdict;

    /// <summary>Answer with a JSON-RPC error and do not dispatch.</summary>
    public sealed record Reply(RequestId Id, int Code, string Message) : GateVerdict;

    /// <summary>A notification or response that nobody can be told about: log it and drop it.</summary>
    public sealed record Drop(string Reason) : GateVerdict;
}

/// <summary>
/// Checks every incoming body against JSON-RPC 2.0 before StreamJsonRpc sees it. StreamJsonRpc ends the
/// connection on a body it cannot read as a message (a number for "method" or "jsonrpc", "params" that is
/// neither an object nor an array, a response to no request of ours), so those never reach it: a request
/// gets -32700 (not JSON) or -32600 (not a valid request, with its id when the id is readable), a
/// notification or stray response is dropped with a reason. What passes is a body the formatter can read.
/// Lone UTF-16 surrogates in escapes are rewritten first (<see cref="LoneSurrogates"/>).
/// </summary>
internal static class IncomingMessageGate
{
    private const int MaxDepth = 256;

    /// <summary>A value longer than this is judged by its kind alone.</summary>
    private const int LongValueBytes = 64 * 1024;

    /// <param name="takeOutstanding">Removes and reports whether a request of ours with this id awaits its response.</param>
    public static GateVerdict Inspect(byte[] body, Func<RequestId, bool> takeOutstanding)
    {
        LoneSurrogates.ReplaceEscapes(body);
        JsonDocument document;
        byte[] judged;
        try
        {
            judged = WithoutLongValues(body);
            document = JsonDocument.Parse(judged, Options);
        }
        catch (JsonException ex)
        {
            return new GateVerdict.Reply(RequestId.Null, LspErrorCodes.ParseError, $"Parse error: {ex.Message}");
        }
        using (document)
        {
            var verdict = Classify(document.RootElement, takeOutstanding);
            if (verdict is not GateVerdict.Forward forward)
            {
                return verdict;
            }
            if (!HasNullParams(document.RootElement))
            {
                return forward with { Body = body };
            }
            if (judged == body)
            {
                return forward with { Body = WithoutNullParams(document.RootElement) };
            }
            // The rewrite needs every value: a long "result" beside the null "params" was left out of the judged copy.
            using var whole = JsonDocument.Parse(body, Options);
            return forward with { Body = WithoutNullParams(whole.RootElement) };
        }
    }

    private static JsonDocumentOptions Options => new() { MaxDepth = MaxDepth };

    /// <summary>
    /// The body to judge: a long body's long "params" or "result" (an article's text) becomes an empty value of its
    /// kind, which is all the verdict reads of it. A document of the whole body would rent a token table as long as the
    /// body from the shared array pool, where it outlives the idle trim (see <see cref="LspMessageFormatter"/>).
    /// </summary>
    private static byte[] WithoutLongValues(byte[] body)
    {
        if (body.Length <= LongValueBytes || body.AsSpan().TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return body;
        }
        var members = JsonMembers.OfObject(body, MaxDepth);
        if (!members.Exists(IsLong))
        {
            return body;
        }
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            foreach (var member in members)
            {
                writer.WritePropertyName(member.Key);
                writer.WriteRawValue(IsLong(member) ? Empty(member.Value) : member.Value.Span, skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static bool IsLong(KeyValuePair<string, ReadOnlyMemory<byte>> member) =>
        member.Key is "params" or "result" && member.Value.Length > LongValueBytes;

    private static ReadOnlySpan<byte> Empty(ReadOnlyMemory<byte> value) => JsonMembers.KindOf(value) switch
    {
        JsonValueKind.Object => "{}"u8,
        JsonValueKind.Array => "[]"u8,
        JsonValueKind.String => "\"\""u8,
        _ => value.Span,
    };

    private static GateVerdict Classify(JsonElement root, Func<RequestId, bool> takeOutstanding)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Unidentified($"a message must be a JSON object, not {Describe(root.ValueKind)}");
        }
        var hasId = root.TryGetProperty("id", out var idElement);
        RequestId? id = hasId ? ReadId(idElement) : null;
        if (hasId && id is null)
        {
            return Unidentified($"\"id\" must be an integer or a string, not {Describe(idElement.ValueKind)}");
        }
        var isVersion2 = root.TryGetProperty("jsonrpc", out var version) && version.ValueKind == JsonValueKind.String && version.ValueEquals("2.0");
        var hasMethod = root.TryGetProperty("method", out var method);
        var hasResult = root.TryGetProperty("result", out _);
        var hasError = root.TryGetProperty("error", out var error);
        if (!hasMethod && (hasResult || hasError))
        {
            return isVersion2
                ? ClassifyResponse(id, hasResult, hasError, error, takeOutstanding)
                : new GateVerdict.Drop($"a response to {id} without \"jsonrpc\": \"2.0\"");
        }
        if (!isVersion2)
        {
            const string reason = "\"jsonrpc\" must be the string \"2.0\"";
            return id is null && !hasMethod ? Unidentified(reason) : Invalid(id, reason);
        }
        if (hasMethod)
        {
            return ClassifyRequest(root, method, id);
        }
        return id is null
            ? Unidentified("a message needs \"method\" (a request or notification) or \"result\"/\"error\" (a response)")
            : Invalid(id, "a message needs \"method\" (a request or notification) or \"result\"/\"error\" (a response)");
    }

    private static GateVerdict ClassifyRequest(JsonElement root, JsonElement method, RequestId? id)
    {
        if (method.ValueKind != JsonValueKind.String)
        {
            return Invalid(id, $"\"method\" must be a string, not {Describe(method.ValueKind)}");
        }
        if (id?.IsNull == true)
        {
            return new GateVerdict.Drop("a request with a null id cannot be answered");
        }
        if (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _))
        {
            return Invalid(id, "a request cannot carry \"result\" or \"error\"");
        }
        foreach (var name in (ReadOnlySpan<string>)["traceparent", "tracestate"])
        {
            if (root.TryGetProperty(name, out var trace) && trace.ValueKind != JsonValueKind.String)
            {
                return Invalid(id, $"\"{name}\" must be a string");
            }
        }
        if (root.TryGetProperty("params", out var parameters) &&
            parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
        {
            return Invalid(id, $"\"params\" must be an object or an array, not {Describe(parameters.ValueKind)}");
        }
        if (method.ValueEquals("$/cancelRequest") && id is null && !IsCancelParams(parameters))
        {
            return new GateVerdict.Drop("$/cancelRequest needs params {\"id\": integer or string}");
        }
        return new GateVerdict.Forward([], id);
    }

    private static GateVerdict ClassifyResponse(RequestId? id, bool hasResult, bool hasError, JsonElement error, Func<RequestId, bool> takeOutstanding)
    {
        if (id is not { IsNull: false } known)
        {
            return new GateVerdict.Drop("a response without an id answers nothing");
        }
        if (hasResult && hasError)
        {
            return new GateVerdict.Drop($"the response to {id} has both \"result\" and \"error\"");
        }
        if (hasError && !IsErrorObject(error))
        {
            return new GateVerdict.Drop($"the error response to {id} needs an object with an integer \"code\" and a string \"message\"");
        }
        return takeOutstanding(known)
            ? new GateVerdict.Forward([], null)
            : new GateVerdict.Drop($"a response to {id}, which is no request of ours");
    }

    private static GateVerdict Invalid(RequestId? id, string reason) => id is { IsNull: false } known
        ? new GateVerdict.Reply(known, LspErrorCodes.InvalidRequest, $"Invalid request: {reason}.")
        : new GateVerdict.Drop(reason);

    /// <summary>JSON-RPC answers a request whose id cannot be read with id null.</summary>
    private static GateVerdict Unidentified(string reason) =>
        new GateVerdict.Reply(RequestId.Null, LspErrorCodes.InvalidRequest, $"Invalid request: {reason}.");

    internal static RequestId? ReadId(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new RequestId(element.GetString()),
        JsonValueKind.Number when element.TryGetInt64(out var number) => new RequestId(number),
        JsonValueKind.Null => RequestId.Null,
        _ => null,
    };

    private static bool IsCancelParams(JsonElement parameters) =>
        parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty("id", out var id) &&
        ReadId(id) is { IsNull: false };

    private static bool IsErrorObject(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object &&
        error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt64(out _) &&
        error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String;

    private static bool HasNullParams(JsonElement root) =>
        root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Null;

    /// <summary>
    /// The message again, without a null "params" (which StreamJsonRpc cannot read, and which clients send for
    /// <c>shutdown</c>); also how a body whose surrogates were rewritten is handed on.
    /// </summary>
    private static byte[] WithoutNullParams(JsonElement root)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("params") && property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }
                property.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
