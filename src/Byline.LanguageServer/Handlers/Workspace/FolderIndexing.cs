using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Workspace;

/// <summary>
/// Walks the indexed workspace folders off the request path: <c>initialize</c> answers once each folder's
/// configuration is read, the walk runs on the thread pool, and its files join the workspace through the queue,
/// as a mutation in arrival order. Until then open documents work as usual, and the requests that need every
/// articles on disk wait for the walk (<see cref="IRequestHandler{TParams, TResult}.NeedsFolderIndex"/>). With a client that shows server
/// progress, the walk is shown as work-done progress from <c>initialized</c> on.
/// </summary>
internal sealed class FolderIndexing(Func<string, Action<RequestContext>, Task> runMutation, FileProblemsPublisher fileProblems, ServerLog log)
{
    private int _progressTokens;

    /// <summary>Starts walking the folders of <paramref name="pending"/> whose index is pending; the task completes when their files are in the workspace.</summary>
    public Task<int> Start(WorkspaceSnapshot pending) => Task.Run(async () =>
    {
        using var phase = Byline.Text.PhaseTimer.Once("walk the indexed folders (background)");
        FolderIndex index;
        try
        {
            index = ArticleWorkspace.WalkPendingFolders(pending);
        }
        catch (Exception e)
        {
            // Without the walk the folders are known by their open documents only; requests still get answers.
            log.Error($"Walking the workspace folders failed: {e}");
            index = new FolderIndex([.. pending.Folders.Where(f => f.IndexPending)], [.. pending.Folders.Where(f => f.IndexPending).Select(_ => new Byline.Workspace.Files.FolderWalkResult([], []))]);
        }
        try
        {
            await runMutation("byline/folderIndexed", context =>
            {
                var snapshot = context.State.Workspace.ApplyIndex(index);
                if (context.State.InitializedReceived)
                {
                    fileProblems.Publish(snapshot, context.Encoding); // files the walk skipped (BYL9007)
                }
            });
        }
        catch (Exception e) when (e is StreamJsonRpc.LocalRpcException or OperationCanceledException)
        {
            log.Info($"The workspace folders' files were not added: {e.Message}"); // the server is shutting down
        }
        return index.ArticleCount;
    });

    /// <summary>Shows a walk still under way as work-done progress the server starts (LSP <c>window/workDoneProgress/create</c>).</summary>
    public void ShowProgress(Task<int> walk, LanguageClient client)
    {
        if (walk.IsCompleted)
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            using var tokenDocument = JsonDocument.Parse($"\"byline-folder-index-{Interlocked.Increment(ref _progressTokens)}\"");
            var token = tokenDocument.RootElement.Clone();
            if (!await client.RequestAsync("window/workDoneProgress/create", new WorkDoneProgressCreateParams(token)))
            {
                return;
            }
            await client.NotifyAsync("$/progress", new ProgressParams(token, new WorkDoneProgress(WorkDoneProgress.Begin, "Byline: indexing the workspace", Cancellable: false)));
            var found = await walk;
            await client.NotifyAsync("$/progress", new ProgressParams(token, new WorkDoneProgress(WorkDoneProgress.End, Message: $"{found} articles found")));
        });
    }
}
