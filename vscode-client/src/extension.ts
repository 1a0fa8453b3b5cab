// Byline VS Code client: starts the Byline language server and connects it to the editor.
//
// Deliberately thin (see docs/architecture.md): no analysis happens here. This file only wires
// settings, commands and vscode-languageclient together; decisions worth testing live in the pure
// modules serverCommand.ts, documentSelector.ts, settings.ts, sourcingReport.ts and outlineResults.ts (the outline
// by result id); sourcingViews.ts holds the status-bar item and the report webview.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  type Middleware,
  TransportKind,
  State,
  type DocumentSymbol as ProtocolDocumentSymbol,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  InlayHintRequest,
} from 'vscode-languageclient/node';
import { buildDocumentSelector, isProseDocument, narrowingGlobs } from './documentSelector';
import { checkServerCommand, cpuRunsNativeX64, resolveServerCommand } from './serverCommand';
import { forwardLines, forwardServerStderr } from './serverStderr';
import { DISPLAY_KEYS, filterBySeverity, readSettings, settingsChangeAction, type BylineSettings } from './settings';
import { HelpLinks } from './helpLinks';
import { fillRuleFields } from './ruleFields';
import { defaultsFiller, readDiagnosticDefaults, type DiagnosticDefaults } from './diagnosticDefaults';
import { initializationOptions } from './initializationOptions';
import { isNotShownNote } from './shownDiagnostics';
import { KeptOutlines, OUTLINE_REQUEST, type OutlineAnswer } from './outlineResults';
import { SHOW_REPORT_COMMAND } from './sourcingReport';
import { SourcingReportPanel, SourcingStatusBar } from './sourcingViews';

const CLIENT_ID = 'byline'; // also makes vscode-languageclient honour `byline.trace.server`
/** The server's command that makes a document an article for the session, whatever its rules say. */
const CHECK_DOCUMENT_COMMAND = 'byline.checkDocument';

let controller: ClientController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Byline', { log: true });
  const ask = (method: string, uri: vscode.Uri) => c.ask(method, uri);
  const statusBar = new SourcingStatusBar(ask);
  const reportPanel = new SourcingReportPanel(ask);
  controller = new ClientController(context, output, () => void statusBar.refresh());
  const c = controller;
  context.subscriptions.push(
    output,
    c,
    statusBar,
    reportPanel,
    vscode.commands.registerCommand('byline.checkCurrentFile', () => c.checkCurrentFile()),
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, (target?: unknown) => reportPanel.show(target)),
    vscode.commands.registerCommand('byline.restartServer', () => c.restart('restart requested')),
    vscode.commands.registerCommand('byline.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => c.settingsChanged((key) => e.affectsConfiguration(key))),
  );
  // Activated by a plain-text or Markdown document or by a .byline.yaml in the workspace: either way the
  // server has something to decide about. Which documents are articles is its answer alone.
  await c.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}

