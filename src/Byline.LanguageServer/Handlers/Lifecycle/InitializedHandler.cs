using Byline.LanguageServer.Handlers.Workspace;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Lifecycle;

/// <summary>
/// <c>initialized</c>: the first moment the server may talk to the client on its own. It reports problems
/// in the workspace's configuration and ledger files, shows the walk of the indexed folders as progress when it
/// is still under way and, when the client allows it, asks to be told about changes to them (the VS Code client also watches them itself; a second event only rereads).
/// </summary>
internal sealed class InitializedHandler(LanguageClient client, FileProblemsPublisher fileProblems, FolderIndexing folderIndexing) : INotificationHandler<InitializedParams>
{
    /// <summary>The files whose changes the server must hear of: configuration and the review ledger.</summary>
    public static readonly string[] WatchedGlobs = ["**/.byline.yaml", "**/.byline/*.yaml"];

    public string Method => "initialized";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(InitializedParams notification, RequestContext context)
    {
        context.State.InitializedReceived = true;
        fileProblems.Publish(context.State.Workspace.Current, context.Encoding);
        if (context.State.ClientShowsWorkDoneProgress)
        {
            folderIndexing.ShowProgress(context.State.FolderIndexing, client);
        }
        if (context.State.ClientRegistersFileWatchers)
        {
            client.Request("client/registerCapability", new RegistrationParams(
            [
                new Registration("byline-watched-files", "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions([.. WatchedGlobs.Select(g => new Protocol.FileSystemWatcher(g, null))])),
            ]));
        }
    }
}
