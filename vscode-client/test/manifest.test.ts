import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISPLAY_KEYS, RESTART_KEYS, SERVER_KEYS } from '../src/settings';
import { SHOW_REPORT_COMMAND } from '../src/sourcingReport';

// Compiled to out-test/test/: the manifest is two folders up.
const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

test('activates on prose documents and on a .byline.yaml, never on a folder name', () => {
  assert.deepEqual(manifest.activationEvents, [
    'onLanguage:plaintext',
    'onLanguage:markdown',
    'workspaceContains:**/.byline.yaml',
  ]);
  assert.ok(!JSON.stringify(manifest.activationEvents).match(/seeds|articles/));
});

test('untrusted workspaces: limited, and the settings that launch a program are restricted', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.deepEqual([...untrusted.restrictedConfigurations].sort(), [...RESTART_KEYS].sort());
});

test('byline.files is an optional narrowing: empty by default', () => {
  assert.deepEqual(manifest.contributes.configuration.properties['byline.files'].default, []);
});

test('every setting the client reads is contributed; inlay hints are off by default', () => {
  const properties = manifest.contributes.configuration.properties;
  for (const key of [...RESTART_KEYS, ...SERVER_KEYS, ...DISPLAY_KEYS]) assert.ok(properties[key], key);
  assert.equal(properties['byline.inlayHints'].type, 'boolean');
  assert.equal(properties['byline.inlayHints'].default, false);
});

test('the sourcing report command the server lens runs is contributed', () => {
  const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.ok(commands.includes(SHOW_REPORT_COMMAND));
});
