#!/usr/bin/env node
// Compares the part-of-speech taggers considered for the tense module (src/core/lang/en/tense.ts):
// wink-nlp + wink-eng-lite-web-model against compromise. For each one it measures
//   - bundle size: esbuild --bundle --minify (platform browser) of a tiny entry that imports it, raw and gzipped;
//   - load time: require + initialisation in a fresh Node process (median of several runs), and the first tagging;
//   - throughput: KB/s tagging news sentences one at a time (as tense.ts does) and as one text;
//   - tense accuracy: the hand-labelled sentences below, each tagger's tokens through the same rules
//     (tenseFromTokens from src/core/lang/en/tense.ts), plus compromise's own verb-phrase tense for reference.
// Usage: npm run compare-taggers [-- --quick]   (needs both taggers installed: it says which are missing)
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const QUICK = process.argv.includes('--quick');
/** The versions compared (the rejected tagger is not in package.json: install it without saving to rerun). */
const VERSIONS = { 'wink-nlp': '2.4.0', 'wink-eng-lite-web-model': '1.8.1', compromise: '14.17.0' };
const have = (name) => { try { require.resolve(name, { paths: [ROOT] }); return true; } catch { return false; } };

// ---------------------------------------------------------------------------------------------
// Hand-labelled news sentences: [sentence, expression, expected tense, (occurrence of expression)]
// The label is the time orientation of the clause the expression belongs to, as tense.ts defines it.
// ---------------------------------------------------------------------------------------------
const LABELLED = [
  ['The Senate voted on Tuesday to approve the bill.', 'on Tuesday', 'past'],
  ['The committee will meet on Monday to discuss the budget.', 'on Monday', 'future'],
  ['The minister has said since March that the plant would close.', 'March', 'past'],
  ['Officials said on Friday that the bridge will reopen next month.', 'on Friday', 'past'],
  ['Officials said on Friday that the bridge will reopen next month.', 'next month', 'future'],
  ['The union is going to strike on Thursday.', 'on Thursday', 'future'],
  ['The company is set to report earnings on Wednesday.', 'on Wednesday', 'future'],
  ['The rate decision is expected to come on Thursday.', 'on Thursday', 'future'],
  ['The city plans to open the new library in March.', 'in March', 'future'],
  ['The trial is scheduled to begin on Monday.', 'on Monday', 'future'],
  ['The final vote is due to take place on Friday.', 'on Friday', 'future'],
  ['The festival was held on Saturday in the main square.', 'on Saturday', 'past'],
  ['Three suspects were arrested on Sunday night.', 'Sunday night', 'past'],
  ['The ferry leaves for the island every Friday, the operator says.', 'every Friday', 'present'],
  ['The board may decide on Tuesday whether to sell the unit.', 'on Tuesday', 'future'],
  ['Prices could rise again in January, analysts warned.', 'in January', 'unknown'],
  ['The ministry said it would publish the figures on Monday.', 'on Monday', 'future'],
  ['The central bank did not raise rates on Wednesday.', 'on Wednesday', 'past'],
  ['The airline has not flown the route since 2019.', 'since 2019', 'past'],
  ['Police have arrested three men since Sunday.', 'since Sunday', 'past'],
  ["Lawmakers won't vote on the measure until January.", 'until January', 'future'],
  ["The mayor isn't expected to attend on Friday.", 'on Friday', 'future'],
  ['Voters go to the polls on Sunday.', 'on Sunday', 'present'],
  ['The talks resume on Monday in Geneva.', 'on Monday', 'present'],
  ['On Monday, the president signed the order.', 'On Monday', 'past'],
  ['In March, the council will review the plan.', 'In March', 'future'],
  ['The report, released on Tuesday, shows that unemployment fell.', 'on Tuesday', 'past'],
  ['Shares rose 4 percent on Thursday; they are expected to fall on Friday.', 'on Thursday', 'past'],
  ['Shares rose 4 percent on Thursday; they are expected to fall on Friday.', 'on Friday', 'future'],
  ["He'll travel to Paris on Sunday for the summit.", 'on Sunday', 'future'],
  ['The ministry said the new rules will take effect on Jan. 1.', 'Jan. 1', 'future'],
  ['The rebels had already left the town by Friday.', 'by Friday', 'past'],
  ['The court is hearing arguments on Tuesday.', 'on Tuesday', 'present'],
  ['The new law takes effect in July.', 'in July', 'present'],
  ['Negotiators were meeting on Wednesday when the news broke.', 'on Wednesday', 'past'],
  ['Results may have been affected by the storm on Monday.', 'on Monday', 'past'],
  ['The company is to announce its results on Thursday.', 'on Thursday', 'future'],
  ['Sales were up 5 percent in October from a year earlier.', 'in October', 'past'],
  ['Asked on Monday whether he would run, the senator declined to comment.', 'on Monday', 'past'],
  ['Premier Li Qiang on Monday called for closer cooperation between China and Russia.', 'on Monday', 'past'],
  ['The storm is forecast to reach the coast on Saturday.', 'on Saturday', 'future'],
  ['The agency reported on Monday that inflation had eased.', 'on Monday', 'past'],
  ["I'm going to vote on Tuesday, she told reporters.", 'on Tuesday', 'future'],
  ['The talks, which are set for Monday, could still be delayed.', 'for Monday', 'future'],
  ['Speaking on Monday, the minister said the port would reopen.', 'on Monday', 'past'],
];

