// Speaks LSP over stdio to the real server binary and times what an editor waits for:
//   start   process start → the answer to `initialize`
//   open    didOpen of an article → its diagnostics (pulled with textDocument/diagnostic, as VS Code does,
//           or pushed with --push: the server's publishDiagnostics)
//   typing  one keystroke (an incremental didChange) → fresh diagnostics (pulled), --keys times
//   split   the same keystrokes until the answer's first byte and last byte arrived, and the driver's own JSON.parse
//           of the answer (key_first_byte_*, key_received_*, key_driver_parse_p50_ms): the server's part and the driver's
//   cpu     the server's processor time at the answer to initialize (start_cpu_ms: the run time of its threads but
//           the preload's, from /proc/PID/task/*/schedstat), and (user + system, all its threads, from /proc) from its start to the open's
//           diagnostics (open_cpu_ms: start-up, the preload and the first analysis), and per keystroke, typing only
//           (key_cpu_ms): what to compare on a loaded machine, where wall times are mostly waiting
//           and the same split by the server's thread names (key_cpu_by_thread, ms per keystroke); and the
//           server's minor page faults per keystroke (key_minflt, from /proc): memory the collector hands out
//           that the process touches for the first time, ~12 µs each on a paravirtualised guest, so processor time
//           that moves with key_minflt is the heap's state (how much was touched before, what the idle trim gave
//           back), not the keystroke's work
//   ids     each pull names the last report's result id, as VS Code does, so the server may answer "unchanged"
//           (key_unchanged counts those); --no-result-ids pulls afresh every time, as the driver did before session 13
//   wait    with --wait-ms N, N ms of quiet between the open's diagnostics and the first keystroke (a user reading
//           before typing; the default 0 types at once)
//   rss     the server's resident memory after all of that (VmRSS from /proc); with --idle-ms N also after N
//           ms of quiet once the keystrokes are done and, with --root, once the server's walk of the folder has
//           ended (rss_idle_mb; index_ms is initialized → the walk's work-done progress end, null when none came)
//   held    with --also FILE (repeatable) these articles are opened too, after the keystrokes, each up to its
//           diagnostics, and stay open while idle (held_bytes: the UTF-8 bytes of every open article)
//   follow  with --follow-ups, after each keystroke's diagnostics the requests VS Code sends once the text changed
//           (outline and breadcrumbs (with --client vscode by result id, as below), folding, semantic tokens full (with --client vscode, full/delta once a result id
//           is known, when the server offers it) and for the visible lines, code lenses, links, the
//           light bulb's code actions at the cursor), all at once, awaited before the next keystroke; their wall time
//           and answer bytes are reported apart (key_follow_ups_p50_ms, key_follow_ups_p99_ms, key_follow_up_bytes),
//           each request's bytes (the last keystroke's, key_follow_up_bytes_by_method) and how many keystrokes it was
//           answered with the same JSON as at the keystroke before (key_follow_up_same_by_method: what an "unchanged"
//           answer would have spared the client)
//           and the keystroke's own time (key_*_ms) still ends at its diagnostics
//   overlap with --follow-ups --overlap, the follow-ups are not awaited: the next keystroke follows at once, and as
//           VS Code does when the text changes, its didChange is followed by a $/cancelRequest of each follow-up still
//           unanswered; so a keystroke's diagnostics meet the previous keystroke's follow-ups in the server (its
//           outline still being made or written), as they do when someone types on after a pause. key_follow_ups_*
//           then count only the follow-ups answered in full before the next keystroke's (key_follow_ups_answered of
//           all sent; the others were cancelled or answered ContentModified)
//   per-key with --per-key FILE, one tab-separated line per keystroke: its total, first byte, last byte, the driver's
//           parse and its follow-ups' wall time, in ms (what a p99 is made of)
//   answers with --answers FILE, one line per keystroke: the JSON of the diagnostics the client holds once that
//           keystroke's pull is answered ("unchanged" keeps the last list), to compare two builds' output (cmp)
//   trace   with --trace FILE, the same keystrokes' moments (didChange and pull written, answer's first and last bytes
//           seen, parsed, await resumed) in µs of the monotonic clock, to line up with the server's
//           BYLINE_TRACE_STAGES=1 marks (tests/Byline.Benchmarks/whole-process/keystroke-stages.py joins the two)
//   own gc  before each keystroke the driver collects its own garbage (a full Node collection, outside the timed
//           window): the answers it parsed for earlier keystrokes (with --follow-ups ~350 KB of JSON a keystroke on the
//           1 MB article) otherwise made Node's collector run inside ~9 % of keystrokes' windows, whose pauses were then
//           counted as the server's latency (Keystroke, Session 33). --driver-gc-in-keys leaves Node's collector alone,
//           as the driver did before session 33; --trace still reports the driver collections that fall in a keystroke,
//           and all of them from the first keystroke on (driver_gcs_typing, driver_gc_ms_typing)
//   client  --client vscode speaks as Byline's VS Code extension does: it declares related information (VS Code shows
//           it, so the server sends it), asks for short help links (initializationOptions.shortHelpLinks), which it
//           turns into the rule pages after parsing each answer, once per rule, as the extension's URI converter does,
//           and for compact diagnostics (initializationOptions.compactDiagnostics: no source or help link on each), which
//           it fills in as the extension's diagnostics middleware does, and for diagnostic defaults
//           (initializationOptions.diagnosticDefaults: no warning severity nor a rule's fixed message on each), which it
//           fills in as the extension's message strategy does (key_driver_parse_* includes all three), and says how
//           many diagnostics of a file the editor shows (initializationOptions.maxDiagnosticsPerDocument: 1000, VS Code's
//           limit: the server sends those the editor shows and a note), and that it keeps outlines
//           (initializationOptions.outlineResultIds: with --follow-ups the outline is asked for by byline/documentSymbol
//           with the last one's result id and `edits: true`, an "unchanged" answer keeps the symbols it had and edits
//           are applied to them, as the extension's middleware does; key_follow_up_bytes_by_method then counts that
//           answer's bytes). Its initialization options are the extension's,
//           as it sends them with its default settings (vscode-client/src/initializationOptions.ts; a unit test of the
//           extension compares them). The default (generic) declares none of them, as before session 16.
// Prints one JSON object. Usage:
//   node lsp-driver.mjs --article FILE [--keys 60] [--at 0.5] [--driver-gc-in-keys] [--push] [--no-result-ids] [--client generic|vscode] [--follow-ups [--overlap]] [--per-key FILE] [--answers FILE] [--trace FILE] [--log FILE] [--root DIR] [--idle-ms N] [--wait-ms N] [--also FILE]... -- SERVER_COMMAND [ARGS...]
// (--log keeps the server's standard error; --root opens DIR as the workspace folder, e.g. a folder of 10,000
// articles with a root .byline.yaml, so the server indexes it.)
// e.g. node lsp-driver.mjs --article a.txt -- dotnet server/Byline.LanguageServer.dll --stdio
import { spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// What Byline's VS Code extension sends in `initialize` with its default settings (vscode-client/src/initializationOptions.ts,
// checked against this line by vscode-client/test/initializationOptions.test.ts).
const VSCODE_INITIALIZATION_OPTIONS = {"files":[],"inlayHints":false,"sourcingReportCommand":"byline.showSourcingReport","shortHelpLinks":true,"compactDiagnostics":true,"diagnosticDefaults":true,"maxDiagnosticsPerDocument":1000,"outlineResultIds":true};

const split = process.argv.indexOf('--');
if (split < 0) {
  console.error('usage: node lsp-driver.mjs --article FILE [--keys N] [--push] -- SERVER_COMMAND [ARGS...]');
  process.exit(2);
}
const options = parseOptions(process.argv.slice(2, split));
const [command, ...commandArgs] = process.argv.slice(split + 1);
const text = readFileSync(options.article, 'utf8');
const uri = pathToFileURL(resolve(options.article)).href;
const lastReports = new Map(); // uri → the last full report's result id and items
let lastOutline = null; // --client vscode with a server that answers byline/documentSymbol: the last outline's result id and symbols
let lastSemanticTokens = null; // --client vscode with a server that answers full/delta: the last tokens' result id and data
let unchangedAnswers = 0;
const helpPages = new Map(); // short help link → its page (--client vscode)
const followUpBytes = {}; // each follow-up's answer bytes, the last keystroke's (JSON as the driver re-serialises it)
const followUpSame = {}; // each follow-up: how many keystrokes' answers were the same JSON as the keystroke's before
const lastFollowUpJson = {};
let lastPullId = null; // the id of the last textDocument/diagnostic request, whose answer's timing a keystroke reads
let lastPullSentAt = null; // when that request was written (--trace)

// --trace: the driver's own collections, as moments on the monotonic clock (ns) and their lengths.
const driverGcs = [];
if (options.trace) {
  const { PerformanceObserver, performance } = await import('node:perf_hooks');
  const origin = process.hrtime.bigint() - BigInt(Math.round(performance.now() * 1e6));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) driverGcs.push({ at: origin + BigInt(Math.round(entry.startTime * 1e6)), ms: entry.duration });
  }).observe({ entryTypes: ['gc'] });
}
// Collects the driver's own garbage between keystrokes (see "own gc" above): Node's `gc`, exposed at run time.
let collectDriverGarbage = () => {};
if (!options.driverGcInKeys) {
  setFlagsFromString('--expose-gc');
  collectDriverGarbage = runInNewContext('gc');
}
const server = new LspConnection(command, commandArgs, options.log);
try {
  console.log(JSON.stringify(await run()));
} finally {
  server.kill();
}

