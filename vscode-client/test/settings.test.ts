import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  DEFAULT_SETTINGS,
  DISPLAY_KEYS,
  filterBySeverity,
  lspSeverityRank,
  readSettings,
  RESTART_KEYS,
  settingsChangeAction,
} from '../src/settings';

const from = (values: Record<string, unknown>) => (key: string) => values[key];

test('no settings gives the defaults and no problems', () => {
  const { settings, problems } = readSettings(from({}));
  assert.deepEqual(settings, { ...DEFAULT_SETTINGS });
  assert.deepEqual(problems, []);
});

test('valid settings are taken (trimmed)', () => {
  const { settings, problems } = readSettings(
    from({
      'server.path': ' /srv/ls.dll ',
      'dotnet.path': '/opt/dotnet/dotnet',
      files: ['news/**'],
      'trace.server': 'verbose',
      'diagnostics.minimumSeverity': 'warning',
      inlayHints: true,
    }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, {
    serverPath: '/srv/ls.dll',
    dotnetPath: '/opt/dotnet/dotnet',
    files: ['news/**'],
    trace: 'verbose',
    minimumSeverity: 'warning',
    inlayHints: true,
  });
});

test('wrong types fall back to defaults and are reported', () => {
  const { settings, problems } = readSettings(
    from({ 'server.path': 42, 'dotnet.path': false, 'trace.server': 'loud', 'diagnostics.minimumSeverity': 3, inlayHints: 'yes' }),
  );
  assert.equal(settings.serverPath, '');
  assert.equal(settings.dotnetPath, 'dotnet');
  assert.equal(settings.trace, 'off');
  assert.equal(settings.minimumSeverity, 'hint');
  assert.equal(settings.inlayHints, false);
  assert.equal(problems.length, 5);
  assert.match(problems.join('\n'), /byline\.inlayHints" must be true or false/);
  assert.match(problems.join('\n'), /byline\.trace\.server/);
});

test('blank dotnet path means dotnet', () => {
  assert.equal(readSettings(from({ 'dotnet.path': '  ' })).settings.dotnetPath, 'dotnet');
});

test('files: an optional narrowing, empty by default; a single string is accepted, bad entries are dropped', () => {
  assert.deepEqual(DEFAULT_SETTINGS.files, []);
  assert.deepEqual(readSettings(from({ files: 'news/**' })).settings.files, ['news/**']);

  const mixed = readSettings(from({ files: ['a/**', 7, '', 'b/**'] }));
  assert.deepEqual(mixed.settings.files, ['a/**', 'b/**']);
  assert.equal(mixed.problems.length, 2);

  const empty = readSettings(from({ files: [] }));
  assert.deepEqual(empty.settings.files, []);
  assert.deepEqual(empty.problems, [], 'an empty list is the default: no narrowing, nothing to report');

  const wrong = readSettings(from({ files: { a: 1 } }));
  assert.deepEqual(wrong.settings.files, []);
  assert.equal(wrong.problems.length, 1);
});

test('defaults are not shared mutable state', () => {
  const a = readSettings(from({})).settings;
  a.files.push('x');
  assert.deepEqual(readSettings(from({})).settings.files, []);
});

test('filterBySeverity keeps diagnostics at least as severe as the minimum (vscode 0-based severities)', () => {
  const diags = [{ severity: 0 }, { severity: 1 }, { severity: 2 }, { severity: 3 }, {}];
  assert.equal(filterBySeverity(diags, 'hint').length, 5);
  assert.deepEqual(filterBySeverity(diags, 'warning'), [{ severity: 0 }, { severity: 1 }, {}]);
  assert.deepEqual(filterBySeverity(diags, 'error'), [{ severity: 0 }, {}]);
});

test('LSP severity ranks are 1-based', () => {
  assert.equal(lspSeverityRank('error'), 1);
  assert.equal(lspSeverityRank('hint'), 4);
});

test('only the settings that choose the server program restart it', () => {
  assert.deepEqual([...RESTART_KEYS].sort(), ['byline.dotnet.path', 'byline.server.path']);
});

test('display-only settings never restart the server; files are told to the running server', () => {
  const only = (changed: string) => (key: string) => key === changed;
  for (const key of DISPLAY_KEYS) assert.equal(settingsChangeAction(only(key)), 'redisplay', key);
  assert.equal(settingsChangeAction(only('byline.diagnostics.minimumSeverity')), 'redisplay');
  assert.equal(settingsChangeAction(only('byline.files')), 'notify-server');
  assert.equal(settingsChangeAction(only('byline.inlayHints')), 'notify-server', 'inlay hints switch on and off in the running server');
  assert.equal(settingsChangeAction(only('byline.server.path')), 'restart');
  assert.equal(settingsChangeAction(only('editor.fontSize')), 'none');
  // A change of several at once (settings.json saved) restarts when any needs it.
  assert.equal(settingsChangeAction((k) => k === 'byline.files' || k === 'byline.dotnet.path'), 'restart');
});

test('inlay hints are off by default', () => {
  assert.equal(DEFAULT_SETTINGS.inlayHints, false);
  assert.equal(readSettings(from({})).settings.inlayHints, false);
});
