using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Server;

/// <summary>
/// What the server knows about the session. Written only by mutating handlers, which the queue runs one at a
/// time; read by everything else through a <see cref="RequestContext"/> captured in arrival order.
/// </summary>
public sealed class ServerState(ArticleWorkspace workspace)
{
    public ArticleWorkspace Workspace { get; } = workspace;

    public bool Initialized { get; set; }

    /// <summary>
    /// Completes when the indexed folders' files are in the workspace: <c>initialize</c> answers before they are
    /// walked, and the walk's files arrive later through the queue (<c>Handlers.Workspace.FolderIndexing</c>); its result is the number of articles found.
    /// </summary>
    public Task<int> FolderIndexing { get; set; } = Task.FromResult(0);

    /// <summary>The client sent <c>initialized</c>: the server may push the workspace files' problems.</summary>
    public bool InitializedReceived { get; set; }

    /// <summary>The client shows progress the server starts (<c>window.workDoneProgress</c>).</summary>
    public bool ClientShowsWorkDoneProgress { get; set; }

    public bool ShutdownRequested { get; set; }

    /// <summary>How the client counts characters; utf-16 until initialize negotiates otherwise.</summary>
    public PositionEncoding Encoding { get; set; } = PositionEncoding.Utf16;

    /// <summary>The client pulls diagnostics (textDocument/diagnostic); otherwise the server pushes them.</summary>
    public bool ClientPullsDiagnostics { get; set; }

    /// <summary>The client shows a diagnostic's related information (<c>textDocument.publishDiagnostics.relatedInformation</c>).</summary>
    public bool ClientShowsRelatedInformation { get; set; }

    /// <summary>
    /// The client reads a diagnostic's help link (<c>textDocument.publishDiagnostics.codeDescriptionSupport</c>): a
    /// client that does not say so gets none (a long article's thousands of links, a third of each answer's bytes).
    /// </summary>
    public bool ClientShowsHelpLinks { get; set; }

    /// <summary>
    /// The client turns short help links (<c>byline:BYL0001</c>) into the rule's page itself
    /// (<c>initializationOptions.shortHelpLinks: true</c>, which Byline's VS Code extension sends): a long article's
    /// thousands of diagnostics then carry 14 characters each instead of a file URI into the install.
    /// </summary>
    public bool ClientExpandsShortHelpLinks { get; set; }

    /// <summary>
    /// The client fills in each diagnostic's <c>source</c> and <c>codeDescription</c> itself, from
    /// <c>capabilities.experimental</c> (<c>initializationOptions.compactDiagnostics: true</c>, which Byline's VS Code
    /// extension sends): they are the same for every diagnostic of a rule, and on a long article were a fifth of
    /// each answer's bytes, which the editor parses on every keystroke.
    /// </summary>
    public bool ClientFillsRuleFields { get; set; }

    /// <summary>
    /// The client fills in a diagnostic's default severity and fixed message itself, before it reads the diagnostics
    /// (<c>initializationOptions.diagnosticDefaults: true</c>, which Byline's VS Code extension sends;
    /// <see cref="Handlers.Diagnostics.DiagnosticDefaults"/>).
    /// </summary>
    public bool ClientFillsDiagnosticDefaults { get; set; }

    /// <summary>
    /// The client asks for the outline by <c>byline/documentSymbol</c> with the result id of the last one it got, and
    /// keeps the symbols for an "unchanged" answer (<c>initializationOptions.outlineResultIds: true</c>, which Byline's
    /// VS Code extension sends): a book-length article's outline is ~340 KB of JSON, the same at almost every keystroke.
    /// </summary>
    public bool ClientKeepsOutlines { get; set; }

    /// <summary>
    /// How many diagnostics of a document the client shows, when it said so (<c>initializationOptions.maxDiagnosticsPerDocument</c>,
    /// which Byline's VS Code extension sends: the editor shows at most 1,000 of a file); null: all of them. A longer
    /// report sends those it shows and a note (<see cref="Handlers.Diagnostics.ShownDiagnostics"/>).
    /// </summary>
    public int? MaxDiagnosticsPerDocument { get; set; }

    /// <summary>What the client's diagnostics carry besides the finding itself, and how many it shows.</summary>
    public Handlers.Diagnostics.DiagnosticForm DiagnosticForm => new(ClientShowsRelatedInformation, ClientExpandsShortHelpLinks, ClientFillsRuleFields, ClientFillsDiagnosticDefaults,
        HelpLinksOmitted: !ClientShowsHelpLinks, MaxDiagnostics: MaxDiagnosticsPerDocument);

