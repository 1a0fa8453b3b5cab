using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

// Only the parts of LSP 3.17 that Byline uses. Records are serialised by LspJsonContext (source-generated,
// camelCase, nulls omitted), so an optional LSP property is a nullable member here.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, [property: System.Text.Json.Serialization.JsonConverter(typeof(UnpooledStringConverter))] string Text);

/// <summary>LSP <c>MessageType</c> for window/logMessage.</summary>
public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

public sealed record LogMessageParams(MessageType Type, string Message);

/// <summary>JSON-RPC and LSP error codes the server answers with.</summary>
public static class LspErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int ContentModified = -32801;
    public const int RequestFailed = -32803;
}
