namespace Byline.LanguageServer.Protocol;

// Byline's own requests (not LSP): an article's figures for the status bar, its sourcing report for a webview, and its
// outline by result id.

/// <summary><c>byline/articleSummary</c> and <c>byline/sourcingReport</c> ask about one open document.</summary>
public sealed record ArticleReportParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>
/// <c>byline/articleSummary</c>: the counts the headline's code lens shows, and that label itself; <c>null</c>
/// for a document that is not an article.
/// </summary>
public sealed record ArticleSummary(int Claims, int Attributed, int Vague, int Unattributed, int AnonymousSources, int Findings, string Label);

/// <summary><c>byline/sourcingReport</c>: the report's self-contained HTML and its title; <c>null</c> for a document that is not an article.</summary>
public sealed record SourcingReport(string Title, string Html);

/// <summary>
/// <c>byline/documentSymbol</c>: the outline of <c>textDocument/documentSymbol</c>, asked with the result id of the last
/// one the client got (none the first time).
/// </summary>
public sealed record OutlineParams(TextDocumentIdentifier TextDocument, string? PreviousResultId = null) : ITextDocumentParams;

/// <summary>
/// <c>byline/documentSymbol</c>'s answer: the outline (<see cref="Symbols"/>) and its result id, or, when it is the one
/// the client named (<see cref="OutlineParams.PreviousResultId"/>), <c>unchanged: true</c> and no symbols. A document
/// that is not open gets its outline without a result id; one that cannot be read, <c>null</c>.
/// </summary>
public sealed record OutlineResult(string? ResultId, DocumentSymbolList? Symbols = null, bool? Unchanged = null);
