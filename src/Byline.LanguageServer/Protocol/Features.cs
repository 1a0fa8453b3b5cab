using System.Text.Json.Serialization;

namespace Byline.LanguageServer.Protocol;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public enum DiagnosticTag
{
    Unnecessary = 1,
    Deprecated = 2,
}

public sealed record Diagnostic(
    Range Range,
    DiagnosticSeverity? Severity,
    string? Code,
    CodeDescription? CodeDescription,
    string? Source,
    string? Message, // null only for a client that fills in the default message (DiagnosticDefaults)
    DiagnosticTag[]? Tags,
    DiagnosticRelatedInformation[]? RelatedInformation);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, DiagnosticList Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId) : ITextDocumentParams;

/// <summary>A full report (<c>kind: "full"</c>, with items) or an unchanged one (<c>kind: "unchanged"</c>, no items).</summary>
public sealed record DocumentDiagnosticReport(string Kind, string? ResultId, DiagnosticList? Items)
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public enum SymbolKind
{
    File = 1,
    Module = 2,
    Namespace = 3,
    Package = 4,
    Class = 5,
    Method = 6,
    Property = 7,
    Field = 8,
    Constructor = 9,
    Enum = 10,
    Interface = 11,
    Function = 12,
    Variable = 13,
    Constant = 14,
    String = 15,
    Number = 16,
    Boolean = 17,
    Array = 18,
    Object = 19,
    Key = 20,
    Null = 21,
    EnumMember = 22,
    Struct = 23,
    Event = 24,
    Operator = 25,
    TypeParameter = 26,
}

public sealed record DocumentSymbol(
    string Name,
    string? Detail,
    SymbolKind Kind,
    Range Range,
    Range SelectionRange,
    DocumentSymbol[]? Children);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public sealed record FoldingRange(int StartLine, int? StartCharacter, int EndLine, int? EndCharacter, string? Kind)
{
    public const string CommentKind = "comment";
    public const string RegionKind = "region";
}
