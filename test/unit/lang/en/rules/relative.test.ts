import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

// 2025-11-19 is a Wednesday, in ISO week 47.
const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
const withMod = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value, e.mod]);

describe('lang/en/rules/relative', () => {
  describe('after-next', () => {
    it('"the week after next" is two weeks on; "the first of next month", "the last day of this month"', () => {
      assert.deepStrictEqual(found('We meet the week after next.'), [['the week after next', '2025-W49']]);
      assert.deepStrictEqual(found('Rent is due on the first of next month.'), [['the first of next month', '2025-12-01']]);
      assert.deepStrictEqual(found('It ends on the last day of this month.'), [['the last day of this month', '2025-11-30']]);
    });
  });
  describe('deictic-day', () => {
    it('counts yesterday, tomorrow and tonight from the reference, with a part of the day', () => {
      assert.deepStrictEqual(found('Prices fell yesterday.'), [['yesterday', '2025-11-18']]);
      assert.deepStrictEqual(found('The vote is tomorrow morning.'), [['tomorrow morning', '2025-11-20TMO']]);
      assert.deepStrictEqual(found('He will speak tonight.'), [['tonight', '2025-11-19TNI']]);
    });
    it('gives no day for "USA Today", a name (the check kept in valid)', () => {
      assert.deepStrictEqual(found('The story ran in USA Today on Monday.'), [['Monday', '2025-11-17']]);
    });
    it('exclusion deictic-today-show: not the "Today" show', () => {
      assert.deepStrictEqual(found('She said so on the Today show.'), []);
    });
    it('exclusion deictic-todays-world: not "today\'s youth"', () => {
      assert.deepStrictEqual(found("Today's youth spend hours online."), []);
    });
    it('exclusion deictic-the-world-of-tomorrow: not "the world of tomorrow"', () => {
      assert.deepStrictEqual(found('They dreamed of the world of tomorrow.'), []);
    });
  });
  describe('relative-unit', () => {
    it('"last week", "next month", "this spring" count from the reference', () => {
      assert.deepStrictEqual(found('Talks stalled last week.'), [['last week', '2025-W46']]);
      assert.deepStrictEqual(found('The plant opens next month.'), [['next month', '2025-12']]);
      assert.deepStrictEqual(found('Sales slowed this spring.'), [['this spring', '2025-SP']]);
    });
    it('"the past year" is the twelve months before: a duration', () => {
      assert.deepStrictEqual(found('Prices rose 5 percent over the past year.'), [['the past year', 'P1Y']]);
    });
    it('exclusion relative-unit-title: not "This Week", a title; a headline in capitals still is', () => {
      assert.deepStrictEqual(found('He was a guest on This Week with George Stephanopoulos.'), []);
      assert.deepStrictEqual(found('THIS WEEK THE MARKETS FELL.'), [['THIS WEEK', '2025-W47']]);
    });
    it('exclusion relative-unit-the-previous: "the previous week" is the week before the date just mentioned (the anaphora rule)', () => {
      assert.deepStrictEqual(found('The deal was signed on May 2; the previous week, talks had stalled.'), [['May 2', '2025-05-02'], ['the previous week', '2025-W17']]);
    });
  });
  describe('earlier-this', () => {
    it('"earlier this month" keeps the month; "later this year" the year', () => {
      assert.deepStrictEqual(withMod('Sales rose earlier this month.'), [['earlier this month', '2025-11', 'START']]);
      assert.deepStrictEqual(withMod('Later this year, the firm will list.'), [['Later this year', '2025', 'END']]);
    });
  });
  describe('midweek', () => {
    it('"by midweek" in a forecast from a Friday is the middle of the next week', () => {
      assert.deepStrictEqual(withMod('The agency warned that the heat would return by midweek.', '2025-11-21'), [['midweek', '2025-W48', 'MID']]);
    });
    it('"until mid-week" told in the past on a Monday is the middle of the week before', () => {
      assert.deepStrictEqual(withMod('Prices fell until mid-week, then rallied.', '2025-11-17'), [['mid-week', '2025-W46', 'MID']]);
    });
    it('on a Wednesday it is the dateline\'s own week, either way; "a midweek match" is no date', () => {
      assert.deepStrictEqual(withMod('Rain is expected from midweek.'), [['midweek', '2025-W47', 'MID']]);
      assert.deepStrictEqual(withMod('Trading slowed at midweek.'), [['midweek', '2025-W47', 'MID']]);
      assert.deepStrictEqual(found('They lost a midweek match.'), []);
    });
  });
  describe('the-weekend', () => {
    it('"over the weekend" in the past tense is the weekend before a Wednesday', () => {
      assert.deepStrictEqual(found('The store was busy over the weekend.'), [['the weekend', '2025-W46-WE']]);
    });
  });
  describe('end-of-unit', () => {
    it('"the end of the decade" is part of the decade just mentioned', () => {
      assert.deepStrictEqual(found('The mill burned in 1866. By the end of the decade it had reopened.'), [['1866', '1866'], ['the end of the decade', '186']]);
    });
  });
  describe('vague-offset', () => {
    it('"years ago", "months ago" with no count are the vague past; "hours ago" a vague time', () => {
      assert.deepStrictEqual(found('Years ago, the town had a thriving port.'), [['Years ago', 'PAST_REF']]);
      assert.deepStrictEqual(found('Officials warned of the risk months ago.'), [['months ago', 'PAST_REF']]);
      assert.deepStrictEqual(analyze('He was seen just hours ago.', { dct: '2025-11-19' }).entries.map((e) => [e.text, e.type, e.value]), [['hours ago', 'TIME', 'PAST_REF']]);
      assert.deepStrictEqual(found('The mine will be empty decades from now.'), [['decades from now', 'FUTURE_REF']]);
    });
  });
  describe('offset', () => {
    it('a past told "two weeks earlier" than a date still to come counts from the dateline', () => {
      // Wednesday 19 Nov. 2025 is in week 47: two weeks before it is week 45, not two before next week
      assert.deepStrictEqual(found('More antennas will arrive next week.\n\nA similar site had reported a failure two weeks earlier.'), [['next week', '2025-W48'], ['two weeks earlier', '2025-W45']]);
    });
    it('"three days ago" and "two weeks from now" count from the reference', () => {
      assert.deepStrictEqual(found('He left three days ago.'), [['three days ago', '2025-11-16']]);
      assert.deepStrictEqual(found('The results come two weeks from now.'), [['two weeks from now', '2025-W49']]);
    });
    it('"from a year earlier" compares the month or quarter of its sentence, at its granularity', () => {
      assert.deepStrictEqual(found('Exports rose 5.9% in October from a year earlier.'), [['October', '2025-10'], ['a year earlier', '2024-10']]);
      assert.deepStrictEqual(found('Net income rose in the quarter ended Sept. 30, from $355 million a year earlier.'),
        [['the quarter', '2025-Q3'], ['Sept. 30', '2025-09-30'], ['a year earlier', '2024-Q3']]);
    });
    it('but "three years later" after a month stays a year', () => {
      assert.deepStrictEqual(found('The bridge opened in March 2011 and closed three years later.'), [['March 2011', '2011-03'], ['three years later', '2014']]);
    });
    it('"a year earlier" after "a year ago" is a second comparison with the same year, not a year before it', () => {
      assert.deepStrictEqual(found('The chain lost $4 million a year ago. Its sales were $90 million, compared with $85 million a year earlier.'),
        [['a year ago', '2024'], ['a year earlier', '2024']]);
      // Without a comparison just made, "a year earlier" still counts back from the date just mentioned.
      assert.deepStrictEqual(found('The plant closed in 2019. A year earlier, it had cut 300 jobs.'), [['2019', '2019'], ['A year earlier', '2018']]);
    });
    it('"two days before" counts from the date just mentioned', () => {
      assert.deepStrictEqual(found('The vote was on May 2, 2025. Two days before, the party split.'), [['May 2, 2025', '2025-05-02'], ['Two days before', '2025-04-30']]);
    });
    it('exclusion offset-before-event: "two days before the vote" is a length of time, not a date', () => {
      assert.deepStrictEqual(found('Two days before the vote, the party split.'), [['Two days', 'P2D']]);
      assert.deepStrictEqual(found('The vote came five weeks before off-year elections.'), [['five weeks', 'P5W']]);
      assert.deepStrictEqual(found('The probe separated 13 minutes after liftoff.'), [['13 minutes', 'PT13M']]);
    });
    it('exclusion offset-comparative: "two weeks later than expected" is a length of time', () => {
      assert.deepStrictEqual(found('The bridge opened two weeks later than expected.'), [['two weeks', 'P2W']]);
      assert.deepStrictEqual(found('It arrived a day sooner than forecast.'), [['a day', 'P1D']]);
    });
    it('"30 minutes later" after a clock time is that time moved on; with no clock time, a length', () => {
      assert.deepStrictEqual(found('The Fed announced the cut at 2 p.m. Powell spoke 30 minutes later.'), [['2 p.m.', '2025-11-19T14:00'], ['30 minutes later', '2025-11-19T14:30']]);
      assert.deepStrictEqual(found('He was declared dead an hour later.'), [['an hour', 'PT1H']]);
    });
    it('"two hours ago" counts back from a reference that has a time of day', () => {
      assert.deepStrictEqual(found('The alarm sounded two hours ago.', '2025-11-19T10:00'), [['two hours ago', '2025-11-19T08:00']]);
    });
  });
  describe('end-of-unit', () => {
    it('"the end of the month" and "mid-this month" keep the month of the reference', () => {
      assert.deepStrictEqual(withMod('Rent rises at the end of the month.'), [['the end of the month', '2025-11', 'END']]);
      assert.deepStrictEqual(withMod('It will be done in mid-this month.'), [['mid-this month', '2025-11', 'MID']]);
    });
    it('without the articles, as notes and business copy write it: "due end of month", "by end of year"', () => {
      assert.deepStrictEqual(withMod('Expenses are due end of month.'), [['end of month', '2025-11', 'END']]);
      assert.deepStrictEqual(withMod('The review will report by end of year.'), [['end of year', '2025', 'END']]);
      assert.deepStrictEqual(withMod('Sales slowed at the start of quarter.'), [['start of quarter', '2025-Q4', 'START']]);
    });
    it('not a numbered week ("the start of week 3"), nor a compound before its noun ("end-of-year exams")', () => {
      assert.deepStrictEqual(found('Training resumes at the start of week 3.'), [['week 3', '2025-W03']]);
      assert.deepStrictEqual(found('The end-of-year exams were hard.'), []);
    });
    it('a month of an earlier paragraph is no "the month" of what is still to come; in a past story it is', () => {
      assert.deepStrictEqual(found('The bill was introduced in March 2025.\n\nA review is due to report by the end of the month.'), [['March 2025', '2025-03'], ['the end of the month', '2025-11']]);
      assert.deepStrictEqual(found('The ship left port in September 1768.\n\nBy the end of the month it lay at anchor off the cape.'), [['September 1768', '1768-09'], ['the end of the month', '1768-09']]);
    });
  });
  describe('vague', () => {
    it('a name that ends its line in "Now" is no present: "By Jane Roe, Hudson Valley Now"; a headline\'s "Now Available" is', () => {
      assert.deepStrictEqual(found('By Jane Roe, Hudson Valley Now\nThe council met.'), []);
      assert.deepStrictEqual(found('Curved Soundbar Now Available in Stores'), [['Now', 'PRESENT_REF']]);
    });
    it('"recently", "the other day" are the past, "soon", "the foreseeable future" the future, "currently" the present', () => {
      assert.deepStrictEqual(found('Prices rose recently.'), [['recently', 'PAST_REF']]);
      assert.deepStrictEqual(found('He got a text the other day.'), [['the other day', 'PAST_REF']]);
      assert.deepStrictEqual(found('Talks will resume soon.'), [['soon', 'FUTURE_REF']]);
      assert.deepStrictEqual(found('The old API will work for the foreseeable future.'), [['the foreseeable future', 'FUTURE_REF']]);
      assert.deepStrictEqual(found('The plant is currently closed.'), [['currently', 'PRESENT_REF']]);
    });
    it('leaves "current" and "present" before a noun to the noun: "current funding", "the present system"', () => {
      assert.deepStrictEqual(found('Current funding runs out soon.'), [['soon', 'FUTURE_REF']]);
      assert.deepStrictEqual(found('The present system works.'), []);
      assert.deepStrictEqual(found('The current government fell.'), []);
    });
    it('exclusion vague-the-past-count: "the past three years" is a duration, not "the past"', () => {
      assert.deepStrictEqual(found('Prices rose over the past three years.'), [['the past three years', 'P3Y']]);
    });
    it('exclusion vague-the-moment', () => {
      assert.deepStrictEqual(found('The moment he arrived, the crowd cheered.'), []);
    });
    it('exclusion vague-now-former: "the now defunct airline"', () => {
      assert.deepStrictEqual(found('He flew with the now defunct airline.'), []);
    });
    it('exclusion vague-as-soon-as: "as soon as" before a clause or a date is no vague future; "as soon as possible" is', () => {
      assert.deepStrictEqual(found('They will leave as soon as the talks end.'), []);
      assert.deepStrictEqual(found('The crew could fly home as soon as Friday.'), [['Friday', '2025-11-21']]);
      assert.deepStrictEqual(found('The firm wants a buyer as soon as possible.'), [['soon', 'FUTURE_REF']]);
    });
    it('exclusion vague-soon-after: "soon after the vote" counts from an event, not from the dateline', () => {
      assert.deepStrictEqual(found('He was freed soon after the vote.'), []);
      assert.deepStrictEqual(found('The mayor resigned, and an inquiry opened soon thereafter.'), []);
      assert.deepStrictEqual(found('A ruling is expected soon.'), [['soon', 'FUTURE_REF']]);
    });
  });

  describe('informal text', () => {
    it('reads "tmr", "yday" and "tonite"', () => {
      assert.deepStrictEqual(found('Feels like staying home tmr.'), [['tmr', '2025-11-20']]);
      assert.deepStrictEqual(found('yday was long'), [['yday', '2025-11-18']]);
      assert.deepStrictEqual(found('party tonite!'), [['tonite', '2025-11-19TNI']]);
    });
    it('reads "next wk" and "nxt yr"', () => {
      assert.deepStrictEqual(found('follow up next wk re: budget'), [['next wk', '2025-W48']]);
      assert.deepStrictEqual(found('one more member nxt yr'), [['nxt yr', '2026']]);
    });
    it('reads "it\'s the weekend" as the weekend of the dateline\'s week', () => {
      assert.deepStrictEqual(found("It's the weekend!"), [['the weekend', '2025-W47-WE']]);
    });
    it('does not join two items of a list into a range at the bullet', () => {
      assert.deepStrictEqual(found('- call back tomorrow\n- next week: budget'), [['tomorrow', '2025-11-20'], ['next week', '2025-W48']]);
    });
  });
});
