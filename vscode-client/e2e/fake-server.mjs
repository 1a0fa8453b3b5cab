#!/usr/bin/env node
// A stand-in language server for the e2e test: just enough LSP over stdio to prove the *client*
// works end to end (spawned with --stdio, documents synced, diagnostics and symbols shown) while
// the real server is still being written. It analyses nothing: every opened document gets one
// fixed diagnostic and one symbol. Run the e2e with --server=bundled to use the real server.
if (!process.argv.includes('--stdio')) {
  console.error('fake-server: expected --stdio (the client must pass it)');
  process.exit(2);
}

let buffer = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const match = /Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
    if (!match) throw new Error('fake-server: no Content-Length');
    const length = Number(match[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
    buffer = buffer.subarray(headerEnd + 4 + length);
    handle(JSON.parse(body));
  }
});

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

function handle(msg) {
  console.error(`fake-server: <- ${msg.method ?? 'response'}`);
  switch (msg.method) {
    case 'initialize':
      return send({
        id: msg.id,
        result: {
          capabilities: {
            textDocumentSync: 1,
            documentSymbolProvider: true,
            hoverProvider: true,
            executeCommandProvider: { commands: ['byline.checkDocument'] },
          },
          serverInfo: { name: 'byline-fake-server', version: '0.0.0' },
        },
      });
    case 'textDocument/didOpen':
    case 'textDocument/didChange': {
      const uri = msg.params.textDocument.uri;
      return send({
        method: 'textDocument/publishDiagnostics',
        params: {
          uri,
          version: msg.params.textDocument.version,
          diagnostics: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
              severity: 2,
              code: 'BYL0000',
              source: 'byline',
              message: 'Byline e2e: fake server diagnostic',
            },
          ],
        },
      });
    }
    case 'textDocument/documentSymbol':
      return send({
        id: msg.id,
        result: [
          {
            name: 'Byline e2e headline',
            kind: 15,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
            selectionRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
          },
        ],
      });
    case 'textDocument/hover':
      return send({ id: msg.id, result: { contents: { kind: 'markdown', value: '**Byline e2e hover** · fake' } } });
    case 'workspace/executeCommand':
      return send({ id: msg.id, result: true });
    case 'shutdown':
      return send({ id: msg.id, result: null });
    case 'exit':
      return process.exit(0);
    default:
      // Unknown requests get "method not found" so the client never waits forever.
      if (msg.id !== undefined && msg.method !== undefined) {
        send({ id: msg.id, error: { code: -32601, message: `fake-server: ${msg.method} not implemented` } });
      }
  }
}
