namespace Byline.LanguageServer.Protocol;

// Byline's own requests (not LSP): an article's figures for the status bar and its sourcing report for a webview.

/// <summary><c>byline/articleSummary</c> and <c>byline/sourcingReport</c> ask about one open document.</summary>
public sealed record ArticleReportParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>
/// <c>byline/articleSummary</c>: the counts the headline's code lens shows, and that label itself; <c>null</c>
/// for a document that is not an article.
/// </summary>
public sealed record ArticleSummary(int Claims, int Attributed, int Vague, int Unattributed, int AnonymousSources, int Findings, string Label);

/// <summary><c>byline/sourcingReport</c>: the report's self-contained HTML and its title; <c>null</c> for a document that is not an article.</summary>
public sealed record SourcingReport(string Title, string Html);
