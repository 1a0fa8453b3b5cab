using Byline.Workspace.Files;

namespace Byline.Workspace;

/// <summary>
/// Where edits (rename, code actions) may be computed and sent. An edit must be computed on the text the client
/// has, or it lands in the wrong place: an open document is the client's own text (with its version), while a
/// file on disk may have changed since the snapshot read it (a client without file watching never says so), so
/// it is read again. Edits go only to files inside the workspace folders, each real file once.
/// </summary>
public static class EditTargets
{
    /// <summary>
    /// The document to compute edits on: an open document as is; a file on disk read again now — the snapshot's
    /// copy while the file still has its text, else a new document of the file's current text. Null when the file
    /// can no longer be read.
    /// </summary>
    public static ArticleDocument? Current(WorkspaceSnapshot snapshot, ArticleDocument document)
    {
        if (snapshot.IsOpen(document.Uri))
        {
            return document;
        }
        if (document.FilePath is not { } path)
        {
            return null;
        }
        try
        {
            var fresh = ArticleDocument.Load(path, document.Config, document.Reviews);
            return fresh.Text.Source.ContentEquals(document.Text.Source) ? document : fresh;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The real path (links resolved) of a document that edits may go to: one inside a workspace folder, or the
    /// document the user asked from. Null otherwise — e.g. an open file reached through a link to a file outside
    /// the workspace. Two documents with one real path are one file: callers edit it once.
    /// </summary>
    public static string? EditablePath(WorkspaceSnapshot snapshot, ArticleDocument document, string requestUri)
    {
        if (document.FilePath is not { } path)
        {
            return DocumentUris.Key(document.Uri) == DocumentUris.Key(requestUri) ? document.Uri : null;
        }
        var real = FileKinds.RealPath(path) ?? path;
        if (DocumentUris.Key(document.Uri) == DocumentUris.Key(requestUri))
        {
            return real;
        }
        var roots = snapshot.Folders.Select(f => FileKinds.RealPath(f.Root)).OfType<string>();
        return roots.Any(root => FileKinds.IsWithin(root, real)) ? real : null;
    }
}
