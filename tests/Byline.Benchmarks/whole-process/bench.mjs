// Whole-process figures of the `byline` tool and the language server as users meet them, on varied news text
// (no paragraph repeats, so no cache helps), next to a peer linter on the same text. One command:
//
//   node tests/Byline.Benchmarks/whole-process/bench.mjs [--runs 3] [--quick] [--no-build] [--no-peer] [--in-process]
//        [--server 'COMMAND ARGS'] [--cli jit|native|both] [--native-cli PATH]
//
// The `check` and `analyze` rows time the `byline` tool in the builds users get: `jit`, the portable build
// (framework-dependent, ReadyToRun for linux-x64, run with `dotnet Byline.Cli.dll`), and `native`, the NativeAOT
// executable that the tool package installs on linux-x64 (published here to .artifacts/bench/cli-native, or the
// one --native-cli names, e.g. an installed tool: .artifacts/tool/bin/byline after scripts/pack-tool.sh and
// `dotnet tool install --tool-path .artifacts/tool/bin --add-source .artifacts/tool/packages byline`). Default
// `both`: every CLI row twice, labelled. Each row gives wall seconds and processor seconds (user + system, all
// threads), the figure to compare on a loaded machine.
// It publishes the CLI and the server ReadyToRun for linux-x64 (as the .vsix's portable server is built); the
// server measured is the native one that the .vsix runs on Linux x64 (vscode-client/server/linux-x64, made by
// `npm run package`) when it is there, else the published .dll; --server names another. It writes the
// texts with ../shared/bench/make_varied_corpus.py (1 MB, 10 MB, 2,000 and 10,000 articles of ~5 KB), times
// each command as a whole process (`/usr/bin/time`: wall seconds and peak RSS) --runs times after one warm-up,
// and prints min / median / max. The server is driven over stdio by lsp-driver.mjs (start → initialize,
// didOpen → diagnostics, keystroke → fresh diagnostics, and of a keystroke the part until the answer's last byte
// arrived and the driver's own parse of it). The peer is write-good (npm), installed here with
// `npm ci`. --in-process adds the in-process bench's cold-analysis rows on the 2,000 articles (BYLINE_CORPUS).
// Server memory (also with --quick; the 10,000 articles are written for it): the resident memory of the idle server
// (4 s after its last answer and after the walk of the folder ended, long enough for it to give back what start-up
// and the walk left) with one 50 KB article open in the 10,000-article workspace (a root .byline.yaml is written
// into that folder), and RSS bytes per byte of text held: (idle RSS with the 50 KB, 1 MB and 10 MB articles open
// − idle RSS with only the 1-line article open) / their UTF-8 bytes.
// Output: a Markdown table on stdout and .artifacts/bench/whole-process.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const work = resolve(repo, '.artifacts/bench');
const args = process.argv.slice(2);
const runs = Number(valueOf('--runs') ?? 3);
const quick = args.includes('--quick');
// shared/ lies beside the repository (a worktree one level further down: ../../shared); --corpus-script names it.
const corpusScript = resolve(valueOf('--corpus-script')
  ?? ['../shared', '../../shared'].map((d) => resolve(repo, d, 'bench/make_varied_corpus.py')).find(existsSync)
  ?? resolve(repo, '../shared/bench/make_varied_corpus.py'));

mkdirSync(work, { recursive: true });
const cliBuilds = { jit: 'jit', native: 'native', both: 'both' }[valueOf('--cli') ?? 'both'];
if (cliBuilds === undefined) throw new Error('--cli takes jit, native or both');
const jitCli = join(work, 'cli', 'Byline.Cli.dll');
const nativeCli = resolve(valueOf('--native-cli') ?? join(work, 'cli-native', 'Byline.Cli'));
const nativeServer = resolve(repo, 'vscode-client/server/linux-x64/Byline.LanguageServer');
const serverCommand = valueOf('--server')?.split(' ')
  ?? (existsSync(nativeServer) ? [nativeServer] : ['dotnet', join(work, 'server', 'Byline.LanguageServer.dll')]);
