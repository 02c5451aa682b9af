import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, Entry } from '../../../src/core';

const ROOT = path.resolve(__dirname, '../../../..');

/** Entries whose text is exactly `text` (in order). */
function find(entries: Entry[], text: string): Entry[] {
  return entries.filter((e) => e.text === text);
}
function one(entries: Entry[], text: string): Entry {
  const found = find(entries, text);
  assert.strictEqual(found.length, 1, `expected one entry "${text}", got ${found.length}: ${JSON.stringify(entries.map((e) => e.text))}`);
  return found[0];
}
function valueOf(text: string, expr: string, dct: string): string {
  return one(analyze(text, { dct }).entries, expr).value;
}

describe('analyze: the sample article', () => {
  const file = path.resolve(ROOT, '../shared/samples/china-daily-2025-11-19.txt');
  const have = fs.existsSync(file);
  const text = have ? fs.readFileSync(file, 'utf8') : '';
  before(function () {
    if (!have) {
      console.log(`    (sample article not found at ${file}: these tests cannot run)`);
      this.skip();
    }
  });

  it('finds the dateline 2025-11-19T08:19', () => {
    const r = analyze(text);
    assert.ok(r.dateline, 'a dateline');
    assert.strictEqual(r.dateline!.value, '2025-11-19T08:19');
  });

  it('resolves both "on Monday" to 2025-11-17', () => {
    const r = analyze(text);
    const mondays = find(r.entries, 'Monday');
    assert.strictEqual(mondays.length, 2);
    for (const m of mondays) assert.strictEqual(m.value, '2025-11-17');
  });

  it('keeps "earlier this month" as the month 2025-11', () => {
    const e = one(analyze(text).entries, 'earlier this month');
    assert.strictEqual(e.value, '2025-11');
    assert.strictEqual(e.granularity, 'month');
    assert.strictEqual(e.mod, 'START');
  });

  it('resolves "Aug 31 to Sept 1" to 2025-08-31 / 2025-09-01', () => {
    const r = analyze(text);
    const e = r.entries.find((x) => x.text.includes('Aug 31'));
    assert.ok(e, 'an entry for Aug 31');
    assert.strictEqual(e!.value, '2025-08-31');
    assert.strictEqual(e!.endValue, '2025-09-01');
  });

  it('gives nothing for "the 24th Meeting" and "30th regular meeting"', () => {
    const r = analyze(text);
    for (const trap of ['24th', '30th']) {
      const at = text.indexOf(trap);
      assert.ok(at > 0);
      assert.ok(!r.entries.some((e) => e.start <= at && e.end > at), `no entry over "${trap}"`);
    }
  });
});

