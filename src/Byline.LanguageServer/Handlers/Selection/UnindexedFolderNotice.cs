using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Selection;

/// <summary>
/// Tells the user, once per session, that a workspace folder without <c>.byline.yaml</c> is not indexed: open
/// documents are checked, but the folder's other articles are not read (no cross-article entities, no
/// workspace symbols from closed files). Sent when the first article of such a folder opens, so a session
/// that never opens one stays quiet. The server only suggests; it never writes the file itself.
/// </summary>
public sealed class UnindexedFolderNotice(LanguageClient client, ServerLog log)
{
    private bool _sent;

    /// <summary>Called from the mutation path after <paramref name="uri"/> opened.</summary>
    public void AfterOpen(WorkspaceSnapshot snapshot, string uri)
    {
        if (_sent || !snapshot.IsOpen(uri) || snapshot.FolderFor(uri) is not { HasConfig: false } folder)
        {
            return;
        }
        _sent = true;
        var message = $"Byline checks the plain-text and Markdown files you open, but does not index the folder " +
            $"'{Path.GetFileName(folder.Root)}': it has no {BylineConfig.FileName}. Run 'byline init' in the folder " +
            $"to add one; Byline then checks every article in it and links entities across them.";
        _ = Send(new ShowMessageParams(MessageType.Info, message));
    }

    private async Task Send(ShowMessageParams message)
    {
        try
        {
            await client.NotifyAsync("window/showMessage", message);
        }
        catch (Exception ex)
        {
            log.Warning($"Showing the indexing notice failed: {ex.Message}");
        }
    }
}