async function run() {
  const vscode = options.client === 'vscode';
  const capabilities = {
    textDocument: {
      ...(options.push ? {} : { diagnostic: { dynamicRegistration: false } }),
      ...(vscode ? { publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true } } : {}),
    },
    // The server shows its walk of an indexed folder as work-done progress: idle is measured after its end.
    window: { workDoneProgress: true },
  };
  const started = server.startedAt;
  const root = options.root === undefined ? null : pathToFileURL(resolve(options.root)).href;
  const workspaceFolders = root === null ? null : [{ uri: root, name: 'articles' }];
  const initializationOptions = vscode ? VSCODE_INITIALIZATION_OPTIONS : undefined;
  const initialized = await server.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders, capabilities, initializationOptions });
  server.helpLinkBase = vscode ? initialized?.capabilities?.experimental?.helpLinkBase : undefined;
  server.diagnosticSource = vscode ? initialized?.capabilities?.experimental?.diagnosticSource : undefined;
  server.diagnosticDefaults = vscode ? initialized?.capabilities?.experimental?.diagnosticDefaults : undefined;
  server.semanticTokensDelta = vscode && initialized?.capabilities?.semanticTokensProvider?.full?.delta === true;
  server.outlineResultIds = vscode && initialized?.capabilities?.experimental?.outlineResultIds === true;
  const start = ms(started);
  const startCpu = scheduledMs(server.pid);
  server.notify('initialized', {});
  const initializedAt = process.hrtime.bigint();
  const indexed = server.progressEnd().then(() => ms(initializedAt));

  const openedAt = process.hrtime.bigint();
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const first = options.push ? await server.nextPublish(uri) : await pull();
  const open = ms(openedAt);
  // The server's processor time from its start to the open's diagnostics (start-up, the preload, the first
  // analysis): on a loaded machine the figure to compare, where the open's wall time is mostly waiting.
  const openCpu = processorMs(server.pid);
  // Its minor page faults by then (first touches of the executable's data, the heap, the stacks).
  const openFaults = minorFaults(server.pid);

  if (options.waitMs > 0) await new Promise((done) => setTimeout(done, options.waitMs));
  const cpuBefore = processorMs(server.pid);
  const faultsBefore = minorFaults(server.pid);
  const threadsBefore = threadProcessorMs(server.pid);
  const switchesBefore = contextSwitches(server.pid);
  unchangedAnswers = 0;
  const typing = await type(first);
  const switches = contextSwitches(server.pid);
  const keyCpu = typing.keys ? { key_cpu_ms: (processorMs(server.pid) - cpuBefore) / typing.keys, key_cpu_by_thread: perKey(threadsBefore, threadProcessorMs(server.pid), typing.keys), key_minflt: (minorFaults(server.pid) - faultsBefore) / typing.keys,
    key_switches: (switches.voluntary - switchesBefore.voluntary) / typing.keys, key_preempted: (switches.involuntary - switchesBefore.involuntary) / typing.keys } : {};
  const rssKb = residentKb(server.pid);
  let held = Buffer.byteLength(text);
  for (const file of options.also) {
    const also = readFileSync(file, 'utf8');
    const alsoUri = pathToFileURL(resolve(file)).href;
    server.notify('textDocument/didOpen', { textDocument: { uri: alsoUri, languageId: 'plaintext', version: 1, text: also } });
    await (options.push ? server.nextPublish(alsoUri) : pull(alsoUri));
    held += Buffer.byteLength(also);
  }
  let idle = {};
  if (options.idleMs > 0) {
    // A walk that ended before `initialized` shows no progress: wait at most 60 s for one.
    const indexMs = root === null ? null : await Promise.race([indexed, new Promise((done) => setTimeout(() => done(null), 60_000))]);
    await new Promise((done) => setTimeout(done, options.idleMs));
    idle = { index_ms: indexMs, rss_idle_mb: residentKb(server.pid) / 1024 };
  }
  await server.request('shutdown', null);
  server.notify('exit', null);
  return { article: options.article, client: options.client, bytes: Buffer.byteLength(text), diagnostics: first.length, start_ms: start, start_cpu_ms: startCpu, open_ms: open, open_cpu_ms: openCpu, open_minflt: openFaults, ...typing, ...keyCpu, rss_mb: rssKb / 1024, held_bytes: held, ...idle };
}

