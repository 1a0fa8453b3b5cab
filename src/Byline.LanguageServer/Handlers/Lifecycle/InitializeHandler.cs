using System.Reflection;
using Byline.Analysis;
using Byline.LanguageServer.Handlers.Diagnostics;
using Byline.LanguageServer.Protocol;
using Byline.LanguageServer.Server;
using Byline.Text;
using Byline.Workspace;

namespace Byline.LanguageServer.Handlers.Lifecycle;

/// <summary>
/// <c>initialize</c>: negotiates the position encoding and the diagnostics model, reads the workspace folders'
/// configuration, starts walking the indexed ones in the background and announces what the server can do.
/// </summary>
internal sealed class InitializeHandler(Action<int> watchParentProcess, Workspace.FolderIndexing folderIndexing) : IRequestHandler<InitializeParams, InitializeResult>
{
    public string Method => "initialize";

    public RequestKind Kind => RequestKind.Mutation;

    public static string ServerVersion { get; } =
        typeof(InitializeHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public Task<InitializeResult> HandleAsync(InitializeParams request, RequestContext context, CancellationToken cancellationToken)
    {
        Byline.Text.PhaseTimer.Mark("initialize");
        var state = context.State;
        if (state.Initialized)
        {
            throw new StreamJsonRpc.LocalRpcException("initialize was already called.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
        state.Encoding = ChooseEncoding(request.Capabilities?.General?.PositionEncodings);
        state.ClientPullsDiagnostics = request.Capabilities?.TextDocument?.Diagnostic is not null;
        state.ClientShowsRelatedInformation = request.Capabilities?.TextDocument?.PublishDiagnostics?.RelatedInformation == true;
        state.ClientShowsHelpLinks = request.Capabilities?.TextDocument?.PublishDiagnostics?.CodeDescriptionSupport == true;
        var workspace = request.Capabilities?.Workspace;
        state.ClientCreatesFiles = workspace?.WorkspaceEdit is { DocumentChanges: true, ResourceOperations: { } operations } && operations.Contains("create");
        state.ClientUsesDocumentChanges = workspace?.WorkspaceEdit?.DocumentChanges == true;
        state.ClientRegistersFileWatchers = workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        state.ClientRefreshesDiagnostics = workspace?.Diagnostics?.RefreshSupport == true;
        state.ClientShowsWorkDoneProgress = request.Capabilities?.Window?.WorkDoneProgress == true;
        state.InlayHintsEnabled = request.InitializationOptions is { } hintOptions && Selection.EditorSettings.InlayHints(hintOptions) == true;
        state.SourcingReportCommand = Option(request, "sourcingReportCommand") is { ValueKind: System.Text.Json.JsonValueKind.String } command
            && command.GetString() is { Length: > 0 } name ? name : null;
        state.ClientExpandsShortHelpLinks = Option(request, "shortHelpLinks") is { ValueKind: System.Text.Json.JsonValueKind.True };
        state.ClientFillsRuleFields = Option(request, "compactDiagnostics") is { ValueKind: System.Text.Json.JsonValueKind.True };
        state.ClientFillsDiagnosticDefaults = Option(request, "diagnosticDefaults") is { ValueKind: System.Text.Json.JsonValueKind.True };
        state.ClientKeepsOutlines = Option(request, "outlineResultIds") is { ValueKind: System.Text.Json.JsonValueKind.True };
        state.MaxDiagnosticsPerDocument = ShownDiagnostics.ReadLimit(Option(request, "maxDiagnosticsPerDocument"), out var limitProblem);
        if (limitProblem is not null)
        {
            context.Log.Warning(limitProblem);
        }
        state.Initialized = true;

        if (request.InitializationOptions is { } options && Selection.EditorSettings.Files(options) is { } narrowing)
        {
            state.Workspace.SetNarrowing(narrowing);
        }
        var folders = WorkspaceFolderPaths(request).ToList();
        if (folders.Count > 0)
        {
            // A folder of 10,000 articles took seconds to walk: the answer does not wait for it.
            state.FolderIndexing = folderIndexing.Start(state.Workspace.SetFolders(folders, walkLater: true));
        }
        if (request.ProcessId is { } processId)
        {
            watchParentProcess(processId);
        }
        context.Log.Info($"Initialized for {request.ClientInfo?.Name ?? "an unnamed client"}: position encoding {state.Encoding.ToLspName()}, " +
            $"{(state.ClientPullsDiagnostics ? "pull" : "push")} diagnostics, {folders.Count} workspace folder(s).");
        var answer = new InitializeResult(Capabilities(state), new ServerInfo("byline", ServerVersion));
        // The knowledge base and word lists load from here, on threads of their own, while the client opens its first
        // document: once the answer is made, so that neither they nor the collections they set off delay it. A
        // document's diagnostics wait for them (DocumentDiagnosticHandler.AfterPreload); other requests that need a
        // list meanwhile read it themselves or wait for the thread reading it.
        _ = ServerPreload.Start();
        return Task.FromResult(answer);
    }

    /// <summary>What this server answers, given what the client said it supports.</summary>
    private static ServerCapabilities Capabilities(ServerState state) =>
        new(
            PositionEncoding: state.Encoding.ToLspName(),
            TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental, Save: new SaveOptions(IncludeText: false)),
            DocumentSymbolProvider: true,
            FoldingRangeProvider: true,
            CodeActionProvider: new CodeActionOptions([CodeActionKinds.QuickFix], ResolveProvider: false),
            DiagnosticProvider: state.ClientPullsDiagnostics
                ? new DiagnosticOptions(Identifier: "byline", InterFileDependencies: false, WorkspaceDiagnostics: OffersWorkspaceDiagnostics(state), WorkDoneProgress: true)
                : null,
            HoverProvider: true,
            DefinitionProvider: true,
            ReferencesProvider: true,
            DocumentHighlightProvider: true,
            RenameProvider: new RenameOptions(PrepareProvider: true),
            WorkspaceSymbolProvider: true,
            SemanticTokensProvider: new SemanticTokensOptions(Handlers.SemanticTokens.EntitySemanticTokens.Legend, Range: true, Full: new SemanticTokensFullOptions(Delta: true)),
            CodeLensProvider: new CodeLensOptions(ResolveProvider: false),
            DocumentLinkProvider: new DocumentLinkOptions(ResolveProvider: false),
            ExecuteCommandProvider: new ExecuteCommandOptions(Selection.ExecuteCommandHandler.Commands),
            InlayHintProvider: true,
            Experimental: Experimental(state));

    /// <summary>
    /// Where the pages of short help links lie, what a client that fills in the rule fields or the defaults fills in,
    /// and that a client that keeps outlines may ask for them by result id (<c>byline/documentSymbol</c>).
    /// </summary>
    private static ExperimentalCapabilities? Experimental(ServerState state) =>
        state.ClientExpandsShortHelpLinks || state.ClientFillsRuleFields || state.ClientFillsDiagnosticDefaults || state.ClientKeepsOutlines
            ? new ExperimentalCapabilities(
                HelpLinkBase: RuleDocs.BaseUri,
                DiagnosticSource: state.ClientFillsRuleFields ? FindingConverter.Source : null,
                DiagnosticDefaults: state.ClientFillsDiagnosticDefaults ? DiagnosticDefaults.Values : null,
                OutlineResultIds: state.ClientKeepsOutlines ? true : null)
            : null;

    /// <summary>
    /// UTF-8 when the client offers it (our text is UTF-16 in memory, but UTF-8 is what most non-VS Code
    /// clients count natively, so they avoid a conversion); otherwise UTF-16, which every client must support.
    /// </summary>
    public static PositionEncoding ChooseEncoding(string[]? offered) =>
        offered is not null && offered.Contains("utf-8") ? PositionEncoding.Utf8 : PositionEncoding.Utf16;

    private static System.Text.Json.JsonElement? Option(InitializeParams request, string name) =>
        request.InitializationOptions is { ValueKind: System.Text.Json.JsonValueKind.Object } options && options.TryGetProperty(name, out var value)
            ? value
            : null;

    private static IEnumerable<string> WorkspaceFolderPaths(InitializeParams request)
    {
        if (request.WorkspaceFolders is { Length: > 0 } folders)
        {
            return folders.Select(f => DocumentUris.ToFilePath(f.Uri)).OfType<string>();
        }
        if (request.RootUri is not null && DocumentUris.ToFilePath(request.RootUri) is { } root)
        {
            return [root];
        }
        return request.RootPath is not null ? [request.RootPath] : [];
    }

    /// <summary>
    /// Workspace diagnostics are offered when a workspace folder is indexed (has a root <c>.byline.yaml</c>): they
    /// then list every article on disk, open or not. Without an index only open documents are articles, and a
    /// client keeps a workspace report of a document after closing it, so its problems would stay listed. A
    /// folder given a configuration later gets them when the client starts the server again.
    /// </summary>
    private static bool OffersWorkspaceDiagnostics(ServerState state) => state.Workspace.Current.Folders.Any(folder => folder.HasConfig);
}
