import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildDocumentSelector, expandBraces, isProseDocument, narrowingGlobs, normaliseGlob } from '../src/documentSelector';

test('the selector is every plain-text and Markdown document, saved or untitled, in any folder', () => {
  assert.deepEqual(buildDocumentSelector(), [
    { scheme: 'file', language: 'plaintext' },
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'plaintext' },
    { scheme: 'untitled', language: 'markdown' },
  ]);
  // No folder name is built in: a story in stories/ is sent like one in seeds/.
  assert.ok(buildDocumentSelector().every((f) => !('pattern' in f)));
});

test('isProseDocument matches the selector', () => {
  const doc = (languageId: string, scheme: string) => ({ languageId, uri: { scheme } });
  assert.equal(isProseDocument(doc('plaintext', 'file')), true);
  assert.equal(isProseDocument(doc('markdown', 'untitled')), true);
  assert.equal(isProseDocument(doc('typescript', 'file')), false);
  assert.equal(isProseDocument(doc('markdown', 'git')), false);
});

test('globs are normalised (backslashes, ./, trailing slash, blanks)', () => {
  assert.equal(normaliseGlob('  .\\seeds\\  '), 'seeds');
  assert.equal(normaliseGlob('./a/b/'), 'a/b');
  assert.equal(normaliseGlob('   '), undefined);
});

test('braces are expanded for the server, one alternative per glob', () => {
  assert.deepEqual(expandBraces('**/*.{txt,md}'), ['**/*.txt', '**/*.md']);
  assert.deepEqual(expandBraces('{news,wire}/*.{txt,md}'), ['news/*.txt', 'news/*.md', 'wire/*.txt', 'wire/*.md']);
  assert.deepEqual(expandBraces('plain/**'), ['plain/**']);
});

test('narrowing: empty means none; bare folders mean everything below; duplicates are dropped', () => {
  assert.deepEqual(narrowingGlobs([]), []);
  assert.deepEqual(narrowingGlobs(['', '  ']), []);
  assert.deepEqual(narrowingGlobs(['**/seeds', '**/seeds/**', 'news/', 'desk/*.md', 'x/{a,b}.txt']), [
    '**/seeds/**',
    'news/**',
    'desk/*.md',
    'x/a.txt',
    'x/b.txt',
  ]);
});
