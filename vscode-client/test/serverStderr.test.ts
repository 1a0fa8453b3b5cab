import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { StderrLineClassifier, forwardServerStderr } from '../src/serverStderr';

test('log records and their indented lines are told apart from other stderr output', () => {
  const classifier = new StderrLineClassifier();
  const lines = [
    '[10:02:03.456 Info] Initialized for an editor: position encoding utf-16',
    '[10:02:04.001 Error] textDocument/hover failed: System.InvalidOperationException: boom',
    '       at Handler.Run()',
    'Unhandled exception. System.OutOfMemoryException: out of memory',
    '   at Program.Main()',
    '    at Deeper.Frame()',
    '[10:02:05.000 Warning] didChange for file:///a.txt, which is not open; ignored.',
    '[not a time] text',
  ];
  assert.deepEqual(
    lines.map((l) => classifier.classify(l)),
    ['logRecord', 'logRecord', 'logRecord', 'other', 'other', 'other', 'logRecord', 'other'],
  );
});

test('records go to trace and the rest to error, line by line', async () => {
  const input = new PassThrough();
  const seen: string[] = [];
  forwardServerStderr(input, { trace: (m) => seen.push(`trace ${m}`), error: (m) => seen.push(`error ${m}`) });
  input.end('[09:00:00.000 Info] Shutdown requested.\r\nSegmentation fault\n');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(seen, ['trace [09:00:00.000 Info] Shutdown requested.', 'error Segmentation fault']);
});
