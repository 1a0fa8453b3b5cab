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
/// is outside the span and stays — but not "Qasem Soleimani"); from a person's full name, also the surname and
/// given-name mentions of the same person, word for word when the new name has as many words (<see cref="RenameForms"/>). Names from Byline's built-in knowledge base
/// that the workspace base does not replace are refused: they are the shared house spelling. The server only
/// proposes the edit; the client previews and applies it. Descriptions linked to the entity ("the ministry") are
/// never rewritten, and a rename asked on one is refused.
/// </summary>
internal static class EntityRename
{
    public static EntityTarget Check(RequestContext context, TextDocumentIdentifier textDocument, Position position, CancellationToken cancellationToken)
    {
        if (EntityNavigation.At(context, textDocument, position, cancellationToken) is not { } snapshotTarget || AsTheClientHasIt(context, snapshotTarget, position) is not { } target)
        {
            throw EntityNavigation.Refusal("Only the name of a person, organization or place can be renamed; there is none here.");
        }
        if (snapshotTarget.Description is { } description)
        {
            // A rename changes how the entity is named; "the ministry" does not name it and stays as written.
            throw EntityNavigation.Refusal(description.IsPronoun
                ? $"'{description.Text}' is a pronoun for {target.Entity.Name}; rename a name of it instead (pronouns are left as written)."
                : $"'{description.Text}' describes {target.Entity.Name} without naming it; rename a name of it instead (descriptions are left as written).");
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

    /// <summary>The edit, and the short mentions of the person left as they were (<see cref="RenameForms.LeftShortForms"/>).</summary>
    public static (WorkspaceEdit Edit, IReadOnlyList<string> ShortFormsLeft) Edit(RequestContext context, EntityTarget target, string newName, CancellationToken cancellationToken)
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
        var forms = RenameForms.For(target.Entity, target.Mention, name);
        var byDocument = occurrences
            .Where(o => forms.ReplacementFor(o.Mention) is not null)
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
            var mentions = ReferenceEquals(document, group.Key)
                ? group.Select(o => o.Mention)
                : CurrentMentions(document, target.Entity.Id, forms);
            changes.Add((document, [.. mentions.Select(m => new TextEdit(document.Text.ToLspRange(m.Span, context.Encoding), forms.ReplacementFor(m)!))]));
        }
        var left = forms.LeftShortForms(occurrences.Select(o => o.Mention)).Select(m => m.Text).ToList();
        if (context.State.ClientUsesDocumentChanges)
        {
            return (new WorkspaceEdit(null, [.. changes.Select(c => DocumentChange.Edit(c.Document.Uri, context.Snapshot.IsOpen(c.Document.Uri) ? c.Document.Version : null, c.Edits))]), left);
        }
        return (new WorkspaceEdit(changes.ToDictionary(c => c.Document.Uri, c => c.Edits), null), left);
    }

    /// <summary>
    /// What the user is told when short mentions were left (the rename's answer can only carry edits, and
    /// prepareRename only a range and placeholder, so LSP leaves <c>window/showMessage</c>); null when none were.
    /// </summary>
    public static string? LeftShortFormsMessage(string oldName, string newName, IReadOnlyList<string> left) =>
        left.Count == 0 ? null :
        $"Renamed '{oldName}' to '{newName.Trim()}' where it is written in full. {left.Count} short mention(s) of the same person " +
        $"({string.Join(", ", left.Distinct(StringComparer.Ordinal).Select(t => $"'{t}'"))}) were left as they are: the new name has another " +
        "number of words, so which part of it they should become is not clear. Rename them from one of them.";

    // The file changed on disk since the snapshot read it: the mentions of its current text, never the old spans.
    private static IEnumerable<Byline.Analysis.Entities.Mention> CurrentMentions(Byline.Workspace.ArticleDocument document, string entityId, RenameForms forms) =>
        (document.Analysis?.Entities.MentionsOf(entityId) ?? []).Where(m => forms.ReplacementFor(m) is not null);
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
internal sealed class RenameHandler(LanguageClient client, ServerLog log) : IRequestHandler<RenameParams, WorkspaceEdit?>
{
    public string Method => "textDocument/rename";

    public RequestKind Kind => RequestKind.Read;

    public bool NeedsFolderIndex(RenameParams request, Byline.Workspace.WorkspaceSnapshot snapshot) => true;

    public Task<WorkspaceEdit?> HandleAsync(RenameParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var target = EntityRename.Check(context, request.TextDocument, request.Position, cancellationToken);
        var (edit, left) = EntityRename.Edit(context, target, request.NewName, cancellationToken);
        EntityRename.ThrowIfContentModified(context, request.TextDocument.Uri);
        if (EntityRename.LeftShortFormsMessage(target.Mention.Text, request.NewName, left) is { } message)
        {
            _ = Tell(message);
        }
        return Task.FromResult<WorkspaceEdit?>(edit);
    }

    private async Task Tell(string message)
    {
        try
        {
            await client.NotifyAsync("window/showMessage", new ShowMessageParams(MessageType.Info, message));
        }
        catch (Exception ex)
        {
            log.Warning($"Showing the rename notice failed: {ex.Message}");
        }
    }
}