const clis = [
  ...(cliBuilds !== 'native' ? [{ name: 'JIT', path: jitCli, command: ['dotnet', jitCli] }] : []),
  ...(cliBuilds !== 'jit' ? [{ name: 'native', path: nativeCli, command: [nativeCli] }] : []),
];
if (!args.includes('--no-build')) {
  if (cliBuilds !== 'native') publish('src/Byline.Cli/Byline.Cli.csproj', join(work, 'cli'));
  if (cliBuilds !== 'jit' && valueOf('--native-cli') === undefined) publishNative('src/Byline.Cli/Byline.Cli.csproj', join(work, 'cli-native'));
  publish('src/Byline.LanguageServer/Byline.LanguageServer.csproj', join(work, 'server'));
}
// With --no-build a missing CLI would make `dotnet` fail at once, and its start-up would be timed as a check.
for (const cli of clis.filter((c) => !existsSync(c.path))) {
  throw new Error(`${cli.path} is missing: run without --no-build once to publish it`);
}
const texts = makeTexts();
const rows = [];

for (const cli of clis) {
  const tag = clis.length > 1 ? ` [${cli.name}]` : '';
  for (const [label, path] of [['check, one 1 MB article', texts.oneMb], ['check, one 10 MB article', texts.tenMb],
    ['check, 2,000 articles (~10 MB)', texts.articles2k], ...(quick ? [] : [['check, 10,000 articles (~50 MB)', texts.articles10k]])]) {
    rows.push(timeCommand(label + tag, [...cli.command, 'check', path], bytesOf(path)));
  }
  rows.push(timeCommand(`analyze --format json, one 1 MB article${tag}`, [...cli.command, 'analyze', '--format', 'json', texts.oneMb], bytesOf(texts.oneMb)));
  rows.push(timeCommand(`check, one 1-line article (start-up)${tag}`, [...cli.command, 'check', texts.oneLine], bytesOf(texts.oneLine)));
}
if (!args.includes('--no-peer')) {
  const writeGood = peer();
  for (const row of rows.filter((r) => r.label.startsWith('check, one 1 MB') || r.label.startsWith('check, 2,000'))) {
    const target = row.label.startsWith('check, one 1 MB') ? texts.oneMb : texts.articles2k;
    const files = statSync(target).isDirectory() ? readdirSync(target).map((f) => join(target, f)) : [target];
    const peerRow = timeCommand(`write-good on the same text (${row.label.slice(7)})`, [process.execPath, writeGood, ...files], row.bytes);
    peerRow.ratio = peerRow.wall.median / row.wall.median;
    rows.push(peerRow);
  }
}
// Each article twice: as a generic client (no related information, full help links; the figures of sessions before 16)
// and as Byline's VS Code extension (related information, short help links: lsp-driver --client vscode).
const lsp = [['50 KB', texts.fiftyKb, 'generic'], ['1 MB', texts.oneMb, 'generic'], ['50 KB', texts.fiftyKb, 'vscode'], ['1 MB', texts.oneMb, 'vscode']]
  .map(([label, file, client]) => driveServer(label, file, client));
const memory = serverMemory();
if (args.includes('--in-process')) {
  inProcess();
}
report();

function timeCommand(label, command, bytes) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', ...command], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const [wall, rssKb, user, system] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    if (i > 0) samples.push({ wall, rssMb: rssKb / 1024, cpu: user + system });
  }
  const row = { label, bytes, wall: spread(samples.map((s) => s.wall)), cpu: spread(samples.map((s) => s.cpu)), rssMb: spread(samples.map((s) => s.rssMb)) };
  console.error(`${label}: ${row.wall.median.toFixed(2)} s (${row.wall.min.toFixed(2)}–${row.wall.max.toFixed(2)}), processor ${row.cpu.median.toFixed(2)} s`);
  return row;
}

