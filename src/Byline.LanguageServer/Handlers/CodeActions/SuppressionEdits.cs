using Byline.Analysis;
using Byline.Analysis.Rules;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Byline.LanguageServer.Handlers.CodeActions;

/// <summary>
/// The edit behind "Suppress BYLxxxx here…". Markdown keeps the review next to the passage, as an HTML
/// comment the reader never sees; plain text has no comments, so the review goes to the folder's ledger.
/// Either way the server only proposes the edit: the client previews and applies it, and the reason is a
/// placeholder the editor must replace (BYL9006 keeps reporting it until then).
/// </summary>
internal static class SuppressionEdits
{
    public static (string Title, WorkspaceEdit Edit)? Suppress(Finding finding, ArticleDocument document, RequestContext context)
    {
        if (!RuleCatalog.Rules.Any(r => r.Descriptor == finding.Rule))
        {
            return null; // File problems (not UTF-8, broken front matter…) are fixed, not reviewed.
        }
        return document.Syntax.Format == ArticleFormat.Markdown
            ? InlineComment(finding, document, context.Encoding)
            : LedgerEntry(finding, document, context);
    }

    private static (string, WorkspaceEdit)? InlineComment(Finding finding, ArticleDocument document, PositionEncoding encoding)
    {
        var block = document.Syntax.FindBlock(finding.Span.Start);
        if (block is null || block.Kind == BlockKind.FrontMatter)
        {
            return null;
        }
        var text = document.Text;
        var lineStart = text.Lines.GetLineStart(text.Lines.GetLineFromOffset(block.Start));
        var comment = $"{ContainerPrefix(text.ToString(TextSpan.FromBounds(lineStart, block.Start)))}<!-- {Suppressions.DisableMarker} {finding.Rule.Id}: {Suppressions.ReasonPlaceholder} -->{LineBreakOf(text)}";
        var at = text.ToLspPosition(lineStart, encoding);
        var edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = [new TextEdit(new Protocol.Range(at, at), comment)] }, null);
        return ($"Suppress {finding.Rule.Id} here…", edit);
    }

    // A block inside a quotation ("> ") keeps its comment inside the quotation; list markers become spaces, so
    // the comment does not start a list item of its own.
    private static string ContainerPrefix(string beforeBlock) =>
        string.Concat(beforeBlock.Select(c => c is '>' || char.IsWhiteSpace(c) ? c : ' ')).TrimEnd() is { Length: > 0 } prefix ? prefix + " " : "";

    private static (string, WorkspaceEdit)? LedgerEntry(Finding finding, ArticleDocument document, RequestContext context)
    {
        if (document.FilePath is not { } path || context.Snapshot.FolderFor(document.Uri) is not { } folder)
        {
            return null; // An untitled or loose file has no workspace folder, so no ledger to record the review in.
        }
        var ledgerPath = ReviewLedger.PathIn(folder.Root);
        var ledgerUri = DocumentUris.FromFilePath(ledgerPath);
        var existing = ConfigLoader.ReadIfExists(ledgerPath);
        if (existing is null && !context.State.ClientCreatesFiles)
        {
            return null;
        }
        var ledgerText = existing ?? "";
        var review = ReviewOf(finding, document, Path.GetRelativePath(folder.Root, path).Replace('\\', '/'));
        if (ReviewLedgerWriter.Add(ledgerText, review) is not { } change)
        {
            return null; // The ledger is not valid YAML: BYL9004 in it says what to fix first.
        }
        var ledger = ArticleText.From(ledgerText);
        var range = new Protocol.Range(ledger.ToLspPosition(change.Start, context.Encoding), ledger.ToLspPosition(change.End, context.Encoding));
        var edit = new TextEdit(range, change.NewText);
        var workspaceEdit = context.State.ClientCreatesFiles
            ? new WorkspaceEdit(null, [DocumentChange.CreateFile(ledgerUri, ignoreIfExists: true), DocumentChange.Edit(ledgerUri, null, edit)])
            : new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [ledgerUri] = [edit] }, null);
        return ($"Suppress {finding.Rule.Id} here… (review in {ReviewLedger.FolderName}/{ReviewLedger.FileName})", workspaceEdit);
    }

    /// <summary>
    /// The review of one finding. The flagged text identifies the passage; when it does not on its own — the same
    /// text is flagged more than once, or it is a single word such as a repeated "the" — the review also names
    /// which occurrence it is, so it cannot hide the others.
    /// </summary>
    public static Review ReviewOf(Finding finding, ArticleDocument document, string relativePath)
    {
        var flagged = Suppressions.NormaliseWhitespace(document.Text.ToString(finding.Span));
        var same = (document.Analysis?.Findings ?? [])
            .Where(f => f.Rule.Id == finding.Rule.Id && Suppressions.NormaliseWhitespace(document.Text.ToString(f.Span)) == flagged)
            .OrderBy(f => f.Span.Start).ToList();
        var index = same.FindIndex(f => f.Span == finding.Span);
        int? occurrence = index >= 0 && (same.Count > 1 || !flagged.Any(char.IsWhiteSpace)) ? index + 1 : null;
        return new Review(relativePath, finding.Rule.Id, flagged, Suppressions.ReasonPlaceholder, Occurrence: occurrence);
    }

    private static string LineBreakOf(ArticleText text) => text.ToString().Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