describe('analyze: tense decides direction', () => {
  const dct = '2025-11-19'; // a Wednesday
  it('"voted on Tuesday" is the Tuesday before', () => {
    assert.strictEqual(valueOf('The Senate voted on Tuesday to approve the bill.', 'Tuesday', dct), '2025-11-18');
  });
  it('"will meet on Monday" is the Monday after', () => {
    assert.strictEqual(valueOf('The committee will meet on Monday to discuss the budget.', 'Monday', dct), '2025-11-24');
  });
  it('"last Tuesday" is the Tuesday before', () => {
    assert.strictEqual(valueOf('Prices fell last Tuesday.', 'last Tuesday', dct), '2025-11-18');
  });
  it('a month without a year goes back in a past-tense sentence: "rose in December" in January is last December', () => {
    assert.strictEqual(valueOf('Exports rose 4 percent in December, the customs office said.', 'December', '2025-01-15'), '2024-12');
  });
  it('a past story about a past year keeps that year: "In 1915 ... In May" (not "since 1990 ... in December")', () => {
    const story = analyze('In 1915 the family moved to Paris. In May, the father found work at a printer.', { dct: '2025-11-19' }).entries;
    assert.strictEqual(one(story, 'May').value, '1915-05');
    const bound = analyze('He had been arrested in several states since 1990. His car was found abandoned in December.', { dct: '2025-11-19' }).entries;
    assert.strictEqual(one(bound, 'December').value, '2024-12');
  });
  it('the scene goes on through the dates told in it, in a feature that comes back to the present', () => {
    const text = 'In 1915, the mills employed 3,000 people.\n\nIn May, the company cut wages. On the morning of June 8, weavers shut down their looms and walked out. That summer, troops guarded the gates. She was arrested twice in July. The two sides agreed on Aug. 24.\n\nToday the mill is a museum, and this year it marks the walkout. The show opens on June 8.';
    const e = analyze(text, { dct: '2023-05-21' }).entries;
    assert.deepStrictEqual(e.map((x) => [x.text, x.value]), [['1915', '1915'], ['May', '1915-05'], ['the morning of June 8', '1915-06-08TMO'], ['That summer', '1915-SU'],
      ['July', '1915-07'], ['Aug. 24', '1915-08-24'], ['Today', '2023-05-21'], ['this year', '2023'], ['June 8', '2023-06-08']]);
  });
  it('a day counted from a date with its year keeps that year for the days after it', () => {
    const e = analyze('He robbed a pharmacy on 12 February 2024. Two days later he robbed another, and on 21 February a third.', { dct: '2025-11-04' }).entries;
    assert.strictEqual(one(e, 'Two days later').value, '2024-02-14');
    assert.strictEqual(one(e, '21 February').value, '2024-02-21');
  });
  it('a year given in an earlier paragraph does not carry to a day within a month of the dateline', () => {
    const e = analyze('The Games opened on 26 July 2024.\n\nSchool holidays began on 5 July.', { dct: '2025-07-14' }).entries;
    assert.strictEqual(one(e, '5 July').value, '2025-07-05');
  });
  it('"the end of the year" is the dateline\'s year, never a bare year of an earlier sentence', () => {
    const e = analyze('The company was founded in 1998. It expects to break even by the end of the year.', { dct: '2025-11-19' }).entries;
    assert.strictEqual(one(e, 'the end of the year').value, '2025');
    const same = analyze('In 2019, profit for the year rose 5 percent.', { dct: '2025-11-19' }).entries;
    assert.strictEqual(one(same, 'the year').value, '2019');
  });
  it('a month without a year goes forward in a future-tense sentence', () => {
    assert.strictEqual(valueOf('The new line will open in March, the operator said.', 'March', '2025-11-19'), '2026-03');
  });
  it('a month with no tense to go by is the nearer one: "the summit in April" in a December article is next April', () => {
    assert.strictEqual(valueOf('Delegates can take part in planning for the summit in April.', 'April', '2025-12-05'), '2026-04');
  });
  it('a bare month takes the year of a full date only from its own sentence', () => {
    const t = 'The two men were charged over the March 3, 2014, fire at the depot. The charges were dropped after the owner agreed in May to settle.';
    assert.strictEqual(valueOf(t, 'May', '2025-07-10'), '2025-05');
    assert.strictEqual(valueOf('The depot burned on March 3, 2014, and reopened in May.', 'May', '2025-07-10'), '2014-05');
  });
  it('a possessive weekday names an event: "would challenge Wednesday\'s ruling" on a Friday is two days before', () => {
    assert.strictEqual(valueOf('Lawyers said they would challenge Wednesday\'s ruling in a higher court.', 'Wednesday', '2025-11-21'), '2025-11-19');
    assert.strictEqual(valueOf('Voters will cast ballots in Sunday\'s election.', 'Sunday', '2025-11-20'), '2025-11-23');
  });
  it('a month that names a thing ("the July slot", "a June agreement") is the nearer one, whatever the verb\'s tense', () => {
    assert.strictEqual(valueOf('In March the board chose to keep the July slot for the festival.', 'July', '2025-06-03'), '2025-07');
    assert.strictEqual(valueOf('The firm is still for sale under a June agreement with its lenders.', 'June', '2025-11-19'), '2025-06');
  });
  it('the present of a timetable looks forward: "Tickets go on sale at 9 a.m. on Friday" on a Tuesday', () => {
    assert.strictEqual(valueOf('Tickets go on sale at 9 a.m. on Friday.', '9 a.m. on Friday', '2025-06-03'), '2025-06-06T09:00');
  });
  it('a weekday after "until" is a deadline: "has given them until 9 a.m. Tuesday" on a Monday is the next day', () => {
    assert.strictEqual(valueOf('The agency has given the family until 9 a.m. Tuesday to sign.', '9 a.m. Tuesday', '2025-11-17'), '2025-11-18T09:00');
  });
  it('a day without a year goes back in a past-tense sentence', () => {
    assert.strictEqual(valueOf('The plant closed on Dec. 12 after the storm.', 'Dec. 12', '2025-01-15'), '2024-12-12');
  });
});

