import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { HelpLinks } from '../src/helpLinks';
import { fillRuleFields, type RuleFields } from '../src/ruleFields';

const BASE = 'file:///home/reporter/.vscode/extensions/byline.byline-0.1.0/server/docs/rules/';

type Item = RuleFields<URL> & { message: string };

const pages = () => new HelpLinks((value) => new URL(value), () => BASE);

test('a compact diagnostic gets the source the server named and its rule page as the code target', () => {
  const links = pages();
  const items: Item[] = [{ code: 'BYL0001', message: 'a' }, { code: 'BYL0008', message: 'b' }];
  const filled = fillRuleFields(items, 'byline', (rule) => links.pageOf(rule));

  assert.equal(filled, items, 'in place');
  assert.deepEqual(filled.map((d) => d.source), ['byline', 'byline']);
  assert.deepEqual(filled.map((d) => d.code), [
    { value: 'BYL0001', target: new URL(`${BASE}BYL0001.md`) },
    { value: 'BYL0008', target: new URL(`${BASE}BYL0008.md`) },
  ]);
});

test('the diagnostics of one rule share one page object', () => {
  const links = pages();
  const items: Item[] = Array.from({ length: 50 }, () => ({ code: 'BYL0001', message: 'same' }));
  fillRuleFields(items, 'byline', (rule) => links.pageOf(rule));
  const targets = new Set(items.map((d) => (d.code as { target: URL }).target));
  assert.equal(targets.size, 1);
});

test('full diagnostics keep their own source and link', () => {
  const links = pages();
  const own = { value: 'BYL9001', target: new URL('https://example.org/BYL9001.md') };
  const items: Item[] = [{ source: 'byline', code: own, message: 'a file problem' }, { source: 'other', code: 'X1', message: 'x' }];
  fillRuleFields(items, 'byline', (rule) => links.pageOf(rule));
  assert.equal(items[0].code, own);
  assert.deepEqual(items.map((d) => d.source), ['byline', 'other']);
  assert.equal(items[1].code, 'X1');
});

test('a server that named no source (it sends full diagnostics) has nothing filled in', () => {
  for (const source of [undefined, '', 7]) {
    const items: Item[] = [{ code: 'BYL0001', message: 'a' }];
    fillRuleFields(items, source, () => new URL(`${BASE}BYL0001.md`));
    assert.equal(items[0].source, undefined);
    assert.equal(items[0].code, 'BYL0001');
  }
});

test('without a page base the source is filled in and the code stays plain', () => {
  const links = new HelpLinks((value) => new URL(value), () => undefined);
  const items: Item[] = [{ code: 'BYL0001', message: 'a' }, { message: 'no code' }];
  fillRuleFields(items, 'byline', (rule) => links.pageOf(rule));
  assert.deepEqual(items.map((d) => d.source), ['byline', 'byline']);
  assert.equal(items[0].code, 'BYL0001');
  assert.equal(items[1].code, undefined);
});