/** Owns the LanguageClient: start, stop and restart are serialised so settings changes can't race. */
class ClientController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private settings: BylineSettings;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    /** Called each time a server has started: what the views show comes from it. */
    private readonly onStarted: () => void,
  ) {
    this.settings = this.readSettings(false);
  }

  isRunning(): boolean {
    return this.client?.state === State.Running;
  }

  start(): Promise<boolean> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  restart(reason: string): Promise<boolean> {
    return this.enqueue(async () => {
      this.output.info(`Restarting the Byline server (${reason}).`);
      await this.doStop();
      return this.doStart();
    });
  }

  /**
   * "Byline: Check Current File": the server checks the active document for the rest of the session,
   * whatever its rules say (a README, a file outside `byline.files` or the `.byline.yaml` globs). A
   * document in another language is switched to plain text first, so that the client sends it. Nothing
   * restarts; the server re-reports the document's diagnostics at once.
   */
  async checkCurrentFile(): Promise<void> {
    let doc = vscode.window.activeTextEditor?.document;
    if (doc === undefined) {
      void vscode.window.showInformationMessage('Byline: open an article to check it.');
      return;
    }
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') {
      void vscode.window.showWarningMessage(`Byline: cannot check a ${doc.uri.scheme}: document; open the file itself.`);
      return;
    }
    if (!isProseDocument(doc)) {
      this.output.info(`Switching ${doc.uri.toString(true)} from ${doc.languageId} to plain text to check it.`);
      doc = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    }
    if (!(this.isRunning() || (await this.start())) || this.client === undefined) return;
    const client = this.client;
    try {
      await client.sendRequest(ExecuteCommandRequest.type, {
        command: CHECK_DOCUMENT_COMMAND,
        arguments: [client.code2ProtocolConverter.asUri(doc.uri)],
      });
    } catch (err) {
      this.output.error(`Checking ${doc.uri.toString(true)} failed: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  /**
   * Sends one of Byline's own requests (`byline/articleSummary`, `byline/sourcingReport`) about a document.
   * Undefined when no server runs; a failed request (the document changed meanwhile, the server stopped)
   * throws, so a view keeps what it shows until the next answer.
   */
  async ask(method: string, uri: vscode.Uri): Promise<unknown> {
    const client = this.client;
    if (client === undefined || !this.isRunning()) return undefined;
    try {
      return await client.sendRequest(method, { textDocument: { uri: client.code2ProtocolConverter.asUri(uri) } });
    } catch (err) {
      this.output.debug(`${method} for ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
      throw err;
    }
  }

  /** A `byline.*` setting changed: restart only for the server program; tell the server or redisplay otherwise. */
  settingsChanged(affects: (key: string) => boolean): void {
    const action = settingsChangeAction(affects);
    if (action === 'restart') {
      void this.restart('settings changed');
      return;
    }
    if (action === 'none') return;
    void this.enqueue(async () => {
      this.settings = this.readSettings(true);
      const client = this.client;
      if (client === undefined || !this.isRunning()) return;
      if (action === 'notify-server') {
        await client.sendNotification(DidChangeConfigurationNotification.type, { settings: this.serverSettings() });
        if (affects('byline.inlayHints')) this.refreshInlayHints(client);
      }
      if (DISPLAY_KEYS.some(affects)) this.redisplayDiagnostics(client);
    });
  }

  dispose(): void {
    void this.stop();
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** `report`: log and show bad values (only when (re)starting, so a problem is shown once per start). */
  private readSettings(report: boolean): BylineSettings {
    const config = vscode.workspace.getConfiguration('byline');
    const { settings, problems } = readSettings((key) => config.get(key));
    if (!report) return settings;
    for (const problem of problems) this.output.warn(problem);
    if (problems.length > 0) {
      void vscode.window.showWarningMessage(`Byline: ${problems[0]}`, 'Open Settings').then((pick) => {
        if (pick) void vscode.commands.executeCommand('workbench.action.openSettings', 'byline.');
      });
    }
    return settings;
  }

  /** The settings the server reads: `byline.files` (as narrowing globs in the server's glob syntax) and `byline.inlayHints`. */
  private serverSettings(): { byline: { files: string[]; inlayHints: boolean } } {
    return { byline: { files: narrowingGlobs(this.settings.files), inlayHints: this.settings.inlayHints } };
  }

  /** The server gives inlay hints or stops giving them: the editor asks again for its visible documents. */
  private refreshInlayHints(client: LanguageClient): void {
    const feature = client.getFeature(InlayHintRequest.method);
    const emitters = new Set<vscode.EventEmitter<void>>();
    for (const document of vscode.workspace.textDocuments) {
      const provider = feature.getProvider(document);
      if (provider !== undefined) emitters.add(provider.onDidChangeInlayHints);
    }
    for (const emitter of emitters) emitter.fire();
  }

  /**
   * Shows the pulled diagnostics again under the current minimum severity. The filter runs when a report
   * arrives, so the documents' result ids are forgotten first: the server then sends full reports, not
   * "unchanged", and diagnostics hidden before can come back.
   */
  private redisplayDiagnostics(client: LanguageClient): void {
    const feature = client.getFeature(DocumentDiagnosticRequest.method);
    const providers = new Set<NonNullable<ReturnType<typeof feature.getProvider>>>();
    for (const document of vscode.workspace.textDocuments) {
      const provider = feature.getProvider(document);
      if (provider === undefined) continue;
      provider.forget(document);
      providers.add(provider);
    }
    for (const provider of providers) provider.onDidChangeDiagnosticsEmitter.fire();
  }

  private async doStart(): Promise<boolean> {
    if (this.client !== undefined) {
      // A client that gave up after repeated crashes stays Stopped; replace it instead of reusing it.
      if (this.client.state !== State.Stopped) return this.isRunning();
      await this.doStop();
    }
    this.settings = this.readSettings(true);
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const cmd = resolveServerCommand({
      serverPath: this.settings.serverPath,
      dotnetPath: this.settings.dotnetPath,
      extensionPath: this.context.extensionPath,
      workspaceFolder,
      homeDir: os.homedir(),
      platform: process.platform,
      arch: process.arch,
      nativeServerExists: isRunnable,
      cpuRunsNative: () => cpuRunsNativeX64(readCpuInfo()),
    });
    const problems = checkServerCommand(cmd, {
      fileExists: (f) => {
        try {
          return fs.statSync(f).isFile();
        } catch {
          return false;
        }
      },
      envPath: process.env.PATH,
      envPathExt: process.env.PATHEXT,
      platform: process.platform,
    });
    if (problems.length > 0) {
      for (const p of problems) this.output.error(p.message);
      this.showStartError(problems.map((p) => p.message).join(' '));
      return false;
    }

    // vscode-languageclient appends `--stdio` itself for TransportKind.stdio.
    const executable = {
      command: cmd.command,
      args: cmd.args,
      transport: TransportKind.stdio,
      options: { cwd: workspaceFolder, shell: cmd.shell },
    } as const;
    const serverOptions: ServerOptions = { run: executable, debug: executable };
    // Short help links (src/helpLinks.ts) and compact diagnostics (src/ruleFields.ts): the server names the pages'
    // base and the diagnostics' source in its answer to `initialize`, which arrives before any diagnostics.
    let started: LanguageClient | undefined;
    const experimental = () =>
      started?.initializeResult?.capabilities.experimental as
        | { helpLinkBase?: unknown; diagnosticSource?: unknown; diagnosticDefaults?: unknown; outlineResultIds?: unknown }
        | undefined;
    const helpLinks = new HelpLinks((value) => vscode.Uri.parse(value), () => experimental()?.helpLinkBase);
    const fill = (diagnostics: vscode.Diagnostic[]) => fillRuleFields(diagnostics, experimental()?.diagnosticSource, (rule) => helpLinks.pageOf(rule));
    // Diagnostic defaults (src/diagnosticDefaults.ts) are filled in on each message as parsed, before the client
    // converts its diagnostics (which needs every message); read once the server has answered `initialize`.
    let defaultsRead: { from: unknown; defaults: DiagnosticDefaults | undefined } | undefined;
    const defaults = () => {
      const from = experimental()?.diagnosticDefaults;
      if (defaultsRead === undefined || defaultsRead.from !== from) defaultsRead = { from, defaults: readDiagnosticDefaults(from) };
      return defaultsRead.defaults;
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: buildDocumentSelector(),
      outputChannel: this.output,
      // The server's log records arrive as window/logMessage too; only what else it writes to stderr is an error.
      stdioOptions: {
        stdout: (input, channel) => forwardLines(input, (line) => channel.info(line)),
        stderr: forwardServerStderr,
      },
      // The narrowing and inlay hints, the headline lens's command, and what the client fills in or leaves out of the
      // diagnostics (src/initializationOptions.ts): among them how many of a file's diagnostics the editor shows
      // (src/shownDiagnostics.ts: VS Code's extension host keeps 1,000), so that the server sends no more.
      initializationOptions: initializationOptions(this.serverSettings().byline),
      connectionOptions: { messageStrategy: defaultsFiller(defaults) },
      // As vscode-languageclient converts URIs by default, but for the short help links.
      uriConverters: { code2Protocol: (uri) => uri.toString(), protocol2Code: (value) => helpLinks.toEditorUri(value) },
      synchronize: {
        // Configuration, knowledge-base and review-ledger files change what the server reports for every article.
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{.byline.yaml,entities.yaml,.byline/*.yaml}'),
      },
      middleware: { ...this.diagnosticsMiddleware(fill), ...outlineMiddleware(() => (experimental()?.outlineResultIds === true ? started : undefined)) },
    };

    this.output.info(`Starting the Byline server: ${[cmd.command, ...cmd.args, '--stdio'].join(' ')}`);
    const client = new LanguageClient(CLIENT_ID, 'Byline', serverOptions, clientOptions);
    started = client;
    this.client = client;
    try {
      await client.start();
      this.output.info('Byline server started.');
      this.onStarted();
      return true;
    } catch (err) {
      this.client = undefined;
      const message = err instanceof Error ? err.message : String(err);
      this.output.error(`The Byline server failed to start: ${message}`);
      this.showStartError(`The Byline server failed to start: ${message}`);
      try {
        await client.dispose(2000);
      } catch {
        // already dead; nothing more to clean up
      }
      return false;
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      await client.dispose(2000);
    } catch (err) {
      this.output.warn(`Stopping the Byline server: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private showStartError(message: string): void {
    void vscode.window.showErrorMessage(`Byline: ${message}`, 'Open Settings', 'Show Output').then((pick) => {
      if (pick === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'byline.');
      if (pick === 'Show Output') this.output.show(true);
    });
  }

  /**
   * Fills in the fields compact diagnostics leave out (`fill`, src/ruleFields.ts) and hides diagnostics below
   * `byline.diagnostics.minimumSeverity` — display filtering only, for both the push and the pull model. (The
   * setting is also sent as an initialization option.)
   */
  private diagnosticsMiddleware(fill: (diagnostics: vscode.Diagnostic[]) => vscode.Diagnostic[]): Middleware {
    const minimum = () => this.settings.minimumSeverity;
    // The server's note of the diagnostics it did not send is shown whatever the minimum, as VS Code's own note is.
    const shown = (diagnostics: vscode.Diagnostic[]) => {
      const filled = fill(diagnostics);
      const kept = filterBySeverity(filled, minimum());
      const note = filled.find(isNotShownNote);
      return note !== undefined && !kept.includes(note) ? [...kept, note] : kept;
    };
    return {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, shown(diagnostics)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && report.kind === 'full') return { ...report, items: shown(report.items) };
        return report;
      },
      provideWorkspaceDiagnostics: async (resultIds, token, resultReporter, next) => {
        const filterItems = <T extends { kind: string }>(items: T[]): T[] =>
          items.map((item) => {
            const full = item as T & { items?: vscode.Diagnostic[] };
            return item.kind === 'full' && full.items ? { ...full, items: shown(full.items) } : item;
          });
        const report = await next(resultIds, token, (chunk) =>
          resultReporter(chunk === null ? null : { items: filterItems(chunk.items) }),
        );
        return report ? { items: filterItems(report.items) } : report;
      },
    };
  }
}

/**
 * The outline by result id (src/outlineResults.ts), once `client()` is a server that said it answers it (null
 * before): `textDocument/documentSymbol` otherwise. Its outlines are kept for this server process only.
 */
function outlineMiddleware(client: () => LanguageClient | undefined): Middleware {
  const outlines = new KeptOutlines<ProtocolDocumentSymbol, vscode.DocumentSymbol>();
  return {
    provideDocumentSymbols: async (document, token, next) => {
      const c = client();
      if (c === undefined) return next(document, token);
      const textDocument = { uri: c.code2ProtocolConverter.asUri(document.uri) };
      try {
        return await outlines.provide(
          document.uri.toString(),
          (previousResultId) =>
            c.sendRequest<OutlineAnswer<ProtocolDocumentSymbol> | null>(
              OUTLINE_REQUEST,
              previousResultId === undefined ? { textDocument, edits: true } : { textDocument, previousResultId, edits: true },
              token,
            ),
          {
            one: (symbol) => c.protocol2CodeConverter.asDocumentSymbol(symbol),
            setChildren: (symbol, children) => {
              symbol.children = children;
            },
          },
        );
      } catch (error) {
        // As for textDocument/documentSymbol: a cancelled or outdated request (ContentModified) shows nothing new.
        return c.handleFailedRequest(DocumentSymbolRequest.type, token, error, null);
      }
    },
    didClose: (document, next) => {
      outlines.forget(document.uri.toString());
      return next(document);
    },
  };
}

/**
 * Is the bundled native server there and executable? A .vsix unpacked by a tool that drops the executable bit
 * gets it back; when that fails the portable server is used.
 */
/** /proc/cpuinfo's text, or undefined where there is none (not Linux, or not readable). */
function readCpuInfo(): string | undefined {
  try {
    return fs.readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return undefined;
  }
}

function isRunnable(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    try {
      fs.chmodSync(file, 0o755);
      return true;
    } catch {
      return false;
    }
  }
}
