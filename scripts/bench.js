#!/usr/bin/env node
// npm run bench: how fast analyze() is, measured against raw chrono-node in the same run.
// Prints medians and ratios; the ratios are what to compare across machines and runs.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const { analyze } = require(path.join(ROOT, 'dist', 'core.js'));
const chrono = require('chrono-node');
const { makeNewsText } = require('./newsgen');

if (process.argv[2] === '--memory-child') {
  // Runs in a fresh process: peak memory for analyze() on the 1 MB text.
  const text = makeNewsText(1.1e6, 42);
  const r = analyze(text, { dct: '2025-11-19' });
  process.stdout.write(JSON.stringify({ entries: r.entries.length, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Times f and g alternately, n rounds each, after `warm` untimed rounds; returns both medians in ms. */
function pair(f, g, n, warm) {
  for (let i = 0; i < warm; i++) { f(); g(); }
  const a = [], b = [];
  for (let i = 0; i < n; i++) {
    let t = now(); f(); a.push(ms(t, now()));
    t = now(); g(); b.push(ms(t, now()));
  }
  return [median(a), median(b)];
}

async function main() {
  const samplePath = path.resolve(ROOT, '..', 'shared', 'samples', 'china-daily-2025-11-19.txt');
  let sample, sampleName;
  if (fs.existsSync(samplePath)) { sample = fs.readFileSync(samplePath, 'utf8'); sampleName = 'china-daily-2025-11-19.txt'; }
  else { sample = fs.readFileSync(path.join(ROOT, 'samples', 'port-strike.md'), 'utf8'); sampleName = 'samples/port-strike.md (the shared sample is missing)'; }
  const ref = new Date(2025, 10, 19, 8, 19);

  console.log(`Dateline benchmark — Node ${process.version}, ${require('os').cpus().length} cores; analyze() vs raw chrono.parse() in one run\n`);

  // 1. The sample article: latency (the first analyze() also loads the tagger: warm-up covers it).
  const [aSample, cSample] = pair(() => analyze(sample), () => chrono.parse(sample, ref), 200, 20);
  console.log(`Sample article (${sampleName}, ${sample.length.toLocaleString('en')} chars)`);
  console.log(`  analyze       median ${aSample.toFixed(2)} ms`);
  console.log(`  chrono.parse  median ${cSample.toFixed(2)} ms`);
  console.log(`  ratio analyze/chrono time: ${(aSample / cSample).toFixed(2)}×\n`);

  // 2. Throughput on a 1 MB news-like text.
  const big = makeNewsText(1.1e6, 42);
  const mb = Buffer.byteLength(big) / 1e6;
  const [aBig, cBig] = pair(() => analyze(big, { dct: '2025-11-19' }), () => chrono.parse(big, ref), 3, 1);
  const aTp = mb / (aBig / 1000), cTp = mb / (cBig / 1000);
  console.log(`News-like text (${mb.toFixed(2)} MB, scripts/newsgen.js, seed 42)`);
  console.log(`  analyze       median ${(aBig / 1000).toFixed(2)} s  = ${aTp.toFixed(2)} MB/s`);
  console.log(`  chrono.parse  median ${(cBig / 1000).toFixed(2)} s  = ${cTp.toFixed(2)} MB/s`);
  console.log(`  analyze throughput is ${(aTp / cTp).toFixed(2)}× raw chrono's\n`);

  // 2b. The same amount of text as separate article-sized documents (chrono is superlinear on one big text).
  const articles = Array.from({ length: 300 }, (_, i) => makeNewsText(3500, 1000 + i));
  const amb = articles.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const [aArt, cArt] = pair(() => { for (const t of articles) analyze(t, { dct: '2025-11-19' }); }, () => { for (const t of articles) chrono.parse(t, ref); }, 3, 1);
  console.log(`300 article-sized texts (${amb.toFixed(2)} MB in all, ~3.5 KB each)`);
  console.log(`  analyze       ${(amb / (aArt / 1000)).toFixed(2)} MB/s (${(aArt / 300).toFixed(2)} ms per article)`);
  console.log(`  chrono.parse  ${(amb / (cArt / 1000)).toFixed(2)} MB/s (${(cArt / 300).toFixed(2)} ms per article)`);
  console.log(`  analyze throughput is ${(cArt / aArt).toFixed(2)}× raw chrono's on article-sized texts\n`);

  // 3. Peak memory, in a fresh process.
  const child = spawnSync(process.execPath, [__filename, '--memory-child'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  let peakMb = NaN;
  try { peakMb = JSON.parse(child.stdout).maxRssKb / 1024; } catch { /* reported below */ }
  console.log(`Peak memory (fresh process, analyze on the ${mb.toFixed(2)} MB text): ${Number.isNaN(peakMb) ? `unknown (${child.stderr.trim()})` : `${peakMb.toFixed(0)} MB`}\n`);

  // 4. In Chromium: the panel's render time and keystroke-to-panel time in a real VS Code.
  let ui = null, uiWhy = '';
  try {
    ui = await require('./bench-ui').main();
  } catch (e) {
    uiWhy = String(e && e.message || e).split('\n')[0];
  }
  if (ui) {
    console.log('In Chromium (the real webview script; code-server for the edit)');
    console.log(`  render 2,000 entries: median ${ui.render.ms.toFixed(0)} ms (${ui.render.count} rendered, 8 runs)`);
    console.log(`  keystroke in a 20 KB article → updated panel: median ${ui.edit.ms.toFixed(0)} ms (${ui.edit.n} keystrokes)\n`);
  } else {
    console.log(`In Chromium: not measured: ${uiWhy}\n`);
  }

  const check = (ok, what) => console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what}`);
  console.log('Targets');
  check(aTp / cTp >= 0.5, `analyze reaches ≥ 0.5× raw chrono's throughput (${(aTp / cTp).toFixed(2)}×)`);
  check(aSample < 5, `the sample article takes < 5 ms (${aSample.toFixed(2)} ms)`);
  check(peakMb < 300, `the 1 MB text stays < 300 MB of memory (${peakMb.toFixed(0)} MB)`);
  if (ui) {
    check(ui.render.ms < 300, `the panel renders 2,000 entries in < 300 ms (${ui.render.ms.toFixed(0)} ms)`);
    check(ui.edit.ms < 150, `a keystroke reaches the panel in < 150 ms (${ui.edit.ms.toFixed(0)} ms)`);
  } else {
    console.log('  NOT MEASURED  the panel render and keystroke targets (see above)');
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