describe('analyze: anaphora counts from the date just mentioned', () => {
  const text = 'The summit opened on Nov. 3 in Lima. The following day, ministers signed the accord. '
    + 'Two days earlier, protesters had gathered. Police made arrests the same day.';
  const r = analyze(text, { dct: '2025-11-19' });
  it('"the following day"', () => {
    const e = one(r.entries, 'The following day');
    assert.strictEqual(e.value, '2025-11-04');
    assert.strictEqual(e.anchor, 'previous');
  });
  it('"two days earlier" counts from the following day', () => {
    assert.strictEqual(one(r.entries, 'Two days earlier').value, '2025-11-02');
  });
  it('"the same day"', () => {
    assert.strictEqual(one(r.entries, 'the same day').anchor, 'previous');
  });
  it('"the previous week" counts from the date just mentioned; with none, from the dateline', () => {
    const t = 'Pilots ratified the contract last weekend; the previous week, ground staff had voted.';
    const e = one(analyze(t, { dct: '2024-10-14' }).entries, 'the previous week');
    assert.deepStrictEqual([e.value, e.anchor], ['2024-W40', 'previous']);
    const f = one(analyze('Sales rose 5 percent from the previous year.', { dct: '2024-10-14' }).entries, 'the previous year');
    assert.deepStrictEqual([f.value, f.anchor, f.explanation], ['2023', 'dateline', 'The year before the reference date.']);
  });
  it('"later in the day" is the day just mentioned, late; "a week or so ago" counts back from the dateline', () => {
    const r = analyze('The president left Washington on Friday and reached Philadelphia later in the day.', { dct: '2025-11-19' });
    const e = one(r.entries, 'later in the day');
    assert.deepStrictEqual([e.value, e.mod, e.anchor], ['2025-11-14', 'END', 'previous']);
    assert.strictEqual(valueOf('Then, a week or so ago, the general picked a date.', 'a week or so ago', '2025-11-19'), '2025-W46');
  });
  it('"the early summer" and "well into the summer" are seasons; "the fall of the regime" is not', () => {
    assert.strictEqual(valueOf('Demand rose from the low levels of the early summer.', 'the early summer', '2025-11-19'), '2025-SU');
    assert.strictEqual(valueOf('Delays lasted well into the summer.', 'the summer', '2025-11-19'), '2025-SU');
    assert.deepStrictEqual(analyze('The fall of the regime was swift.', { dct: '2025-11-19' }).entries, []);
  });
  it('"the previous Friday" and "the following Thursday" count from the day just mentioned', () => {
    const r = analyze('Trading was heavy on Friday, Oct. 27, and on the previous Friday.', { dct: '1989-10-30' });
    assert.deepStrictEqual([one(r.entries, 'previous Friday').value, one(r.entries, 'previous Friday').anchor], ['1989-10-20', 'previous']);
    const t = 'The vote was on Nov. 3, a Monday. The following Thursday, the law took effect.';
    const r2 = analyze(t, { dct: '2025-11-19' });
    assert.deepStrictEqual(r2.entries.map((e) => [e.text, e.value]), [['Nov. 3', '2025-11-03'], ['following Thursday', '2025-11-06']]);
  });
  it('"the day before last Tuesday\'s hearing" is the Monday', () => {
    assert.strictEqual(valueOf('The day before last Tuesday\'s hearing, lawyers met.', 'The day before last Tuesday', '2025-11-19'), '2025-11-17');
  });
  it('a day is not counted from an older day past a newer month or season: "By the following summer ... the night before"', () => {
    const t = 'The vote was held on June 14, 2016. By the following summer, crews were at work. The night before, the manager had warned of winds.';
    const r = analyze(t, { dct: '2025-03-02' });
    assert.strictEqual(one(r.entries, 'the following summer').value, '2017-SU');
    assert.strictEqual(find(r.entries, 'The night before').length, 0);
  });
  it('"a month after that" counts from the date just mentioned', () => {
    assert.strictEqual(valueOf('Talks began in March 2019. A month after that, they collapsed.', 'A month after', '2025-03-02'), '2019-04');
  });
  it('"the next week" counts from the day just mentioned', () => {
    assert.strictEqual(valueOf('The assembly voted on June 14, 2016. The next week, opponents sued.', 'The next week', '2025-03-02'), '2016-W25');
  });
  it('"the following day" after a bare year does not invent a day from the year', () => {
    const t = 'The band formed on Friday. In 2019 it toured Asia. The following day it rested.';
    const e = one(analyze(t, { dct: '2025-01-15' }).entries, 'The following day');
    assert.strictEqual(e.value, '2025-01-11'); // the Friday before 2025-01-15 is 01-10
  });
});

