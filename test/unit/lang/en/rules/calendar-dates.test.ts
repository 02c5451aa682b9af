import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
const texts = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => e.text);
const withEnd = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value, e.endValue]);
describe('lang/en/rules/calendar-dates: nth-weekday-of-month and fixture lines', () => {
  it('"the first Saturday in May" is that day; "the last Monday of August 2026" too', () => {
    // 2 May 2026 is the first Saturday of May; 31 August 2026 the last Monday.
    assert.deepStrictEqual(found('The rally is on the first Saturday in May.', '2026-01-03'), [['the first Saturday in May', '2026-05-02']]);
    assert.deepStrictEqual(found('The fair closes on the last Monday of August 2026.'), [['the last Monday of August 2026', '2026-08-31']]);
    // February 2026 has four Mondays: no day for a fifth (its month is still a month).
    assert.ok(!found('There is no fifth Monday in February 2026.').some(([t]) => /fifth/.test(t)));
  });
  it('a fixture list\'s "Sat 20 Sep:" is one date, with its kick-off time in brackets on that day', () => {
    const list = 'Tue 16 Sep: Ashcombe v Pelham (19:45)\nSat 20 Sep: Kingsbridge v Dunmore (15:00); Harbour City v Hawks (18:30)\nSun 21 Sep: Pelham v Kingsbridge (13:00)';
    assert.deepStrictEqual(found(list, '2025-09-14'), [['Tue 16 Sep', '2025-09-16'], ['19:45', '2025-09-16T19:45'], ['Sat 20 Sep', '2025-09-20'], ['15:00', '2025-09-20T15:00'], ['18:30', '2025-09-20T18:30'], ['Sun 21 Sep', '2025-09-21'], ['13:00', '2025-09-21T13:00']]);
    // Not a score or a ratio in brackets after a number.
    assert.deepStrictEqual(found('United won 3-1 (2:1 at half-time).', '2025-09-14'), []);
  });
});

describe('lang/en/rules/calendar-dates: a day and the year counted from the dateline', () => {
  it('"3 February last year", "5 May next year" are one date each, as "Sept. 1 last year" is', () => {
    assert.deepStrictEqual(found('He was arrested on 3 February last year and returns on 5 May next year.', '2025-04-29'), [['3 February last year', '2024-02-03'], ['5 May next year', '2026-05-05']]);
  });
  it('"the same quarter of 2025" is the quarter just mentioned, in that year', () => {
    assert.deepStrictEqual(found('Output in the first quarter was 23% above the same quarter of 2025.', '2026-05-20'), [['the first quarter', '2026-Q1'], ['the same quarter of 2025', '2025-Q1']]);
  });
});

describe('lang/en/rules/calendar-dates: following-month', () => {
  it('"the following January" is the first January after the date just mentioned; "the previous May" the last before', () => {
    assert.deepStrictEqual(found('In June 1895 she came home. Her paper was read the following January.'), [['June 1895', '1895-06'], ['the following January', '1896-01']]);
    assert.deepStrictEqual(found('The yard opened in 1962, and the following April it won a prize.'), [['1962', '1962'], ['the following April', '1963-04']]);
    assert.deepStrictEqual(found('The storm came on March 3, 1950; the previous May had been dry.'), [['March 3, 1950', '1950-03-03'], ['the previous May', '1949-05']]);
  });
  it('with no date before it, counts from the dateline', () => {
    assert.deepStrictEqual(found('The plant will close the following March.'), [['the following March', '2026-03']]);
  });
});

const withMod = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value, e.mod]);

