#!/usr/bin/env node
// npm run eval -- CORPUS.jsonl [--show N]
// Runs the CLI (node dist/cli.js --jsonl -) over a TimeML corpus in the JSONL format of
// ../shared/corpora/README.md and prints TempEval-3 scores, overall, for DATE+TIME and per type.
//
// Two modes. DCT GIVEN: each line's dct is handed to the CLI (no dateline detection). END TO END
// (printed when the corpus lines carry "fallback" or "dateline"): no dct, the line's fallback, and the
// CLI finds the dateline itself; the dateline finder is scored too (found, span, date, value).
// When a line declares its "dateline" span, the dateline's own words are not a timex of the text
// (the corpus README): in dct-given mode the system entries on that span are not scored; end to end,
// the system entry that is its own detected dateline's words (the CLI marks it "datelineWords") is not
// scored, so a dateline found in the wrong place costs a spurious entry and a missed one.
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

/** Runs the CLI once over `lines` ({id, text, dct?, fallback?}); returns its outputs and the time taken. */
function runCli(lines) {
  const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [path.join(__dirname, '..', 'dist', 'cli.js'), '--jsonl', '-'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) {
    process.stderr.write(`eval: the CLI failed (exit ${run.status}): ${run.stderr}\n`);
    process.exit(1);
  }
  const outputs = run.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  if (outputs.length !== docs.length) { process.stderr.write(`eval: ${docs.length} documents in, ${outputs.length} out\n`); process.exit(1); }
  outputs.forEach((out, i) => { if (out.id !== docs[i].id) throw new Error(`order: expected ${docs[i].id}, got ${out.id}`); });
  return { outputs, ms };
}

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const DT = new Set(['DATE', 'TIME']);
const overlaps = (e, span) => e.start < span.end && span.start < e.end;

/**
 * Scores one run. `scored(d, e)` says whether system entry e of document d is scored at all (the
 * dateline's own words are not). Returns the counts and the first `show` misses.
 */
function score(outputs, scored, mode) {
  const all = emptyCounts(), dt = emptyCounts();
  // Per type, gold and system both restricted to the type (a span typed otherwise counts as a miss there).
  const perType = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()]));
  const misses = [];
  docs.forEach((d, i) => {
    const out = outputs[i];
    // A range entry is scored as its two endpoints, as TimeML annotates it (see rangeToTimexes).
    const sys = out.entries.filter((e) => scored(d, e))
      .flatMap((e) => rangeToTimexes({ start: e.start, end: e.end, type: e.type, value: e.value, endValue: e.endValue, text: e.text }));
    addDocument(all, d.timexes, sys, null);
    addDocument(dt, d.timexes, sys, DT);
    for (const t of TYPES) addDocument(perType[t], d.timexes, sys, new Set([t]));
    if (misses.length < show) {
      const pairs = matchDocument(d.timexes, sys);
      const gUsed = new Set(pairs.map((p) => p[0])), sUsed = new Set(pairs.map((p) => p[1]));
      const ctx = (s, e) => JSON.stringify(d.text.slice(Math.max(0, s - 40), e + 30));
      const ref = mode === 'given' ? `dct ${d.dct}` : `dateline ${out.dateline ? out.dateline.value : 'none'}`;
      d.timexes.forEach((g, gi) => { if (!gUsed.has(gi)) misses.push(`missed   ${d.id} ${g.type} "${g.text}" ${g.value}  ${ctx(g.start, g.end)}`); });
      sys.forEach((s, si) => { if (!sUsed.has(si)) misses.push(`spurious ${d.id} ${s.type} "${s.text}" ${s.value}  ${ctx(s.start, s.end)}`); });
      for (const [gi, si] of pairs) {
        const g = d.timexes[gi], s = sys[si];
        if (g.value !== s.value || g.type !== s.type) misses.push(`wrong    ${d.id} "${g.text}" gold ${g.type} ${g.value} / system "${s.text}" ${s.type} ${s.value} (${ref})`);
      }
    }
  });
  return { all, dt, perType, misses };
}

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
function report(r) {
  console.log(table('All types', r.all));
  console.log(table('DATE+TIME', r.dt));
  console.log('Per type (gold and system restricted to the type):');
  console.log(`  ${'type'.padEnd(9)} ${'gold'.padStart(5)} ${'sys'.padStart(5)}  strict F1  relaxed F1  value F1`);
  for (const t of TYPES) {
    const c = r.perType[t], sc = scores(c);
    console.log(`  ${t.padEnd(9)} ${String(c.gold).padStart(5)} ${String(c.system).padStart(5)}  ${pct(sc.strict.f1).padStart(9)}  ${pct(sc.relaxed.f1).padStart(10)}  ${pct(sc.value).padStart(8)}`);
  }
  if (show) {
    console.log(`\nFirst ${Math.min(show, r.misses.length)} misses:`);
    for (const m of r.misses.slice(0, show)) console.log('  ' + m);
  }
}

