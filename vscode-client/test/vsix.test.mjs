// Checks the packaged extension (byline.vsix, a zip) after `npm run package`.
//
// Plain .mjs with no dependencies so CI can run it right after packaging without compiling. If the
// .vsix is absent the tests are skipped, unless BYLINE_VSIX_REQUIRED=1 (CI sets it after packaging)
// turns that into a failure. BYLINE_VSIX points at another file.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vsixPath = resolve(root, process.env.BYLINE_VSIX ?? 'byline.vsix');
const required = process.env.BYLINE_VSIX_REQUIRED === '1';
const present = existsSync(vsixPath);
const skip = !present && !required ? `${vsixPath} not built (run npm run package)` : false;

/** Reads a zip's central directory: name -> { method, compressedSize, localOffset }. */
function readZip(buf) {
  // End of central directory record: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.notEqual(eocd, -1, 'not a zip file: no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'corrupt central directory');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const unixMode = buf.readUInt32LE(p + 38) >>> 16;
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.set(name, { method, compressedSize, localOffset, unixMode });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readEntry(buf, entry) {
  const o = entry.localOffset;
  assert.equal(buf.readUInt32LE(o), 0x04034b50, 'corrupt local header');
  const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  assert.equal(entry.method, 8, `unsupported zip method ${entry.method}`);
  return inflateRawSync(data);
}

const load = () => {
  assert.ok(present, `${vsixPath} does not exist; run npm run package first`);
  const buf = readFileSync(vsixPath);
  return { buf, entries: readZip(buf) };
};

test('vsix contains the bundle, the framework-dependent server and the manifest', { skip }, () => {
  const { entries } = load();
  for (const name of [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/server/Byline.LanguageServer.dll',
    'extension/server/Byline.LanguageServer.runtimeconfig.json',
    'extension/server/Byline.LanguageServer.deps.json',
    'extension.vsixmanifest',
  ]) {
    assert.ok(entries.has(name), `missing ${name}`);
  }
});

test('vsix leaves out sources, tests, node_modules and native launchers', { skip }, () => {
  const { entries } = load();
  const bad = [...entries.keys()].filter(
    (n) =>
      n.startsWith('extension/src/') ||
      n.startsWith('extension/test/') ||
      n.startsWith('extension/out-test/') ||
      n.includes('node_modules/') ||
      n.endsWith('.ts') ||
      // A native apphost would only run on the OS that built it; the .dll runs everywhere.
      n === 'extension/server/Byline.LanguageServer' ||
      n === 'extension/server/Byline.LanguageServer.exe',
  );
  assert.deepEqual(bad, []);
});

test('packaged package.json points at the bundle and declares the Byline contributions', { skip }, () => {
  const { buf, entries } = load();
  const manifest = JSON.parse(readEntry(buf, entries.get('extension/package.json')).toString('utf8'));
  assert.equal(manifest.publisher, 'byline');
  assert.equal(manifest.main, './dist/extension.js');
  assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  const commands = manifest.contributes.commands.map((c) => c.command);
  assert.ok(commands.includes('byline.checkCurrentFile'));
  assert.ok(commands.includes('byline.restartServer'));
  const props = Object.keys(manifest.contributes.configuration.properties);
  for (const key of ['byline.server.path', 'byline.dotnet.path', 'byline.files', 'byline.trace.server']) {
    assert.ok(props.includes(key), `missing setting ${key}`);
  }
});

test('the server runtimeconfig is framework-dependent on .NET 10', { skip }, () => {
  const { buf, entries } = load();
  const entry = entries.get('extension/server/Byline.LanguageServer.runtimeconfig.json');
  const config = JSON.parse(readEntry(buf, entry).toString('utf8'));
  const frameworks = config.runtimeOptions.frameworks ?? [config.runtimeOptions.framework];
  assert.ok(
    frameworks.some((f) => f.name === 'Microsoft.NETCore.App' && f.version.startsWith('10.')),
    JSON.stringify(config.runtimeOptions),
  );
  assert.equal(config.runtimeOptions.includedFrameworks, undefined, 'self-contained build packaged');
});

test('the bundle does not require vscode-languageclient at run time (it is bundled)', { skip }, () => {
  const { buf, entries } = load();
  const js = readEntry(buf, entries.get('extension/dist/extension.js')).toString('utf8');
  assert.ok(!/require\(["']vscode-languageclient/.test(js));
  assert.match(js, /require\(["']vscode["']\)/);
});

test('a bundled native linux-x64 server is an executable x86-64 ELF file (required when BYLINE_NATIVE_SERVER=required)', { skip }, (t) => {
  const { buf, entries } = load();
  const entry = entries.get('extension/server/linux-x64/Byline.LanguageServer');
  if (process.env.BYLINE_NATIVE_SERVER === 'required') {
    assert.ok(entry, 'missing extension/server/linux-x64/Byline.LanguageServer');
  } else if (!entry) {
    t.skip('no native server in this .vsix (built on another platform or without clang)');
    return;
  }
  const head = readEntry(buf, entry).subarray(0, 20);
  assert.deepEqual([...head.subarray(0, 4)], [0x7f, 0x45, 0x4c, 0x46], 'not an ELF file');
  assert.equal(head.readUInt16LE(18), 0x3e, 'not x86-64');
  assert.ok(entry.unixMode === 0 || (entry.unixMode & 0o111) !== 0, `packaged without its executable bit (mode ${entry.unixMode.toString(8)})`);
  const others = [...entries.keys()].filter((n) => n.startsWith('extension/server/linux-x64/') && !n.endsWith('/Byline.LanguageServer'));
  assert.deepEqual(others, [], 'only the executable ships in server/linux-x64/');
});
