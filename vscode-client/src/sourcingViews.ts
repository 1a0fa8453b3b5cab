// The status-bar item with the current article's unattributed count and the "Byline: Show Sourcing Report"
// webview. Both only show what the server answers (`byline/articleSummary`, `byline/sourcingReport`); the
// decisions worth testing (the answers' shapes, the item's text, the webview's security policy) live in the
// pure module sourcingReport.ts.
import * as vscode from 'vscode';
import { isProseDocument } from './documentSelector';
import {
  asArticleSummary,
  asSourcingReport,
  messageWebviewHtml,
  reportWebviewHtml,
  SHOW_REPORT_COMMAND,
  statusBarContent,
} from './sourcingReport';

/** Asks the running server about one document; undefined when there is no server or the request failed. */
export type AskServer = (method: string, uri: vscode.Uri) => Promise<unknown>;

/** Edits come in bursts while typing: the figures are asked for once the burst is over. */
const SETTLE_MS = 400;

/** Calls `run` once, `ms` after the last `schedule()`. */
class Debounce implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ms: number,
    private readonly run: () => void,
  ) {}

  schedule(): void {
    this.dispose();
    this.timer = setTimeout(this.run, this.ms);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Does a change of text or diagnostics concern this document? */
function touches(uri: vscode.Uri, changed: readonly vscode.Uri[]): boolean {
  const key = uri.toString();
  return changed.some((u) => u.toString() === key);
}

/**
 * "$(quote) 3 unattributed" for the active editor's article, hidden for anything else. It follows editor
 * switches at once, and edits and new diagnostics once they settle; a click shows the sourcing report.
 */
export class SourcingStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('byline.sourcing', vscode.StatusBarAlignment.Left, 50);
  private readonly settle = new Debounce(SETTLE_MS, () => void this.refresh());
  private readonly subscriptions: vscode.Disposable[];
  /** Answers to older requests arrive late; only the newest one is shown. */
  private generation = 0;

  constructor(private readonly ask: AskServer) {
    this.item.name = 'Byline sourcing';
    this.item.command = SHOW_REPORT_COMMAND;
    const active = () => vscode.window.activeTextEditor?.document.uri;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const uri = active();
        if (uri !== undefined && touches(uri, [e.document.uri])) this.settle.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = active();
        if (uri !== undefined && touches(uri, e.uris)) this.settle.schedule();
      }),
    ];
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined || !isProseDocument(document)) {
      this.item.hide();
      return;
    }
    let answer: unknown;
    try {
      answer = await this.ask('byline/articleSummary', document.uri);
    } catch {
      return; // the document changed meanwhile or the server stopped: the next change asks again
    }
    if (generation !== this.generation) return;
    const summary = asArticleSummary(answer);
    if (summary === undefined) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = statusBarContent(summary);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.settle.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

/**
 * One webview showing the sourcing report of one article, rendered by the server. It follows the article's
 * edits (and new diagnostics: a review written to the ledger changes the findings) while it is open. No
 * scripts, no local resources; the page's policy is the client's own on top of the server's.
 */
export class SourcingReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: vscode.Uri | undefined;
  private readonly settle = new Debounce(SETTLE_MS, () => void this.render(false));
  private readonly subscriptions: vscode.Disposable[];
  private generation = 0;

  constructor(private readonly ask: AskServer) {
    const follows = (uris: readonly vscode.Uri[]) => this.shown !== undefined && touches(this.shown, uris);
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (follows([e.document.uri])) this.settle.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (follows(e.uris)) this.settle.schedule();
      }),
    ];
  }

  /** The command: `target` is the lens's URI argument (a string), a Uri from another command, or nothing (the active editor). */
  async show(target?: unknown): Promise<void> {
    const uri =
      typeof target === 'string' ? vscode.Uri.parse(target) : target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
    if (uri === undefined) {
      void vscode.window.showInformationMessage('Byline: open an article to see its sourcing report.');
      return;
    }
    this.shown = uri;
    await this.render(true);
  }

  /** `reveal`: the user asked (a report that cannot be made is said); otherwise an update of an open panel. */
  private async render(reveal: boolean): Promise<void> {
    const uri = this.shown;
    if (uri === undefined || (!reveal && this.panel === undefined)) return;
    const generation = ++this.generation;
    let answer: unknown;
    try {
      answer = await this.ask('byline/sourcingReport', uri);
    } catch {
      // The document changed meanwhile or the server stopped: an open panel keeps the last report.
      if (reveal) void vscode.window.showWarningMessage('Byline: the sourcing report could not be made now; see the Byline output.');
      return;
    }
    if (generation !== this.generation) return;
    const report = asSourcingReport(answer);
    const html = report === undefined ? undefined : reportWebviewHtml(report.html);
    if (report === undefined || html === undefined) {
      if (reveal) {
        const name = uri.path.split('/').pop() ?? uri.toString();
        void vscode.window.showInformationMessage(`Byline: ${name} is not an article Byline checks, so it has no sourcing report.`);
      } else if (this.panel !== undefined) {
        this.panel.webview.html = messageWebviewHtml('This document is no longer an article Byline checks.');
      }
      return;
    }
    const panel = this.panel ?? this.createPanel();
    panel.title = report.title;
    panel.webview.html = html;
    if (reveal) panel.reveal(undefined, true);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      'byline.sourcingReport',
      'Sourcing report',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableForms: false, localResourceRoots: [], enableFindWidget: true },
    );
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
      this.settle.dispose();
    });
    this.panel = panel;
    return panel;
  }

  dispose(): void {
    this.settle.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.panel?.dispose();
  }
}
