using System.Text.Json;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using StreamJsonRpc;

namespace Byline.LanguageServer.Handlers.Selection;

/// <summary>
/// <c>workspace/executeCommand</c>. <c>byline.checkDocument [uri]</c> ("Byline: Check Current File") makes a
/// document an article for the session, whatever globs, names or narrowing say; the answer is whether it is
/// open (a document not yet open becomes an article when it opens). Diagnostics are re-reported at once.
/// </summary>
internal sealed class ExecuteCommandHandler(OpenDocumentsReporter reporter) : IRequestHandler<ExecuteCommandParams, bool>
{
    public const string CheckDocument = "byline.checkDocument";

    /// <summary>The commands announced in <c>executeCommandProvider</c>.</summary>
    public static readonly string[] Commands = [CheckDocument];

    public string Method => "workspace/executeCommand";

    public RequestKind Kind => RequestKind.Mutation;

    public Task<bool> HandleAsync(ExecuteCommandParams request, RequestContext context, CancellationToken cancellationToken)
    {
        if (request.Command != CheckDocument)
        {
            throw Invalid($"Unknown command '{request.Command}'. Known commands: {string.Join(", ", Commands)}.");
        }
        if (request.Arguments is not [{ ValueKind: JsonValueKind.String } argument] || argument.GetString() is not { Length: > 0 } uri)
        {
            throw Invalid($"{CheckDocument} takes one argument: the document's URI.");
        }
        var snapshot = context.State.Workspace.CheckDocument(uri);
        context.Log.Info($"Checking {uri} on the user's request.");
        reporter.Report(snapshot, context.State);
        return Task.FromResult(snapshot.IsOpen(uri));
    }

    // Invalid-params messages start "Invalid params" so the message layer keeps them as they are.
    private static LocalRpcException Invalid(string message) =>
        new($"Invalid params for workspace/executeCommand: {message}") { ErrorCode = LspErrorCodes.InvalidParams };
}