describe('analyze: granularity is kept', () => {
  const cases: Array<[string, string, string, string]> = [
    // [text, expression, dct, value]
    ['Sales slowed last week.', 'last week', '2025-11-19', '2025-W46'],
    ['The fair ran in Week 11 of 2024.', 'Week 11 of 2024', '2025-11-19', '2024-W11'],
    ['Crowds gathered over the weekend.', 'the weekend', '2024-06-10', '2024-W23-WE'],
    ['Output rose in February 2024.', 'February 2024', '2025-11-19', '2024-02'],
    ['Profit doubled in the first quarter of 2025.', 'the first quarter of 2025', '2025-11-19', '2025-Q1'],
    ['Growth slowed in the first half of 2025.', 'the first half of 2025', '2025-11-19', '2025-H1'],
    ['The bridge was closed in spring 2021.', 'spring 2021', '2025-11-19', '2021-SP'],
    ['The mill closed in the 1990s.', 'the 1990s', '2025-11-19', '199'],
    ['The talks broke down on Monday evening.', 'Monday evening', '2024-09-04', '2024-09-02TEV'],
    ['The quake struck at 4:15 a.m. on Tuesday.', '4:15 a.m. on Tuesday', '2024-09-04', '2024-09-03T04:15'],
    ['The firm was founded in 2019.', '2019', '2025-11-19', '2019'],
    ['Q1 2025 was weak.', 'Q1 2025', '2025-11-19', '2025-Q1'],
  ];
  for (const [text, expr, dct, value] of cases) {
    it(`"${expr}" → ${value}`, () => {
      const e = one(analyze(text, { dct }).entries, expr);
      assert.strictEqual(e.value, value);
    });
  }
  it('a time of day is a TIME', () => {
    assert.strictEqual(one(analyze('It struck at 4:15 a.m. on Tuesday.', { dct: '2024-09-04' }).entries, '4:15 a.m. on Tuesday').type, 'TIME');
  });
});

describe('analyze: more of what news writes', () => {
  const dct = '2025-10-09'; // a Thursday, in ISO week 41
  it('"the day after tomorrow" and "the day before yesterday"', () => {
    assert.strictEqual(valueOf('The day after tomorrow, negotiators meet again.', 'The day after tomorrow', dct), '2025-10-11');
    assert.strictEqual(valueOf('He arrived the day before yesterday.', 'the day before yesterday', dct), '2025-10-07');
  });
  it('"into November" is a month', () => {
    assert.strictEqual(valueOf('Furloughs could last into November.', 'November', dct), '2025-11');
  });
  it('"the first week of January" is a week, not a month or a day', () => {
    // January 4, 2026 is a Sunday: the last day of ISO week 1 of 2026.
    assert.strictEqual(valueOf('The bill funds agencies through the first week of January.', 'the first week of January', dct), '2026-W01');
  });
  it('"on the 15th" a sentence after another month is the reference\'s month', () => {
    const t = 'The bill funds agencies through January. Payments to contractors are due on the 15th.';
    assert.strictEqual(valueOf(t, 'the 15th', dct), '2025-10-15');
  });
  it('a range inside "the winter of 2018-19" takes that winter\'s years', () => {
    const e = one(analyze('The last shutdown, in the winter of 2018-19, ran from Dec. 22 to Jan. 25.', { dct }).entries, 'from Dec. 22 to Jan. 25');
    assert.deepStrictEqual([e.value, e.endValue], ['2018-12-22', '2019-01-25']);
  });
  it('"scored in the second half" is a half of a match; "improve in the second half" a half of the year', () => {
    assert.deepStrictEqual(analyze('United scored twice in the second half to win.', { dct }).entries, []);
    assert.strictEqual(valueOf('Sales should improve in the second half.', 'the second half', dct), '2025-H2');
  });
  it('"the quarter ended Sept. 30" is Q3; one ended July 31 is a fiscal quarter with no number (QX)', () => {
    assert.strictEqual(valueOf('For the quarter ended Sept. 30, the airline earned $133 million.', 'the quarter', '1989-10-26'), '1989-Q3');
    assert.strictEqual(valueOf('In the quarter ended July 31, the firm had 5.6 million shares.', 'the quarter', '1989-10-26'), '1989-QX');
  });
  it('wire times: "at 0314 GMT" (zone Z); a time restated in brackets is a second entry, as TimeML marks it', () => {
    assert.strictEqual(valueOf('The quake hit at 0314 GMT.', '0314 GMT', dct), '2025-10-09T03:14Z');
    const r = analyze('The blast came at about 10:35 a.m. (0735 GMT) on Thursday.', { dct });
    assert.deepStrictEqual(r.entries.map((e) => e.text), ['about 10:35 a.m.', '0735 GMT', 'Thursday']);
  });
  it('"will last 60 days": "last" is the verb; "late on Friday" keeps its modifier', () => {
    assert.strictEqual(one(analyze('The emergency will last 60 days.', { dct }).entries, '60 days').value, 'P60D');
    const e = one(analyze('Late on Friday, a tremor rattled the town.', { dct }).entries, 'Late on Friday');
    assert.deepStrictEqual([e.value, e.mod], ['2025-10-03', 'END']);
  });
  it('a month outside a year given earlier in the sentence keeps its own year', () => {
    assert.strictEqual(valueOf('The states, invited to join in July 1997, will join on March 12.', 'March 12', '1999-02-27'), '1999-03-12');
  });
});

