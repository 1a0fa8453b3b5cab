using System.Text;
using Byline.Analysis;
using Byline.Analysis.Rules;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Syntax;
using Byline.Text;
using Byline.Workspace;

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
        var line = text.Lines.GetLineFromOffset(block.Start);
        var lineStart = text.Lines.GetLineStart(line);
        var comment = $"<!-- {Suppressions.DisableMarker} {finding.Rule.Id}: {Suppressions.ReasonPlaceholder} -->{LineBreakOf(text.ToString())}";
        var at = text.ToLspPosition(lineStart, encoding);
        var edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [document.Uri] = [new TextEdit(new Protocol.Range(at, at), comment)] }, null);
        return ($"Suppress {finding.Rule.Id} here…", edit);
    }

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
        var entry = Entry(Path.GetRelativePath(folder.Root, path).Replace('\\', '/'), finding.Rule.Id, document.Text.ToString(finding.Span), ledgerText);
        var end = ArticleText.From(ledgerText).ToLspPosition(ledgerText.Length, context.Encoding);
        var insert = new TextEdit(new Protocol.Range(end, end), entry);
        var edit = context.State.ClientCreatesFiles
            ? new WorkspaceEdit(null, [DocumentChange.CreateFile(ledgerUri, ignoreIfExists: true), DocumentChange.Edit(ledgerUri, null, insert)])
            : new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [ledgerUri] = [insert] }, null);
        return ($"Suppress {finding.Rule.Id} here… (review in {ReviewLedger.FolderName}/{ReviewLedger.FileName})", edit);
    }

    /// <summary>A review appended to the ledger's text, with the 'reviews:' key when the ledger does not have it yet.</summary>
    public static string Entry(string file, string rule, string flaggedText, string ledgerText)
    {
        var lineBreak = LineBreakOf(ledgerText);
        var builder = new StringBuilder();
        if (ledgerText.Length > 0 && !ledgerText.EndsWith('\n') && !ledgerText.EndsWith('\r'))
        {
            builder.Append(lineBreak);
        }
        var lines = ledgerText.Split('\n');
        if (!lines.Any(l => l.StartsWith("reviews:", StringComparison.Ordinal)))
        {
            builder.Append("reviews:").Append(lineBreak);
        }
        // Follow the ledger's own indentation of list items, so the appended entry stays in the same list.
        var indent = lines.Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)) is { } item
            ? item[..(item.Length - item.TrimStart().Length)]
            : "  ";
        builder.Append(indent).Append("- file: ").Append(Quote(file)).Append(lineBreak);
        builder.Append(indent).Append("  rule: ").Append(rule).Append(lineBreak);
        builder.Append(indent).Append("  text: ").Append(Quote(Suppressions.NormaliseWhitespace(flaggedText))).Append(lineBreak);
        builder.Append(indent).Append("  reason: ").Append(Quote(Suppressions.ReasonPlaceholder)).Append(lineBreak);
        return builder.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any flagged text (quotes, colons, '#', non-ASCII).</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    private static string LineBreakOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
