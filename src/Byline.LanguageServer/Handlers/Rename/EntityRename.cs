using Byline.LanguageServer.Handlers.Entities;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Text;
using Byline.Workspace;
using Byline.Workspace.Entities;

namespace Byline.LanguageServer.Handlers.Rename;

/// <summary>
/// Rename of an entity spelling: every mention of the same entity, in every article of the workspace, whose
/// text is exactly the selected mention's ("Soleimani" renames "Soleimani" and "Soleimani's" — the possessive
/// is outside the span and stays — but not "Qasem Soleimani"). Names from Byline's built-in knowledge base
/// that the workspace base does not replace are refused: they are the shared house spelling. The server only
/// proposes the edit; the client previews and applies it.
/// </summary>
internal static class EntityRename
{
    public static EntityTarget Check(RequestContext context, TextDocumentIdentifier textDocument, Position position, CancellationToken cancellationToken)
    {
        if (EntityNavigation.At(context, textDocument, position, cancellationToken) is not { } snapshotTarget || AsTheClientHasIt(context, snapshotTarget, position) is not { } target)
        {
            throw EntityNavigation.Refusal("Only the name of a person, organization or place can be renamed; there is none here.");
        }
        if (EntityDefinitions.IsBuiltin(target.Document, target.Entity))
        {
            throw EntityNavigation.Refusal(
                $"'{target.Mention.Text}' names {target.Entity.Name}, a built-in entity of Byline's knowledge base; its spellings are the house style and cannot be renamed here. " +
                $"To change them for this workspace, add an entry with id '{target.Entity.Id}' to .byline/entities.yaml.");
        }
        return target;
    }

    // A document the client has not opened may have changed on disk since the snapshot read it: the client's
    // position refers to the file as it is now, so the mention is looked up in a fresh read.
    private static EntityTarget? AsTheClientHasIt(RequestContext context, EntityTarget target, Position position)
    {
        if (EditTargets.Current(context.Snapshot, target.Document) is not { } current)
        {
            return null;
        }
        if (ReferenceEquals(current, target.Document))
        {
            return target;
        }
        var offset = current.Text.ToOffset(position.ToLinePosition(), context.Encoding);
        return current.Analysis?.Entities is { } entities && entities.MentionAt(offset) is { } mention && entities.Find(mention.EntityId) is { } entity
            ? new EntityTarget(current, entities, entity, mention)
            : null;
    }

    /// <summary>The request's answer is stale when the workspace changed the document while it ran.</summary>
    public static void ThrowIfContentModified(RequestContext context, string uri)
    {
        if (context.Snapshot.GetDocument(uri) is { } document)
        {
            context.ThrowIfContentModified(uri, document);
        }
    }

    /// <summary>
    /// A name a reporter could mean: one line, no control characters (a NUL or a tab pasted into copy is lost or
    /// breaks the file), and something to read in it (a lone quotation mark or dash would unbalance the text around
    /// every mention it replaces).
    /// </summary>
    private static bool IsName(string name) =>
        name.Any(char.IsLetterOrDigit) && !name.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    public static WorkspaceEdit Edit(RequestContext context, EntityTarget target, string newName, CancellationToken cancellationToken)
    {
        var name = newName.Trim();
        if (!IsName(name))
        {
            throw EntityNavigation.Refusal("The new name must be a single line with at least one letter or digit and no control characters.");
        }
        var occurrences = context.Snapshot.EntityIndex.MentionsOf(target.Entity.Id);
        if (!occurrences.Any(o => ReferenceEquals(o.Document, target.Document)))
        {
            occurrences = [.. target.Entity.Mentions.Select(m => new EntityOccurrence(target.Document, target.Entity, m)), .. occurrences];
        }
        var byDocument = occurrences
            .Where(o => string.Equals(o.Mention.Text, target.Mention.Text, StringComparison.Ordinal))
            .GroupBy(o => o.Document)
            // Open documents first: when a file is both open and on disk under another name (a link), the client's text wins.
            .OrderBy(g => context.Snapshot.IsOpen(g.Key.Uri) ? 0 : 1);
        var changes = new List<(Byline.Workspace.ArticleDocument Document, TextEdit[] Edits)>();
        var edited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in byDocument)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (EditTargets.Current(context.Snapshot, group.Key) is not { } document ||
                EditTargets.EditablePath(context.Snapshot, document, target.Document.Uri) is not { } realPath || !edited.Add(realPath))
            {
                continue; // Unreadable now, outside the workspace, or a file already edited under another name.
            }
            var spans = ReferenceEquals(document, group.Key)
                ? group.Select(o => o.Mention.Span)
                : MentionSpans(document, target.Entity.Id, target.Mention.Text);
            changes.Add((document, [.. spans.Select(span => new TextEdit(document.Text.ToLspRange(span, context.Encoding), name))]));
        }
        if (context.State.ClientUsesDocumentChanges)
        {
            return new WorkspaceEdit(null, [.. changes.Select(c => DocumentChange.Edit(c.Document.Uri, context.Snapshot.IsOpen(c.Document.Uri) ? c.Document.Version : null, c.Edits))]);
        }
        return new WorkspaceEdit(changes.ToDictionary(c => c.Document.Uri, c => c.Edits), null);
    }

    // The file changed on disk since the snapshot read it: the mentions of its current text, never the old spans.
    private static IEnumerable<Microsoft.CodeAnalysis.Text.TextSpan> MentionSpans(Byline.Workspace.ArticleDocument document, string entityId, string text) =>
        (document.Analysis?.Entities.MentionsOf(entityId) ?? []).Where(m => string.Equals(m.Text, text, StringComparison.Ordinal)).Select(m => m.Span);
}

/// <summary><c>textDocument/prepareRename</c>: the mention's range and text, or a -32803 error whose message the editor shows.</summary>
internal sealed class PrepareRenameHandler : IRequestHandler<TextDocumentPositionParams, PrepareRenameResult?>
{
    public string Method => "textDocument/prepareRename";

    public RequestKind Kind => RequestKind.Read;

    public Task<PrepareRenameResult?> HandleAsync(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var target = EntityRename.Check(context, request.TextDocument, request.Position, cancellationToken);
        var range = target.Document.Text.ToLspRange(target.Mention.Span, context.Encoding);
        EntityRename.ThrowIfContentModified(context, request.TextDocument.Uri);
        return Task.FromResult<PrepareRenameResult?>(new PrepareRenameResult(range, target.Mention.Text));
    }
}

/// <summary><c>textDocument/rename</c>: one <see cref="WorkspaceEdit"/> over the workspace's articles (see <see cref="EntityRename"/>).</summary>
internal sealed class RenameHandler : IRequestHandler<RenameParams, WorkspaceEdit?>
{
    public string Method => "textDocument/rename";

    public RequestKind Kind => RequestKind.Read;

    public bool NeedsFolderIndex(RenameParams request, Byline.Workspace.WorkspaceSnapshot snapshot) => true;

    public Task<WorkspaceEdit?> HandleAsync(RenameParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var target = EntityRename.Check(context, request.TextDocument, request.Position, cancellationToken);
        var edit = EntityRename.Edit(context, target, request.NewName, cancellationToken);
        EntityRename.ThrowIfContentModified(context, request.TextDocument.Uri);
        return Task.FromResult<WorkspaceEdit?>(edit);
    }
}
