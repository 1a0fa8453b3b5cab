import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESTART_KEYS } from '../src/settings';

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
