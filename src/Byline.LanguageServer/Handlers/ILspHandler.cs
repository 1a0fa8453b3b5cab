using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers;

/// <summary>A handler declares its LSP method and whether it changes state; the queue does the rest.</summary>
public interface ILspHandler
{
    string Method { get; }

    RequestKind Kind { get; }

    /// <summary>
    /// Adds this handler to the server through its generic type, with no reflection over it: a native AOT build
    /// keeps no metadata for methods that are only found by name. The server is the sealed class, not an interface:
    /// a generic method called through an interface is resolved at run time in a native build (its type loader built
    /// each handler's instantiation while the server started), a sealed class's is bound when compiled.
    /// </summary>
    internal void RegisterWith(BylineLanguageServer server) =>
        throw new ArgumentException($"{GetType()} implements neither IRequestHandler nor INotificationHandler.");
}

public interface IRequestHandler<TParams, TResult> : ILspHandler
{
    Task<TResult> HandleAsync(TParams request, RequestContext context, CancellationToken cancellationToken);

    /// <summary>
    /// The answer needs articles on disk that the walk of the indexed folders may not have reached yet
    /// (references, rename, workspace symbols and diagnostics; by default, any request about one document that is
    /// not open and not yet in the workspace, such as a hover or prepareRename in a file the client has not
    /// opened): while the folders are being walked such a request waits for the walk, then runs on the first
    /// snapshot that has its files. Reads only (a mutation waiting would hold up the queue the walk's files arrive
    /// through). Every other request answers at once from what is known: the open documents.
    /// </summary>
    bool NeedsFolderIndex(TParams request, Byline.Workspace.WorkspaceSnapshot snapshot) =>
        request is Protocol.ITextDocumentParams { TextDocument: { } document } && snapshot.GetDocument(document.Uri) is null;

    void ILspHandler.RegisterWith(BylineLanguageServer server) => server.AddRequest(this);
}

public interface INotificationHandler<TParams> : ILspHandler
{
    void Handle(TParams notification, RequestContext context);

    void ILspHandler.RegisterWith(BylineLanguageServer server) => server.AddNotification(this);
}
