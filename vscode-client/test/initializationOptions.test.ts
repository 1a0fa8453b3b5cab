import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { initializationOptions } from '../src/initializationOptions';
import { EDITOR_DIAGNOSTICS_PER_FILE, isNotShownNote } from '../src/shownDiagnostics';

const DEFAULT_SERVER_SETTINGS = { files: [], inlayHints: false };

test('the server is told how many diagnostics of a file the editor shows, with what else the extension fills in', () => {
  const options = initializationOptions(DEFAULT_SERVER_SETTINGS);
  assert.equal(options.maxDiagnosticsPerDocument, EDITOR_DIAGNOSTICS_PER_FILE);
  assert.deepEqual(Object.keys(options).sort(), [
    'compactDiagnostics', 'diagnosticDefaults', 'files', 'inlayHints', 'maxDiagnosticsPerDocument', 'outlineResultIds', 'shortHelpLinks', 'sourcingReportCommand',
  ]);
});

test('the settings the server is told about are sent as they are', () => {
  const options = initializationOptions({ files: ['news/**'], inlayHints: true });
  assert.deepEqual(options.files, ['news/**']);
  assert.equal(options.inlayHints, true);
});

test('the bench driver speaking as VS Code sends what the extension sends', () => {
  // Compiled to out-test/test/: the repository's root is three folders up.
  const driver = readFileSync(resolve(__dirname, '../../../tests/Byline.Benchmarks/whole-process/lsp-driver.mjs'), 'utf8');
  const literal = /^const VSCODE_INITIALIZATION_OPTIONS = (\{.*\});$/m.exec(driver);
  assert.ok(literal, 'the driver names its options on one line');
  assert.deepEqual(JSON.parse(literal[1]), initializationOptions(DEFAULT_SERVER_SETTINGS));
});

test('the server’s note of what it did not send is the diagnostic without a rule code', () => {
  assert.equal(isNotShownNote({ code: 'BYL0001' }), false);
  assert.equal(isNotShownNote({ code: { value: 'BYL0001', target: 'x' } }), false);
  assert.equal(isNotShownNote({}), true);
});
