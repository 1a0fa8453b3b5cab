using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Handlers.Lifecycle;

/// <summary><c>shutdown</c>: answer null and wait for <c>exit</c>; later requests are refused.</summary>
internal sealed class ShutdownHandler : IRequestHandler<object?, object?>
{
    public string Method => "shutdown";

    public RequestKind Kind => RequestKind.Mutation;

    public Task<object?> HandleAsync(object? request, RequestContext context, CancellationToken cancellationToken)
    {
        context.State.ShutdownRequested = true;
        context.Log.Info("Shutdown requested.");
        // The client may end the process as soon as it has this answer.
        Server.StageTrace.WriteAll();
        return Task.FromResult<object?>(null);
    }
}

/// <summary><c>exit</c>: exit code 0 after <c>shutdown</c>, 1 without it (LSP spec).</summary>
internal sealed class ExitHandler(Action<int> exit) : INotificationHandler<object?>
{
    public string Method => "exit";

    public RequestKind Kind => RequestKind.Mutation;

    public void Handle(object? notification, RequestContext context) => exit(context.State.ShutdownRequested ? 0 : 1);
}
