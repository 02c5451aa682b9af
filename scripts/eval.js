#!/usr/bin/env node
// npm run eval -- CORPUS.jsonl [--show N]
// Runs the CLI (node dist/cli.js --jsonl -) once over a TimeML corpus in the JSONL format of
// ../shared/corpora/README.md and prints TempEval-3 scores, overall and for DATE+TIME alone.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { emptyCounts, addDocument, scores, matchDocument, rangeToTimexes } = require('./timeml-score');

function usage(msg) {
  if (msg) process.stderr.write(`eval: ${msg}\n`);
  process.stderr.write('usage: npm run eval -- CORPUS.jsonl [--show N]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let corpus, show = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--show') { show = parseInt(args[++i], 10); if (!(show >= 0)) usage('--show needs a number'); }
  else if (!corpus) corpus = args[i];
  else usage(`unexpected argument ${args[i]}`);
}
if (!corpus) usage('no corpus given');
if (!fs.existsSync(corpus)) {
  process.stderr.write(`eval: corpus not found: ${corpus} (it lives in ../shared/corpora/, outside the repo)\n`);
  process.exit(2);
}

const docs = fs.readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, dct: d.dct })).join('\n') + '\n';
const t0 = process.hrtime.bigint();
const run = spawnSync(process.execPath, [path.join(__dirname, '..', 'dist', 'cli.js'), '--jsonl', '-'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (run.status !== 0) {
  process.stderr.write(`eval: the CLI failed (exit ${run.status}): ${run.stderr}\n`);
  process.exit(1);
}
const outputs = run.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
if (outputs.length !== docs.length) { process.stderr.write(`eval: ${docs.length} documents in, ${outputs.length} out\n`); process.exit(1); }

const all = emptyCounts(), dt = emptyCounts();
// Per type, gold and system both restricted to the type (a span typed otherwise counts as a miss there).
const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const perType = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()]));
const DT = new Set(['DATE', 'TIME']);
const misses = [];
docs.forEach((d, i) => {
  const out = outputs[i];
  if (out.id !== d.id) throw new Error(`order: expected ${d.id}, got ${out.id}`);
  // A range entry is scored as its two endpoints, as TimeML annotates it (see rangeToTimexes).
  const sys = out.entries.flatMap((e) => rangeToTimexes({ start: e.start, end: e.end, type: e.type, value: e.value, endValue: e.endValue, text: e.text }));
  addDocument(all, d.timexes, sys, null);
  addDocument(dt, d.timexes, sys, DT);
  for (const t of TYPES) addDocument(perType[t], d.timexes, sys, new Set([t]));
  if (misses.length < show) {
    const pairs = matchDocument(d.timexes, sys);
    const gUsed = new Set(pairs.map((p) => p[0])), sUsed = new Set(pairs.map((p) => p[1]));
    const ctx = (s, e) => JSON.stringify(d.text.slice(Math.max(0, s - 40), e + 30));
    d.timexes.forEach((g, gi) => { if (!gUsed.has(gi)) misses.push(`missed   ${d.id} ${g.type} "${g.text}" ${g.value}  ${ctx(g.start, g.end)}`); });
    sys.forEach((s, si) => { if (!sUsed.has(si)) misses.push(`spurious ${d.id} ${s.type} "${s.text}" ${s.value}  ${ctx(s.start, s.end)}`); });
    for (const [gi, si] of pairs) {
      const g = d.timexes[gi], s = sys[si];
      if (g.value !== s.value || g.type !== s.type) misses.push(`wrong    ${d.id} "${g.text}" gold ${g.type} ${g.value} / system "${s.text}" ${s.type} ${s.value} (dct ${d.dct})`);
    }
  }
});

const pct = (x) => (100 * x).toFixed(1).padStart(5);
function table(name, c) {
  const s = scores(c);
  return [
    `${name}: gold ${c.gold}, system ${c.system}, relaxed matches ${c.relaxed}, strict matches ${c.strict}`,
    `  strict   P ${pct(s.strict.p)}  R ${pct(s.strict.r)}  F1 ${pct(s.strict.f1)}`,
    `  relaxed  P ${pct(s.relaxed.p)}  R ${pct(s.relaxed.r)}  F1 ${pct(s.relaxed.f1)}`,
    `  value F1 ${pct(s.value)}   type F1 ${pct(s.type)}`,
  ].join('\n');
}
console.log(`${path.basename(corpus)}: ${docs.length} documents, analysed in ${ms.toFixed(0)} ms (one CLI run)`);
console.log(table('All types', all));
console.log(table('DATE+TIME', dt));
console.log('Per type (gold and system restricted to the type):');
console.log(`  ${'type'.padEnd(9)} ${'gold'.padStart(5)} ${'sys'.padStart(5)}  strict F1  relaxed F1  value F1`);
for (const t of TYPES) {
  const c = perType[t], sc = scores(c);
  console.log(`  ${t.padEnd(9)} ${String(c.gold).padStart(5)} ${String(c.system).padStart(5)}  ${pct(sc.strict.f1).padStart(9)}  ${pct(sc.relaxed.f1).padStart(10)}  ${pct(sc.value).padStart(8)}`);
}
if (show) {
  console.log(`\nFirst ${Math.min(show, misses.length)} misses:`);
  for (const m of misses.slice(0, show)) console.log('  ' + m);
}
