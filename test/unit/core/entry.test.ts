import * as assert from 'assert';
import { analyze, entryWords, isOnTimeline } from '../../../src/core';

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
});