// Keystrokes typed into the middle of the body (--at F: the line F of the way down, 0.5 by default), each into the
// previous version, as an editor sends them.
async function type() {
  const lines = text.split('\n');
  const line = Math.floor(lines.length * options.at);
  const times = [];
  const split = { first: [], received: [], parse: [], bytes: [], followUps: [], followUpBytes: [] };
  const marks = []; // --trace: each keystroke's moments on the monotonic clock
  let inFlight = null; // --overlap: the previous keystroke's follow-ups, not awaited
  let answeredFollowUps = 0;
  const answers = []; // --answers: the diagnostics the client holds after each keystroke
  for (let i = 0; i < options.keys; i++) {
    const character = Math.min(lines[line].length, 10 + (i % 20));
    collectDriverGarbage();
    const schedBefore = options.trace ? [schedStat(`/proc/${server.pid}/task`), schedStat('/proc/self/task')] : null;
    const at = process.hrtime.bigint();
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    const changeSent = process.hrtime.bigint();
    inFlight?.cancel();
    const items = await pull();
    if (options.answers) answers.push(JSON.stringify(items));
    const resumed = process.hrtime.bigint();
    times.push(ms(at));
    const answer = server.answerOf(lastPullId);
    if (options.trace) {
      const [server0, driver0] = schedBefore;
      const [server1, driver1] = [schedStat(`/proc/${server.pid}/task`), schedStat('/proc/self/task')];
      marks.push([i + 1, at, changeSent, lastPullSentAt, answer.firstByteAt, answer.receivedAt, answer.parsedAt, resumed,
        server1.ran - server0.ran, server1.waited - server0.waited, driver1.ran - driver0.ran, driver1.waited - driver0.waited]);
    }
    split.first.push(Number(answer.firstByteAt - at) / 1e6);
    split.received.push(Number(answer.receivedAt - at) / 1e6);
    split.parse.push(answer.parseMs);
    split.bytes.push(answer.bytes);
    if (options.followUps && options.overlap) {
      const followed = process.hrtime.bigint();
      const sent = followUps(line, character + 1);
      inFlight = sent;
      sent.done.then((bytes) => {
        if (bytes === null) return;
        answeredFollowUps++;
        split.followUps.push(ms(followed));
        split.followUpBytes.push(bytes);
      });
    } else if (options.followUps) {
      const followed = process.hrtime.bigint();
      const bytes = await followUps(line, character + 1).done;
      split.followUps.push(ms(followed));
      split.followUpBytes.push(bytes);
    }
  }
  await inFlight?.done;
  if (options.answers) writeFileSync(options.answers, answers.join('\n') + '\n');
  if (options.perKey) {
    // One line per keystroke, to find what its slowest ones have in common (with --log: the server's marks).
    const rows = times.map((total, i) => [i + 1, total, split.first[i], split.received[i], split.parse[i], split.followUps[i] ?? ''].map((v) => (typeof v === 'number' ? v.toFixed(2) : v)).join('\t'));
    writeFileSync(options.perKey, ['key\ttotal_ms\tfirst_byte_ms\treceived_ms\tdriver_parse_ms\tfollow_ups_ms', ...rows].join('\n') + '\n');
  }
  if (options.trace) {
    // The same keystrokes' moments in microseconds of the monotonic clock (the server's BYLINE_TRACE_STAGES=1 reads
    // the same clock on Linux): before the didChange was written, after it and after the pull were written, the
    // answer's first and last bytes seen, parsed, and the keystroke's await resumed.
    // Then, from each thread's schedstat summed over the process, what the server's and the driver's threads ran and
    // waited on a run queue (ready but not running: the machine's load) during the keystroke, in µs; and the driver's
    // own collections (node's gc performance entries) that began during it.
    const micro = (t) => (Number(t) / 1e3).toFixed(1);
    const rows = marks.map(([key, ...moments]) => {
      const [from, , , , , , to] = moments;
      const gcs = driverGcs.filter((gc) => gc.at >= from && gc.at < to).map((gc) => (gc.ms * 1e3).toFixed(0));
      return [key, ...moments.map(micro), gcs.join(',') || '0'].join('\t');
    });
    writeFileSync(options.trace, ['key\tchange_at\tchange_sent\tpull_sent\tfirst_byte\treceived\tparsed\tresumed\tserver_ran\tserver_waited\tdriver_ran\tdriver_waited\tdriver_gc_us', ...rows].join('\n') + '\n');
  }
  if (times.length === 0) return {};
  const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
  return {
    keys: times.length, key_p50_ms: quantile(times, 0.5), key_p99_ms: quantile(times, 0.99), key_max_ms: Math.max(...times),
    // The same keystrokes split: until the answer's first byte arrived, until its last byte arrived, and the
    // driver's own JSON.parse of it (included in key_*_ms, as an editor parses the answer too); answer size.
    key_first_byte_p50_ms: quantile(split.first, 0.5), key_first_byte_p99_ms: quantile(split.first, 0.99),
    key_received_p50_ms: quantile(split.received, 0.5), key_received_p99_ms: quantile(split.received, 0.99),
    key_driver_parse_p50_ms: quantile(split.parse, 0.5), key_answer_bytes: quantile(split.bytes, 0.5),
    // How many of the keystrokes' pulls the server answered "unchanged" (the diagnostics the client has).
    key_unchanged: unchangedAnswers,
    // --trace: how many keystrokes the driver's own collector paused (its pause is in their key_*_ms: with 100 keys,
    // key_p99_ms is the slowest one), and its longest pause in one.
    ...(options.trace ? driverGcSummary(marks, times, quantile) : {}),
    ...(options.overlap ? { key_follow_ups_answered: answeredFollowUps } : {}),
    ...(options.followUps && split.followUps.length > 0 ? { key_follow_ups_p50_ms: quantile(split.followUps, 0.5), key_follow_ups_p99_ms: quantile(split.followUps, 0.99), key_follow_up_bytes: quantile(split.followUpBytes, 0.5), key_follow_up_bytes_by_method: followUpBytes, key_follow_up_same_by_method: followUpSame } : {}),
  };
}

