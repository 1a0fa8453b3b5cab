import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, filterBySeverity, lspSeverityRank, readSettings, RESTART_KEYS } from '../src/settings';

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
    }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, {
    serverPath: '/srv/ls.dll',
    dotnetPath: '/opt/dotnet/dotnet',
    files: ['news/**'],
    trace: 'verbose',
    minimumSeverity: 'warning',
  });
});

test('wrong types fall back to defaults and are reported', () => {
  const { settings, problems } = readSettings(
    from({ 'server.path': 42, 'dotnet.path': false, 'trace.server': 'loud', 'diagnostics.minimumSeverity': 3 }),
  );
  assert.equal(settings.serverPath, '');
  assert.equal(settings.dotnetPath, 'dotnet');
  assert.equal(settings.trace, 'off');
  assert.equal(settings.minimumSeverity, 'hint');
  assert.equal(problems.length, 4);
  assert.match(problems.join('\n'), /byline\.trace\.server/);
});

test('blank dotnet path means dotnet', () => {
  assert.equal(readSettings(from({ 'dotnet.path': '  ' })).settings.dotnetPath, 'dotnet');
});

test('files: a single string is accepted, bad entries are dropped, empty lists use defaults', () => {
  assert.deepEqual(readSettings(from({ files: 'news/**' })).settings.files, ['news/**']);

  const mixed = readSettings(from({ files: ['a/**', 7, '', 'b/**'] }));
  assert.deepEqual(mixed.settings.files, ['a/**', 'b/**']);
  assert.equal(mixed.problems.length, 2);

  const empty = readSettings(from({ files: [] }));
  assert.deepEqual(empty.settings.files, DEFAULT_SETTINGS.files);
  assert.match(empty.problems[0], /empty/);

  const wrong = readSettings(from({ files: { a: 1 } }));
  assert.deepEqual(wrong.settings.files, DEFAULT_SETTINGS.files);
  assert.equal(wrong.problems.length, 1);
});

test('defaults are not shared mutable state', () => {
  const a = readSettings(from({})).settings;
  a.files.push('x');
  assert.deepEqual(readSettings(from({})).settings.files, ['**/seeds/**', '**/articles/**']);
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

test('server path, dotnet path, files and severity changes restart the server', () => {
  assert.deepEqual(RESTART_KEYS.sort(), [
    'byline.diagnostics.minimumSeverity',
    'byline.dotnet.path',
    'byline.files',
    'byline.server.path',
  ]);
});
