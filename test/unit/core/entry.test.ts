import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, entryIndexAt, entryWords, firstEntryIn, isOnTimeline } from '../../../src/core';

describe('core/entry: one answer for the panel, the CLI and the exports', () => {
  it('puts calendar points on the timeline, and durations, sets, vague words and unnumbered quarters off it', () => {
    const text = 'On Monday, for six weeks, every Friday, recently, in the quarter ended July 31 and in Q3 2024.';
    const r = analyze(text, { dct: '2025-11-19' });
    const on = Object.fromEntries(r.entries.map((e) => [e.text, isOnTimeline(e)]));
    assert.deepStrictEqual(on, { Monday: true, 'six weeks': false, 'every Friday': false, recently: false, 'the quarter': false, 'July 31': true, 'Q3 2024': true });
  });
  it('says each entry in words at its own granularity', () => {
    const r = analyze('From Aug 31 to Sept 1 they met; Q1 2025 was slow; it lasted six weeks.', { dct: '2025-11-19' });
    assert.deepStrictEqual(r.entries.map(entryWords), ['31 Aug – 1 Sep 2025', 'Q1 2025', '6 weeks']);
  });
  it('finds the entry at an offset, and the first in a view, as a scan of the entries in order would', () => {
    const dir = path.resolve(__dirname, '../../../../test/fixtures');
    for (const f of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const es = analyze(text, { fallbackDate: new Date(2025, 0, 15, 12) }).entries;
      // The order the searches rely on: in text order, without overlap.
      for (let i = 1; i < es.length; i++) assert.ok(es[i - 1].end <= es[i].start, `${f}: entries ${i - 1} and ${i} in order, apart`);
      for (let off = 0; off <= text.length; off++) {
        assert.strictEqual(entryIndexAt(es, off), es.findIndex((e) => off >= e.start && off <= e.end), `${f} at ${off}`);
      }
      for (let from = 0; from <= text.length; from += 37) {
        const to = from + 400;
        assert.strictEqual(firstEntryIn(es, from, to), es.findIndex((e) => e.start >= from && e.start <= to), `${f} view ${from}`);
      }
    }
  });
});