// What VS Code asks once a change has settled (each feature debounces on its own; here all at once): the outline and
// breadcrumbs, folding, semantic tokens (the whole document and the visible lines), code lenses, document links, and
// the light bulb's code actions at the cursor. Returns { done: the answers' bytes (null when one of them was cancelled
// or refused), cancel(): $/cancelRequest for each one still unanswered }.
function followUps(line, character) {
  const textDocument = { uri };
  const cursor = { start: { line, character }, end: { line, character } };
  const visible = { start: { line: Math.max(0, line - 30), character: 0 }, end: { line: line + 30, character: 0 } };
  const requests = [
    server.outlineResultIds
      ? ['byline/documentSymbol', lastOutline?.resultId != null ? { textDocument, previousResultId: lastOutline.resultId, edits: true } : { textDocument, edits: true }]
      : ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    lastSemanticTokens?.resultId != null
      ? ['textDocument/semanticTokens/full/delta', { textDocument, previousResultId: lastSemanticTokens.resultId }]
      : ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/semanticTokens/range', { textDocument, range: visible }],
    ['textDocument/codeLens', { textDocument }],
    ['textDocument/documentLink', { textDocument }],
    ['textDocument/codeAction', { textDocument, range: cursor, context: { diagnostics: [], triggerKind: 2 } }],
  ];
  const sent = requests.map(([method, params]) => server.request(method, params));
  const done = Promise.all(sent).then((answers) => {
    let bytes = 0;
    answers.forEach((answer, i) => {
      if (requests[i][0].startsWith('textDocument/semanticTokens/full')) keepSemanticTokens(answer);
      if (requests[i][0] === 'byline/documentSymbol') keepOutline(answer);
      const json = JSON.stringify(answer ?? null);
      const size = Buffer.byteLength(json);
      const method = requests[i][0];
      followUpBytes[method] = size;
      followUpSame[method] = (followUpSame[method] ?? 0) + (lastFollowUpJson[method] === json ? 1 : 0);
      lastFollowUpJson[method] = json;
      bytes += size;
    });
    return bytes;
  }, (error) => {
    if (!options.overlap) throw error;
    return Promise.allSettled(sent).then(() => null);
  });
  return { done, cancel: () => sent.forEach((request) => server.cancel(request.id)) };
}


