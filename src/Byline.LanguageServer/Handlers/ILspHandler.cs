using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers;

/// <summary>A handler declares its LSP method and whether it changes state; the queue does the rest.</summary>
public interface ILspHandler
{
    string Method { get; }

    RequestKind Kind { get; }

    /// <summary>
    /// Adds this handler to the server through its generic type, with no reflection over it: a native AOT build
    /// keeps no metadata for methods that are only found by name.
    /// </summary>
    internal void RegisterWith(IHandlerRegistry registry) =>
        throw new ArgumentException($"{GetType()} implements neither IRequestHandler nor INotificationHandler.");
}

/// <summary>Where handlers register themselves (the server).</summary>
internal interface IHandlerRegistry
{
    void AddRequest<TParams, TResult>(IRequestHandler<TParams, TResult> handler);

    void AddNotification<TParams>(INotificationHandler<TParams> handler);
}

public interface IRequestHandler<TParams, TResult> : ILspHandler
{
    Task<TResult> HandleAsync(TParams request, RequestContext context, CancellationToken cancellationToken);

    void ILspHandler.RegisterWith(IHandlerRegistry registry) => registry.AddRequest(this);
}

public interface INotificationHandler<TParams> : ILspHandler
{
    void Handle(TParams notification, RequestContext context);

    void ILspHandler.RegisterWith(IHandlerRegistry registry) => registry.AddNotification(this);
}