describe('lang/en/rules/calendar-dates', () => {
  it('keeps a year outside 1600-2099 after a day and month, instead of guessing one: "June 15, 1215"', () => {
    assert.deepStrictEqual(found('The charter was sealed on June 15, 1215, at Runnymede.'), [['June 15, 1215', '1215-06-15']]);
    assert.deepStrictEqual(found('A ship sailed on 3 March 1492.'), [['3 March 1492', '1492-03-03']]);
  });
  it('gives no date for a day that does not exist in the year given: "February 29, 2100"', () => {
    assert.deepStrictEqual(found('Nothing is planned for February 29, 2100.'), []);
  });
  it('takes no ISO week 53 in a year of 52 weeks', () => {
    assert.deepStrictEqual(found('Week 53 of 2025 was quiet; week 53 of 2026 will not be.'), [['week 53 of 2026', '2026-W53']]);
  });

  describe('month-day-year', () => {
    it('reads a full date with its weekday', () => {
      assert.deepStrictEqual(found('The treaty was signed on Monday, Oct. 12, 1998.'), [['Monday, Oct. 12, 1998', '1998-10-12']]);
    });
    it('reads a date without commas, and one without a year in a past sentence', () => {
      assert.deepStrictEqual(found('The report was filed Nov 18 2025.'), [['Nov 18 2025', '2025-11-18']]);
      assert.deepStrictEqual(found('The deal closed on Aug. 9.'), [['Aug. 9', '2025-08-09']]);
    });
    it('counts "next year" from the dateline', () => {
      assert.deepStrictEqual(found('The plant will open March 3 next year.'), [['March 3 next year', '2026-03-03']]);
    });
    it('leaves out a month in lower case: "march 20 miles"', () => {
      assert.deepStrictEqual(found('Rebels will march 20 miles north.'), []);
    });
  });

  describe('day-month-year', () => {
    it('reads a day before the month, with or without the year', () => {
      assert.deepStrictEqual(found('Parliament met on 12 February 2024.'), [['12 February 2024', '2024-02-12']]);
      assert.deepStrictEqual(found('The law took effect on the 4th of June.'), [['the 4th of June', '2025-06-04']]);
      assert.deepStrictEqual(found('The vote was held on Tuesday 4 June 2024.'), [['Tuesday 4 June 2024', '2024-06-04']]);
    });
    it('leaves out a month in lower case', () => {
      assert.ok(!texts('The boats sail in 3 march formations.').some((t) => /march/.test(t)));
    });
  });

  describe('month-day-range', () => {
    it('reads a range of days in one month', () => {
      assert.deepStrictEqual(withEnd('The summit was held Sept. 19-20.'), [['Sept. 19-20', '2025-09-19', '2025-09-20']]);
      assert.deepStrictEqual(withEnd('The trial runs Jan. 5-9, 2026.'), [['Jan. 5-9, 2026', '2026-01-05', '2026-01-09']]);
    });
  });

  describe('day-month-range', () => {
    it('reads a range of days before their month, with a dash or "to"', () => {
      // Dateline Wed 19 Nov 2025: "will be held" looks forward; "took place" back.
      assert.deepStrictEqual(withEnd('The summit will be held on 10-12 December in Geneva.'), [['10-12 December', '2025-12-10', '2025-12-12']]);
      assert.deepStrictEqual(withEnd('The fair took place from 3 - 5 October.'), [['3 - 5 October', '2025-10-03', '2025-10-05']]);
      assert.deepStrictEqual(withEnd('Talks are set for 19 to 22 April 2026.'), [['19 to 22 April 2026', '2026-04-19', '2026-04-22']]);
    });
    it('is no range when the second day comes first', () => {
      assert.deepStrictEqual(withEnd('The vote was 12-10 October.').filter(([t]) => /^12/.test(t as string)), []);
    });
  });

  describe('coordinated-day-first', () => {
    it('a day coordinated with a later one before their month is a date of its own', () => {
      assert.deepStrictEqual(found('The plant closed on 3 and 10 June 2019.'), [['3', '2019-06-03'], ['10 June 2019', '2019-06-10']]);
    });
  });

  describe('month (a history, or news with a background)', () => {
    const history = 'The bank was founded in 1891. It survived the crash of 1929 and merged in 1968. In March, its founder died.';
    it('in a text that tells history, a month without its year is the story\'s year', () => {
      assert.deepStrictEqual(found(history).pop(), ['March', '1968-03']);
    });
    it('but news that counts from its dateline keeps the dateline\'s year for it', () => {
      assert.deepStrictEqual(found(`${history} On Monday, regulators said the bank would be sold.`).slice(-2), [['March', '2025-03'], ['Monday', '2025-11-17']]);
    });
  });

  describe('month-of-that-year', () => {
    it('"June of the following year" is June of the year after the date just mentioned', () => {
      assert.deepStrictEqual(found('The sheds burned in 1831 and were rebuilt in June of the following year.'), [['1831', '1831'], ['June of the following year', '1832-06']]);
    });
  });

  describe('month (coordinated)', () => {
    it('months in a list share the year given with the last: "March, April and May 2020"', () => {
      assert.deepStrictEqual(found('Sales fell in March, April and May 2020.'), [['March', '2020-03'], ['April', '2020-04'], ['May 2020', '2020-05']]);
      assert.deepStrictEqual(found('Hearings were held in December and January 2021.'), [['December', '2020-12'], ['January 2021', '2021-01']]);
    });
    it('but not across a verb: "arrived in March and left in May 2020"', () => {
      assert.deepStrictEqual(found('He arrived in March and left in May 2020.'), [['March', '2025-03'], ['May 2020', '2020-05']]);
    });
  });

  describe('the-year-number', () => {
    it('"the year 2000", "fiscal year 2024" are one expression each', () => {
      assert.deepStrictEqual(found('In the year 2000, the company moved to Paris.'), [['the year 2000', '2000']]);
      assert.deepStrictEqual(found('Its fiscal year 2024 results showed a loss.'), [['fiscal year 2024', '2024']]);
    });
  });

  describe('month after an adjective', () => {
    it('reads "their weakest December", "a slower January"', () => {
      assert.deepStrictEqual(found('Stores posted their weakest December on record. Retailers now face a slower January.', '2026-01-05'), [['December', '2025-12'], ['now', 'PRESENT_REF'], ['January', '2026-01']]);
    });
    it('a deadline half a year ahead stays in the year of the dateline, even under a past verb', () => {
      // June dateline: "until the end of December" is this December, not last year's
      assert.deepStrictEqual(found('The council approved a pilot running until the end of December.', '2025-06-21'), [['the end of December', '2025-12']]);
    });
  });

  describe('prefixed-year and that-month', () => {
    it('"post-1989" and "pre-2020" are years, mod AFTER and BEFORE', () => {
      assert.deepStrictEqual(withMod('Her post-1989 work hangs beside pre-2020 prints.'), [['post-1989', '1989', 'AFTER'], ['pre-2020', '2020', 'BEFORE']]);
    });
    it('"that October" is October of the year just mentioned, and "three months later" counts from it', () => {
      assert.deepStrictEqual(found('He was arrested in 2023. He was freed that October and jailed again three months later.'), [['2023', '2023'], ['that October', '2023-10'], ['three months later', '2024-01']]);
    });
    it('"that may", "that march" in lower case are words', () => {
      assert.deepStrictEqual(texts('He was arrested in 2023. He said that may be true, and that march was long.'), ['2023']);
    });
    it('"the week of 9 March" (day first) is the week that holds it', () => {
      assert.deepStrictEqual(found('Talks are planned for the week of 9 March.', '2026-02-25'), [['the week of 9 March', '2026-W11']]);
    });
  });

  describe('coordinated-day', () => {
    it('reads the second day of "Oct. 28 and 29" as a date of its own, in the same month and year', () => {
      assert.deepStrictEqual(found('The policy meeting was held on Oct. 28 and 29.'), [['Oct. 28', '2025-10-28'], ['29', '2025-10-29']]);
    });
    it('takes the year the first day was given: next year in a future sentence', () => {
      assert.deepStrictEqual(found('The summit will be held on Feb. 3 and 4.'), [['Feb. 3', '2026-02-03'], ['4', '2026-02-04']]);
    });
    it('leaves out a count after "and": "on March 3 and 4 people"', () => {
      assert.deepStrictEqual(texts('Two died on March 3 and 4 people were hurt.'), ['March 3']);
    });
  });

  describe('bracketed-weekday', () => {
    it('a date with its weekday in brackets is one expression: "Thursday (Dec. 4)", "Dec. 12 (Friday)", "Monday (5 January)"', () => {
      // a bare "Friday" in a future sentence would be Nov. 21: the date decides
      assert.deepStrictEqual(found('The hearing resumes Thursday (Dec. 4) and the verdict is due Dec. 12 (Friday).'), [['Thursday (Dec. 4)', '2025-12-04'], ['Dec. 12 (Friday)', '2025-12-12']]);
      assert.deepStrictEqual(found('Term starts on Monday (5 January 2026).'), [['Monday (5 January 2026)', '2026-01-05']]);
    });
    it('but not a weekday and a bracket of other words', () => {
      assert.deepStrictEqual(texts('The vote is on Thursday (the council said) and on Dec. 12 (noon).'), ['Thursday', 'Dec. 12', 'noon']);
    });
  });

  describe('a listing of dates with no verb', () => {
    it('goes on from the date just mentioned: after July 9 still to come, "Aug 31 to Sept 1" is this year\'s', () => {
      const listing = 'FILM NIGHT\nJuly 9, Harbor Park.\n\nCONFERENCE\nAug 31 to Sept 1, Civic Center.';
      assert.deepStrictEqual(withEnd(listing, '2026-02-17'), [['July 9', '2026-07-09', undefined], ['Aug 31 to Sept 1', '2026-08-31', '2026-09-01']]);
      // alone, with no tense to go by, it is the nearer of the two: last August, six months back
      assert.deepStrictEqual(withEnd('CONFERENCE\nAug 31 to Sept 1, Civic Center.', '2026-02-17'), [['Aug 31 to Sept 1', '2025-08-31', '2025-09-01']]);
    });
  });

  describe('listed-day', () => {
    it('every day of "March 3, 10 and 17" is a date of its own, in the month and year of the first', () => {
      assert.deepStrictEqual(found('The committee met on March 3, 10 and 17.'), [['March 3', '2025-03-03'], ['10', '2025-03-10'], ['17', '2025-03-17']]);
      // a future sentence in November: next year's May, for every day of the list
      assert.deepStrictEqual(found('Workshops will run on May 2, 9, 16, 23 and 30.'), [['May 2', '2026-05-02'], ['9', '2026-05-09'], ['16', '2026-05-16'], ['23', '2026-05-23'], ['30', '2026-05-30']]);
    });
    it('is no list when the last number counts things, or the numbers fall', () => {
      assert.deepStrictEqual(texts('In March 3, 4 or 5 people left.'), ['March 3']);
      assert.deepStrictEqual(texts('By March 3, 2 and 1 units remained.'), ['March 3']);
    });
  });

  describe('month (a list typed without spaces)', () => {
    it('"June,July and Aug." is three months', () => {
      assert.deepStrictEqual(found('Camps ran in June,July and Aug.', '2015-09-19'), [['June', '2015-06'], ['July', '2015-07'], ['Aug.', '2015-08']]);
    });
  });

  describe('year-range', () => {
    it('reads "2016-2018" as a range of years', () => {
      assert.deepStrictEqual(withEnd('The 2016-2018 drought ruined farmers.'), [['2016-2018', '2016', '2018']]);
    });
    it('reads an en dash with spaces: "1990 – 1995"', () => {
      assert.deepStrictEqual(withEnd('He led the party 1990 – 1995.'), [['1990 – 1995', '1990', '1995']]);
    });
    it('is no range when the second year is not after the first', () => {
      assert.ok(!texts('Scores of 2020-1990 were posted.').some((t) => t.includes('-')));
    });
  });

  describe('year', () => {
    it('a year before "to" and a percentage is a year: "from 70 percent in 1990 to 95 percent"', () => {
      assert.deepStrictEqual(found('Coverage rose from 70 percent in 1990 to 95 percent last year.'), [['1990', '1990'], ['last year', '2024']]);
    });
  });

  describe('month-year', () => {
    it('reads a month and year, with a modifier', () => {
      assert.deepStrictEqual(withMod('Prices peaked in March 2024.'), [['March 2024', '2024-03', undefined]]);
      assert.deepStrictEqual(withMod('The plant closed in late March of 2024.'), [['late March of 2024', '2024-03', 'END']]);
    });
    it('with a short year, in the century that keeps it at most ten years after the dateline: "May \'98", "Nov. \'31"', () => {
      assert.deepStrictEqual(found("It opened in May '98 and will close by Nov. '31."), [["May '98", '1998-05'], ["Nov. '31", '2031-11']]);
    });
  });

  describe('month', () => {
    it('a month that names a thing after "for" is the nearer one, whatever the verb: "oil for March delivery slipped"', () => {
      assert.deepStrictEqual(found('Crude oil for March delivery slipped 32 cents.', '1991-02-06'), [['March', '1991-03']]);
    });
    it('a month that opens a pair of months is a month: "But May and June are when ..."', () => {
      assert.deepStrictEqual(found('"But May and June are when we see the numbers," she said.', '2025-02-03'), [['May', '2025-05'], ['June', '2025-06']]);
    });
    it('reads a bare month by tense and with last/next', () => {
      assert.deepStrictEqual(found('Sales rose in March.'), [['March', '2025-03']]);
      assert.deepStrictEqual(found('The law was passed last April.'), [['last April', '2025-04']]);
      assert.deepStrictEqual(found('Elections will be held next March.'), [['next March', '2026-03']]);
      assert.deepStrictEqual(withMod('Snow fell in late November.'), [['late November', '2025-11', 'END']]);
    });
    it('reads a month that names a thing ("a June agreement") as the nearer one', () => {
      assert.deepStrictEqual(found('They signed a June agreement.'), [['June', '2025-06']]);
    });
    it('leaves out a month in lower case: "march ahead"', () => {
      assert.deepStrictEqual(found('Officials may decide to march ahead.'), []);
    });
    it('leaves out a month after "a" that is no noun\'s modifier', () => {
      assert.deepStrictEqual(found('They hope to marry in a June.'), []);
      assert.ok(!texts('The vote could come in a March or April.').includes('March'));
    });
  });

  describe('numeric-date', () => {
    it('reads ISO and US dates, and day first where the month cannot be', () => {
      assert.deepStrictEqual(found('Filed 2024-04-15 and again on 4/15/2024.'), [['2024-04-15', '2024-04-15'], ['4/15/2024', '2024-04-15']]);
      assert.deepStrictEqual(found('The form was dated 21/10/2025.'), [['21/10/2025', '2025-10-21']]);
      assert.deepStrictEqual(found('The form was dated 4/5/25.'), [['4/5/25', '2025-04-05']]);
    });
    it('reads a date that could be either way day first in an article that writes its dates day first', () => {
      // Another numeric date that can only be day first (14 October) settles "02/12/2025": 2 December.
      assert.deepStrictEqual(found('The appeal, lodged on 14/10/2025, was heard on 02/12/2025.'), [['14/10/2025', '2025-10-14'], ['02/12/2025', '2025-12-02']]);
      // Dates in words written day first ("12 March") do too: 4 June.
      const r = found('The inquest opened on 12 March 2025 and resumed on 04/06/2025.');
      assert.deepStrictEqual(r.find(([t]) => t === '04/06/2025'), ['04/06/2025', '2025-06-04']);
    });
    it('reads it month first in an article that writes "March 12", or shows nothing', () => {
      const r = found('The filing was made on March 12, 2025, and amended on 04/06/2025.');
      assert.deepStrictEqual(r.find(([t]) => t === '04/06/2025'), ['04/06/2025', '2025-04-06']);
      assert.deepStrictEqual(found('The form was dated 04/06/2025.'), [['04/06/2025', '2025-04-06']]);
    });
  });

  describe('year', () => {
    it('reads a bare year, with a modifier', () => {
      assert.deepStrictEqual(withMod('The company was founded in 2019.'), [['2019', '2019', undefined]]);
      assert.deepStrictEqual(withMod('The line opens in late 2027.'), [['late 2027', '2027', 'END']]);
    });
    it('leaves out a number after "No."', () => {
      assert.deepStrictEqual(found('Resolution No. 1984 was adopted.'), []);
    });
  });

  describe('ordinal-day', () => {
    it('takes the month just mentioned in the sentence', () => {
      assert.deepStrictEqual(found('The strike began on March 3, 2025, and ended on the 24th.'), [['March 3, 2025', '2025-03-03'], ['the 24th', '2025-03-24']]);
    });
    it('takes the dateline\'s month otherwise', () => {
      assert.deepStrictEqual(found('The rent was paid on the 3rd.'), [['the 3rd', '2025-11-03']]);
    });
    it('leaves out an ordinal before a name: "the 19th Party Congress"', () => {
      assert.deepStrictEqual(found('Delegates have met twice since the 19th Party Congress.'), []);
    });
  });

  describe('ordinal-of-month', () => {
    it('"the 3rd of this month", "the 15th of next month", "the 30th of that month"', () => {
      assert.deepStrictEqual(found('The bill was passed on the 3rd of this month.'), [['the 3rd of this month', '2025-11-03']]);
      assert.deepStrictEqual(found('Payments resume on the 15th of next month.'), [['the 15th of next month', '2025-12-15']]);
      assert.deepStrictEqual(found('The rally began on 3 March and ended on the 30th of that month.'), [['3 March', '2025-03-03'], ['the 30th of that month', '2025-03-30']]);
    });
  });

  describe('nth-week-of-month', () => {
    it('reads the week around the 4th, or the fourth-last day', () => {
      assert.deepStrictEqual(found('Prices were cut in the last week of March 2024.'), [['the last week of March 2024', '2024-W13']]);
      assert.deepStrictEqual(found('Talks will resume in the first week of January.'), [['the first week of January', '2026-W01']]);
    });
  });

  describe('week-of', () => {
    it('reads the week that holds the date', () => {
      assert.deepStrictEqual(found('Hearings began the week of March 4, 2024.'), [['the week of March 4, 2024', '2024-W10']]);
    });
  });

  describe('week-number', () => {
    it('reads a numbered week with its year', () => {
      assert.deepStrictEqual(found('Deliveries resumed in week 11 of 2024.'), [['week 11 of 2024', '2024-W11']]);
      assert.deepStrictEqual(found('Deliveries resumed in week 11, 2024.'), [['week 11, 2024', '2024-W11']]);
    });
    it('is no week number after a count of weeks: "1 week 1 day"', () => {
      assert.deepStrictEqual(found('The crossing took 1 week 1 day.'), [['1 week', 'P1W'], ['1 day', 'P1D']]);
    });
  });

  describe('spelled-year', () => {
    it('reads a year, a month of a year and a season of a year spelled out', () => {
      assert.deepStrictEqual(found('It began in nineteen ninety-six.'), [['nineteen ninety-six', '1996']]);
      assert.deepStrictEqual(found('It began in January nineteen ninety-seven.'), [['January nineteen ninety-seven', '1997-01']]);
      assert.deepStrictEqual(found('It began in the winter of nineteen ninety-four.'), [['the winter of nineteen ninety-four', '1994-WI']]);
      assert.deepStrictEqual(found('The law changed in two thousand and eight.'), [['two thousand and eight', '2008']]);
    });
    it('leaves out a spelled-out number that counts: "two thousand people"', () => {
      assert.deepStrictEqual(found('Some two thousand people marched on the capital.'), []);
    });
  });

  describe('informal months', () => {
    it('reads a short month after "in" in notes: "in jan"', () => {
      assert.deepStrictEqual(found('she was a no in jan'), [['jan', '2025-01']]);
    });
    it('reads "mid-feb"', () => {
      assert.deepStrictEqual(found('the bridge has been closed since mid-feb'), [['mid-feb', '2025-02']]);
    });
    it('leaves out a short form that is a name, and "march" the verb', () => {
      assert.deepStrictEqual(found('The prize went to Jan and his crew.'), []);
      assert.deepStrictEqual(found('we all plan to march on city hall'), []);
    });
  });
});