/** The sentences of the unit tests (test/unit/tense.test.ts), a second set: [sentence, expression, tense]. */
function testCases() {
  const src = fs.readFileSync(path.join(ROOT, 'test/unit/tense.test.ts'), 'utf8');
  const m = /const cases: [^=]+= (\[[\s\S]*?\n  \]);/.exec(src);
  return m ? new Function(`return ${m[1]}`)().map(([s, e, t]) => [s, e, t]) : [];
}

// More news text for throughput (the labelled sentences plus these, varied and repeated).
const NEWS = `Premier Li Qiang on Monday called for closer cooperation between China and Russia in investment, energy, agriculture and other fields.
The central bank left its benchmark rate unchanged at 4.25 percent on Wednesday, citing persistent inflation in services and a tight labour market.
Shares in the carmaker fell 6 percent in early trading after it cut its full-year forecast, blaming weaker demand in Europe and higher costs for batteries.
The harbour workers' union said its members would walk out for 48 hours from Thursday unless the port operator improved its pay offer.
Firefighters battled the blaze through the night, and officials said on Tuesday that more than 300 homes had been destroyed since the fire broke out.
Voters in the northern province will go to the polls on Sunday in an election that is widely seen as a test of the governing coalition.
The museum, which closed in 2020 for a major renovation, is set to reopen in the spring with a new wing devoted to contemporary art.
Police arrested two men on Saturday night in connection with the robbery, a spokeswoman said, adding that a third suspect was still at large.
The trial is expected to last six weeks, and the judge has asked both sides to submit their witness lists by the end of the month.
Exports rose 3.2 percent in October from a year earlier, beating forecasts, while imports slipped for a second straight month.`;

function exprSpan(sentence, expr, occurrence = 0) {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = sentence.indexOf(expr, at + 1);
  if (at < 0) throw new Error(`"${expr}" not in "${sentence}"`);
  return [at, at + expr.length];
}

