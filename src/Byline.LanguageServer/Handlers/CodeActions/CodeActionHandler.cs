using Byline.Analysis;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.CodeActions;

/// <summary>
/// <c>textDocument/codeAction</c>: for each Byline diagnostic the client sends, its rule's fixes (the first
/// one preferred, so "Fix all"/auto-fix picks it) and "Suppress BYLxxxx here…", which records a review.
/// The diagnostics are matched to findings of this snapshot by code and range; what the client sends is only
/// a pointer, never the source of an edit.
/// </summary>
internal sealed class CodeActionHandler : IRequestHandler<CodeActionParams, CodeAction[]>
{
    public string Method => "textDocument/codeAction";

    public RequestKind Kind => RequestKind.Read;

    public Task<CodeAction[]> HandleAsync(CodeActionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken) is not { } snapshotDocument ||
            // Edits are computed on the text the client has: a file not open is read again (see EditTargets).
            EditTargets.Current(context.Snapshot, snapshotDocument) is not { } document ||
            request.Context.Only is { } only && !only.Any(kind => CodeActionKinds.QuickFix.StartsWith(kind, StringComparison.Ordinal)))
        {
            return Task.FromResult<CodeAction[]>([]);
        }
        var actions = new List<CodeAction>();
        // A code action's diagnostics are read by the client as they come (no filling in of defaults there): whole.
        var form = context.State.DiagnosticForm with { DefaultsOmitted = false };
        foreach (var finding in MatchFindings(request.Context.Diagnostics, document, context.Encoding))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var diagnostic = FindingConverter.ToLsp(finding, uri, document.Text, context.Encoding, form);
            var fixes = finding.Fixes; // a moved finding's fixes are moved each time they are read
            for (var i = 0; i < fixes.Length; i++)
            {
                var fix = fixes[i];
                var edits = fix.Changes.Select(c => new TextEdit(document.Text.ToLspRange(c.Span, context.Encoding), c.NewText ?? "")).ToArray(); // Roslyn's TextChange types NewText as nullable; ours are never null
                actions.Add(new CodeAction(fix.Title, CodeActionKinds.QuickFix, [diagnostic], IsPreferred: i == 0 ? true : null,
                    new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = edits }, null)));
            }
            if (SuppressionEdits.Suppress(finding, document, context) is { } suppression)
            {
                actions.Add(new CodeAction(suppression.Title, CodeActionKinds.QuickFix, [diagnostic], null, suppression.Edit));
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        // Edits computed on an old text would land in the wrong place: let the client ask again.
        context.ThrowIfContentModified(uri, snapshotDocument);
        return Task.FromResult(actions.ToArray());
    }

    /// <summary>The findings of the document that the client's diagnostics denote (same rule id, same range).</summary>
    /// <remarks>
    /// The light bulb asks after every keystroke, mostly with no diagnostic at the cursor: then nothing is read. Else a
    /// finding's range is compared as positions (no LSP objects made) and only for the rules the client named: the
    /// request used to make a range of every finding of the article (0.3 MB for a 1 MB article's 4,000 findings).
    /// </remarks>
    private static IEnumerable<Finding> MatchFindings(CodeActionDiagnostic[] sent, ArticleDocument document, PositionEncoding encoding)
    {
        var wanted = sent.Where(d => d.Source is null or FindingConverter.Source && d.CodeText is not null)
            .Select(d => (Code: d.CodeText!, Start: d.Range.Start.ToLinePosition(), End: d.Range.End.ToLinePosition())).ToHashSet();
        if (wanted.Count == 0)
        {
            return [];
        }
        var codes = wanted.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        return document.Diagnostics.Where(f => codes.Contains(f.Rule.Id) && wanted.Contains(Key(f, document.Text, encoding)));
    }

    /// <summary>A finding's rule id and range (<see cref="FindingConverter.RangeOf"/>) as positions.</summary>
    private static (string Code, LinePosition Start, LinePosition End) Key(Finding finding, ArticleText text, PositionEncoding encoding)
    {
        var span = FindingConverter.SpanOf(finding);
        return (finding.Rule.Id, text.ToPosition(span.Start, encoding), text.ToPosition(span.End, encoding));
    }
}