// As the VS Code extension's outline middleware does (vscode-client/src/outlineResults.ts): keeps the last outline
// and its result id, which the next request names, as its symbols in pre-order without children and their counts of
// children; an "unchanged" answer keeps the symbols it had, edits (asked with `edits: true`) are applied to them.
function keepOutline(answer) {
  if (answer?.unchanged === true && lastOutline?.resultId === answer.resultId) return;
  if (Array.isArray(answer?.edits) && lastOutline != null) {
    const { heads, counts } = lastOutline;
    for (const edit of [...answer.edits].reverse()) {
      heads.splice(edit.start, edit.deleteCount, ...(edit.symbols ?? []));
      counts.splice(edit.start, edit.deleteCount, ...(edit.childCounts ?? []));
    }
    lastOutline.resultId = answer.resultId;
    return;
  }
  if (!Array.isArray(answer?.symbols) || answer.resultId == null) {
    lastOutline = null;
    return;
  }
  const heads = [];
  const counts = [];
  const add = ({ children, ...head }) => {
    heads.push(head);
    counts.push(children?.length ?? 0);
    children?.forEach(add);
  };
  answer.symbols.forEach(add);
  lastOutline = { resultId: answer.resultId, heads, counts };
}

// As VS Code does when the server advertises `full: { delta: true }`: keeps the last tokens and applies a delta's
// edits to them, so the next request can name their result id.
function keepSemanticTokens(answer) {
  if (!server.semanticTokensDelta || !answer) return;
  let data = answer.data;
  if (!data && answer.edits && lastSemanticTokens) {
    data = lastSemanticTokens.data.slice();
    for (const edit of [...answer.edits].sort((a, b) => b.start - a.start)) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  }
  lastSemanticTokens = data ? { resultId: answer.resultId, data } : null;
}

