import * as assert from 'assert';
import * as path from 'path';

// The scorer is plain JavaScript used by `npm run eval`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const score = require(path.resolve(__dirname, '../../../../scripts/timeml-score.js'));

const t = (start: number, end: number, value = 'V', type = 'DATE') => ({ start, end, value, type });

describe('TempEval-3 scorer', () => {
  it('identical spans are strict and relaxed matches', () => {
    const c = score.emptyCounts();
    score.addDocument(c, [t(0, 5)], [t(0, 5)], null);
    assert.deepStrictEqual(c, { gold: 1, system: 1, relaxed: 1, strict: 1, value: 1, type: 1 });
  });
  it('overlapping spans are relaxed but not strict matches', () => {
    const c = score.emptyCounts();
    score.addDocument(c, [t(3, 9)], [t(0, 5)], null);
    assert.strictEqual(c.relaxed, 1);
    assert.strictEqual(c.strict, 0);
  });
  it('a gold timex matches at most one system timex', () => {
    const c = score.emptyCounts();
    score.addDocument(c, [t(0, 10)], [t(0, 4), t(5, 10)], null);
    assert.strictEqual(c.relaxed, 1);
    const s = score.scores(c);
    // P = 1/2, R = 1/1 -> F1 = 2/3
    assert.ok(Math.abs(s.relaxed.f1 - 2 / 3) < 1e-9);
  });
  it('a strict pair is preferred over an earlier overlapping one', () => {
    const pairs = score.matchDocument([t(5, 10)], [t(0, 7), t(5, 10)]);
    assert.deepStrictEqual(pairs, [[0, 1]]);
  });
  it('value and type F1 scale relaxed F1 by the share of right values and types', () => {
    const c = score.emptyCounts();
    score.addDocument(c, [t(0, 5, 'A'), t(10, 15, 'B'), t(20, 25, 'C', 'TIME'), t(30, 35, 'D')], [t(0, 5, 'A'), t(10, 15, 'X'), t(20, 25, 'C', 'DATE')], null);
    const s = score.scores(c);
    // relaxed: P = 3/3, R = 3/4 -> F1 = 6/7; values right 2/3; types right 2/3
    assert.ok(Math.abs(s.relaxed.f1 - 6 / 7) < 1e-9);
    assert.ok(Math.abs(s.value - (6 / 7) * (2 / 3)) < 1e-9);
    assert.ok(Math.abs(s.type - (6 / 7) * (2 / 3)) < 1e-9);
  });
  it('restricting to DATE+TIME filters both sides before matching', () => {
    const c = score.emptyCounts();
    score.addDocument(c, [t(0, 5, 'P1D', 'DURATION'), t(10, 15)], [t(0, 5, 'P1D', 'DURATION'), t(10, 15)], new Set(['DATE', 'TIME']));
    assert.deepStrictEqual([c.gold, c.system, c.relaxed], [1, 1, 1]);
  });
  it('empty sets give zeros, not NaN', () => {
    const s = score.scores(score.emptyCounts());
    assert.deepStrictEqual([s.strict.f1, s.relaxed.f1, s.value, s.type], [0, 0, 0, 0]);
  });

  it('a range entry is scored as its two endpoints, each with its words, offsets and value', () => {
    const text = 'Shares were bought from Aug. 26 to Oct. 20 for $23.';
    const start = text.indexOf('from');
    const e = { start, end: start + 'from Aug. 26 to Oct. 20'.length, text: 'from Aug. 26 to Oct. 20', type: 'DATE', value: '1989-08-26', endValue: '1989-10-20' };
    const [a, b] = score.rangeToTimexes(e);
    assert.deepStrictEqual([text.slice(a.start, a.end), a.value], ['Aug. 26', '1989-08-26']);
    assert.deepStrictEqual([text.slice(b.start, b.end), b.value], ['Oct. 20', '1989-10-20']);
  });
  it('splits "between X and Y" and "Sept. 19-20", and leaves an entry without endValue whole', () => {
    const mk = (words: string, value: string, endValue?: string) => ({ start: 10, end: 10 + words.length, text: words, type: 'DATE', value, endValue });
    assert.deepStrictEqual(score.rangeToTimexes(mk('between 1994 and 1997', '1994', '1997')).map((x: { text: string; start: number }) => [x.text, x.start]), [['1994', 18], ['1997', 27]]);
    assert.deepStrictEqual(score.rangeToTimexes(mk('Sept. 19-20', '2025-09-19', '2025-09-20')).map((x: { text: string; value: string }) => [x.text, x.value]), [['Sept. 19', '2025-09-19'], ['20', '2025-09-20']]);
    const whole = mk('last year', '2024');
    assert.deepStrictEqual(score.rangeToTimexes(whole), [whole]);
  });
});