function corpus() {
  const base = [...LABELLED.map((x) => x[0]), ...NEWS.split('\n')];
  const uniq = [...new Set(base)];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const names = ['Li', 'Smith', 'Garcia', 'Okafor', 'Müller', 'Tanaka', 'Dubois'];
  const out = [];
  // ~100 KB of sentences: the same sentences with weekdays, names and numbers varied.
  for (let r = 0; out.join(' ').length < 100_000; r++) {
    for (const s of uniq) {
      out.push(s.replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => days[(r + out.length) % 7])
        .replace(/\bLi\b/g, names[r % names.length])
        .replace(/\d+(?:\.\d+)?/g, (n) => String(Number(n) + r)));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The taggers, each as: load() → tag(sentence) → tokens { text, pos (UD), lemma, start, end }
// ---------------------------------------------------------------------------------------------
const TAGGERS = {
  'wink-nlp': {
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    entry: "import winkNLP from 'wink-nlp';\nimport model from 'wink-eng-lite-web-model';\nexport const nlp = winkNLP(model, ['pos']);\n",
    loadCode: "const winkNLP = require('wink-nlp'); const model = require('wink-eng-lite-web-model'); const nlp = winkNLP(model, ['pos']);",
    tagCode: 'const d = nlp.readDoc(s); d.tokens().out(nlp.its.pos);',
    load() {
      const winkNLP = require(require.resolve('wink-nlp', { paths: [ROOT] }));
      const model = require(require.resolve('wink-eng-lite-web-model', { paths: [ROOT] }));
      const nlp = winkNLP(model, ['pos']);
      const its = nlp.its;
      return (s) => {
        const t = nlp.readDoc(s).tokens();
        const texts = t.out(), pos = t.out(its.pos), lemma = t.out(its.lemma);
        let cursor = 0;
        return texts.map((x, i) => {
          const at = s.indexOf(x, cursor);
          const start = at < 0 ? cursor : at;
          cursor = at < 0 ? cursor : at + x.length;
          return { text: x, pos: pos[i], lemma: lemma[i], start, end: cursor };
        });
      };
    },
  },
  compromise: {
    packages: ['compromise'],
    entry: "import nlp from 'compromise';\nexport const tag = (s) => nlp(s).json();\n",
    // compromise/two is the tagger without compromise's phrase-level (three) plugins: enough for POS tags.
    entryTwo: "import nlp from 'compromise/two';\nexport const tag = (s) => nlp(s).json();\n",
    loadCode: "const nlp = require('compromise');",
    tagCode: "const d = nlp(s); d.compute('root'); d.json({ offset: true, terms: { offset: true } });",
    load() {
      const nlp = require(require.resolve('compromise', { paths: [ROOT] }));
      const tagger = (s) => {
        const d = nlp(s);
        d.compute('root');
        const out = [];
        for (const sen of d.json({ offset: true, terms: { offset: true } })) {
          for (let i = 0; i < sen.terms.length; i++) {
            const t = sen.terms[i], next = sen.terms[i + 1];
            const tags = new Set(t.tags);
            const start = t.offset ? t.offset.start : 0;
            const text = t.implicit || t.text; // implicit: the "will" of "he'll", the "is" of "isn't"
            out.push({ text, pos: udOf(t, tags, next), lemma: t.root || t.machine || t.normal || text.toLowerCase(), start, end: start + (t.text ? t.text.length : 0) });
            if (/[,;:.!?—–]/.test(t.post || '')) out.push({ text: t.post.trim(), pos: 'PUNCT', lemma: t.post.trim(), start: start + t.text.length, end: start + t.text.length + 1 });
            // (compromise keeps punctuation on the word before it)
          }
        }
        return out;
      };
      tagger.nlp = nlp;
      return tagger;
    },
  },
};

/** compromise's tags as Universal Dependencies parts of speech. */
function udOf(t, tags, next) {
  const w = (t.implicit || t.normal || t.text || '').toLowerCase();
  if (w === 'to' || w === 'not' || tags.has('Negative')) return next && next.tags.includes('Verb') && w === 'to' ? 'PART' : w === 'to' ? 'ADP' : 'PART';
  if (tags.has('Modal') || tags.has('Auxiliary') || tags.has('Copula')) return w === 'going' ? 'VERB' : 'AUX';
  if (tags.has('Verb')) return 'VERB';
  if (tags.has('Adverb')) return 'ADV';
  if (tags.has('Adjective')) return 'ADJ';
  if (tags.has('Pronoun')) return 'PRON';
  if (tags.has('ProperNoun')) return 'PROPN';
  if (tags.has('Noun')) return 'NOUN';
  if (tags.has('Preposition')) return 'ADP';
  if (tags.has('Conjunction')) return 'CCONJ';
  if (tags.has('Determiner')) return 'DET';
  if (tags.has('Value')) return 'NUM';
  return 'X';
}

/** compromise's own verb-phrase tense: the nearest phrase before the expression, else after. */
function compromiseNative(nlp, sentence, a, b) {
  const phrases = nlp(sentence).verbs().json({ offset: true })
    .map((v) => ({ start: v.offset.start, end: v.offset.start + v.offset.length, tense: v.verb && v.verb.grammar ? v.verb.grammar.tense : '' }));
  const before = phrases.filter((p) => p.end <= a).pop();
  const after = phrases.find((p) => p.start >= b);
  const p = before || after;
  return !p ? 'unknown' : p.tense === 'PastTense' ? 'past' : p.tense === 'FutureTense' ? 'future' : p.tense === 'PresentTense' ? 'present' : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------
async function bundleSize(entry) {
  const r = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', legalComments: 'none',
  });
  const code = r.outputFiles[0].contents;
  const node = /require\(["'](?:fs|path|os|crypto|child_process|util|stream)["']\)/.test(Buffer.from(code).toString('utf8'));
  return { bytes: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length, nodeBuiltins: node };
}

/** require + init, and the first tagging, in a fresh process; median of `runs`. */
function loadTime(t, runs) {
  const code = `const t0 = performance.now(); ${t.loadCode} const t1 = performance.now();
const s = 'The committee will meet on Monday to discuss the budget.'; ${t.tagCode} const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`;
  const res = [];
  for (let i = 0; i < runs; i++) {
    res.push(JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: ROOT, env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } }).toString()));
  }
  const med = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { load: med(res.map((r) => r.load)), first: med(res.map((r) => r.first)) };
}

