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
/// one the client got (none the first time). <see cref="Edits"/>: the client applies edits to the outline it has
/// (<see cref="OutlineResult.Edits"/>); a server that does not know the member answers the whole outline.
/// </summary>
public sealed record OutlineParams(TextDocumentIdentifier TextDocument, string? PreviousResultId = null, bool? Edits = null) : ITextDocumentParams;

/// <summary>
/// <c>byline/documentSymbol</c>'s answer: the outline (<see cref="Symbols"/>) and its result id, or, when it is the one
/// the client named (<see cref="OutlineParams.PreviousResultId"/>), <c>unchanged: true</c> and no symbols. A document
/// that is not open gets its outline without a result id; one that cannot be read, <c>null</c>. To a client that asked
/// for edits, an outline that differs from the one it named is sent as <see cref="Edits"/> to that one instead.
/// </summary>
public sealed record OutlineResult(string? ResultId, DocumentSymbolList? Symbols = null, bool? Unchanged = null, List<OutlineEdit>? Edits = null);

/// <summary>
/// An edit of the outline a client has, seen as its symbols in pre-order (each parent before its children): the
/// <see cref="DeleteCount"/> symbols from <see cref="Start"/> are replaced by <see cref="Symbols"/>, each written without
/// its children and having as many as <see cref="ChildCounts"/> says (the subtrees that follow it). Starts are indices
/// in the outline before any edit, in increasing order, and the edits do not overlap (as semantic tokens' deltas).
/// </summary>
public sealed record OutlineEdit(int Start, int DeleteCount, DocumentSymbolList? Symbols = null, int[]? ChildCounts = null);