describe('analyze: modifiers', () => {
  it('"earlier this month" keeps the month, mod START', () => {
    const e = one(analyze('Talks began earlier this month.', { dct: '2025-11-19' }).entries, 'earlier this month');
    assert.deepStrictEqual([e.value, e.mod], ['2025-11', 'START']);
  });
  it('"late 2021" keeps the year, mod END', () => {
    const e = one(analyze('The plant opened in late 2021.', { dct: '2025-11-19' }).entries, 'late 2021');
    assert.deepStrictEqual([e.value, e.mod], ['2021', 'END']);
  });
  it('"the end of the month" is that month', () => {
    const e = one(analyze('The rules take effect at the end of the month.', { dct: '2025-11-19' }).entries, 'the end of the month');
    assert.deepStrictEqual([e.value, e.mod], ['2025-11', 'END']);
  });
  it('"the end of next year" is next year, mod END, and its explanation reads as English', () => {
    const e = one(analyze('The deal runs until the end of next year.', { dct: '2025-11-19' }).entries, 'the end of next year');
    assert.deepStrictEqual([e.value, e.mod], ['2026', 'END']);
    assert.strictEqual(e.explanation, 'The end of the next year, counted from the reference date.');
    const f = one(analyze('Work starts early next year.', { dct: '2025-11-19' }).entries, 'early next year');
    assert.strictEqual(f.explanation, 'Early in the next year, counted from the reference date.');
  });
});

describe('analyze: ranges', () => {
  const dct = '2025-11-19';
  const cases: Array<[string, string, string, string]> = [
    ['The summit was held from Aug 31 to Sept 1.', 'Aug 31 to Sept 1', '2025-08-31', '2025-09-01'],
    ['The fair ran Sept. 19-20.', 'Sept. 19-20', '2025-09-19', '2025-09-20'],
    ['The fair ran Aug 31-Sept 1.', 'Aug 31-Sept 1', '2025-08-31', '2025-09-01'],
    ['Output doubled between 2015 and 2020.', 'between 2015 and 2020', '2015', '2020'],
    ['The plan runs from January 2022 to December 2025.', 'from January 2022 to December 2025', '2022-01', '2025-12'],
  ];
  for (const [text, expr, value, endValue] of cases) {
    it(`"${expr}"`, () => {
      const e = analyze(text, { dct }).entries.find((x) => x.text.endsWith(expr) || x.text === expr);
      assert.ok(e, `an entry for ${expr}`);
      assert.strictEqual(e!.value, value);
      assert.strictEqual(e!.endValue, endValue);
    });
  }
});

describe('analyze: bare years and ordinal days', () => {
  it('"on the 24th" is a day of the month (back a month in a past sentence after the 19th)', () => {
    assert.strictEqual(valueOf('The vote was held on the 24th.', 'the 24th', '2025-11-19'), '2025-10-24');
  });
  it('"on the 24th" after a date takes that month', () => {
    assert.strictEqual(valueOf('Talks began on March 3, 2024 and ended on the 24th.', 'the 24th', '2025-11-19'), '2024-03-24');
  });
  it('"the 24th Meeting" is not a date', () => {
    assert.strictEqual(analyze('He attended the 24th Meeting of the council.', { dct: '2025-11-19' }).entries.length, 0);
  });
});