/** KB/s tagging `sentences` one by one (as tense.ts does), within a time budget; and the whole text at once. */
function throughput(tag, sentences, budgetMs) {
  for (const s of sentences.slice(0, 20)) tag(s); // warm up
  let bytes = 0, n = 0;
  const t0 = performance.now();
  for (const s of sentences) {
    tag(s);
    bytes += Buffer.byteLength(s);
    n++;
    if (performance.now() - t0 > budgetMs) break;
  }
  const perSentence = bytes / 1024 / ((performance.now() - t0) / 1000);
  const text = sentences.slice(0, n).join(' ');
  const t1 = performance.now();
  tag(text);
  const whole = Buffer.byteLength(text) / 1024 / ((performance.now() - t1) / 1000);
  return { perSentence, whole, kb: bytes / 1024, sentences: n, msPerSentence: (performance.now() - t0) / n };
}

async function loadRules() {
  // The rules of src/core/lang/en/tense.ts, bundled on the fly (tenseFromTokens takes any tagger's tokens;
  // tenseAt is the real thing with wink-nlp behind it).
  const out = path.join(os.tmpdir(), `dateline-tense-${process.pid}.js`);
  await esbuild.build({ entryPoints: [path.join(ROOT, 'src/core/lang/en/tense.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'silent' });
  try { return require(out); } finally { fs.unlinkSync(out); }
}

function accuracy(label, predict, set = LABELLED) {
  let ok = 0;
  const misses = [];
  const t0 = performance.now();
  for (const [s, expr, want, occ] of set) {
    const [a, b] = exprSpan(s, expr, occ);
    const got = predict(s, a, b);
    if (got === want) ok++; else misses.push(`      ${label}: "${expr}" in "${s}" → ${got}, want ${want}`);
  }
  return { ok, n: set.length, misses, ms: performance.now() - t0 };
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

async function main() {
  const sentences = corpus();
  const rules = await loadRules();
  const TESTS = testCases();
  const rows = [];
  const misses = [];
  console.log(`${LABELLED.length} labelled sentences; throughput corpus ${sentences.length} sentences, ${kb(Buffer.byteLength(sentences.join(' ')))}\n`);
  for (const [name, t] of Object.entries(TAGGERS)) {
    const missing = t.packages.filter((p) => !have(p));
      if (missing.length) { console.log(`${name}: not installed, skipped (to compare: npm i --no-save ${missing.map((p) => `${p}@${VERSIONS[p]}`).join(' ')})`); continue; }
    const size = await bundleSize(t.entry);
    const sizeTwo = t.entryTwo ? await bundleSize(t.entryTwo) : null;
    const lt = loadTime(t, QUICK ? 1 : 5);
    const tag = t.load();
    const tp = throughput(tag, sentences, QUICK ? 1000 : 5000);
    const predict = (s, a, b) => rules.tenseFromTokens(tag(s), s, a, b);
    const acc = accuracy(name, predict);
    const acc2 = accuracy(`${name} (unit-test set)`, predict, TESTS);
    misses.push(...acc.misses, ...acc2.misses);
    rows.push({ name, size, sizeTwo, lt, tp, acc, acc2 });
    if (name === 'wink-nlp') {
      // The module itself, end to end (lazy load, cache): must agree with the rules on wink's tokens.
      const real = (s, a, b) => rules.tenseAt(s, 0, s.length, a, b);
      rows.push({ name: 'tense.ts tenseAt (wink-nlp)', acc: accuracy('tenseAt', real), acc2: accuracy('tenseAt', real, TESTS) });
    }
    if (name === 'compromise') {
      const native = (s, a, b) => compromiseNative(tag.nlp, s, a, b);
      const nat = accuracy('compromise own tense', native);
      rows.push({ name: "compromise's own verb tense", acc: nat, acc2: accuracy('compromise own tense', native, TESTS) });
    }
  }

  console.log(`tagger                        bundle min    gzip    load+init  first tag  per-sentence  whole text   tense: script set | unit-test set (${TESTS.length})`);
  for (const r of rows) {
    const cells = [r.name.padEnd(28)];
    if (r.size) {
      cells.push(kb(r.size.bytes).padStart(10), kb(r.size.gzip).padStart(7), `${r.lt.load.toFixed(0)} ms`.padStart(10), `${r.lt.first.toFixed(1)} ms`.padStart(10),
        `${r.tp.perSentence.toFixed(0)} KB/s`.padStart(13), `${r.tp.whole.toFixed(0)} KB/s`.padStart(11));
    } else cells.push(''.padStart(83));
    const pct = (a) => `${a.ok}/${a.n} (${((100 * a.ok) / a.n).toFixed(0)}%)`;
    cells.push(`  ${pct(r.acc).padEnd(12)} | ${r.acc2 && r.acc2.n ? pct(r.acc2) : '-'}`);
    console.log(cells.join(' '));
    if (r.sizeTwo) console.log(`${'  compromise/two (tags only)'.padEnd(28)} ${kb(r.sizeTwo.bytes).padStart(10)} ${kb(r.sizeTwo.gzip).padStart(7)}`);
    if (r.size && r.size.nodeBuiltins) console.log(`  (!) ${r.name}'s browser bundle requires a Node built-in`);
    if (r.tp) console.log(`${''.padEnd(29)}(${r.tp.sentences} sentences, ${r.tp.kb.toFixed(0)} KB, ${r.tp.msPerSentence.toFixed(2)} ms a sentence)`);
  }
  const chrono = have('chrono-node') ? await bundleSize("import * as chrono from 'chrono-node';\nexport const parse = chrono.parse;\n") : null;
  if (chrono) console.log(`\nfor reference, chrono-node: ${kb(chrono.bytes)} minified, ${kb(chrono.gzip)} gzipped`);
  if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
