import * as assert from 'assert';
import { analyzeWith, buildTimelineWith } from '../../../src/core';
import { deutsch } from '.';

describe('a second language is a new folder: the skeleton German pack, end to end', () => {
  const text = 'BERLIN, 2025-11-19 (dpa) - Der Bundestag hat am Montag abgestimmt. Am 3. März 2024 war es kalt.\n\nGuten Morgen, Berlin! Morgen wird gewählt, heute nicht.';
  const r = analyzeWith(deutsch, text, { fallbackDate: new Date(2025, 0, 1) });

  it('finds the dateline with the language\'s cues', () => {
    assert.strictEqual(r.dateline?.value, '2025-11-19');
    assert.strictEqual(r.dateline?.source, 'text');
  });
  it('resolves its rules against it, with tense from its own reader', () => {
    const got = r.entries.map((e) => [e.text, e.value]);
    // (The dateline's own words are an entry too, as in English; the timeline leaves them out.)
    assert.deepStrictEqual(got, [['2025-11-19', '2025-11-19'], ['Montag', '2025-11-17'], ['3. März 2024', '2024-03-03'], ['Morgen', '2025-11-20'], ['heute', '2025-11-19']]);
  });
  it('keeps out what its exclusions keep out ("Guten Morgen" is a greeting)', () => {
    assert.ok(!r.entries.some((e) => e.start === text.indexOf('Morgen,')));
  });
  it('builds the timeline in its own words', () => {
    const m = buildTimelineWith(text, r, '2025-01-01', deutsch);
    assert.strictEqual(m.count, 4);
    const labels = m.rows.flatMap((row) => (row.kind === 'group' ? [row.group.label] : []));
    assert.ok(labels.includes('märz 2024'), labels.join(', '));
  });
});
