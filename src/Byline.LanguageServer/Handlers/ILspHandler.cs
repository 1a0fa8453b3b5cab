using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers;

/// <summary>A handler declares its LSP method and whether it changes state; the queue does the rest.</summary>
public interface ILspHandler
{
    string Method { get; }

    RequestKind Kind { get; }
}

public interface IRequestHandler<TParams, TResult> : ILspHandler
{
    Task<TResult> HandleAsync(TParams request, RequestContext context, CancellationToken cancellationToken);
}

public interface INotificationHandler<TParams> : ILspHandler
{
    void Handle(TParams notification, RequestContext context);
}
