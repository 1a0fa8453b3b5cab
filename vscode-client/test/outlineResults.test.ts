import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { KeptOutlines, type OutlineAnswer } from '../src/outlineResults';

type Symbol = { name: string };

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
const convert = (symbols: Symbol[]) => {
  conversions++;
  return symbols.map((s) => ({ converted: s.name }));
};

test('the first outline is asked for without a result id, the next with the one it came with', async () => {
  const outlines = new KeptOutlines<Symbol, { converted: string }[]>();
  const s = server([{ resultId: '1', symbols: [{ name: 'Headline' }] }, { resultId: '1', unchanged: true }]);
  const first = await outlines.provide('file:///a.txt', s.ask, convert);
  const second = await outlines.provide('file:///a.txt', s.ask, convert);
  assert.deepEqual(first, [{ converted: 'Headline' }]);
  assert.equal(second, first, 'on "unchanged", the very symbols converted last time');
  assert.deepEqual(s.asked, [undefined, '1']);
});

test('a changed outline is converted and its result id kept', async () => {
  const outlines = new KeptOutlines<Symbol, { converted: string }[]>();
  const s = server([{ resultId: '1', symbols: [{ name: 'A' }] }, { resultId: '2', symbols: [{ name: 'B' }] }, { resultId: '2', unchanged: true }]);
  await outlines.provide('file:///a.txt', s.ask, convert);
  const before = conversions;
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [{ converted: 'B' }]);
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [{ converted: 'B' }]);
  assert.equal(conversions, before + 1, 'the unchanged outline is not converted again');
  assert.deepEqual(s.asked, [undefined, '1', '2']);
});

test('documents keep their outlines apart, and a closed one forgets its own', async () => {
  const outlines = new KeptOutlines<Symbol, { converted: string }[]>();
  const s = server([{ resultId: '1', symbols: [] }, { resultId: '2', symbols: [] }, { resultId: '3', symbols: [] }]);
  await outlines.provide('file:///a.txt', s.ask, convert);
  await outlines.provide('file:///b.txt', s.ask, convert);
  outlines.forget('file:///a.txt');
  await outlines.provide('file:///a.txt', s.ask, convert);
  assert.deepEqual(s.asked, [undefined, undefined, undefined]);
  assert.equal(outlines.size, 2);
});

test('"unchanged" for an outline the client does not have asks again for the whole one', async () => {
  const outlines = new KeptOutlines<Symbol, { converted: string }[]>();
  const s = server([{ resultId: '7', unchanged: true }, { resultId: '7', symbols: [{ name: 'A' }] }]);
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [{ converted: 'A' }]);
  assert.deepEqual(s.asked, [undefined, undefined]);
});

test('no outline (null) or one without a result id (a document not open) keeps nothing', async () => {
  const outlines = new KeptOutlines<Symbol, { converted: string }[]>();
  const s = server([{ resultId: '1', symbols: [] }, null, { symbols: [{ name: 'A' }] }]);
  await outlines.provide('file:///a.txt', s.ask, convert);
  assert.equal(await outlines.provide('file:///a.txt', s.ask, convert), undefined);
  assert.deepEqual(await outlines.provide('file:///a.txt', s.ask, convert), [{ converted: 'A' }]);
  assert.equal(outlines.size, 0);
  assert.deepEqual(s.asked, [undefined, '1', undefined]);
});