describe('analyze: vague words, durations and sets', () => {
  const dct = '2025-11-19';
  it('recently / now / soon', () => {
    const r = analyze('Prices rose recently. Now the bank must act, and it will do so soon.', { dct });
    assert.strictEqual(one(r.entries, 'recently').value, 'PAST_REF');
    assert.strictEqual(one(r.entries, 'Now').value, 'PRESENT_REF');
    assert.strictEqual(one(r.entries, 'soon').value, 'FUTURE_REF');
  });
  it('"for six weeks" is a DURATION', () => {
    const e = one(analyze('The strike lasted for six weeks.', { dct }).entries, 'six weeks');
    assert.deepStrictEqual([e.type, e.value, e.granularity], ['DURATION', 'P6W', 'duration']);
  });
  it('"every Monday" is a SET', () => {
    const e = one(analyze('The market opens every Monday.', { dct }).entries, 'every Monday');
    assert.deepStrictEqual([e.type, e.value], ['SET', 'XXXX-WXX-1']);
  });
  it('"the year ended Sept. 30" is a twelve-month duration followed by its last day', () => {
    const r = analyze('For the year ended Sept. 30, the brewer earned $41 million.', { dct: '2025-11-19' });
    assert.deepStrictEqual(r.entries.map((e) => [e.text, e.type, e.value]), [['the year', 'DURATION', 'P1Y'], ['Sept. 30', 'DATE', '2025-09-30']]);
  });
  it('"21/10/2025" can only be day first; "3/4/2025" is read month first and says so', () => {
    assert.strictEqual(valueOf('The report is dated 21/10/2025.', '21/10/2025', dct), '2025-10-21');
    const e = one(analyze('The report is dated 3/4/2025.', { dct }).entries, '3/4/2025');
    assert.strictEqual(e.value, '2025-03-04');
    assert.match(e.explanation, /could be day first/);
  });
  it('"the week after next", "the month before last", "the first of next month", "the last day of the month"', () => {
    assert.strictEqual(valueOf('The talks will resume the week after next.', 'the week after next', dct), '2025-W49');
    assert.strictEqual(valueOf('Rents rose the month before last.', 'the month before last', dct), '2025-09');
    assert.strictEqual(valueOf('The law takes effect on the first of next month.', 'the first of next month', dct), '2025-12-01');
    assert.strictEqual(valueOf('Payment is due on the last day of the month.', 'the last day of the month', dct), '2025-11-30');
  });
  it('"will reopen in two weeks" is a date two weeks on, at a week\'s grain; "built it in two weeks" a length of time', () => {
    const e = one(analyze('The plant will reopen in two weeks.', { dct }).entries, 'two weeks');
    assert.deepStrictEqual([e.type, e.value], ['DATE', '2025-W49']);
    assert.strictEqual(valueOf('The results are due in two weeks\' time.', 'two weeks\' time', dct), '2025-W49');
    const f = one(analyze('Workers built the bridge in two weeks.', { dct }).entries, 'two weeks');
    assert.deepStrictEqual([f.type, f.value], ['DURATION', 'P2W']);
  });
  it('"the same period last year" is the period of its sentence a year before, at its grain', () => {
    const r = analyze('Revenue for its fiscal first quarter ended Sept. 30 rose 18 percent from the same period last year.', { dct: '2025-10-30' });
    const e = one(r.entries, 'the same period last year');
    assert.deepStrictEqual([e.value, e.endValue], ['2024-Q3', undefined]);
    assert.strictEqual(valueOf('Profit in the third quarter doubled from the same quarter a year earlier.', 'the same quarter a year earlier', dct), '2024-Q3');
    assert.strictEqual(valueOf('Sales rose in March from the same month last year.', 'the same month last year', dct), '2024-03');
  });
  it('budget and season years: "the 2025/26 budget", "the 2024-25 season", "FY2024", "the current financial year"', () => {
    const e = one(analyze('The council approved the 2025/26 budget.', { dct }).entries, '2025/26');
    assert.deepStrictEqual([e.value, e.endValue], ['2025', '2026']);
    assert.strictEqual(one(analyze('The 2024-25 season was the best yet.', { dct }).entries, '2024-25').endValue, '2025');
    assert.strictEqual(valueOf('Revenue in FY2024 rose 5 percent.', 'FY2024', dct), '2024');
    assert.strictEqual(valueOf('The current financial year ends soon.', 'The current financial year', dct), '2025');
    assert.strictEqual(valueOf('Spending will rise in the next fiscal year.', 'the next fiscal year', dct), '2026');
  });
  it('"the next couple of years" is a two-year duration', () => {
    assert.strictEqual(one(analyze('Over the next couple of years, costs will rise.', { dct }).entries, 'the next couple of years').value, 'P2Y');
  });
  it('"every 10 minutes" is a SET, not a duration', () => {
    const e = one(analyze('Trams run every 10 minutes on weekdays.', { dct }).entries, 'every 10 minutes');
    assert.deepStrictEqual([e.type, e.value], ['SET', 'PT10M']);
    assert.deepStrictEqual(one(analyze('Inspectors call every two weeks.', { dct }).entries, 'every two weeks').value, 'P2W');
  });
  it('a bare season after "before" is a date: "would not start before the autumn"', () => {
    assert.strictEqual(valueOf('Construction would not start before the autumn.', 'the autumn', '2025-01-09'), '2025-FA');
  });
  it('"two days before the vote" is a duration, not a date', () => {
    const e = one(analyze('They met two days before the vote.', { dct }).entries, 'two days');
    assert.strictEqual(e.type, 'DURATION');
  });
  it('an age is not a duration', () => {
    assert.strictEqual(analyze('The 6-year-old boy and a 52-year-old man.', { dct }).entries.length, 0);
  });
});

