/**
 * The architecture, as tests: the core is pure (no vscode, no Node built-ins), the engine knows no
 * English (every date word lives in src/core/lang/), the core's modules import one another without
 * cycles, and every rule's matches hold the trigger words the one scan runs it by.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const CORE = path.join(ROOT, 'src/core');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}
const rel = (f: string) => path.relative(ROOT, f);

describe('architecture: the core is pure', () => {
  it('src/core (engine and language packs) imports neither vscode nor Node built-ins', () => {
    for (const f of files(CORE)) {
      const src = fs.readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/(?:from|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const i of imports) {
        assert.ok(i !== 'vscode', `${rel(f)} imports vscode`);
        assert.ok(!/^(node:|fs$|path$|os$|child_process$|worker_threads$|util$|crypto$|stream$)/.test(i), `${rel(f)} imports ${i}`);
      }
    }
  });

  it('the core\'s modules import one another without a cycle', () => {
    const graph = new Map<string, string[]>();
    for (const f of files(CORE)) {
      const src = fs.readFileSync(f, 'utf8');
      const deps = [...src.matchAll(/^(?:import|export)[^'"]*from\s*['"](\.[^'"]+)['"]/gm)]
        .filter((m) => !/^import type|^export type/.test(m[0]))
        .map((m) => { const p = path.resolve(path.dirname(f), m[1]); return fs.existsSync(`${p}.ts`) ? `${p}.ts` : path.join(p, 'index.ts'); });
      graph.set(f, deps);
    }
    const state = new Map<string, number>();
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 2) return;
      assert.notStrictEqual(state.get(f), 1, `import cycle: ${[...trail, f].map(rel).join(' -> ')}`);
      state.set(f, 1);
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 2);
    };
    for (const f of graph.keys()) visit(f, []);
  });
});

describe('architecture: the engine knows no English', () => {
  // Month and weekday names (and their abbreviations) and the words of dates, as a reader would look
  // for them in the engine's strings and patterns. Identifiers and comments are free; a string that is
  // exactly one of the engine's own tags ('day', 'week', 'month' as a granularity) is code, not text.
  const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
  const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';
  const WORDS = 'today yesterday tomorrow tonight morning afternoon evening night noon midnight ago earlier later last next week weeks weekend month months year years day days quarter quarters decade decades century centuries spring summer autumn fall winter fiscal holiday christmas easter published updated posted';
  const DATE_WORD = new RegExp(`(?<![a-z])(?:${[MONTHS, WEEKDAYS, WORDS].join(' ').split(' ').join('|')})(?![a-z])`, 'i');
  const TAGS = new Set(['day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century', 'millennium', 'partOfDay', 'time', 'duration', 'set', 'vague', 'dateline', 'given', 'fallback', 'previous', 'absolute', 'tense', 'inferredYear', 'text', 'front-matter', 'digit']);

  it('no string, template or regular-expression literal in src/core outside lang/ names a month, weekday or date word', () => {
    const found: string[] = [];
    for (const f of files(CORE).filter((x) => !x.includes(`${path.sep}lang${path.sep}`))) {
      const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true);
      const walk = (n: ts.Node) => {
        if (ts.isLiteralTypeNode(n) || ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return; // types and module paths
        let text: string | null = null;
        if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text;
        else if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) text = n.text;
        else if (ts.isRegularExpressionLiteral(n)) text = n.text;
        if (text !== null && !TAGS.has(text) && DATE_WORD.test(text)) {
          const { line } = sf.getLineAndCharacterOfPosition(n.getStart());
          found.push(`${rel(f)}:${line + 1}: ${JSON.stringify(text.slice(0, 80))}`);
        }
        n.forEachChild(walk);
      };
      walk(sf);
    }
    assert.deepStrictEqual(found, []);
  });

  it('a language is a folder: src/core/lang/<code>/index.ts exports one Language', () => {
    const langs = fs.readdirSync(path.join(CORE, 'lang'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    assert.deepStrictEqual(langs, ['en']);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { english } = require('../../src/core/lang/en') as typeof import('../../src/core/lang/en');
    assert.strictEqual(english.code, 'en');
    assert.ok(english.rules.length > 40 && english.exclusions.length >= 0);
  });
});

describe('rule triggers', () => {
  // A rule runs only on the paragraphs where the trigger scan found a word of one of its tables, so
  // every match of a rule that the filter stage accepts must hold such a word: a match without one
  // would be lost in a paragraph of its own.
  it('every match of a rule holds a word of its trigger tables, and lies within REACH of them', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { english } = require('../../src/core') as typeof import('../../src/core');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { compileTriggers, maskOf, bitsOf } = require('../../src/core/scan') as typeof import('../../src/core/scan');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { excludes, REACH } = require('../../src/core/candidates') as typeof import('../../src/core/candidates');
    const triggers = compileTriggers(english.triggers, english.letters, english.numberTriggers);
    // The trigger words in a window of the text, the match and the 40 characters after it that a
    // lookahead may read (a rule's trigger must be in its paragraph; this asks more): the tables found,
    // where the first word of the rule's tables starts, and where the last of them that starts inside
    // the match ends (or that first one, if none does).
    const found = (text: string, from: number, to: number, need: number) => {
      const s = text.slice(0, Math.min(text.length, to + 40));
      let bits = 0, first = -1, lastEnd = -1;
      const re = new RegExp(triggers.re.source, triggers.re.flags);
      re.lastIndex = from;
      for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        const b = bitsOf(triggers, m, s);
        bits |= b;
        if (!(b & need)) continue;
        if (first < 0) first = m.index;
        if (m.index < to || lastEnd < 0) lastEnd = m.index + m[0].length;
      }
      return { bits, first, lastEnd };
    };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { makeNewsText } = require(path.join(ROOT, 'scripts', 'newsgen.js'));
    const fixtures = path.join(ROOT, 'test', 'fixtures');
    const texts = [
      ...fs.readdirSync(fixtures).map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8')),
      fs.readFileSync(path.join(ROOT, 'samples', 'port-strike.md'), 'utf8'),
      makeNewsText(200000, 7),
      'It is adjusted quarterly. Shops close on Boxing Day and St. Patrick\'s Day, and reopen the Tuesday after Easter. '
        + 'Every other month, twice a year, each July, every 10 minutes. In the nineties, the 1980s and the \'70s. '
        + 'Week 11 of 2024, the week of March 4, 2024, Q3 2025, H1 2024, FY2024. The year two thousand and eight. '
        + 'Year-end, the year\'s end, mid-afternoon, overnight, this morning, earlier this week, the weekend. '
        + 'On the 24th, 2024-04-15, 4/15/2024, Sept. 19-20, the third quarter, the year-ago period, the first half. '
        + 'The quake hit at 0314 GMT; power was back by 1400 local time. Late on Friday, first-half, the April-June quarter. '
        + 'The week after next, the month before last, the first of next month, the last day of the month, between 9 and 10 p.m. '
        + 'The night of Jan. 5, 2024, the morning of the 6th, the first week of January, the day after tomorrow. '
        + 'The 2025/26 budget, the 2024-25 season, FY2024, FY 25, the same period last year.',
    ];
    // The corpora, where they are (../shared is read-only and outside the repo).
    for (const c of ['tempeval3-tbaq', 'tweets-train', 'modern-news-dev']) {
      const f = path.join(ROOT, '..', 'shared', 'corpora', `${c}.jsonl`);
      if (fs.existsSync(f)) for (const l of fs.readFileSync(f, 'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text);
    }
    let checked = 0;
    for (const rule of english.rules) {
      const need = maskOf(triggers, rule.triggers), all = maskOf(triggers, rule.requires ?? []);
      for (const text of texts.concat(texts.map((t) => t.toUpperCase()))) {
        const re = new RegExp(rule.re.source, rule.re.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          // A match the filter stage throws out need not be found: only accepted ones must.
          const mm = m;
          if ((rule.valid && !rule.valid(mm, text)) || english.exclusions.some((x) => x.rules.includes(rule.name) && excludes(x, mm, mm.index, mm.index + mm[0].length, text, english))) continue;
          checked++;
          const { bits, first, lastEnd } = found(text, m.index, m.index + m[0].length, need);
          assert.ok(bits & need, `rule ${rule.name}: "${m[0]}" holds no word of its trigger tables ${rule.triggers.join(', ')}`);
          assert.ok((bits & all) === all, `rule ${rule.name}: "${m[0]}" lacks a word of a required table ${rule.requires?.join(', ')}`);
          // A rule reads only the text from REACH characters before each of its trigger words to REACH
          // after it (and a lookahead's room): a match's own trigger words lie that near its ends.
          assert.ok(first - m.index <= REACH, `rule ${rule.name}: "${m[0]}" starts ${first - m.index} characters before its first trigger word (at most ${REACH})`);
          assert.ok(m.index + m[0].length - lastEnd <= REACH, `rule ${rule.name}: "${m[0]}" ends ${m.index + m[0].length - lastEnd} characters after its last trigger word (at most ${REACH})`);
        }
      }
    }
    assert.ok(checked > 1000, `checked ${checked} matches`);
  });
});
