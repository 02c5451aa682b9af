#!/usr/bin/env node
// npm run bench: how fast analyze() is on article-sized texts seen for the first time, measured
// against raw chrono-node in the same run; then the sample article, one large text, adversarial
// inputs that would show quadratic growth, the CLI on 5 MB, peak memory and the panel in Chromium.
// Prints medians and ratios (the ratios are what to compare across machines and runs) and ends with
// every target as PASS, FAIL or NOT MEASURED.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const CORE = path.join(ROOT, 'dist', 'core.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { analyze, clearCaches } = require(CORE);
const { makeNewsText } = require('./newsgen');

const ADVERSARIAL_TIMEOUT_MS = 15000;

// ---------------------------------------------------------------------------------------------
// Adversarial inputs: each a size-parameterised text; run in a child process with a timeout.
// ---------------------------------------------------------------------------------------------

const LEAD = 'ROTTERDAM, March 14, 2024 (Dateline Wire) — Dock workers voted on Monday to end the strike. ';
const TAIL = ' The port reopened on Tuesday, and talks resume next week.\n';
/** LEAD + `unit` repeated + TAIL, `size` characters in all. */
const run = (unit, lead = LEAD) => (size) => {
  const n = Math.max(0, size - lead.length - TAIL.length);
  return lead + unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + TAIL;
};
const ADVERSARIAL = [
  ['a run of spaces in a paragraph', run(' ')],
  ['a run of tabs in a paragraph', run('\t')],
  ['a run of NBSP (U+00A0) in a paragraph', run('\u00a0')],
  ['a run of EM SPACE (U+2003) in a paragraph', run('\u2003')],
  ['a run of spaces and line breaks " \\n"', run(' \n')],
  ["a run of '.'", run('.')],
  ["a run of '!'", run('!')],
  ["a run of '?'", run('?')],
  ["a run of '. ' (one-character sentences)", run('. ')],
  ['a run of blank lines', run('\n')],
  ['a run of CRLF line breaks', run('\r\n')],
  ["a run of '-' (like a front-matter fence)", run('-')],
  ['one long line of news-like words (no line break)', (size) => makeNewsText(size * 1.1, 3).replace(/\s+/g, ' ').slice(0, size)],
  ['front matter "---\\ndate: 2024-04-15" then a run of spaces', run(' ', '---\ndate: 2024-04-15')],
  ['front matter opened and never closed, then many lines', run('title: x\n', '---\ndate: 2024-04-15\n')],
  ['many short lines', run('Port news\n')],
  ['a run of digits', run('7')],
  ['digits and spaces "1 2 3 …"', run('1 ')],
  ['"the the the …"', run('the ')],
  ['one word with no space', run('x')],
  ['capitalised names with no date "Rotterdam Nairobi …"', run('Rotterdam Nairobi Lima ')],
  ['month names without a year "May June July …"', run('May June July ')],
  ['weekdays one after another "Monday Tuesday …"', run('Monday Tuesday ')],
  ['"on Monday, " over and over', run('on Monday, ')],
  ['numeric dates "12/03/2024 " over and over', run('12/03/2024 ')],
  ['a run of "(" with no ")"', run('(')],
  ['a run of quotes \'"\'', run('"')],
  ['a run of "#" (a Markdown heading)', run('#')],
];
const SIZES = [10000, 100000];

if (process.argv[2] === '--adversarial-child') {
  // One case, both sizes; a line of JSON per size as soon as it is measured (a timeout keeps the first).
  const [, make] = ADVERSARIAL[+process.argv[3]];
  analyze(LEAD + 'The vote was on Monday and will be repeated on Friday.', { dct: '2024-03-14' }); // loads the tagger
  for (const size of SIZES) {
    const text = make(size);
    process.stdout.write(JSON.stringify({ size, startedAt: Date.now() }) + '\n');
    const times = [];
    const t0 = Date.now();
    do {
      clearCaches();
      const t = process.hrtime.bigint();
      analyze(text, { dct: '2024-03-14' });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    } while (times.length < 5 && Date.now() - t0 < 1000);
    times.sort((a, b) => a - b);
    process.stdout.write(JSON.stringify({ size, chars: text.length, ms: times[times.length >> 1], runs: times.length }) + '\n');
  }
  process.exit(0);
}