// --- DCT given -----------------------------------------------------------------------------------
const given = runCli(docs.map((d) => ({ id: d.id, text: d.text, dct: d.dct })));
console.log(`${path.basename(corpus)}: ${docs.length} documents, analysed in ${given.ms.toFixed(0)} ms (one CLI run)`);
const declared = docs.filter((d) => d.dateline).length;
console.log(`\n=== DCT GIVEN${declared ? ' (the system entries on a line\'s declared dateline span are not scored)' : ''}`);
report(score(given.outputs, (d, e) => !(d.dateline && overlaps(e, d.dateline)), 'given'));

// --- End to end ------------------------------------------------------------------------------------
if (docs.some((d) => d.fallback !== undefined || d.dateline)) {
  const e2e = runCli(docs.map((d) => (d.fallback !== undefined ? { id: d.id, text: d.text, fallback: d.fallback } : { id: d.id, text: d.text })));
  console.log(`\n=== END TO END (no dct; the line's fallback; the CLI finds the dateline; ${e2e.ms.toFixed(0)} ms)`);
  report(score(e2e.outputs, (d, e) => !(d.dateline && e.datelineWords), 'e2e'));
  if (declared) {
    // The dateline finder, on the lines that declare their dateline span.
    let found = 0, spanExact = 0, spanOverlap = 0, dateRight = 0, valueRight = 0;
    const wrong = [];
    docs.forEach((d, i) => {
      if (!d.dateline) return;
      const dl = e2e.outputs[i].dateline;
      const goldText = JSON.stringify(d.text.slice(d.dateline.start, d.dateline.end));
      if (!dl) { wrong.push(`none     ${d.id} gold ${goldText} ${d.dct}`); return; }
      found++;
      const exact = dl.start === d.dateline.start && dl.end === d.dateline.end;
      const over = overlaps(dl, d.dateline);
      if (exact) spanExact++;
      if (over) spanOverlap++;
      if (dl.value.slice(0, 10) === d.dct.slice(0, 10)) dateRight++;
      if (dl.value === d.dct) valueRight++;
      if (!exact || dl.value !== d.dct) wrong.push(`${over ? (exact ? 'value   ' : 'span    ') : 'elsewhere'} ${d.id} gold ${goldText} ${d.dct} / found ${JSON.stringify(dl.text)} ${dl.value}`);
    });
    const of = (n) => `${n}/${declared} (${pct(n / declared).trim()}%)`;
    console.log(`\nDateline finder (${declared} lines declare a dateline): found ${of(found)}, span exact ${of(spanExact)}, span overlapping ${of(spanOverlap)}, date right ${of(dateRight)}, value right (date and time) ${of(valueRight)}`);
    if (show && wrong.length) {
      console.log(`First ${Math.min(show, wrong.length)} dateline misses:`);
      for (const w of wrong.slice(0, show)) console.log('  ' + w);
    }
  }
}