// As VS Code's client does, each pull names the result id of the document's last report, and an "unchanged" answer
// keeps the items it had (--no-result-ids: every pull asks afresh, as the driver did before session 13).
async function pull(document = uri) {
  const last = lastReports.get(document);
  const params = { textDocument: { uri: document } };
  if (last?.resultId && !options.noResultIds) params.previousResultId = last.resultId;
  const request = server.request('textDocument/diagnostic', params);
  lastPullSentAt = process.hrtime.bigint();
  lastPullId = request.id;
  const report = await request;
  if (report.kind === 'unchanged' && last) {
    unchangedAnswers++;
    return last.items;
  }
  const items = report.items ?? [];
  lastReports.set(document, { resultId: report.resultId, items });
  return items;
}

// Both p99s are given: with them (what a client that collects sees) and of the keystrokes the driver did not pause;
// and all the driver's collections from the first keystroke on (those it forces between keystrokes too), how many
// and their summed pauses (what the answers it parsed cost it).
function driverGcSummary(marks, times, quantile) {
  const paused = marks.map(([, from, , , , , , to]) => driverGcs.filter((gc) => gc.at >= from && gc.at < to).reduce((sum, gc) => sum + gc.ms, 0));
  const unpaused = times.filter((_, i) => paused[i] === 0);
  const typing = marks.length > 0 ? driverGcs.filter((gc) => gc.at >= marks[0][1]) : [];
  return {
    key_driver_gc_keys: paused.filter((ms) => ms > 0).length, key_driver_gc_max_ms: Math.max(0, ...paused),
    driver_gcs_typing: typing.length, driver_gc_ms_typing: typing.reduce((sum, gc) => sum + gc.ms, 0),
    ...(unpaused.length > 0 ? { key_p99_without_driver_gc_ms: quantile(unpaused, 0.99) } : {}),
  };
}

