using System.Text.Json;
using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

/// <summary><c>workspace/diagnostic</c> (LSP 3.17). The tokens are an integer or a string, kept as the client sent them.</summary>
public sealed record WorkspaceDiagnosticParams(
    string? Identifier,
    PreviousResultId[] PreviousResultIds,
    JsonElement? WorkDoneToken = null,
    JsonElement? PartialResultToken = null);

/// <summary>A report the client already has: the document's <paramref name="Value"/> is the result id we gave it.</summary>
public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticReport(WorkspaceDocumentDiagnosticReport[] Items);

/// <summary>One document's report: full (with items) or unchanged. <c>version</c> is required, null for a file not open.</summary>
public sealed record WorkspaceDocumentDiagnosticReport(
    string Kind,
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version,
    string? ResultId,
    DiagnosticList? Items);

/// <summary><c>$/progress</c> for a work-done token.</summary>
public sealed record ProgressParams(JsonElement Token, WorkDoneProgress Value);

/// <summary>A begin, report or end of work-done progress.</summary>
public sealed record WorkDoneProgress(string Kind, string? Title = null, bool? Cancellable = null, string? Message = null, int? Percentage = null)
{
    public const string Begin = "begin";
    public const string Report = "report";
    public const string End = "end";
}