describe('analyze: decades and centuries', () => {
  it('"the late 1800s" is the 19th century, late; "the 2000s" and "the mid-1990s" are decades', () => {
    const e = one(analyze('It was built in the late 1800s.', { dct: '2025-11-19' }).entries, 'the late 1800s');
    assert.deepStrictEqual([e.value, e.mod], ['18', 'END']);
    assert.strictEqual(valueOf('Prices fell in the 2000s.', 'the 2000s', '2025-11-19'), '200');
    assert.strictEqual(valueOf('Prices peaked in the mid-1990s.', 'the mid-1990s', '2025-11-19'), '199');
  });
});

describe('analyze: holidays and spelled-out years', () => {
  it('Thanksgiving is the fourth Thursday of November', () => {
    assert.strictEqual(valueOf('Stores opened early on Thanksgiving.', 'Thanksgiving', '2025-12-01'), '2025-11-27');
  });
  it('Easter is computed', () => {
    assert.strictEqual(valueOf('The church reopened at Easter 2024.', 'Easter 2024', '2025-12-01'), '2024-03-31');
  });
  it('Black Friday is the day after Thanksgiving; Ash Wednesday is 46 days before Easter', () => {
    assert.strictEqual(valueOf('A Black Friday sale at the club shop ran for four days.', 'Black Friday', '2026-02-26'), '2025-11-28');
    assert.strictEqual(valueOf('Ash Wednesday fell on a cold day in 2024.', 'Ash Wednesday', '2024-03-01'), '2024-02-14');
  });
  it('"Bloody Sunday" and "Super Tuesday" are names, not days of this week', () => {
    const r = analyze('Marchers remembered Bloody Sunday. Candidates look to Super Tuesday.', { dct: '2026-02-26' });
    assert.deepStrictEqual(r.entries.map((e) => e.text), []);
  });
  it('"January nineteen ninety-seven" and "the winter of nineteen ninety-four" keep their month and season', () => {
    assert.strictEqual(valueOf('Talks began in January nineteen ninety-seven.', 'January nineteen ninety-seven', '2025-12-01'), '1997-01');
    assert.strictEqual(valueOf('It froze in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', '2025-12-01'), '1994-WI');
  });
  it('"nineteen ninety-six" is 1996', () => {
    assert.strictEqual(valueOf('It began in nineteen ninety-six.', 'nineteen ninety-six', '2025-12-01'), '1996');
  });
});

describe('analyze: offsets and options', () => {
  it('offsets are UTF-16 indices into the text', () => {
    const text = 'Émigrés 🎉 returned on Monday.';
    const r = analyze(text, { dct: '2025-11-19' });
    const e = one(r.entries, 'Monday');
    assert.strictEqual(text.slice(e.start, e.end), 'Monday');
  });
  it('a given dct is reported as the dateline with source "given"', () => {
    const r = analyze('Nothing here.', { dct: '2025-11-19' });
    assert.deepStrictEqual(r.dateline, { value: '2025-11-19', start: 0, end: 0, text: '', source: 'given', point: { g: 'day', y: 2025, m: 11, d: 19 } });
  });
  it('without a dateline, the fallback date is the reference and the explanation says so', () => {
    const r = analyze('The plant closed on Monday.', { fallbackDate: new Date(2025, 10, 19) });
    assert.strictEqual(r.dateline, null);
    const e = one(r.entries, 'Monday');
    assert.strictEqual(e.value, '2025-11-17');
    assert.match(e.explanation, /fallback/);
  });
  it('every entry has an explanation and in-range offsets', () => {
    const text = 'On Monday, two days after the vote on Nov. 3, officials said prices rose last year and will rise next year.';
    for (const e of analyze(text, { dct: '2025-11-19' }).entries) {
      assert.ok(e.explanation.length > 0);
      assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
      assert.strictEqual(text.slice(e.start, e.end), e.text);
    }
  });
});