// The threads' summed schedstat (/proc/…/task/TID/schedstat: ns on a processor, ns waiting on a run queue).
function schedStat(tasks) {
  let ran = 0n;
  let waited = 0n;
  for (const tid of readdirSync(tasks)) {
    try {
      const [onCpu, onQueue] = readFileSync(`${tasks}/${tid}/schedstat`, 'utf8').split(' ');
      ran += BigInt(onCpu);
      waited += BigInt(onQueue);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return { ran, waited };
}

function ms(since) {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

// The server's threads' context switches so far (/proc/PID/task/TID/status), summed: voluntary ones are a thread
// waiting (for input, for work, for a lock) and woken again, each a chance to wait for a processor on a busy machine
// (key_switches, per keystroke); involuntary ones a thread made to give its processor up (key_preempted).
function contextSwitches(pid) {
  let voluntary = 0;
  let involuntary = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
      voluntary += Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      involuntary += Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return { voluntary, involuntary };
}

// minflt of /proc/PID/stat (field 10): the process' minor page faults so far, every thread.
function minorFaults(pid) {
  return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[7]);
}

// utime + stime of /proc/PID/stat (fields 14 and 15, after the parenthesised name), in clock ticks of 10 ms.
function processorMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// The time the process's threads other than the preload's have run on a processor so far (/proc/PID/task/TID/schedstat,
// nanoseconds; threads that already ended are not counted), in ms: at the answer to initialize, where 10 ms ticks are
// too coarse, and without the preload, which may have started before the answer or after it, before this read.
function scheduledMs(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('preload')) continue;
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return ns / 1e6;
}

// Each thread's utime + stime (/proc/PID/task/TID/stat), summed by thread name: which threads a keystroke keeps busy
// (the request's pool thread, the collector's, the one writing the answer).
function threadProcessorMs(pid) {
  const byName = {};
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      byName[name] = (byName[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return byName;
}

function perKey(before, after, keys) {
  const result = {};
  for (const [name, ms] of Object.entries(after)) {
    const spent = (ms - (before[name] ?? 0)) / keys;
    if (spent > 0) result[name] = Number(spent.toFixed(2));
  }
  return result;
}

function residentKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

function parseOptions(args) {
  const result = { article: undefined, keys: 60, client: 'generic', noResultIds: false, push: false, log: undefined, root: undefined, idleMs: 0, waitMs: 0, also: [], followUps: false, overlap: false, perKey: undefined, answers: undefined, trace: undefined, at: 0.5, driverGcInKeys: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--article') result.article = args[++i];
    else if (args[i] === '--keys') result.keys = Number(args[++i]);
    else if (args[i] === '--push') result.push = true;
    else if (args[i] === '--log') result.log = args[++i];
    else if (args[i] === '--root') result.root = args[++i];
    else if (args[i] === '--idle-ms') result.idleMs = Number(args[++i]);
    else if (args[i] === '--wait-ms') result.waitMs = Number(args[++i]);
    else if (args[i] === '--also') result.also.push(args[++i]);
    else if (args[i] === '--no-result-ids') result.noResultIds = true;
    else if (args[i] === '--follow-ups') result.followUps = true;
    else if (args[i] === '--overlap') result.overlap = true;
    else if (args[i] === '--per-key') result.perKey = args[++i];
    else if (args[i] === '--answers') result.answers = args[++i];
    else if (args[i] === '--trace') result.trace = args[++i];
    else if (args[i] === '--client') result.client = args[++i];
    else if (args[i] === '--at') result.at = Number(args[++i]);
    else if (args[i] === '--driver-gc-in-keys') result.driverGcInKeys = true;
    else throw new Error(`unknown option ${args[i]}`);
  }
  if (!result.article) throw new Error('--article FILE is required');
  if (result.overlap && !result.followUps) throw new Error('--overlap needs --follow-ups');
  if (result.client !== 'generic' && result.client !== 'vscode') throw new Error('--client is generic or vscode');
  if (!(result.at >= 0 && result.at < 1)) throw new Error('--at is a fraction of the lines, at least 0 and below 1');
  return result;
}

// As the VS Code extension's URI converter does (vscode-client/src/helpLinks.ts): each short help link becomes its
// rule's page, made once per rule (there a vscode.Uri, here a URL) in helpPages; and as its diagnostics middleware
// does (vscode-client/src/ruleFields.ts), a compact diagnostic gets the source the server named and its rule's page.
function expandHelpLinks(diagnostics, base, source) {
  if (!Array.isArray(diagnostics)) return;
  const pageOf = (rule) => {
    let page = helpPages.get(rule);
    if (page === undefined) helpPages.set(rule, (page = new URL(`${base}${rule}.md`)));
    return page;
  };
  for (const diagnostic of diagnostics) {
    if (typeof source === 'string' && diagnostic.source === undefined) {
      diagnostic.source = source;
      if (typeof diagnostic.code === 'string') diagnostic.codeDescription = { href: pageOf(diagnostic.code) };
      continue;
    }
    const href = diagnostic.codeDescription?.href;
    if (typeof href !== 'string' || !href.startsWith('byline:')) continue;
    diagnostic.codeDescription.href = pageOf(href.slice('byline:'.length));
  }
}

// As the VS Code extension's message strategy does (vscode-client/src/diagnosticDefaults.ts), before anything reads
// the diagnostics: a diagnostic without severity gets the default one, one without message its rule's fixed message.
function fillDefaults(diagnostics, defaults) {
  if (!Array.isArray(diagnostics)) return;
  for (const diagnostic of diagnostics) {
    if (typeof diagnostic.code !== 'string') continue;
    if (diagnostic.severity === undefined) diagnostic.severity = defaults.severity;
    if (diagnostic.message === undefined) diagnostic.message = defaults.messages[diagnostic.code];
  }
}

/** Content-Length framing over a child's stdio; answers matched by id, publishDiagnostics queued per uri. */
function LspConnection(command, args, log) {
  const stderr = log === undefined ? 'ignore' : openSync(log, 'w');
  this.startedAt = process.hrtime.bigint();
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', stderr] });
  this.pid = child.pid;
  const pending = new Map();
  const timings = new Map(); // request id → its answer's timing, kept for the last few requests
  const publishWaiters = [];
  let progressEnded;
  const progressEnd = new Promise((done) => { progressEnded = done; });
  let nextId = 1;
  let buffer = Buffer.alloc(0);
  child.on('exit', (code) => {
    for (const { reject } of pending.values()) reject(new Error(`server exited (${code})`));
  });
  // Chunks are kept in a list and joined once a whole message is there (joining on every chunk copies a large
  // answer over and over). For each answer the driver notes when its first and last bytes arrived and how long
  // its own JSON.parse took, so a keystroke's time can be split into the server's and the driver's.
  let chunks = [];
  let held = 0;
  let firstByteAt = null;
  let needed = -1;
  child.stdout.on('data', (chunk) => {
    firstByteAt ??= process.hrtime.bigint();
    chunks.push(chunk);
    held += chunk.length;
    for (;;) {
      if (needed < 0) {
        const joined = chunks.length > 1 ? Buffer.concat(chunks) : chunks[0];
        chunks = [joined];
        const headerEnd = joined.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        needed = headerEnd + 4 + Number(/Content-Length: (\d+)/i.exec(joined.subarray(0, headerEnd).toString())[1]);
      }
      if (held < needed) return;
      const receivedAt = process.hrtime.bigint();
      const joined = chunks.length > 1 ? Buffer.concat(chunks) : chunks[0];
      const headerEnd = joined.indexOf('\r\n\r\n');
      const parseStarted = process.hrtime.bigint();
      const message = JSON.parse(joined.subarray(headerEnd + 4, needed).toString('utf8'));
      if (this.diagnosticDefaults !== undefined) fillDefaults(message.result?.items ?? message.params?.diagnostics, this.diagnosticDefaults);
      if (this.helpLinkBase !== undefined) expandHelpLinks(message.result?.items ?? message.params?.diagnostics, this.helpLinkBase, this.diagnosticSource);
      const parsedAt = process.hrtime.bigint();
      const timing = { firstByteAt, receivedAt, parsedAt, parseMs: Number(parsedAt - parseStarted) / 1e6, bytes: needed };
      const rest = joined.subarray(needed);
      chunks = rest.length > 0 ? [rest] : [];
      held = rest.length;
      needed = -1;
      firstByteAt = rest.length > 0 ? receivedAt : null;
      receive(message, timing);
      if (held === 0) return;
    }
  });
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const receive = (message, timing) => {
    // A request of the server's first: its id may equal one of ours.
    if (message.id !== undefined && message.method) {
      send({ id: message.id, result: null }); // client/registerCapability, window/workDoneProgress/create and the like
    } else if (message.id !== undefined && pending.has(message.id)) {
      const { resolve: done, reject } = pending.get(message.id);
      pending.delete(message.id);
      timings.set(message.id, timing);
      if (timings.size > 64) timings.delete(timings.keys().next().value);
      message.error ? reject(new Error(message.error.message)) : done(message.result);
    } else if (message.method === '$/progress' && message.params.value?.kind === 'end') {
      progressEnded();
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const waiter = publishWaiters.findIndex((w) => w.uri === message.params.uri);
      if (waiter >= 0) publishWaiters.splice(waiter, 1)[0].resolve(message.params.diagnostics);
    }
  };
  this.request = (method, params) => {
    const id = nextId++;
    const answer = new Promise((resolveAnswer, reject) => {
      pending.set(id, { resolve: resolveAnswer, reject });
      send(params === null ? { id, method } : { id, method, params });
    });
    answer.id = id;
    return answer;
  };
  // As VS Code does for a request it no longer needs; the answer (an error, or the result if it was already on its way) still comes.
  this.cancel = (id) => {
    if (pending.has(id)) send({ method: '$/cancelRequest', params: { id } });
  };
  this.answerOf = (id) => timings.get(id);
  this.notify = (method, params) => send(params === null ? { method } : { method, params });
  this.nextPublish = (target) => new Promise((resolveReport) => publishWaiters.push({ uri: target, resolve: resolveReport }));
  this.progressEnd = () => progressEnd;
  this.kill = () => child.kill();
}
