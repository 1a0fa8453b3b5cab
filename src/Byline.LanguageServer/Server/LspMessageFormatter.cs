using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Byline.LanguageServer.Server;

/// <summary>
/// StreamJsonRpc's System.Text.Json formatter, reading incoming messages without the shared array pool; writing is
/// the base's. The base parses each message into a pooled <see cref="JsonDocument"/>: its token table (as long as
/// the message) and, for a message that spans pipe segments, a copy of the message are rented from
/// <c>ArrayPool&lt;byte&gt;.Shared</c> and returned to it, where they outlive the idle trim (the pool lets an array go
/// only at a full collection 30–60 s after an earlier one saw it, and an idle server does not collect): a 10 MB
/// didOpen left two 16 MB arrays. Here a message is a copy in a plain array, read with <see cref="JsonMembers"/>, and
/// its parameters are deserialized from their slice of it (a long text with <see cref="Protocol.UnpooledStringConverter"/>);
/// the collector takes all of it back with the message. Only what the server uses is read: requests (parameters by
/// name, by position, or as one object), results and errors.
/// </summary>
internal sealed class LspMessageFormatter : SystemTextJsonFormatter, IJsonRpcMessageFormatter, IJsonRpcMessageTextFormatter
{
    public new JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer) => Read(contentBuffer);

    public new JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding) =>
        encoding is UTF8Encoding ? Read(contentBuffer) : throw new NotSupportedException("Only UTF-8 is supported.");

    private JsonRpcMessage Read(ReadOnlySequence<byte> content)
    {
        // A copy: the pipe's buffer is reused once this returns, and the message's parameters are read later.
        var members = JsonMembers.OfObject(content.ToArray());
        JsonRpcMessage message;
        if (members.TryGet("method", out var method))
        {
            message = new Request(this, members.TryGet("params", out var parameters) ? (ReadOnlyMemory<byte>?)parameters : null)
            {
                RequestId = ReadId(members),
                Method = ReadString(method),
                TraceParent = members.TryGet("traceparent", out var parent) ? ReadString(parent) : null,
                TraceState = members.TryGet("tracestate", out var state) ? ReadString(state) : null,
            };
        }
        else if (members.TryGet("result", out var result))
        {
            message = new Result(this, result) { RequestId = ReadId(members) };
        }
        else if (members.TryGet("error", out var error))
        {
            message = new JsonRpcError { RequestId = ReadId(members), Error = ReadError(error) };
        }
        else
        {
            throw new JsonException("Expected a request, result, or error message.");
        }
        message.Version = !members.TryGet("jsonrpc", out var version) ? "1.0"
            : ReadString(version) ?? throw new JsonException("Unexpected null value for jsonrpc property.");
        if (StageTrace.Enabled)
        {
            StageTrace.Mark("parsed", (message as JsonRpcRequest)?.Method ?? message.GetType().Name);
        }
        return message;
    }

    private ErrorDetail ReadError(ReadOnlyMemory<byte> error)
    {
        var fields = JsonMembers.OfObject(error);
        return new ErrorDetail(this, fields.TryGet("data", out var data) ? (ReadOnlyMemory<byte>?)data : null)
        {
            Code = fields.TryGet("code", out var code) ? (JsonRpcErrorCode)Read<long>(code) : throw new JsonException("An error without \"code\"."),
            Message = fields.TryGet("message", out var text) ? ReadString(text) : throw new JsonException("An error without \"message\"."),
        };
    }

    private static RequestId ReadId(List<KeyValuePair<string, ReadOnlyMemory<byte>>> members)
    {
        if (!members.TryGet("id", out var id))
        {
            return RequestId.NotSpecified;
        }
        var reader = new Utf8JsonReader(id.Span);
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => new RequestId(reader.GetString()),
            JsonTokenType.Number when reader.TryGetInt64(out var number) => new RequestId(number),
            JsonTokenType.Null => RequestId.Null,
            _ => throw new JsonException("\"id\" must be an integer or a string."),
        };
    }

    private static string? ReadString(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span);
        reader.Read();
        return reader.GetString();
    }

    private static T Read<T>(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span);
        reader.Read();
        return typeof(T) == typeof(long) ? (T)(object)reader.GetInt64() : throw new NotSupportedException(typeof(T).Name);
    }

    private object? ReadValue(ReadOnlyMemory<byte> json, Type type) => JsonSerializer.Deserialize(json.Span, type, JsonSerializerOptions);

    private sealed class Request(LspMessageFormatter formatter, ReadOnlyMemory<byte>? arguments) : JsonRpcRequest
    {
        private JsonValueKind Kind => arguments is { } json ? JsonMembers.KindOf(json) : JsonValueKind.Undefined;

        public override int ArgumentCount => Kind switch
        {
            JsonValueKind.Object => JsonMembers.OfObject(arguments!.Value).Count,
            JsonValueKind.Array => JsonMembers.OfArray(arguments!.Value).Count,
            _ => 0,
        };

        public override IEnumerable<string>? ArgumentNames =>
            Kind == JsonValueKind.Object ? JsonMembers.OfObject(arguments!.Value).Select(m => m.Key).ToList() : null;

        public override ArgumentMatchResult TryGetTypedArguments(ReadOnlySpan<ParameterInfo> parameters, Span<object?> typedArguments) =>
            TryGetTypedArguments(parameters, default, typedArguments);

        public override ArgumentMatchResult TryGetTypedArguments(ReadOnlySpan<ParameterInfo> parameters, ReadOnlySpan<string?> parameterNames, Span<object?> typedArguments)
        {
            using (formatter.TrackDeserialization(this, parameters))
            {
                // A method registered to take the whole params object as its one parameter (every LSP handler).
                if (parameters.Length == 1 && arguments is { } whole &&
                    formatter.ApplicableMethodAttributeOnDeserializingMethod?.UseSingleObjectParameterDeserialization == true)
                {
                    typedArguments[0] = formatter.ReadValue(whole, parameters[0].ParameterType);
                    return ArgumentMatchResult.Success;
                }
                return base.TryGetTypedArguments(parameters, parameterNames, typedArguments);
            }
        }

        public override bool TryGetArgumentByNameOrIndex(string? name, int position, Type? typeHint, out object? value)
        {
            ReadOnlyMemory<byte>? found = null;
            if (Kind == JsonValueKind.Object && name is not null && JsonMembers.OfObject(arguments!.Value).TryGet(name, out var named))
            {
                found = named;
            }
            else if (Kind == JsonValueKind.Array && position >= 0 && JsonMembers.OfArray(arguments!.Value) is { } list && position < list.Count)
            {
                found = list[position];
            }
            try
            {
                value = found is { } json ? formatter.ReadValue(json, typeHint ?? typeof(object)) : null;
            }
            catch (Exception ex)
            {
                throw new RpcArgumentDeserializationException(name, position, typeHint, ex);
            }
            return found.HasValue;
        }
    }

    private sealed class Result(LspMessageFormatter formatter, ReadOnlyMemory<byte> result) : JsonRpcResult
    {
        private bool _read;
        private Exception? _failure;

        public override T GetResult<T>()
        {
            if (_failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
            }
            return _read ? (T)Result! : (T)formatter.ReadValue(result, typeof(T))!;
        }

        protected override void SetExpectedResultType(Type resultType)
        {
            try
            {
                Result = formatter.ReadValue(result, resultType);
                _read = true;
            }
            catch (Exception ex)
            {
                // Thrown when the caller asks for the result, as the base formatter does, not in the read loop.
                _failure = new JsonException($"The result could not be read as {resultType.Name}: {ex.Message}", ex);
            }
        }
    }

    private sealed class ErrorDetail(LspMessageFormatter formatter, ReadOnlyMemory<byte>? data) : JsonRpcError.ErrorDetail
    {
        public override object? GetData(Type dataType)
        {
            if (data is not { } element)
            {
                return Data;
            }
            try
            {
                return formatter.ReadValue(element, dataType);
            }
            catch (JsonException)
            {
                try
                {
                    return formatter.ReadValue(element, typeof(object));
                }
                catch (JsonException)
                {
                    return null;
                }
            }
        }

        protected override void SetExpectedDataType(Type dataType) => Data = GetData(dataType);
    }
}
