namespace Byline.LanguageServer.Protocol;

// Hover, definition, references, highlights, rename, workspace symbols and semantic tokens (LSP 3.17).

/// <summary>The parameters of a request about one document (hover, rename, diagnostics, …).</summary>
public interface ITextDocumentParams
{
    TextDocumentIdentifier TextDocument { get; }
}

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position) : ITextDocumentParams;

public sealed record MarkupContent(string Kind, string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context) : ITextDocumentParams;

public sealed record ReferenceContext(bool IncludeDeclaration);

public enum DocumentHighlightKind
{
    Text = 1,
    Read = 2,
    Write = 3,
}

public sealed record DocumentHighlight(Range Range, DocumentHighlightKind? Kind);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName) : ITextDocumentParams;

public sealed record RenameOptions(bool PrepareProvider);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range) : ITextDocumentParams;

public sealed record SemanticTokens(int[] Data, string? ResultId = null);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, SemanticTokensFullOptions Full);

/// <summary><c>full: { delta: true }</c>: the server answers <c>textDocument/semanticTokens/full/delta</c>.</summary>
public sealed record SemanticTokensFullOptions(bool Delta);

public sealed record SemanticTokensDeltaParams(TextDocumentIdentifier TextDocument, string PreviousResultId) : ITextDocumentParams;

/// <summary>
/// The answer to <c>textDocument/semanticTokens/full/delta</c>: either the whole <see cref="Data"/> (LSP's
/// <c>SemanticTokens</c>, when the previous result is not the one the server kept) or <see cref="Edits"/> against the
/// previous result's data (LSP's <c>SemanticTokensDelta</c>). The other field is left out.
/// </summary>
public sealed record SemanticTokensDeltaResult(string? ResultId, int[]? Data, SemanticTokensEdit[]? Edits);

/// <summary>Replace <see cref="DeleteCount"/> integers of the previous data from <see cref="Start"/> with <see cref="Data"/>.</summary>
public sealed record SemanticTokensEdit(int Start, int DeleteCount, int[]? Data);
