/**
 * Property tests of analyze() on 10,000+ generated documents: random text, news sentences with
 * mutations, random datelines, CRLF, BOM, tabs, emoji, very long lines, empty files. For each:
 * analyze never throws, offsets lie inside the text and in order, every value is well-formed TIMEX3,
 * and the same input gives the same output.
 */
import * as assert from 'assert';
import { analyze, buildTimeline, AnalyzeResult } from '../../../src/core';

const SEED = 20261124;

function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
  return { next, int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)), pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] };
}

const SENTENCES = [
  'The Senate voted on Tuesday to approve the bill.', 'Officials will meet on Monday in Geneva.', 'Exports rose in December, the ministry said.',
  'The summit was held from Aug 31 to Sept 1.', 'Talks resumed earlier this month.', 'Prices fell 6.7 percent last year.',
  'The following day, protesters gathered again.', 'Two days earlier, the port had closed.', 'Profit doubled in Q3 2024.',
  'The mill closed in the 1990s.', 'The quake struck at 4:15 a.m. on Tuesday.', 'The fair ran Sept. 19-20.',
  'It happened on Feb 30, 2024, they claimed.', 'The date 2024-02-30 is not real.', 'Sept. 31 does not exist either.',
  'The strike lasted for six weeks.', 'The market opens every Monday.', 'He attended the 24th Meeting of the council.',
  'Officials may decide to march ahead.', 'The Sun newspaper reported 300 delegates and 1,500 workers.', 'The match ended in a 2-2 draw.',
  'Between 2015 and 2020, output grew.', 'From January 2022 to December 2025 the plan runs.', 'On the 24th, the vote was held.',
  'The company was founded in nineteen ninety-six.', 'Stores opened early on Thanksgiving.', 'The report covers the week of March 4.',
  'Sales slowed in the first half of 2025.', 'It rained all weekend.', 'The deal is due to close by year-end.',
  'A year earlier, revenue was flat.', 'The 6-year-old boy was found on Sunday night.', 'Recently, the bank has said little.',
  'Now the board must act, and soon.', 'Late 2021 was hard.', 'The rules take effect at the end of the month.',
  'She will arrive Friday evening.', 'Shares rose 1/2 to 7/8.', 'Week 11 of 2024 was busy.', 'In spring 2021 the bridge closed.',
];
const DATELINES = [
  'MOSCOW, Nov 18 (Reuters) - ', 'BEIJING, Jan. 7, 2025 (Xinhua) -- ', 'China Daily) 08:19, November 19, 2025\n\n', 'Published 12 February 2024\n\n',
  'Updated 4:12 PM EDT, August 30, 2023\n\n', 'Tuesday 4 June 2024 17.00 BST\n\n', 'By Jane Doe | April 15, 2024\n\n', '---\ndate: 2024-04-15\n---\n',
  '---\ndate: 2024-02-30\n---\n', 'Feb 30, 2024\n\n', 'WASHINGTON (AP) —\nMarch 3, 2024\n\n', 'PARIS, Feb. 29, 2023 (AFP) — ', '',
];

function mutate(r: ReturnType<typeof rng>, t: string): string {
  let s = t;
  const n = r.int(0, 4);
  for (let i = 0; i < n && s.length; i++) {
    const at = r.int(0, s.length - 1);
    switch (r.int(0, 5)) {
      case 0: s = s.slice(0, at) + s.slice(at + 1); break;
      case 1: s = s.slice(0, at) + r.pick(['\u0000', '🎉', '\u0301', '\t', '\r\n', '\ud800', '\u202e', '"', '<', '—', '9']) + s.slice(at); break;
      case 2: s = s.slice(0, at) + s.slice(at, at + 10) + s.slice(at); break;
      case 3: s = s.slice(0, at) + s.slice(at, at + 5).toUpperCase() + s.slice(at + 5); break;
      case 4: s = s.slice(0, at); break;
      default: s = s.slice(0, at) + s.slice(at, at + 6).toLowerCase() + s.slice(at + 6);
    }
  }
  return s;
}

function document(r: ReturnType<typeof rng>, i: number): string {
  const kind = i % 10;
  if (kind === 0) {
    // random code points, control characters and lone surrogates included
    let s = '';
    const len = r.int(0, 200);
    for (let k = 0; k < len; k++) s += String.fromCharCode(r.int(0, 0xffff));
    return s;
  }
  if (kind === 1) return r.pick(['', ' ', '\n\n\n', '\t\t', '\ufeff', '\r\n']);
  let text = r.pick(DATELINES);
  const n = r.int(1, 8);
  for (let k = 0; k < n; k++) text += (r.next() < 0.3 ? mutate(r, r.pick(SENTENCES)) : r.pick(SENTENCES)) + (r.next() < 0.2 ? '\n\n' : ' ');
  if (kind === 2) text = text.replace(/\n/g, '\r\n');
  if (kind === 3) text = '\ufeff' + text;
  if (kind === 4) text = text.replace(/ /g, '\t');
  if (kind === 5) text = text.replace(/\./g, ' 🎉.');
  return text;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:([01]\d|2[0-4]):([0-5]\d)|MO|AF|EV|NI|DT))?$/;
