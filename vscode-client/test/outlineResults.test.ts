import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { KeptOutlines, type OutlineAnswer, type SymbolConversion } from '../src/outlineResults';

type Symbol = { name: string; children?: Symbol[] };
type Converted = { converted: string; children: Converted[] };

/** A server that answers in turn from `answers`, recording the result id each request named. */
function server(answers: (OutlineAnswer<Symbol> | null)[]) {
  const asked: (string | undefined)[] = [];
  return {
    asked,
    ask: async (previousResultId: string | undefined) => {
      asked.push(previousResultId);
      return answers.shift() ?? null;
    },
  };
}

let conversions = 0;
const convert: SymbolConversion<Symbol, Converted> = {
  one: (s) => {
    conversions++;
    assert.equal(s.children, undefined, 'each symbol is converted without its children');
    return { converted: s.name, children: [] };
  },
  setChildren: (s, children) => {
    s.children = children;
  },
};

/** A converted leaf. */
const leaf = (name: string): Converted => ({ converted: name, children: [] });

test('the first outline is asked for without a result id, the next with the one it came with', async () => {
  const outlines = new KeptOutlines<Symbol, Converted>();
  const s = server([{ resultId: '1', symbols: [{ name: 'Headline' }] }, { resultId: '1', unchanged: true }]);
  const first = await outlines.provide('file:///a.txt', s.ask, convert);
  const second = await outlines.provide('file:///a.txt', s.ask, convert);
  assert.deepEqual(first, [leaf('Headline')]);
  assert.equal(second, first, 'on "unchanged", the very symbols converted last time');
  assert.deepEqual(s.asked, [undefined, '1']);
});

test('a changed outline is converted and its result id kept', async () => {
  const outlines = new KeptOutlines<Symbol, Converted>();
  const s = server([{ resultId: '1', symbols: [{ name: 'A' }] }, { resultId: '2', symbols: [{ name: 'B' }] }, { resultId: '2', unchanged: true }]);
  await outlines.provide('file:///a.txt', s.ask, convert);
  const before = conversions;
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [leaf('B')]);
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [leaf('B')]);
  assert.equal(conversions, before + 1, 'the unchanged outline is not converted again');
  assert.deepEqual(s.asked, [undefined, '1', '2']);
});

test('documents keep their outlines apart, and a closed one forgets its own', async () => {
  const outlines = new KeptOutlines<Symbol, Converted>();
  const s = server([{ resultId: '1', symbols: [] }, { resultId: '2', symbols: [] }, { resultId: '3', symbols: [] }]);
  await outlines.provide('file:///a.txt', s.ask, convert);
  await outlines.provide('file:///b.txt', s.ask, convert);
  outlines.forget('file:///a.txt');
  await outlines.provide('file:///a.txt', s.ask, convert);
  assert.deepEqual(s.asked, [undefined, undefined, undefined]);
  assert.equal(outlines.size, 2);
});

test('"unchanged" for an outline the client does not have asks again for the whole one', async () => {
  const outlines = new KeptOutlines<Symbol, Converted>();
  const s = server([{ resultId: '7', unchanged: true }, { resultId: '7', symbols: [{ name: 'A' }] }]);
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [leaf('A')]);
  assert.deepEqual(s.asked, [undefined, undefined]);
});

test('no outline (null) or one without a result id (a document not open) keeps nothing', async () => {
  const outlines = new KeptOutlines<Symbol, Converted>();
  const s = server([{ resultId: '1', symbols: [] }, null, { symbols: [{ name: 'A' }] }]);
  await outlines.provide('file:///a.txt', s.ask, convert);
  assert.equal(await outlines.provide('file:///a.txt', s.ask, convert), undefined);
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [leaf('A')]);
  assert.equal(outlines.size, 0);
  assert.deepEqual(s.asked, [undefined, '1', undefined]);
});

/** An outline of two headings and an Entities group of two sub-groups, as the server sends it whole. */
const outline = (): Symbol[] => [
  { name: 'Headline' },
  { name: 'Heading' },
  {
    name: 'Entities',
    children: [
      { name: 'People', children: [{ name: 'Ann Lee' }, { name: 'Bo Ray' }] },
      { name: 'Places', children: [{ name: 'Westhaven' }] },
    ],
  },
];

test('edits to the kept outline convert only the symbols sent and give the edited tree', async () => {
  const outlines = new KeptOutlines<Symbol, Converted>();
  // Pre-order: 0 Headline, 1 Heading, 2 Entities, 3 People, 4 Ann Lee, 5 Bo Ray, 6 Places, 7 Westhaven.
  const s = server([
    { resultId: '1', symbols: outline() },
    { resultId: '2', edits: [{ start: 4, deleteCount: 1, symbols: [{ name: 'Ann Leex' }], childCounts: [0] }, { start: 7, deleteCount: 1, symbols: [{ name: 'Westhavens' }], childCounts: [0] }] },
    // One more person: the group's count of children changes, and a symbol goes in without one going out.
    { resultId: '3', edits: [{ start: 3, deleteCount: 1, symbols: [{ name: 'People' }], childCounts: [3] }, { start: 6, deleteCount: 0, symbols: [{ name: 'Cy Moss' }], childCounts: [0] }] },
    { resultId: '3', unchanged: true },
  ]);
  const first = await outlines.provide('file:///a.txt', s.ask, convert);
  const headline = first![0];
  const before = conversions;
  const second = await outlines.provide('file:///a.txt', s.ask, convert);
  assert.equal(conversions, before + 2, 'the two symbols sent, no other');
  assert.equal(second![0], headline, 'a symbol not edited is the one converted before');
  assert.deepEqual(second!.map((r) => r.converted), ['Headline', 'Heading', 'Entities']);
  assert.deepEqual(second![2].children.map((g) => [g.converted, g.children.map((e) => e.converted)]), [['People', ['Ann Leex', 'Bo Ray']], ['Places', ['Westhavens']]]);
  const third = await outlines.provide('file:///a.txt', s.ask, convert);
  assert.deepEqual(third![2].children.map((g) => [g.converted, g.children.map((e) => e.converted)]), [['People', ['Ann Leex', 'Bo Ray', 'Cy Moss']], ['Places', ['Westhavens']]]);
  assert.equal(await outlines.provide('file:///a.txt', s.ask, convert), third);
  assert.deepEqual(s.asked, [undefined, '1', '2', '3']);
});

test('edits that do not fit the kept outline, or for an outline not kept, ask for the whole one', async () => {
  for (const edits of [
    [{ start: 9, deleteCount: 1, symbols: [{ name: 'X' }], childCounts: [0] }], // past the end
    [{ start: 0, deleteCount: 1, symbols: [{ name: 'X' }], childCounts: [5] }], // children that are not there
    [{ start: 0, deleteCount: 1, symbols: [{ name: 'X' }] }], // no counts
  ]) {
    const outlines = new KeptOutlines<Symbol, Converted>();
    const s = server([{ resultId: '1', symbols: outline() }, { resultId: '2', edits }, { resultId: '2', symbols: [{ name: 'Whole' }] }]);
    await outlines.provide('file:///a.txt', s.ask, convert);
    assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [leaf('Whole')], JSON.stringify(edits));
    assert.deepEqual(s.asked, [undefined, '1', undefined]);
  }
  const fresh = new KeptOutlines<Symbol, Converted>();
  const s = server([{ resultId: '5', edits: [] }, { resultId: '5', symbols: [{ name: 'A' }] }]);
  assert.deepEqual(await fresh.provide('file:///a.txt', s.ask, convert), [leaf('A')]);
  assert.deepEqual(s.asked, [undefined, undefined]);
});
