// The article's sourcing figures in the status bar and its sourcing report in a webview: the shapes of the
// server's `byline/articleSummary` and `byline/sourcingReport` answers, checked before use, and what the
// client makes of them. Pure module (no `vscode` import) so it is unit-testable.
import { createHash } from 'node:crypto';

/** The client command that shows the report; the server's headline lens runs it with the document's URI. */
export const SHOW_REPORT_COMMAND = 'byline.showSourcingReport';

/** `byline/articleSummary`: the headline lens's counts and label. */
export interface ArticleSummary {
  claims: number;
  attributed: number;
  vague: number;
  unattributed: number;
  anonymousSources: number;
  findings: number;
  label: string;
}

/** `byline/sourcingReport`: the report's title and self-contained HTML. */
export interface SourcingReport {
  title: string;
  html: string;
}

const COUNTS = ['claims', 'attributed', 'vague', 'unattributed', 'anonymousSources', 'findings'] as const;

/** A summary of the expected shape, or undefined (null: not an article; anything else: a server it does not know). */
export function asArticleSummary(value: unknown): ArticleSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.label !== 'string') return undefined;
  if (!COUNTS.every((key) => Number.isInteger(v[key]) && (v[key] as number) >= 0)) return undefined;
  return v as unknown as ArticleSummary;
}

export function asSourcingReport(value: unknown): SourcingReport | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.html === 'string' ? { title: v.title, html: v.html } : undefined;
}

/** The status-bar item: the unattributed count up front, the lens's whole summary on hover. */
export function statusBarContent(summary: ArticleSummary): { text: string; tooltip: string } {
  return {
    text: `$(quote) ${summary.unattributed} unattributed`,
    tooltip: `Byline: ${summary.label} · ${plural(summary.findings, 'finding', 'findings')}. Click for the sourcing report.`,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The webview's HTML: the server's report with a Content-Security-Policy of the client's own put first in its
 * head. Both policies apply (a browser enforces every policy it is given), so however the server's reads, the
 * page loads nothing, runs no script, and applies only the style sheets the client saw, allowed by their hash.
 * A report with no head is not shown.
 */
export function reportWebviewHtml(reportHtml: string): string | undefined {
  const head = /<head(\s[^>]*)?>/i.exec(reportHtml);
  if (head === null) return undefined;
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${clientPolicy(reportHtml)}">`;
  return reportHtml.slice(0, at) + meta + reportHtml.slice(at);
}

/** `default-src 'none'` with `style-src` allowing exactly the report's inline style sheets by their SHA-256. */
export function clientPolicy(reportHtml: string): string {
  const hashes = [...reportHtml.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
  );
  const styles = hashes.length > 0 ? [...new Set(hashes)].join(' ') : "'none'";
  return `default-src 'none'; style-src ${styles}; script-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** The page shown when the report cannot be: plain text, escaped, under the strictest policy. */
export function messageWebviewHtml(message: string): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escapeHtml(message)}</p></body></html>`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
