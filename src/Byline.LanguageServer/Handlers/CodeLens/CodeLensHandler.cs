using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Syntax;
using Byline.Text;

namespace Byline.LanguageServer.Handlers.CodeLens;

/// <summary>
/// <c>textDocument/codeLens</c>: one lens on the headline (the first block when there is none) with the article's
/// <see cref="SourcingSummary"/>. Clicking it runs the client's report command with the document's URI when the
/// client named one (<see cref="ServerState.SourcingReportCommand"/>); otherwise the lens is a label (an empty
/// command name) that runs nothing.
/// </summary>
internal sealed class CodeLensHandler : IRequestHandler<CodeLensParams, Protocol.CodeLens[]?>
{
    public string Method => "textDocument/codeLens";

    public RequestKind Kind => RequestKind.Read;

    public Task<Protocol.CodeLens[]?> HandleAsync(CodeLensParams request, RequestContext context, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        if (context.DocumentFor(uri, cancellationToken, analysed: true) is not { Analysis: { } analysis } document)
        {
            return Task.FromResult<Protocol.CodeLens[]?>(null);
        }
        var blocks = document.Syntax.Blocks;
        var headline = blocks.FirstOrDefault(b => b.Kind == BlockKind.Headline) ?? blocks.FirstOrDefault(b => b.Kind != BlockKind.FrontMatter);
        Protocol.CodeLens[] lenses = headline is null
            ? []
            : [new Protocol.CodeLens(document.Text.ToLspRange(headline.Span, context.Encoding), LensCommand(SourcingSummary.Of(analysis.Sourcing), uri, context.State))];
        context.ThrowIfContentModified(uri, document);
        return Task.FromResult<Protocol.CodeLens[]?>(lenses);
    }

    private static Command LensCommand(SourcingSummary summary, string uri, ServerState state) =>
        state.SourcingReportCommand is { } command
            ? new Command(summary.ToString(), command) { Arguments = [System.Text.Json.JsonSerializer.SerializeToElement(uri, LspJsonContext.Default.String)] }
            : new Command(summary.ToString(), "");
}