    /// <summary>The client applies <c>documentChanges</c> with a <c>create</c> operation, so a code action may create the review ledger.</summary>
    public bool ClientCreatesFiles { get; set; }

    /// <summary>The client applies <c>documentChanges</c> (versioned text edits), so a rename can name the versions it was computed on.</summary>
    public bool ClientUsesDocumentChanges { get; set; }

    /// <summary>The client lets the server register file watchers (<c>workspace/didChangeWatchedFiles</c> dynamic registration).</summary>
    public bool ClientRegistersFileWatchers { get; set; }

    /// <summary>The client re-pulls every document's diagnostics on <c>workspace/diagnostic/refresh</c>.</summary>
    public bool ClientRefreshesDiagnostics { get; set; }

    /// <summary>Inlay hints naming resolved entities, asked for with <c>initializationOptions.inlayHints: true</c> or the <c>byline.inlayHints</c> setting (off by default).</summary>
    public bool InlayHintsEnabled { get; set; }

    /// <summary>
    /// The client's own command that shows an article's sourcing report (<c>initializationOptions.sourcingReportCommand</c>,
    /// e.g. VS Code's <c>byline.showSourcingReport</c>): the headline lens runs it with the document's URI. Without
    /// one the lens is a label, so a click in another editor asks the server for no command it does not have.
    /// </summary>
    public string? SourcingReportCommand { get; set; }

    /// <summary>
    /// The last diagnostics report of each open document, which the next one is made from. A cache, not session
    /// state: read requests write it too (see <see cref="Handlers.Diagnostics.DocumentReports"/>).
    /// </summary>
    public Handlers.Diagnostics.DocumentReports Reports { get; } = new();

    /// <summary>Each open document's block symbols from its last outline (see <see cref="Handlers.DocumentSymbols.OutlineBlocks"/>).</summary>
    public PerOpenDocument<Handlers.DocumentSymbols.OutlineBlocks> Outlines { get; } = new();

    /// <summary>Which blocks of each open document may hold a web address (see <see cref="Handlers.DocumentLinks.AddressBlocks"/>).</summary>
    public PerOpenDocument<Handlers.DocumentLinks.AddressBlocks> AddressBlocks { get; } = new();

    /// <summary>Each open document's last semantic tokens, which a <c>full/delta</c> request is answered against.</summary>
    public Handlers.SemanticTokens.DocumentSemanticTokens SemanticTokens { get; } = new();

    /// <summary>Tokens that the next edit of a document cancels, so the analysis of a stale version stops midway.</summary>
    public SupersededVersions Superseded { get; } = new();
}

/// <summary>The state a handler works on: the workspace snapshot taken at the request's place in the queue.</summary>
public sealed class RequestContext(ServerState state, WorkspaceSnapshot snapshot, ServerLog log)
{
    public ServerState State { get; } = state;

    public WorkspaceSnapshot Snapshot { get; } = snapshot;

    public PositionEncoding Encoding { get; } = state.Encoding;

    public ServerLog Log { get; } = log;

    /// <summary>
    /// The opening every request about one document shares (Roslyn resolves a request's document before its handler
    /// runs, rust-analyzer's handlers start from <c>file_id</c> and a cancellation check): the document the snapshot
    /// has at <paramref name="uri"/>, or null when it has none, or when <paramref name="analysed"/> asks for one with an
    /// analysis and it has none (a binary or oversized file); the handler then answers null or empty. When there is a
    /// document, a request the client has cancelled stops here.
    /// </summary>
    public ArticleDocument? DocumentFor(string uri, CancellationToken cancellationToken, bool analysed = false)
    {
        if (Snapshot.GetDocument(uri) is not { } document || analysed && document.Analysis is null)
        {
            return null;
        }
        cancellationToken.ThrowIfCancellationRequested();
        return document;
    }

    /// <summary>The same request on a later snapshot (one that has the indexed folders' files).</summary>
    public RequestContext WithSnapshot(WorkspaceSnapshot later) => new(State, later, Log);

    /// <summary>
    /// Throws ContentModified (-32801) when the document is no longer the one this request saw: the client
    /// then drops the stale answer and asks again (rust-analyzer's and Roslyn's convention).
    /// </summary>
    public void ThrowIfContentModified(string uri, ArticleDocument document)
    {
        var latest = State.Workspace.Current.GetDocument(uri);
        if (latest is null || latest.Version != document.Version || !ReferenceEquals(latest.Text, document.Text))
        {
            throw new StreamJsonRpc.LocalRpcException($"{uri} changed while the request ran.") { ErrorCode = Protocol.LspErrorCodes.ContentModified };
        }
    }
}
