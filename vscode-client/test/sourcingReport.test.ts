import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  asArticleSummary,
  asSourcingReport,
  clientPolicy,
  escapeHtml,
  messageWebviewHtml,
  reportWebviewHtml,
  statusBarContent,
} from '../src/sourcingReport';

const summary = { claims: 14, attributed: 9, vague: 0, unattributed: 3, anonymousSources: 2, findings: 5, label: '14 claims · 9 attributed · 3 unattributed · 2 anonymous sources' };

test('the status bar shows the unattributed count and the lens label on hover', () => {
  const { text, tooltip } = statusBarContent(summary);
  assert.equal(text, '$(quote) 3 unattributed');
  assert.equal(tooltip, `Byline: ${summary.label} · 5 findings. Click for the sourcing report.`);
  assert.match(statusBarContent({ ...summary, findings: 1 }).tooltip, / 1 finding\./);
});

test('a summary is taken only in the shape the server sends', () => {
  assert.deepEqual(asArticleSummary(summary), summary);
  assert.equal(asArticleSummary(null), undefined, 'not an article');
  assert.equal(asArticleSummary('3 unattributed'), undefined);
  assert.equal(asArticleSummary({ ...summary, unattributed: '3' }), undefined);
  assert.equal(asArticleSummary({ ...summary, claims: -1 }), undefined);
  assert.equal(asArticleSummary({ ...summary, findings: 1.5 }), undefined);
  const { label: _label, ...unlabelled } = summary;
  assert.equal(asArticleSummary(unlabelled), undefined);
});

test('a report needs a title and html', () => {
  assert.deepEqual(asSourcingReport({ title: 'T', html: '<html></html>', extra: 1 }), { title: 'T', html: '<html></html>' });
  assert.equal(asSourcingReport(null), undefined);
  assert.equal(asSourcingReport({ title: 'T' }), undefined);
});

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test("the client's policy forbids everything but the report's own style sheets, by hash", () => {
  const html = '<html><head><style>body{color:red}</style><STYLE media="print">p{}</STYLE></head><body></body></html>';
  assert.equal(
    clientPolicy(html),
    `default-src 'none'; style-src ${sha('body{color:red}')} ${sha('p{}')}; script-src 'none'; base-uri 'none'; form-action 'none'`,
  );
  assert.match(clientPolicy('<html><head></head></html>'), /style-src 'none'/);
});

test('the webview page puts the client policy first in the head and keeps the report unchanged otherwise', () => {
  const report =
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${sha('b{}')}">` +
    '<style>b{}</style></head><body><h1>Strike &lt;script&gt;alert(1)&lt;/script&gt;</h1></body></html>';
  const page = reportWebviewHtml(report)!;
  const policy = `<meta http-equiv="Content-Security-Policy" content="${clientPolicy(report)}">`;
  assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="en"><head>' + policy + '<meta charset="utf-8">'));
  assert.equal(page.replace(policy, ''), report);
  assert.equal(reportWebviewHtml('<p>no head</p>'), undefined);
});

test('a message page is escaped and loads nothing', () => {
  const page = messageWebviewHtml('<img src=x onerror=alert(1)> & "more"');
  assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;'));
  assert.ok(!/<img/.test(page));
  assert.match(page, /content="default-src 'none'"/);
  assert.equal(escapeHtml(`'`), '&#39;');
});
