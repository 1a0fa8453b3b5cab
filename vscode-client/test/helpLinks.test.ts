import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { HelpLinks } from '../src/helpLinks';

const BASE = 'file:///home/reporter/.vscode/extensions/byline.byline-0.1.0/server/docs/rules/';

test('a short help link becomes its rule page under the base the server named', () => {
  const links = new HelpLinks((value) => new URL(value), () => BASE);
  assert.equal(links.toEditorUri('byline:BYL0001').href, `${BASE}BYL0001.md`);
  assert.equal(links.toEditorUri('byline:BYL0012').href, `${BASE}BYL0012.md`);
});

test('each rule page is made once and shared by every diagnostic of that rule', () => {
  let parsed = 0;
  const links = new HelpLinks((value) => { parsed++; return new URL(value); }, () => BASE);
  const first = links.toEditorUri('byline:BYL0001');
  for (let i = 0; i < 100; i++) assert.equal(links.toEditorUri('byline:BYL0001'), first);
  assert.equal(parsed, 1);
});

test('other URIs are parsed as they are', () => {
  const links = new HelpLinks((value) => new URL(value), () => BASE);
  for (const uri of ['file:///stories/ferry.txt', 'untitled:Untitled-1', 'https://example.org/rules/BYL0001.md', 'byline:BYL0001/../x', 'byline:']) {
    assert.equal(links.toEditorUri(uri).href, new URL(uri).href);
  }
});

test('without a base (a server that sends full links) a short-looking link is left alone', () => {
  for (const base of [undefined, '', 42]) {
    const links = new HelpLinks((value) => new URL(value), () => base);
    assert.equal(links.toEditorUri('byline:BYL0001').href, 'byline:BYL0001');
  }
});

test('a rule page is the same object whether asked for by rule id or by short link', () => {
  const links = new HelpLinks((value) => new URL(value), () => BASE);
  const page = links.pageOf('BYL0003');
  assert.equal(page?.href, `${BASE}BYL0003.md`);
  assert.equal(links.toEditorUri('byline:BYL0003'), page);
  assert.equal(links.pageOf('../x'), undefined, 'not a rule id');
});