function driveServer(label, file, client) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const keys = label === '1 MB' ? 30 : 100;
    const run = spawnSync(process.execPath, [join(here, 'lsp-driver.mjs'), '--article', file, '--keys', String(keys), '--client', client, '--', ...serverCommand, '--stdio'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`lsp-driver failed: ${run.stderr}`);
    if (i > 0) samples.push(JSON.parse(run.stdout));
  }
  label = client === 'vscode' ? `${label} article as VS Code` : `${label} article`;
  const of = (key) => spread(samples.map((s) => s[key]));
  const result = { label, bytes: samples[0].bytes, start: of('start_ms'), open: of('open_ms'), keyP50: of('key_p50_ms'), keyP99: of('key_p99_ms'), receivedP50: of('key_received_p50_ms'), receivedP99: of('key_received_p99_ms'), parseP50: of('key_driver_parse_p50_ms'), answerBytes: of('key_answer_bytes'), rssMb: of('rss_mb') };
  console.error(`server ${label}: start ${result.start.median.toFixed(0)} ms, open ${result.open.median.toFixed(0)} ms, key p50 ${result.keyP50.median.toFixed(1)} ms`);
  return result;
}

// Idle RSS of the server, --runs times after one warm-up each (see the header).
function serverMemory() {
  const idle = (driverArgs) => {
    const samples = [];
    for (let i = 0; i <= runs; i++) {
      const run = spawnSync(process.execPath, [join(here, 'lsp-driver.mjs'), ...driverArgs, '--keys', '0', '--idle-ms', '4000', '--', ...serverCommand, '--stdio'], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`lsp-driver failed: ${run.stderr}`);
      if (i > 0) samples.push(JSON.parse(run.stdout));
    }
    return { rss: spread(samples.map((s) => s.rss_idle_mb)), held: samples[0].held_bytes };
  };
  const workspace = idle(['--root', texts.articles10k, '--article', texts.fiftyKb]);
  const baseline = idle(['--article', texts.oneLine]);
  const held = idle(['--article', texts.fiftyKb, '--also', texts.oneMb, '--also', texts.tenMb]);
  const perByte = ((held.rss.median - baseline.rss.median) * 1048576) / held.held;
  console.error(`server memory: idle ${workspace.rss.median.toFixed(1)} MB in the 10,000-article workspace; ${perByte.toFixed(1)} bytes per byte held`);
  return {
    workspace: workspace.rss, workspaceHeld: workspace.held, baseline: baseline.rss, baselineHeld: baseline.held,
    held: held.rss, heldBytes: held.held, perByte, perByteTotal: (held.rss.median * 1048576) / held.held,
  };
}

function inProcess() {
  const run = spawnSync('dotnet', ['run', '-c', 'Release', '--project', join(repo, 'tests/Byline.Benchmarks'), '--', 'bench', '--quick', '--only', 'cold'],
    { encoding: 'utf8', env: { ...process.env, BYLINE_CORPUS: texts.articles2k }, maxBuffer: 1 << 26 });
  console.log('\nIn process (`bench --quick --only cold`, BYLINE_CORPUS = the 2,000 articles):\n');
  console.log(run.stdout.split('\n').filter((l) => /cold analysis/.test(l)).join('\n'));
}

