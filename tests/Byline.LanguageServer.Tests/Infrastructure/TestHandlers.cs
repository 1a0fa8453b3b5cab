using Byline.LanguageServer.Handlers;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;

namespace Byline.LanguageServer.Tests.Infrastructure;

/// <summary>Returns the server's current text of a document, so tests can check what edits produced.</summary>
public sealed class DocumentTextHandler : IRequestHandler<TextDocumentIdentifier, string?>
{
    public string Method => "test/documentText";

    public RequestKind Kind => RequestKind.Read;

    public Task<string?> HandleAsync(TextDocumentIdentifier request, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Snapshot.GetDocument(request.Uri)?.Text.ToString());
}

/// <summary>A read request that only ends when cancelled; signals when it has started.</summary>
public sealed class BlockingHandler : IRequestHandler<TextDocumentIdentifier, string>
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Method => "test/block";

    public RequestKind Kind => RequestKind.Read;

    public async Task<string> HandleAsync(TextDocumentIdentifier request, RequestContext context, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "never";
    }
}

/// <summary>A handler with a bug.</summary>
public sealed class ThrowingHandler : IRequestHandler<TextDocumentIdentifier, string>
{
    public string Method => "test/throw";

    public RequestKind Kind => RequestKind.Read;

    public Task<string> HandleAsync(TextDocumentIdentifier request, RequestContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the handler tripped over " + request.Uri);
}

/// <summary>Takes its snapshot, waits for the test to release it, then checks for ContentModified like the real handlers do.</summary>
public sealed class StaleReadHandler : IRequestHandler<TextDocumentIdentifier, string>
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Method => "test/staleRead";

    public RequestKind Kind => RequestKind.Read;

    public async Task<string> HandleAsync(TextDocumentIdentifier request, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.Snapshot.GetDocument(request.Uri)!;
        Started.TrySetResult();
        await Release.Task.WaitAsync(cancellationToken);
        context.ThrowIfContentModified(request.Uri, document);
        return document.Text.ToString();
    }
}

/// <summary>
/// Analyses its document with the token the next edit of the document cancels, as the diagnostics pull does, and
/// answers whether the analysis was stopped or finished; signals when it has taken the token.
/// </summary>
public sealed class SupersededAnalysisHandler : IRequestHandler<TextDocumentIdentifier, string>
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Method => "test/analyseUntilSuperseded";

    public RequestKind Kind => RequestKind.Read;

    public Task<string> HandleAsync(TextDocumentIdentifier request, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.Snapshot.GetDocument(request.Uri)!;
        var superseded = context.State.Superseded.Of(request.Uri);
        context.ThrowIfContentModified(request.Uri, document);
        Started.TrySetResult();
        // Waits for the edit before analysing, so the test does not race a fast machine; that a token cancelled
        // midway stops the analysis between blocks is AnalysisCancellationTests' (Workspace) to show.
        superseded.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));
        try
        {
            document.GetAnalysis(superseded);
            return Task.FromResult("finished");
        }
        catch (OperationCanceledException)
        {
            return Task.FromResult("stopped");
        }
    }
}

/// <summary>Answers with a value whose JSON converter throws, as a result past the writer's limits does.</summary>
public sealed class UnwritableResultHandler : IRequestHandler<TextDocumentIdentifier, UnwritableResult>
{
    public string Method => "test/unwritable";

    public RequestKind Kind => RequestKind.Read;

    public Task<UnwritableResult> HandleAsync(TextDocumentIdentifier request, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new UnwritableResult());
}

[System.Text.Json.Serialization.JsonConverter(typeof(UnwritableResult.Converter))]
public sealed class UnwritableResult
{
    public sealed class Converter : System.Text.Json.Serialization.JsonConverter<UnwritableResult>
    {
        public override UnwritableResult Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(System.Text.Json.Utf8JsonWriter writer, UnwritableResult value, System.Text.Json.JsonSerializerOptions options) =>
            throw new System.Text.Json.JsonException("too large");
    }
}
