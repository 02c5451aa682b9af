import * as assert from 'assert';
import { analyze, buildTimeline, limitTimeline, TimelineModel, describeValue, describeRange } from '../../../src/core';

const TEXT = [
  'BRUSSELS, March 14, 2024 (Dateline Wire) — Ministers met on Monday, earlier this month and in 2019.',
  'They will meet again on Thursday, March 21, and in the second half of 2024. The talks lasted for six weeks.',
].join('\n\n');

function labels(m: TimelineModel): string[] {
  return m.rows.map((r) => (r.kind === 'dateline' ? '|dateline|' : `${r.group.label}: ${r.group.items.map((i) => i.words).join(', ')}`));
}

describe('timeline model', () => {
  const m = buildTimeline(TEXT, analyze(TEXT), '2024-03-14');
  it('orders by first day, coarser first at the same day, groups by year and month, with the dateline marker between past and future', () => {
    assert.deepStrictEqual(labels(m), [
      '2019: 2019',
      'March 2024: March 2024, Mon 11 Mar 2024',
      '|dateline|',
      'March 2024: Thu 21 Mar 2024',
      'July 2024: H2 2024',
    ]);
  });
  it('gives a year its heading once: a quarter sits in the month it starts in, not in a second "2025"', () => {
    const t = 'LONDON, Nov. 19, 2025 (Dateline Wire) - Sales rose in 2025, in September and in the fourth quarter, and fell in November.';
    assert.deepStrictEqual(labels(buildTimeline(t, analyze(t), '2025-11-19')), ['2025: 2025', 'September 2025: September 2025', 'October 2025: Q4 2025', 'November 2025: November 2025', '|dateline|']);
  });
  it('puts a later time of the dateline\'s own day below the marker: "at 3 p.m." in a story filed at 08:19', () => {
    const t = '08:19, November 19, 2025\n\nThe minister spoke at 7 a.m. and will meet unions at 3 p.m.';
    assert.deepStrictEqual(labels(buildTimeline(t, analyze(t), '2025-11-19')), ['November 2025: Wed 19 Nov 2025, 07:00', '|dateline|', 'November 2025: Wed 19 Nov 2025, 15:00']);
  });
  it('leaves the dateline\'s own words out of the entries, and durations off the timeline', () => {
    assert.ok(!m.rows.some((r) => r.kind === 'group' && r.group.items.some((i) => i.text.includes('March 14, 2024'))));
    assert.deepStrictEqual(m.other.map((o) => o.value), ['P6W']);
  });
  it('highlights the expression inside its sentence', () => {
    for (const r of m.rows) if (r.kind === 'group') for (const it of r.group.items) {
      assert.strictEqual(it.sentence.slice(it.highlight[0], it.highlight[1]), it.text.replace(/\s+/g, ' '));
    }
  });
  it('marks entries resolved by tense, and every entry when there is no dateline', () => {
    const mon = m.rows.flatMap((r) => (r.kind === 'group' ? r.group.items : [])).find((i) => i.text === 'Monday')!;
    assert.strictEqual(mon.mark, 'tense');
    const noDl = 'Ministers met on Monday and in 2019.';
    const f = buildTimeline(noDl, analyze(noDl, { fallbackDate: new Date(2024, 2, 14) }), '2024-03-14');
    assert.strictEqual(f.dateline, null);
    assert.ok(f.reference.fallback);
    const items = f.rows.flatMap((r) => (r.kind === 'group' ? r.group.items : []));
    assert.strictEqual(items.find((i) => i.text === 'Monday')!.mark, 'fallback');
    assert.strictEqual(items.find((i) => i.text === '2019')!.mark, undefined, 'an absolute year does not rest on the fallback');
  });
  it('flags what needs checking: a direction by tense, a year inferred, a count from a date before, a numeric form either way, the fallback', () => {
    const t = 'BRUSSELS, March 14, 2024 (Dateline Wire) — Ministers met on Monday. Two days later they left. The report of 4/5/2024 came out in 2019 and in October, and the deal was signed on March 3, 2024.';
    const items = buildTimeline(t, analyze(t), '2024-03-14').rows.flatMap((r) => (r.kind === 'group' ? r.group.items : []));
    const checks = Object.fromEntries(items.map((i) => [i.text, i.checks]));
    assert.deepStrictEqual(checks, {
      Monday: ['tense'], 'Two days later': ['previous'], '4/5/2024': ['ambiguous'], '2019': [], October: ['tense'], 'March 3, 2024': [],
    });
    const noDl = 'Ministers met on Monday and in 2019.';
    const f = buildTimeline(noDl, analyze(noDl, { fallbackDate: new Date(2024, 2, 14) }), '2024-03-14').rows.flatMap((r) => (r.kind === 'group' ? r.group.items : []));
    assert.deepStrictEqual(f.map((i) => [i.text, i.checks.includes('fallback')]), [['2019', false], ['Monday', true]]);
  });
  it('limitTimeline keeps the first entries in order and says how many there were', () => {
    const l = limitTimeline(m, 2);
    assert.deepStrictEqual(labels(l), ['2019: 2019', 'March 2024: March 2024', '|dateline|']);
    assert.deepStrictEqual(l.truncated, { shown: 2, total: 5 });
    assert.strictEqual(limitTimeline(m, 10), m);
  });
});

describe('weeks as their days', () => {
  it('shows a week as its days, with the week number beside it', () => {
    const t = 'BRUSSELS, March 14, 2024 (Dateline Wire) — The fair ran last week.';
    const week = buildTimeline(t, analyze(t), '2024-03-14').rows.flatMap((r) => (r.kind === 'group' ? r.group.items : [])).find((i) => i.granularity === 'week')!;
    // 14 March 2024 is in ISO week 11; last week is week 10, Monday 4 to Sunday 10 March.
    assert.deepStrictEqual([week.value, week.words, week.secondary], ['2024-W10', '4–10 Mar 2024', 'week 10']);
  });
});

describe('values in words', () => {
  it('each at its own granularity, as the panel shows them', () => {
    const cases: Array<[string, string]> = [
      ['2025-11-17', 'Mon 17 Nov 2025'], ['2025-11', 'November 2025'], ['2024-W11', '11–17 Mar 2024'], ['2024-W11-WE', '16–17 Mar 2024'], ['2026-W53', '28 Dec 2026 – 3 Jan 2027'],
      ['2025-Q1', 'Q1 2025'], ['1989-QX', 'a quarter of 1989'], ['2024-09-02TEV', 'Mon 2 Sep 2024, evening'],
      ['XXXX-04', 'April, any year'], ['XXXX-04-01', '1 April, any year'],
    ];
    for (const [v, w] of cases) assert.strictEqual(describeValue(v), w, v);
  });
  it('ranges: days in one month, across months, and two times on one day', () => {
    assert.strictEqual(describeRange('2025-08-31', '2025-09-01'), '31 Aug – 1 Sep 2025');
    assert.strictEqual(describeRange('2025-09-19', '2025-09-20'), '19–20 Sep 2025');
    assert.strictEqual(describeRange('2024-01-05T21:00', '2024-01-05T22:00'), 'Fri 5 Jan 2024, 21:00–22:00');
    assert.strictEqual(describeRange('2025-07', '2025-09'), 'Jul – Sep 2025');
    assert.strictEqual(describeRange('2024-07', '2025-06'), 'Jul 2024 – Jun 2025');
  });
});