if (process.argv[2] === '--memory-child') {
  // Runs in a fresh process: peak memory for analyze() on the 1 MB text.
  const text = makeNewsText(1.1e6, 42);
  const r = analyze(text, { dct: '2025-11-19' });
  process.stdout.write(JSON.stringify({ entries: r.entries.length, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const chrono = require('chrono-node');
const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const bytes = (t) => Buffer.byteLength(t);

/** This process's CPU time in ms: what the machine's other work does not add to (2 cores, often busy). */
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * Times f and g alternately, n rounds each, after `warm` untimed rounds; returns both medians in ms.
 * With `cpu`, the process's CPU time rather than the wall clock (for passes long enough to measure).
 */
function pair(f, g, n, warm, cpu = false) {
  for (let i = 0; i < warm; i++) { f(); g(); }
  const a = [], b = [];
  const clock = cpu ? cpuMs : () => Number(now()) / 1e6;
  for (let i = 0; i < n; i++) {
    let t = clock(); f(); a.push(clock() - t);
    t = clock(); g(); b.push(clock() - t);
  }
  return [median(a), median(b)];
}

/** A TIMEX3 date or date-time as a local Date, for chrono's reference. */
function refDate(dct) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(dct || '');
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +(m[4] || 12), +(m[5] || 0), +(m[6] || 0)) : new Date(2025, 10, 19, 12);
}

const targets = [];
const target = (status, what) => { targets.push([status, what]); };
const passFail = (ok) => (ok ? 'PASS' : 'FAIL');

async function main() {
  const t00 = Date.now();
  console.log(`Dateline benchmark — Node ${process.version}, ${os.cpus().length} cores; analyze() vs raw chrono.parse() (casual parser) in one run`);
  console.log('Caches are cleared before every analyze() of an article: each is seen for the first time.\n');

  // 1. Article-sized texts seen for the first time: TBAQ's 255 articles.
  const corpusPath = path.resolve(ROOT, '..', 'shared', 'corpora', 'tempeval3-tbaq.jsonl');
  let docs, docsName;
  if (fs.existsSync(corpusPath)) {
    docs = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((d) => ({ text: d.text, dct: d.dct }));
    docsName = `TBAQ, ${docs.length} articles (${path.relative(ROOT, corpusPath)})`;
  } else {
    console.log(`The TBAQ corpus is missing (${corpusPath}): using 255 GENERATED article-sized texts instead (scripts/newsgen.js).`);
    docs = Array.from({ length: 255 }, (_, i) => ({ text: makeNewsText(2900, 1000 + i), dct: '2025-11-19' }));
    docsName = '255 GENERATED article-sized texts (newsgen, ~2.9 KB each; the TBAQ corpus is missing)';
  }
  for (const d of docs) d.ref = refDate(d.dct);
  const docsMb = docs.reduce((n, d) => n + bytes(d.text), 0) / 1e6;
  const ROUNDS = 9;
  const [aDocs, cDocs] = pair(
    () => { for (const d of docs) { clearCaches(); analyze(d.text, { dct: d.dct }); } },
    () => { for (const d of docs) chrono.parse(d.text, d.ref); },
    ROUNDS, 1, true);
  const aDocsTp = docsMb / (aDocs / 1000), cDocsTp = docsMb / (cDocs / 1000), docsRatio = aDocsTp / cDocsTp;
  console.log(`1. ${docsName}: ${docsMb.toFixed(2)} MB in all, ${(docsMb * 1e3 / docs.length).toFixed(1)} KB on average; ${ROUNDS} interleaved rounds, medians of the process's CPU time`);
  console.log(`  analyze       ${aDocsTp.toFixed(2)} MB/s (${(aDocs / docs.length).toFixed(2)} ms per article)`);
  console.log(`  chrono.parse  ${cDocsTp.toFixed(2)} MB/s (${(cDocs / docs.length).toFixed(2)} ms per article)`);
  console.log(`  throughput ratio analyze/chrono: ${docsRatio.toFixed(2)}×  (target ≥ 0.6×, aim 1.0×): ${passFail(docsRatio >= 0.6)}\n`);
  target(passFail(docsRatio >= 0.6), `article-sized texts (${docs.length === 255 && docsName.startsWith('TBAQ') ? 'TBAQ' : 'generated'}): analyze ≥ 0.6× raw chrono's throughput (${docsRatio.toFixed(2)}×; aim 1.0×)`);

  // 2. The sample article, first seen every time.
  const samplePath = path.resolve(ROOT, '..', 'shared', 'samples', 'china-daily-2025-11-19.txt');
  let sample, sampleName;
  if (fs.existsSync(samplePath)) { sample = fs.readFileSync(samplePath, 'utf8'); sampleName = 'china-daily-2025-11-19.txt'; }
  else { sample = fs.readFileSync(path.join(ROOT, 'samples', 'port-strike.md'), 'utf8'); sampleName = 'samples/port-strike.md (the shared sample is missing)'; }
  const sampleRef = new Date(2025, 10, 19, 8, 19);
  const [aSample, cSample] = pair(() => { clearCaches(); analyze(sample); }, () => chrono.parse(sample, sampleRef), 200, 20);
  console.log(`2. Sample article (${sampleName}, ${sample.length.toLocaleString('en')} chars), caches cleared before each analyze, 200 rounds`);
  console.log(`  analyze       median ${aSample.toFixed(2)} ms`);
  console.log(`  chrono.parse  median ${cSample.toFixed(2)} ms`);
  console.log(`  ratio analyze/chrono time: ${(aSample / cSample).toFixed(2)}×  (target < 5 ms: ${passFail(aSample < 5)})\n`);
  target(passFail(aSample < 5), `the sample article takes < 5 ms (${aSample.toFixed(2)} ms)`);

  // 3. One large text (not a target: chrono's casual parser is superlinear on it).
  const big = makeNewsText(1.1e6, 42);
  const mb = bytes(big) / 1e6;
  const ref = new Date(2025, 10, 19, 8, 19);
  const [aBig, cBig] = pair(() => { clearCaches(); analyze(big, { dct: '2025-11-19' }); }, () => chrono.parse(big, ref), 3, 0); // warm already: chrono takes ~15 s a run here
  const aTp = mb / (aBig / 1000), cTp = mb / (cBig / 1000);
  console.log(`3. One large news-like text (${mb.toFixed(2)} MB, scripts/newsgen.js, seed 42) — for information, not a target`);
  console.log(`  analyze       median ${(aBig / 1000).toFixed(2)} s  = ${aTp.toFixed(2)} MB/s`);
  console.log(`  chrono.parse  median ${(cBig / 1000).toFixed(2)} s  = ${cTp.toFixed(2)} MB/s`);
  console.log(`  throughput ratio analyze/chrono: ${(aTp / cTp).toFixed(2)}×\n`);

  // 4. Adversarial inputs: growth from 10 KB to 100 KB, each case in its own process with a timeout.
  console.log(`4. Adversarial inputs: analyze() at 10 KB and 100 KB (characters), each case in a child process killed after ${ADVERSARIAL_TIMEOUT_MS / 1000} s`);
  console.log('  Targets: no 100 KB input over 3 s; 100 KB/10 KB growth ≤ 25× (linear is ~10×).');
  console.log(`  ${'case'.padEnd(58)} ${'10 KB'.padStart(10)} ${'100 KB'.padStart(10)} ${'growth'.padStart(8)}`);
  const slow = [], steep = [], unknown = [];
  for (let i = 0; i < ADVERSARIAL.length; i++) {
    const [name] = ADVERSARIAL[i];
    const t0 = Date.now();
    const c = spawnSync(process.execPath, [__filename, '--adversarial-child', String(i)], { encoding: 'utf8', timeout: ADVERSARIAL_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1 << 20 });
    const wall = Date.now() - t0;
    const res = {};
    const started = {};
    for (const l of (c.stdout || '').split('\n')) {
      try { const j = JSON.parse(l); if (j.startedAt) started[j.size] = j.startedAt; else res[j.size] = j; } catch { /* a partial line */ }
    }
    const timedOut = !!(c.error && c.error.code === 'ETIMEDOUT') || c.signal === 'SIGKILL';
    const small = res[SIZES[0]], large = res[SIZES[1]];
    let growth, ok100, okGrowth, large100 = null;
    if (small && large) {
      const g = large.ms / Math.max(small.ms, 0.05);
      growth = `${g.toFixed(1)}×`;
      ok100 = large.ms <= 3000; okGrowth = g <= 25;
    } else if (small && timedOut && started[SIZES[1]]) {
      // Killed during the 100 KB run: it took at least from its start to the kill.
      const atLeast = t0 + wall - started[SIZES[1]];
      const g = atLeast / Math.max(small.ms, 0.05);
      large100 = atLeast;
      growth = `> ${g.toFixed(0)}×`;
      ok100 = false; okGrowth = g > 25 ? false : null;
    } else {
      growth = '?'; ok100 = false; okGrowth = false;
    }
    if (!ok100) slow.push(name);
    if (okGrowth === false) steep.push(name);
    if (okGrowth === null) unknown.push(name);
    const why = !timedOut && c.status !== 0 ? `  (child failed: ${(c.stderr || '').trim().split('\n').pop()})` : '';
    const verdict = ok100 && okGrowth ? 'PASS' : 'FAIL';
    const fmtMs = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
    const fmt = (r, atLeast) => (r ? fmtMs(r.ms) : atLeast !== null && atLeast !== undefined ? `> ${fmtMs(atLeast)}` : timedOut ? 'timed out' : 'error');
    console.log(`  ${name.padEnd(58)} ${fmt(small).padStart(10)} ${fmt(large, large100).padStart(10)} ${growth.padStart(8)}  ${verdict}${why}`);
  }
  console.log('');
  target(passFail(slow.length === 0), `adversarial: no 100 KB input over 3 s (${slow.length ? `${slow.length} of ${ADVERSARIAL.length} over: ${slow.join('; ')}` : `all ${ADVERSARIAL.length} under`})`);
  target(passFail(steep.length === 0), `adversarial: no growth over 25× from 10 KB to 100 KB (${steep.length ? `${steep.length} of ${ADVERSARIAL.length} over: ${steep.join('; ')}` : `all ${ADVERSARIAL.length} within`}${unknown.length ? `; growth not known, only a lower bound under 25×, for ${unknown.length} killed by the timeout: ${unknown.join('; ')}` : ''})`);

  // 5. The CLI's readable output on 5 MB, against its --json output on the same text.
  const five = makeNewsText(5e6, 7);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-'));
  const fivePath = path.join(tmp, 'five.txt');
  fs.writeFileSync(fivePath, five);
  const cli = (args) => {
    const t0 = now();
    const c = spawnSync(process.execPath, [CLI, fivePath, '--dct', '2025-11-19', ...args], { encoding: 'utf8', timeout: 120000, killSignal: 'SIGKILL', maxBuffer: 1 << 30 });
    return { s: ms(t0, now()) / 1000, ok: c.status === 0, lines: c.stdout ? c.stdout.split('\n').length : 0, why: c.error ? c.error.code : (c.stderr || '').trim() };
  };
  const json5 = cli(['--json']), human5 = cli([]);
  fs.rmSync(tmp, { recursive: true, force: true });
  const cliOk = json5.ok && human5.ok && human5.s <= 1.5 * json5.s + 1;
  console.log(`5. The CLI on one ${(bytes(five) / 1e6).toFixed(2)} MB news-like text (a fresh process each, tagger load included)`);
  console.log(`  readable output  ${human5.ok ? `${human5.s.toFixed(2)} s (${human5.lines.toLocaleString('en')} lines)` : `failed (${human5.why})`}`);
  console.log(`  --json           ${json5.ok ? `${json5.s.toFixed(2)} s` : `failed (${json5.why})`}`);
  console.log(`  target: the readable output costs at most 1.5× the --json run + 1 s: ${passFail(cliOk)}\n`);
  target(passFail(cliOk), `the CLI's readable output of 5 MB within 1.5× its --json run + 1 s (${human5.s.toFixed(2)} s vs ${json5.s.toFixed(2)} s)`);

  // 6. Peak memory, in a fresh process.
  const child = spawnSync(process.execPath, [__filename, '--memory-child'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  let peakMb = NaN;
  try { peakMb = JSON.parse(child.stdout).maxRssKb / 1024; } catch { /* reported below */ }
  console.log(`6. Peak memory (fresh process, analyze on the ${mb.toFixed(2)} MB text): ${Number.isNaN(peakMb) ? `unknown (${child.stderr.trim()})` : `${peakMb.toFixed(0)} MB`}\n`);
  target(Number.isNaN(peakMb) ? 'NOT MEASURED' : passFail(peakMb < 300), `the 1 MB text stays < 300 MB of memory (${Number.isNaN(peakMb) ? 'unknown' : `${peakMb.toFixed(0)} MB`})`);

  // 7. In Chromium: the panel's render time and keystroke-to-panel time in a real VS Code.
  let ui = null, uiWhy = '';
  try {
    ui = await require('./bench-ui').main();
  } catch (e) {
    uiWhy = String(e && e.message || e).split('\n')[0];
  }
  if (ui) {
    console.log('7. In Chromium (the real webview script; code-server for the edit)');
    console.log(`  render 2,000 entries: median ${ui.render.ms.toFixed(0)} ms (${ui.render.count} rendered, 8 runs)`);
    console.log(`  keystroke in a 20 KB article → updated panel: median ${ui.edit.ms.toFixed(0)} ms (${ui.edit.n} keystrokes)\n`);
    target(passFail(ui.render.ms < 300), `the panel renders 2,000 entries in < 300 ms (${ui.render.ms.toFixed(0)} ms)`);
    target(passFail(ui.edit.ms < 150), `a keystroke reaches the panel in < 150 ms (${ui.edit.ms.toFixed(0)} ms)`);
  } else {
    console.log(`7. In Chromium: not measured: ${uiWhy}\n`);
    target('NOT MEASURED', `the panel renders 2,000 entries in < 300 ms (${uiWhy})`);
    target('NOT MEASURED', `a keystroke reaches the panel in < 150 ms (${uiWhy})`);
  }

  console.log(`Summary (whole bench ${((Date.now() - t00) / 1000).toFixed(0)} s)`);
  for (const [status, what] of targets) console.log(`  ${status.padEnd(12)} ${what}`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