export function wellFormedTimex(v: string): boolean {
  const d = DAY_RE.exec(v);
  if (d) {
    const y = +d[1], m = +d[2], day = +d[3];
    return m >= 1 && m <= 12 && day >= 1 && day <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) return true;
  const w = /^\d{4}-W(\d{2})(-WE)?$/.exec(v);
  if (w) return +w[1] >= 1 && +w[1] <= 53;
  return /^(\d{2,4}|\d{4}-Q[1-4X]|\d{4}-H[12]|\d{4}-(SP|SU|FA|WI)|PRESENT_REF|PAST_REF|FUTURE_REF|P(\d+(\.\d+)?|X)(Y|M|W|D|Q|DE|CE|WE|ML)|P\d+Y\d+M|P\d*D?T?\d+[HMS]|PT(\d+|X)[HMS]|PT\d+H\d+M|XXXX-WXX-[1-7](T(MO|AF|EV|NI))?|XXXX-WXX-WE|XXXX-(SP|SU|FA|WI)|XXXX-\d{2}|T(MO|AF|EV|NI|DT))$/.test(v);
}

function check(text: string, r: AnalyzeResult): void {
  const show = () => JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text);
  let last = 0;
  for (const e of r.entries) {
    assert.ok(e.start >= 0 && e.start < e.end && e.end <= text.length, `offsets ${e.start}-${e.end} outside ${text.length}: ${show()}`);
    assert.strictEqual(text.slice(e.start, e.end), e.text, `entry text mismatch: ${show()}`);
    assert.ok(e.start >= last, `entries out of order or overlapping at ${e.start}: ${show()}`);
    last = e.end;
    assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(e.type), `type ${e.type}: ${show()}`);
    assert.ok(wellFormedTimex(e.value), `value ${e.value} is not TIMEX3: ${show()}`);
    if (e.endValue !== undefined) {
      assert.ok(wellFormedTimex(e.endValue), `endValue ${e.endValue}: ${show()}`);
      if (DAY_RE.test(e.value) && DAY_RE.test(e.endValue)) assert.ok(e.endValue.slice(0, 10) >= e.value.slice(0, 10), `range backwards ${e.value}/${e.endValue}: ${show()}`);
    }
  }
  if (r.dateline) {
    const d = r.dateline;
    assert.ok(d.start <= d.end && d.end <= text.length, `dateline offsets: ${show()}`);
    assert.strictEqual(text.slice(d.start, d.end), d.text, `dateline text: ${show()}`);
    assert.ok(DAY_RE.test(d.value), `dateline value ${d.value}: ${show()}`);
  }
}

describe(`analyze on 10,004 generated documents (seed ${SEED})`, function () {
  this.timeout(180000);
  it('never throws; offsets in range and order; well-formed TIMEX3; deterministic; the timeline builds', () => {
    const r = rng(SEED);
    const dcts = [undefined, '2024-02-29', '2025-11-19T08:19', '2000-01-01', '1999-12-31T23:59'];
    for (let i = 0; i < 10000; i++) {
      const text = document(r, i);
      const opts = { dct: r.pick(dcts), fallbackDate: new Date(2026, r.int(0, 11), r.int(1, 28)) };
      let a: AnalyzeResult;
      try {
        a = analyze(text, opts);
      } catch (e) {
        assert.fail(`analyze threw ${(e as Error).message} on ${JSON.stringify(text.slice(0, 300))} with ${JSON.stringify(opts)}`);
      }
      check(text, a!);
      if (i % 10 === 5) assert.deepStrictEqual(analyze(text, opts), a!, `not deterministic: ${JSON.stringify(text.slice(0, 200))}`);
      const m = buildTimeline(text, a!, '2025-01-01');
      for (const row of m.rows) if (row.kind === 'group') for (const it of row.group.items) {
        assert.ok(it.highlight[0] >= 0 && it.highlight[1] <= it.sentence.length && it.highlight[0] <= it.highlight[1], `highlight outside its sentence: ${JSON.stringify(text.slice(0, 200))}`);
      }
    }
  });
  it('very long lines (100 KB without a newline) and a 1 MB file', () => {
    const r = rng(SEED + 1);
    for (let i = 0; i < 3; i++) {
      let line = '';
      while (line.length < 100_000) line += r.pick(SENTENCES) + ' ';
      const a = analyze(line, { dct: '2025-11-19' });
      check(line, a);
      assert.ok(a.entries.length > 100);
    }
    let big = 'MOSCOW, Nov 18 (Reuters) - ';
    while (big.length < 1_000_000) big += r.pick(SENTENCES) + (r.next() < 0.2 ? '\r\n\r\n' : ' ');
    check(big, analyze(big, { fallbackDate: new Date(2026, 0, 5) }));
  });
});
