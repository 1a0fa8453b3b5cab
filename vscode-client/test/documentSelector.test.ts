import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  articleGlob,
  buildDocumentSelector,
  DEFAULT_FILE_GLOBS,
  escapeGlob,
  normaliseGlob,
  workspaceArticleGlobs,
} from '../src/documentSelector';

test('folder globs are narrowed to .txt and .md files', () => {
  assert.equal(articleGlob('**/seeds/**'), '**/seeds/**/*.{txt,md}');
  assert.equal(articleGlob('**/articles'), '**/articles/**/*.{txt,md}');
  assert.equal(articleGlob('news/'), 'news/**/*.{txt,md}');
  assert.equal(articleGlob('news/*'), 'news/*.{txt,md}');
  assert.equal(articleGlob('**'), '**/*.{txt,md}');
});

test('file globs are kept as written', () => {
  assert.equal(articleGlob('**/*.md'), '**/*.md');
  assert.equal(articleGlob('drafts/*.{txt,md}'), 'drafts/*.{txt,md}');
  assert.equal(articleGlob('**/story.txt'), '**/story.txt');
});

test('globs are normalised (backslashes, ./, trailing slash, blanks)', () => {
  assert.equal(normaliseGlob('  .\\seeds\\  '), 'seeds');
  assert.equal(normaliseGlob('./a/b/'), 'a/b');
  assert.equal(normaliseGlob('   '), undefined);
  assert.equal(articleGlob(''), undefined);
});

test('default selector: one file-scheme filter per default glob', () => {
  assert.deepEqual(buildDocumentSelector(DEFAULT_FILE_GLOBS), [
    { scheme: 'file', pattern: '**/seeds/**/*.{txt,md}' },
    { scheme: 'file', pattern: '**/articles/**/*.{txt,md}' },
  ]);
});

test('duplicates and empty globs are dropped', () => {
  // `**/seeds` (a bare folder) and `**/seeds/**` mean the same files.
  const selector = buildDocumentSelector(['**/seeds/**', '**/seeds/**/', '', '**/seeds', '**/*.md']);
  assert.deepEqual(
    selector.map((f) => f.pattern),
    ['**/seeds/**/*.{txt,md}', '**/*.md'],
  );
});

test('extra files are added as literal, escaped patterns', () => {
  const selector = buildDocumentSelector(['**/seeds/**'], { extraFiles: ['/home/me/notes/draft [v2].md', 'C:\\news\\a.txt'] });
  assert.deepEqual(selector.slice(1), [
    { scheme: 'file', pattern: '/home/me/notes/draft [[]v2[]].md' },
    { scheme: 'file', pattern: 'C:/news/a.txt' },
  ]);
});

test('escapeGlob escapes every glob metacharacter', () => {
  assert.equal(escapeGlob('a*b?c{d}'), 'a[*]b[?]c[{]d[}]');
  assert.equal(escapeGlob('plain/path (1)!.md'), 'plain/path (1)!.md');
});

test('workspaceArticleGlobs feeds findFiles with the same patterns', () => {
  assert.deepEqual(workspaceArticleGlobs(['**/seeds/**']), ['**/seeds/**/*.{txt,md}']);
});