function report() {
  const fmt = (s, digits = 2) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  console.log(`\nWhole process, ${runs} runs after one warm-up each, median (min–max). MB = 2^20 bytes of UTF-8.\n`);
  for (const cli of clis) console.log(`byline ${cli.name}: ${cli.command.join(' ')}`);
  console.log('\n| command | wall s | processor s (user+sys) | MB/s (median wall) | peak RSS MB | RSS bytes per text byte |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const mbs = row.bytes / 1048576 / row.wall.median;
    const perByte = (row.rssMb.median * 1048576) / row.bytes;
    console.log(`| ${row.label}${row.ratio ? ` (× Byline: ${row.ratio.toFixed(2)})` : ''} | ${fmt(row.wall)} | ${fmt(row.cpu)} | ${mbs.toFixed(2)} | ${row.rssMb.median.toFixed(0)} | ${perByte.toFixed(1)} |`);
  }
  console.log(`\nServer: ${serverCommand.join(' ')}`);
  // The keystroke columns include the driver's own parse of the answer, as an editor's; "answer received" stops at
  // its last byte (the server's share), and the driver's parse is shown on its own.
  console.log('\n| server (stdio, pulled diagnostics) | start → initialize ms | didOpen → diagnostics ms | keystroke p50 ms | keystroke p99 ms | answer received p50 / p99 ms | driver parse p50 ms | answer KB | RSS MB after |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const l of lsp) {
    console.log(`| ${l.label} | ${fmt(l.start, 0)} | ${fmt(l.open, 0)} | ${fmt(l.keyP50, 1)} | ${fmt(l.keyP99, 1)} | ${l.receivedP50.median.toFixed(1)} / ${l.receivedP99.median.toFixed(1)} | ${l.parseP50.median.toFixed(1)} | ${(l.answerBytes.median / 1024).toFixed(0)} | ${l.rssMb.median.toFixed(0)} |`);
  }
  console.log('\n| server memory (idle, RSS) | RSS MB | text held | RSS bytes per text byte |');
  console.log('|---|---:|---:|---:|');
  console.log(`| one 50 KB article open in the 10,000-article workspace (target ≤ 60 MB) | ${fmt(memory.workspace, 1)} | ${(memory.workspaceHeld / 1024).toFixed(0)} KB | |`);
  console.log(`| one 1-line article open, no workspace | ${fmt(memory.baseline, 1)} | ${memory.baselineHeld} B | |`);
  console.log(`| 50 KB + 1 MB + 10 MB articles open, no workspace | ${fmt(memory.held, 1)} | ${(memory.heldBytes / 1048576).toFixed(2)} MB | ${memory.perByte.toFixed(1)} above the 1-line server (target ≤ 16); ${memory.perByteTotal.toFixed(1)} in all |`);
  writeFileSync(join(work, 'whole-process.json'), JSON.stringify({ runs, rows, lsp, memory }, null, 2));
}

// The portable build: the CLI project asks for NativeAOT (its tool package), so JIT is said explicitly.
function publish(project, out) {
  const run = spawnSync('dotnet', ['publish', resolve(repo, project), '-c', 'Release', '-o', out, '-r', 'linux-x64', '--no-self-contained',
    '-p:PublishReadyToRun=true', '-p:PublishAot=false', '-p:UseAppHost=false', '-nologo', '-v', 'q'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`dotnet publish ${project} failed`);
}

// The native build, as the tool package `byline.linux-x64` carries it (needs clang and zlib1g-dev).
function publishNative(project, out) {
  const run = spawnSync('dotnet', ['publish', resolve(repo, project), '-c', 'Release', '-o', out, '-r', 'linux-x64', '-p:PublishAot=true',
    '-nologo', '-v', 'q'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`dotnet publish ${project} (NativeAOT) failed`);
}

function makeTexts() {
  const corpus = join(work, 'corpus');
  const articles10k = join(corpus, 'articles-10000');
  const articles2k = join(corpus, 'articles-2000');
  if (!existsSync(articles2k)) python([corpusScript, corpus, '--articles', '2000']);
  // The server's memory is measured in the 10,000-article workspace, with --quick too.
  if (!existsSync(articles10k)) python([corpusScript, corpus, '--articles', '10000']);
  if (!existsSync(join(articles10k, '.byline.yaml'))) writeFileSync(join(articles10k, '.byline.yaml'), 'include: ["**/*.txt"]\n');
  const oneMb = join(corpus, '1m.txt');
  const fiftyKb = join(corpus, '50k.txt');
  const oneLine = join(corpus, 'one-line.txt');
  // The first ~50 KB of the 1 MB article, cut at a line end; and its headline alone.
  const text = spawnSync('head', ['-c', '51200', oneMb], { encoding: 'utf8' }).stdout;
  writeFileSync(fiftyKb, text.slice(0, text.lastIndexOf('\n') + 1));
  writeFileSync(oneLine, text.slice(0, text.indexOf('\n') + 1));
  return { oneMb, tenMb: join(corpus, '10m.txt'), articles2k, articles10k, fiftyKb, oneLine };
}

function python(argv) {
  const run = spawnSync('python3', argv, { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`python3 ${argv.join(' ')} failed`);
}

function peer() {
  const bin = join(here, 'node_modules/write-good/bin/write-good.js');
  if (!existsSync(bin)) {
    const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('npm ci (write-good) failed');
  }
  return bin;
}

function bytesOf(path) {
  return statSync(path).isDirectory() ? readdirSync(path).reduce((sum, f) => sum + statSync(join(path, f)).size, 0) : statSync(path).size;
}

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
}

function valueOf(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
