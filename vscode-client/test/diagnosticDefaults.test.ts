import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { defaultsFiller, fillDiagnosticDefaults, readDiagnosticDefaults } from '../src/diagnosticDefaults';

const DEFAULTS = { severity: 2, messages: { BYL0001: 'No source backs this claim.' } };
const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };

// What the server leaves out: a warning's severity, BYL0001's fixed message; and what it keeps.
const compact = () => [
  { range, code: 'BYL0001' },
  { range, severity: 3, code: 'BYL0001' },
  { range, code: 'BYL0008', message: "'the' is repeated." },
  { range, severity: 2, code: 'BYL0001', message: 'A message of its own.' },
];
const filled = [
  { range, code: 'BYL0001', severity: 2, message: 'No source backs this claim.' },
  { range, severity: 3, code: 'BYL0001', message: 'No source backs this claim.' },
  { range, code: 'BYL0008', message: "'the' is repeated.", severity: 2 },
  { range, severity: 2, code: 'BYL0001', message: 'A message of its own.' },
];

test('a pulled report gets the default severity and each rule’s fixed message back, and keeps its own', () => {
  const message = { jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: 'r1', items: compact() } };
  fillDiagnosticDefaults(message, DEFAULTS);
  assert.deepEqual(message.result.items, filled);
});

test('pushed diagnostics and workspace reports (also as partial results) are filled in', () => {
  const pushed = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.txt', diagnostics: compact() } };
  const workspace = {
    jsonrpc: '2.0',
    id: 8,
    result: { items: [{ kind: 'full', uri: 'file:///a.txt', version: null, items: compact() }, { kind: 'unchanged', uri: 'file:///b.txt', resultId: 'r' }] },
  };
  const partial = { jsonrpc: '2.0', method: '$/progress', params: { token: 't', value: { items: [{ kind: 'full', uri: 'file:///c.txt', items: compact() }] } } };
  for (const message of [pushed, workspace, partial]) fillDiagnosticDefaults(message, DEFAULTS);
  assert.deepEqual(pushed.params.diagnostics, filled);
  assert.deepEqual(workspace.result.items[0].items, filled);
  assert.deepEqual(workspace.result.items[1], { kind: 'unchanged', uri: 'file:///b.txt', resultId: 'r' });
  assert.deepEqual(partial.params.value.items[0].items, filled);
});

test('nothing is filled in without the server’s defaults, nor in answers that hold no diagnostics', () => {
  const report = { id: 1, result: { kind: 'full', items: compact() } };
  fillDiagnosticDefaults(report, undefined);
  assert.deepEqual(report.result.items, compact());

  const others = [
    { id: 2, result: [{ title: 'Insert an attribution placeholder', kind: 'quickfix' }] },
    { id: 3, result: { contents: { kind: 'markdown', value: 'hover' }, range } },
    { id: 4, result: null },
    { method: '$/progress', params: { token: 't', value: { kind: 'report', percentage: 40 } } },
    { id: 5, result: { kind: 'full', items: [{ range }, { code: 'BYL0001' }, 'x', null] } },
  ];
  const before = JSON.stringify(others);
  for (const message of others) fillDiagnosticDefaults(message, DEFAULTS);
  assert.equal(JSON.stringify(others), before);
});

test('the server’s defaults are read only when well formed', () => {
  assert.deepEqual(readDiagnosticDefaults(DEFAULTS), DEFAULTS);
  for (const value of [undefined, null, 7, 'x', {}, { severity: '2', messages: {} }, { severity: 2 }, { severity: 2, messages: null }]) {
    assert.equal(readDiagnosticDefaults(value), undefined);
  }
});

test('through the client’s connection, a report is filled in before the request’s answer is read', async () => {
  // vscode-jsonrpc's connection with the extension's message strategy, against a server that answers a pull with
  // what the server sends a client that fills in the defaults.
  const { PassThrough } = await import('node:stream');
  const rpc = await import('vscode-jsonrpc/node');
  const [toServer, toClient] = [new PassThrough(), new PassThrough()];
  let defaults: typeof DEFAULTS | undefined;
  const client = rpc.createMessageConnection(new rpc.StreamMessageReader(toClient), new rpc.StreamMessageWriter(toServer), undefined, {
    messageStrategy: defaultsFiller(() => defaults),
  });
  const server = rpc.createMessageConnection(new rpc.StreamMessageReader(toServer), new rpc.StreamMessageWriter(toClient));
  server.onRequest('textDocument/diagnostic', () => ({ kind: 'full', resultId: 'r1', items: compact() }));
  client.listen();
  server.listen();
  try {
    defaults = DEFAULTS; // as read from the answer to `initialize`
    const report = (await client.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///a.txt' } })) as { items: unknown[] };
    assert.deepEqual(report.items, filled);
  } finally {
    client.dispose();
    server.dispose();
  }
});