describe('analyze: a live blog', () => {
  const values = (text: string, dct: string) => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
  it('told forward, its entry stamps cross midnight where a time comes before the one it follows; the entries\' times follow their stamp', () => {
    const blog = '19:05\nGood evening. Polls close at 10pm.\n\n22:03\nPolls have closed. A declaration is expected at around 2am.\n\n23:56\nVerification is complete.\n\n00:12\nCounting began.\n\n02:41\nThe result was declared at 2:17am. The cabinet will meet at 10am.';
    assert.deepStrictEqual(values(blog, '2025-10-16'), [
      ['19:05', '2025-10-16T19:05'], ['10pm', '2025-10-16T22:00'],
      ['22:03', '2025-10-16T22:03'], ['around 2am', '2025-10-17T02:00'],
      ['23:56', '2025-10-16T23:56'], ['00:12', '2025-10-17T00:12'],
      ['02:41', '2025-10-17T02:41'], ['2:17am', '2025-10-17T02:17'], ['10am', '2025-10-17T10:00'],
    ]);
  });
  it('told newest first, the earliest entry is on the reference\'s day', () => {
    const blog = '12:05 a.m. — Separation confirmed.\n\n11:52 p.m. — Liftoff.\n\n10:15 p.m. — The weather looks good.\n\n9:00 p.m. — Welcome to our coverage.';
    assert.deepStrictEqual(values(blog, '2026-03-04T21:00').map(([, v]) => v), ['2026-03-05T00:05', '2026-03-04T23:52', '2026-03-04T22:15', '2026-03-04T21:00']);
  });
  it('two paragraphs that open with a time are no live blog', () => {
    assert.deepStrictEqual(values('23:00 — Doors closed.\n\n01:00 — Lights out.', '2025-10-16').map(([, v]) => v), ['2025-10-16T23:00', '2025-10-16T01:00']);
  });
});

describe('analyze: a history with the present in it', () => {
  it('years, seasons and "next year" counted from the dateline do not stop a text from telling history; only days and weeks do', () => {
    const text = 'The firm began in a rented stable in 1919. In August the partners sold their first frame, and by December they had a waiting list. The following year they moved; on 1 March the new works opened. It grew in 1931, 1952 and 1968, and was sold in 1987.\n\nLast year the firm opened a second shop, and this spring it added a cafe. It plans to expand next year.';
    const e = analyze(text, { dct: '2025-10-15' }).entries.map((x) => [x.text, x.value]);
    assert.deepStrictEqual(e.filter(([t]) => /^(August|December|The following year|1 March|Last year|this spring|next year)$/.test(t)), [
      ['August', '1919-08'], ['December', '1919-12'], ['The following year', '1920'], ['1 March', '1920-03-01'],
      ['Last year', '2024'], ['this spring', '2025-SP'], ['next year', '2026'],
    ]);
  });
});

describe('analyze: a story about one past year', () => {
  it('"In 1768 the brig was fitted out ... She sailed on 26 August" keeps 1768; a news background year with attribution does not', () => {
    const story = 'In 1768 the brig was fitted out at Plymouth.\n\nShe sailed on 26 August. On 9 September a gale drove her west, and by mid-October she lay at anchor. Land was sighted on Christmas Eve.';
    assert.deepStrictEqual(analyze(story, { dct: '2025-09-10' }).entries.map((e) => [e.text, e.value]), [['1768', '1768'], ['26 August', '1768-08-26'], ['9 September', '1768-09-09'], ['mid-October', '1768-10'], ['Christmas Eve', '1768-12-24']]);
    const news = 'Acme was founded in 1998. Sales rose 5% in March, the company said.';
    assert.strictEqual(one(analyze(news, { dct: '2025-11-20' }).entries, 'March').value, '2025-03');
  });
});
