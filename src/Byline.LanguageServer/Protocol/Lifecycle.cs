namespace Byline.LanguageServer.Protocol;

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    WorkspaceFolder[]? WorkspaceFolders,
    ClientCapabilities? Capabilities,
    ClientInfo? ClientInfo,
    string? Trace,
    System.Text.Json.JsonElement? InitializationOptions = null);

public sealed record ClientInfo(string Name, string? Version);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record ClientCapabilities(
    GeneralClientCapabilities? General,
    TextDocumentClientCapabilities? TextDocument,
    WorkspaceClientCapabilities? Workspace,
    WindowClientCapabilities? Window = null);

public sealed record WindowClientCapabilities(bool? WorkDoneProgress);

public sealed record WorkDoneProgressCreateParams(System.Text.Json.JsonElement Token);

public sealed record GeneralClientCapabilities(string[]? PositionEncodings);

public sealed record TextDocumentClientCapabilities(
    DiagnosticClientCapabilities? Diagnostic,
    PublishDiagnosticsClientCapabilities? PublishDiagnostics,
    DocumentSymbolClientCapabilities? DocumentSymbol,
    FoldingRangeClientCapabilities? FoldingRange);

public sealed record DiagnosticClientCapabilities(bool? DynamicRegistration, bool? RelatedDocumentSupport);

public sealed record PublishDiagnosticsClientCapabilities(bool? RelatedInformation, bool? VersionSupport, bool? CodeDescriptionSupport = null);

public sealed record DocumentSymbolClientCapabilities(bool? HierarchicalDocumentSymbolSupport);

public sealed record FoldingRangeClientCapabilities(bool? LineFoldingOnly);

public sealed record WorkspaceClientCapabilities(bool? WorkspaceFolders, DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles,
    WorkspaceEditClientCapabilities? WorkspaceEdit = null, DiagnosticWorkspaceClientCapabilities? Diagnostics = null);

public sealed record DiagnosticWorkspaceClientCapabilities(bool? RefreshSupport);

public sealed record WorkspaceEditClientCapabilities(bool? DocumentChanges, string[]? ResourceOperations);

public sealed record DidChangeWatchedFilesClientCapabilities(bool? DynamicRegistration);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    bool DocumentSymbolProvider,
    bool FoldingRangeProvider,
    DiagnosticOptions? DiagnosticProvider,
    CodeActionOptions? CodeActionProvider = null,
    bool? HoverProvider = null,
    bool? DefinitionProvider = null,
    bool? ReferencesProvider = null,
    bool? DocumentHighlightProvider = null,
    RenameOptions? RenameProvider = null,
    bool? WorkspaceSymbolProvider = null,
    SemanticTokensOptions? SemanticTokensProvider = null,
    CodeLensOptions? CodeLensProvider = null,
    DocumentLinkOptions? DocumentLinkProvider = null,
    ExecuteCommandOptions? ExecuteCommandProvider = null,
    bool? InlayHintProvider = null,
    ExperimentalCapabilities? Experimental = null);

/// <summary>
/// Byline's own additions to the capabilities. <c>helpLinkBase</c>, sent to a client that asked for short help links
/// (<c>initializationOptions.shortHelpLinks: true</c>): a diagnostic's link <c>byline:BYL0001</c> stands for
/// <c>helpLinkBase + "BYL0001.md"</c>, the page a full link would open. <c>diagnosticSource</c>, sent to a client that
/// fills in the rule fields itself (<c>initializationOptions.compactDiagnostics: true</c>): a diagnostic without
/// <c>source</c> has this one, and one without <c>codeDescription</c> has <c>helpLinkBase + code + ".md"</c> as its link.
/// <c>diagnosticDefaults</c>, sent to a client that fills in default severities and messages
/// (<c>initializationOptions.diagnosticDefaults: true</c>): see <see cref="DiagnosticDefaultValues"/>.
/// <c>outlineResultIds</c>, sent to a client that keeps outlines (<c>initializationOptions.outlineResultIds: true</c>):
/// it may ask for the outline by <c>byline/documentSymbol</c> (<see cref="OutlineParams"/>).
/// </summary>
public sealed record ExperimentalCapabilities(string? HelpLinkBase, string? DiagnosticSource = null, DiagnosticDefaultValues? DiagnosticDefaults = null,
    bool? OutlineResultIds = null);

/// <summary>
/// A diagnostic without <c>severity</c> has <see cref="Severity"/>; one without <c>message</c> has the message
/// <see cref="Messages"/> gives for its code. The client fills them in before it reads the diagnostics (LSP requires a
/// message), in every answer and notification that carries Byline's diagnostics.
/// </summary>
public sealed record DiagnosticDefaultValues(int Severity, Dictionary<string, string> Messages);

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions Save);

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record SaveOptions(bool IncludeText);

public sealed record DiagnosticOptions(string? Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics, bool? WorkDoneProgress = null);

public sealed record InitializedParams;
