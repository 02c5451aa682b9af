import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

// 2025-11-19 is a Wednesday.
const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
const span = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value, e.endValue]);
const texts = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => e.text);

describe('lang/en/rules/times', () => {
  describe('part-of-date', () => {
    it('reads a part of a day given with its year', () => {
      assert.deepStrictEqual(found('Police were called on the night of Jan. 5, 2024.'), [['the night of Jan. 5, 2024', '2024-01-05TNI']]);
    });
    it('gives a part of a day without a year the dateline\'s year in a past sentence', () => {
      assert.deepStrictEqual(found('Firefighters arrived on the morning of Sept. 11.'), [['the morning of Sept. 11', '2025-09-11TMO']]);
    });
    it('reads the day first: "the evening of 21 February 2024"', () => {
      assert.deepStrictEqual(found('Police were called on the evening of 21 February 2024.'), [['the evening of 21 February 2024', '2024-02-21TEV']]);
    });
    it('reads "the evening of the 6th" in the dateline\'s month', () => {
      assert.deepStrictEqual(found('The rally took place on the evening of the 6th.'), [['the evening of the 6th', '2025-11-06TEV']]);
    });
    it('reads the day first too: "the evening of 21 February"', () => {
      assert.deepStrictEqual(found('He struck again on the evening of 21 February, police said.'), [['the evening of 21 February', '2025-02-21TEV']]);
    });
    it('leaves out a month in lower case', () => {
      assert.ok(!texts('They met on the night of may 5.').some((t) => /night of may/i.test(t)));
    });
  });

  describe('time-span', () => {
    it('reads two hours that share one p.m.', () => {
      assert.deepStrictEqual(span('Polls stay open between 9 and 10 p.m.'), [['between 9 and 10 p.m.', '2025-11-19T21:00', '2025-11-19T22:00']]);
    });
    it('needs no opener with a dash or "to": "7-9 p.m.", "10 to 11 a.m."; hours out of order are none', () => {
      assert.deepStrictEqual(span('The talk runs 7-9 p.m. in the main hall.'), [['7-9 p.m.', '2025-11-19T19:00', '2025-11-19T21:00']]);
      assert.deepStrictEqual(span('Doors open 10 to 11 a.m.'), [['10 to 11 a.m.', '2025-11-19T10:00', '2025-11-19T11:00']]);
      // (a score before "pm" is no span: 10 p.m. is not before 2 p.m.)
      assert.deepStrictEqual(span('The score was 10-2 pm or so.'), []);
    });
    it('reads a span with minutes on the day just mentioned', () => {
      assert.deepStrictEqual(span('On Nov. 3, 2025, the office opened from 9:30 to 11 a.m.'), [['Nov. 3, 2025', '2025-11-03', undefined], ['from 9:30 to 11 a.m.', '2025-11-03T09:30', '2025-11-03T11:00']]);
    });
  });

  describe('date-time-stamp', () => {
    it('reads a date and a clock time as one TIME: "Feb. 4, 2025, 9:05 a.m. ET", "Jan 28, 2026 / 08:10 PM CST"', () => {
      assert.deepStrictEqual(found('Updated Feb. 4, 2025, 9:05 a.m. ET'), [['Feb. 4, 2025, 9:05 a.m. ET', '2025-02-04T09:05']]);
      assert.deepStrictEqual(found('Updated: Jan 28, 2026 / 08:10 PM CST'), [['Jan 28, 2026 / 08:10 PM CST', '2026-01-28T20:10']]);
      assert.deepStrictEqual(found('Updated 17 September 2024, 09:10 BST'), [['17 September 2024, 09:10 BST', '2024-09-17T09:10']]);
    });
    it('reads numeric stamps day first with dots, or where the month cannot be first', () => {
      assert.deepStrictEqual(found('Updated: 26.02.2026 – 19:45 CET'), [['26.02.2026 – 19:45 CET', '2026-02-26T19:45']]);
      assert.deepStrictEqual(found('Modified: 15/07/2025 - 17:20'), [['15/07/2025 - 17:20', '2025-07-15T17:20']]);
      assert.deepStrictEqual(found('Posted 07/15/2025 at 5:20 PM'), [['07/15/2025 at 5:20 PM', '2025-07-15T17:20']]);
    });
    it('gives UTC/GMT a Z and a numeric offset its offset; a zone by name no suffix', () => {
      assert.deepStrictEqual(found('Updated March 4, 2025, 14:30 GMT'), [['March 4, 2025, 14:30 GMT', '2025-03-04T14:30Z']]);
      assert.deepStrictEqual(found('Updated 03.02.2025 - 09:30 GMT+1'), [['03.02.2025 - 09:30 GMT+1', '2025-02-03T09:30+01:00']]);
    });
    it('reads a time before a date with a weekday cut short: "7:02 PM EDT, Thu September 18, 2025"', () => {
      assert.deepStrictEqual(found('Updated 7:02 PM EDT, Thu September 18, 2025'), [['7:02 PM EDT, Thu September 18, 2025', '2025-09-18T19:02']]);
    });
    it('leaves the date alone when a number, not a clock, follows it', () => {
      assert.deepStrictEqual(found('On Jan. 5, 2024, 12 people were hurt.'), [['Jan. 5, 2024', '2024-01-05']]);
      assert.deepStrictEqual(texts('Sales reached on March 3, 2025, 1.25 million units.'), ['March 3, 2025']);
      assert.deepStrictEqual(texts('Prices rose on 3 March 2025 - 10.50 percent in a day.').filter((t) => /10/.test(t)), []);
    });
  });

  describe('iso-date-time', () => {
    it('reads an ISO date-time with its zone as TIMEX3 writes it', () => {
      assert.deepStrictEqual(found('Update 2025-06-22T09:40+02:00: the line reopened.'), [['2025-06-22T09:40+02:00', '2025-06-22T09:40+02:00']]);
      assert.deepStrictEqual(found('Filed 2025-03-06T14:05:00Z by the desk.'), [['2025-03-06T14:05:00Z', '2025-03-06T14:05Z']]);
      assert.deepStrictEqual(found('Logged at 2025-03-06T14:05:30+0000.'), [['2025-03-06T14:05:30+0000', '2025-03-06T14:05Z']]);
      assert.deepStrictEqual(found('Logged at 2025-03-06T14:05.'), [['2025-03-06T14:05', '2025-03-06T14:05']]);
    });
    it('leaves out an impossible day: "2025-02-30T10:00"', () => {
      assert.deepStrictEqual(texts('Logged at 2025-02-30T10:00.').filter((t) => t.includes('T10')), []);
    });
  });

  describe('time-hhmm', () => {
    it('reads a wire time', () => {
      assert.deepStrictEqual(found('The quake struck at 0314 GMT.'), [['0314 GMT', '2025-11-19T03:14Z']]);
    });
    it('leaves out a wire time that is a length of time: "1200 hrs later"', () => {
      assert.deepStrictEqual(found('The convoy reached the border 1200 hrs later.'), []);
    });
    it('marks a time restated in another zone too, both on the day named after them', () => {
      // TimeML marks both times; "struck" is past, so Sunday is the 16th; GMT gives Z.
      assert.deepStrictEqual(found('The quake struck at 10:35 a.m. (0235 GMT) on Sunday.'), [['10:35 a.m.', '2025-11-16T10:35'], ['0235 GMT', '2025-11-16T02:35Z'], ['Sunday', '2025-11-16']]);
    });
    it('reads a wire time with its weekday as one time: "0452 GMT Thursday"', () => {
      // Thursday after a Wednesday dateline, in a future sentence: the 20th.
      assert.deepStrictEqual(found('The window will open at 0452 GMT Thursday.'), [['0452 GMT Thursday', '2025-11-20T04:52Z']]);
    });
  });

  describe('time zones', () => {
    it('gives a time in UTC or GMT the zone Z', () => {
      assert.deepStrictEqual(found('The servers went down at 17:00 UTC.'), [['17:00 UTC', '2025-11-19T17:00Z']]);
    });
    it('gives a numeric offset as TIMEX3 writes it: GMT+1 is +01:00', () => {
      // (a time "on" a date is two expressions, as TimeML marks them; the time takes the date's day)
      assert.deepStrictEqual(found('The market opened at 09:30 GMT+1 on Nov. 18.'), [['09:30 GMT+1', '2025-11-18T09:30+01:00'], ['Nov. 18', '2025-11-18']]);
    });
    it('leaves a zone given only by name out of the value, as TimeBank does', () => {
      assert.deepStrictEqual(found('The polls closed at 8 p.m. EST.'), [['8 p.m. EST', '2025-11-19T20:00']]);
    });
  });

  describe('the day of a time given without one', () => {
    it('takes the day its own sentence names before it', () => {
      // Sunday in a past sentence before Wednesday 19 November: the 16th.
      assert.deepStrictEqual(found('On Sunday, the final kicked off at 4.30pm.'), [['Sunday', '2025-11-16'], ['4.30pm', '2025-11-16T16:30']]);
    });
    it('a day named right after it wins over a day its sentence gave before: "On Monday ... at 9 p.m. local time on Sunday"', () => {
      // Dateline Wed 19 Nov 2025: Monday the 17th, Sunday the 16th.
      assert.deepStrictEqual(found('On Monday, police said the attack began at 9 p.m. local time on Sunday.'), [['Monday', '2025-11-17'], ['9 p.m.', '2025-11-16T21:00'], ['Sunday', '2025-11-16']]);
      assert.deepStrictEqual(found('Rescuers worked on Monday, and by 6 a.m. local time on Tuesday they had stopped.'), [['Monday', '2025-11-17'], ['6 a.m.', '2025-11-18T06:00'], ['Tuesday', '2025-11-18']]);
      assert.deepStrictEqual(found('The storm made landfall at 2:30 a.m. Eastern time on Monday.'), [['2:30 a.m.', '2025-11-17T02:30'], ['Monday', '2025-11-17']]);
    });
    it('a programme\'s time that opens a line takes the day named just above it', () => {
      const programme = '## Friday 12 July\n\n- **18:30** Opening parade\n- **21:00** The Lanterns\n\n## Saturday 13 July\n\n- **11:00** Workshops';
      assert.deepStrictEqual(found(programme, '2024-06-20'), [['Friday 12 July', '2024-07-12'], ['18:30', '2024-07-12T18:30'], ['21:00', '2024-07-12T21:00'], ['Saturday 13 July', '2024-07-13'], ['11:00', '2024-07-13T11:00']]);
    });
    it('a date and its time are one expression: "Thursday 4 June, 7pm", "01:15 EST, 12 November 2024"; not across "on"', () => {
      assert.deepStrictEqual(found('Members meet on Thursday 4 June, 7pm, at the library.', '2026-05-20'), [['Thursday 4 June, 7pm', '2026-06-04T19:00']]);
      assert.deepStrictEqual(found('UPDATED: 01:15 EST, 12 November 2024', '2024-11-11'), [['01:15 EST, 12 November 2024', '2024-11-12T01:15']]);
      assert.deepStrictEqual(found('Nominations close at 5pm on Tuesday 21 April.', '2026-04-13').map((e) => e[0]), ['5pm', 'Tuesday 21 April']);
    });
    it('takes the day named right after it: "by 5pm on Tuesday 25 November"', () => {
      assert.deepStrictEqual(found('Ballots must arrive by 5pm on Tuesday 25 November.'), [['5pm', '2025-11-25T17:00'], ['Tuesday 25 November', '2025-11-25']]);
    });
    it('told in the past, is a moment of the lead event: the day the lead gave, not a date of saying', () => {
      assert.deepStrictEqual(found('Police arrived on Nov. 2. The building was evacuated at 9 p.m.'), [['Nov. 2', '2025-11-02'], ['9 p.m.', '2025-11-02T21:00']]);
      // Wednesday 19 Nov. 2025: Monday is the 17th.
      const text = 'Rescuers said today that a ferry capsized on Monday evening.\n\nIt left port at about 6:40 p.m. local time (1540 UTC) with 180 passengers.';
      assert.deepStrictEqual(found(text).slice(2), [['about 6:40 p.m.', '2025-11-17T18:40'], ['1540 UTC', '2025-11-17T15:40Z']]);
      const saying = 'The bridge closed on Monday, officials said today.\n\nIt was shut at 15:00 after an inspection.';
      assert.deepStrictEqual(found(saying).slice(2), [['15:00', '2025-11-17T15:00']]);
    });
    it('takes no other sentence\'s day otherwise: not in the future, not after another day, not in a later paragraph\'s lead', () => {
      assert.deepStrictEqual(found('The council met on Monday. It will publish the minutes at 9 a.m.'), [['Monday', '2025-11-17'], ['9 a.m.', '2025-11-19T09:00']]);
      assert.deepStrictEqual(found('The club drew on Sunday. The next home game is on Dec. 6.\n\nPolice said 14 people were arrested between 4 p.m. and 7 p.m.').map((e) => e[1]).slice(2), ['2025-11-19T16:00']);
      assert.deepStrictEqual(found('The council will meet on Friday to vote.\n\nThe doors opened at 9 a.m.').slice(1), [['9 a.m.', '2025-11-19T09:00']]);
    });
    it('does not take the day of a later event in its sentence', () => {
      assert.deepStrictEqual(found('Shares rose 2% by 1040 GMT, after a record high on Nov. 14.'), [['1040 GMT', '2025-11-19T10:40Z'], ['Nov. 14', '2025-11-14']]);
    });
    it('does not count "the next day" from a time that only took the dateline\'s day', () => {
      const e = found('The car was found on Nov. 2, 2025. It had been seen at 11 p.m. The next day, police made an arrest.');
      assert.deepStrictEqual(e.find(([t]) => t === 'The next day'), ['The next day', '2025-11-03']);
    });
    it('reads "11:48 p.m. that night" on the day just mentioned', () => {
      assert.deepStrictEqual(found('The car left on Nov. 5, 2025. It was seen at 11:48 p.m. that night.'), [['Nov. 5, 2025', '2025-11-05'], ['11:48 p.m. that night', '2025-11-05T23:48']]);
    });
    it('reads "just after midnight" as the start of the next day, not 24:00', () => {
      assert.deepStrictEqual(found('The fire started just after midnight.'), [['just after midnight', '2025-11-20T00:00']]);
    });
  });

  describe('a time without its day, and a relative clause', () => {
    it('takes no day from a relative clause closed before it: "The talks, which began Monday, broke off at 6 p.m."', () => {
      assert.deepStrictEqual(found('Negotiators failed today to settle the dispute.\n\nThe talks, which began Monday, broke off at 6 p.m. without a deal.'), [['today', '2025-11-19'], ['Monday', '2025-11-17'], ['6 p.m.', '2025-11-19T18:00']]);
      assert.deepStrictEqual(found('The talks began Monday and broke off at 6 p.m.'), [['Monday', '2025-11-17'], ['6 p.m.', '2025-11-17T18:00']]);
    });
  });
  describe('clock-part-of-day', () => {
    it('a clock time with the part of the day that places it: "6:45 this evening", "8 tomorrow morning", "11 tonight"', () => {
      assert.deepStrictEqual(found('The plane landed at 6:45 this evening.'), [['6:45 this evening', '2025-11-19T18:45']]);
      assert.deepStrictEqual(found('We meet at 8 tomorrow morning.'), [['8 tomorrow morning', '2025-11-20T08:00']]);
      assert.deepStrictEqual(found('The show starts at 11 tonight.'), [['11 tonight', '2025-11-19T23:00']]);
      assert.deepStrictEqual(found('The blast came at 9 last night.'), [['9 last night', '2025-11-18T21:00']]);
    });
    it('with its own a.m. or p.m.: "7 PM this evening", "6 a.m. tomorrow morning"', () => {
      assert.deepStrictEqual(found('A warning is in effect from 7 PM this evening.'), [['7 PM this evening', '2025-11-19T19:00']]);
      assert.deepStrictEqual(found('Doors open at 6 a.m. tomorrow morning.'), [['6 a.m. tomorrow morning', '2025-11-20T06:00']]);
    });
    it('the start of a range of times takes the day of its end: "between 2 AM and 7 AM Saturday"', () => {
      // Nov. 22, 2025 is the Saturday after the dateline; 10 PM to 2 AM Saturday starts on the Friday
      assert.deepStrictEqual(span('Snow will fall heavily between 2 AM and 7 AM Saturday.'), [['between 2 AM and 7 AM Saturday', '2025-11-22T02:00', '2025-11-22T07:00']]);
      assert.deepStrictEqual(span('The road is closed from 10 PM to 2 AM Saturday.'), [['from 10 PM to 2 AM Saturday', '2025-11-21T22:00', '2025-11-22T02:00']]);
    });
  });
  describe('clock-words', () => {
    it('"11 o\'clock", "half past nine", "a quarter to six in the evening"', () => {
      assert.deepStrictEqual(found("Sirens sounded at 11 o'clock."), [["11 o'clock", '2025-11-19T11:00']]);
      assert.deepStrictEqual(found('The protest began at half past nine.'), [['half past nine', '2025-11-19T09:30']]);
      assert.deepStrictEqual(found('He called at a quarter to six in the evening.'), [['a quarter to six in the evening', '2025-11-19T17:45']]);
    });
    it('is no clock in "ten to five years" or "the past five games"', () => {
      assert.deepStrictEqual(found('He scored twice in the past five games.'), []);
    });
  });
  describe('part-of-day', () => {
    it('reads "this morning" and "last night" from the dateline', () => {
      assert.deepStrictEqual(found('The minister spoke this morning.'), [['this morning', '2025-11-19TMO']]);
      assert.deepStrictEqual(found('Protesters clashed with police last night.'), [['last night', '2025-11-18TNI']]);
    });
    it('keeps the modifier: "late this afternoon"', () => {
      const e = analyze('The vote is expected late this afternoon.', { dct: '2025-11-19' }).entries;
      assert.deepStrictEqual(e.map((x) => [x.text, x.value, x.mod]), [['late this afternoon', '2025-11-19TAF', 'END']]);
    });
  });

  describe('time', () => {
    it('reads a time with a.m. on the dateline\'s day', () => {
      assert.deepStrictEqual(found('The fire broke out at 4:15 a.m.'), [['4:15 a.m.', '2025-11-19T04:15']]);
    });
    it('reads "10.30" with a zone or "local time" as a time ("10.30 GMT"), and not without one ("closed at 12.30")', () => {
      assert.deepStrictEqual(found('The first flight left at 10.30 GMT.'), [['10.30 GMT', '2025-11-19T10:30Z']]);
      assert.deepStrictEqual(found('The polls close at 21.00 local time.'), [['21.00', '2025-11-19T21:00']]);
      assert.deepStrictEqual(found('The shares closed at 12.30, up 4%.'), []);
    });
    it('a 24-hour clock alone needs a cue: "since 7:40", a range\'s two ends, a zone after it; not a vote "12:10 against"', () => {
      assert.deepStrictEqual(found('The truck has been outside since 7:40, and it is raining.'), [['7:40', '2025-11-19T07:40']]);
      assert.deepStrictEqual(span('The site is offline 01:00 to 03:00.'), [['01:00 to 03:00', '2025-11-19T01:00', '2025-11-19T03:00']]);
      assert.deepStrictEqual(span('The site is offline between 01:00 and 03:00.'), [['between 01:00 and 03:00', '2025-11-19T01:00', '2025-11-19T03:00']]);
      assert.deepStrictEqual(found('The backup ends 03:00 UTC.'), [['03:00 UTC', '2025-11-19T03:00Z']]);
      assert.deepStrictEqual(found('The committee voted 12:10 against the plan.'), []);
    });
    it('an hour from 5 to 11 without a.m. or p.m., after the evening the paragraph names, is p.m.', () => {
      assert.deepStrictEqual(found('who\'s coming to trivia 2nite?? starts 7:30, we need a 5th'), [['2nite', '2025-11-19TNI'], ['7:30', '2025-11-19T19:30']]);
      assert.deepStrictEqual(found('Polls close tonight. Results are expected from 11:30.'), [['tonight', '2025-11-19TNI'], ['11:30', '2025-11-19T23:30']]);
      // not after a morning named later, nor an hour of the small hours, nor a 24-hour clock
      assert.deepStrictEqual(found('Tonight\'s vigil follows a service held this morning at 10:30.'), [['Tonight', '2025-11-19TNI'], ['this morning', '2025-11-19TMO'], ['10:30', '2025-11-19T10:30']]);
      assert.deepStrictEqual(found('Fire crews worked through the night. The blaze was out by 2:15.'), [['the night', '2025-11-19TNI'], ['2:15', '2025-11-19T02:15']]);
      assert.deepStrictEqual(found('It rained all evening. The bus left at 07:30.'), [['07:30', '2025-11-19T07:30']]);
    });
    it('clock-span: "10:00-13:00", "09:30–11:00 CET" on the sentence\'s day; not a span that runs past midnight', () => {
      assert.deepStrictEqual(span('The market hall opens 10:00-13:00 on 22 November.'), [['10:00-13:00', '2025-11-22T10:00', '2025-11-22T13:00'], ['22 November', '2025-11-22', undefined]]);
      assert.deepStrictEqual(span('Trains are replaced by buses 09:30–11:00 CET.'), [['09:30–11:00 CET', '2025-11-19T09:30', '2025-11-19T11:00']]);
      assert.deepStrictEqual(found('The night shift runs 22:00-02:00.'), []);
    });
    it('a time alone in a past sentence takes the day the story leads with, and says so', () => {
      const e = analyze('Shares rose on Monday.\n\nThe pound fell at 10:30 GMT.', { dct: '2025-11-19' }).entries;
      assert.deepStrictEqual(e.map((x) => [x.text, x.value]), [['Monday', '2025-11-17'], ['10:30 GMT', '2025-11-17T10:30Z']]);
      assert.match(e[1].explanation, /the event the story leads with/);
    });
    it('reads a time with its weekday: "10 p.m. Wednesday" on a Wednesday is that day', () => {
      assert.deepStrictEqual(found('The talks end at 10 p.m. Wednesday.'), [['10 p.m. Wednesday', '2025-11-19T22:00']]);
    });
    it('reads a time with its date', () => {
      assert.deepStrictEqual(found('Voting closes at 5 p.m. EST Nov. 25, 2025.'), [['5 p.m. EST Nov. 25, 2025', '2025-11-25T17:00']]);
    });
    it('reads a 24-hour time after "at"', () => {
      assert.deepStrictEqual(found('The session opens at 17:00.'), [['17:00', '2025-11-19T17:00']]);
    });
    it('leaves out a 24-hour time with no cue before it: a score', () => {
      assert.deepStrictEqual(found('The committee voted 12:10 against the plan.'), []);
    });
    it('leaves out a 24-hour time that is no time of day: "at 24:30"', () => {
      assert.ok(!texts('The shift ends at 24:30.').some((t) => /24:30/.test(t)));
    });
    it('leaves out "high noon"', () => {
      assert.deepStrictEqual(found('It was high noon for the coalition.'), []);
    });
    it('leaves out a time whose month is in lower case', () => {
      assert.ok(!texts('Thousands joined the 10 a.m. march 3 miles through downtown.').some((t) => /march/i.test(t)));
    });
  });

  describe('part-of-day-bare', () => {
    it('reads "in the morning" on the dateline\'s day', () => {
      assert.deepStrictEqual(found('The attack came in the morning.'), [['the morning', '2025-11-19TMO']]);
    });
    it('reads "overnight Tuesday" as the night of that Tuesday', () => {
      assert.deepStrictEqual(found('Heavy rain fell overnight Tuesday, forcing evacuations.'), [['overnight Tuesday', '2025-11-18TNI']]);
    });
    it('puts "overnight" on the day just mentioned', () => {
      assert.deepStrictEqual(found('On Nov. 5, 2025, rain fell overnight.'), [['Nov. 5, 2025', '2025-11-05'], ['overnight', '2025-11-05TNI']]);
    });
  });

  describe('part-of-day-alone', () => {
    it('reads "at night" and "since morning" on the dateline\'s day', () => {
      assert.deepStrictEqual(found('The owls only hunt at night.'), [['night', '2025-11-19TNI']]);
      assert.deepStrictEqual(found('Cooking since morning, worth it.'), [['morning', '2025-11-19TMO']]);
    });
    it('keeps the article and a temporal modifier in the span: "an afternoon of music", "a late night"', () => {
      assert.deepStrictEqual(found('Join us for an afternoon of music.'), [['an afternoon', '2025-11-19TAF']]);
      assert.deepStrictEqual(found('Pancakes for a late night with the team!'), [['a late night', '2025-11-19TNI']]);
    });
    it('leaves another adjective out of the span: "a rainy afternoon" is "afternoon"', () => {
      assert.deepStrictEqual(found('Noodle soup on a rainy afternoon :)'), [['afternoon', '2025-11-19TAF']]);
    });
    it('puts "the whole morning" on the day just mentioned', () => {
      assert.deepStrictEqual(found('On Nov. 5, 2025, the crews worked the whole morning.'), [['Nov. 5, 2025', '2025-11-05'], ['the whole morning', '2025-11-05TMO']]);
    });
    it('leaves a part of the day that modifies a noun, a rate and an event\'s night alone', () => {
      assert.deepStrictEqual(found('We walked through the night market.'), []);
      assert.deepStrictEqual(found('She never misses the evening news.'), []);
      assert.deepStrictEqual(found('Rooms cost $35 a night.'), []);
      assert.deepStrictEqual(found('Nobody slept on the night of the storm.'), []);
    });
  });

  describe('informal times', () => {
    it('reads a weekday and its time in notes: "tues 3pm" is the next Tuesday', () => {
      assert.deepStrictEqual(found('- mtg w/ mayor tues 3pm'), [['tues 3pm', '2025-11-25T15:00']]);
    });
    it('reads "this Sat, 430pm" as one time', () => {
      assert.deepStrictEqual(found('The show is on this Sat, 430pm at the park.'), [['this Sat, 430pm', '2025-11-22T16:30']]);
    });
    it('reads a time before a short day word: "4pm tmrw"', () => {
      assert.deepStrictEqual(found('Doors open 4pm tmrw!'), [['4pm tmrw', '2025-11-20T16:00']]);
    });
    it('reads a bare hour with its day after "by": "by 4 tmrw" is an afternoon hour', () => {
      assert.deepStrictEqual(found('ed wants the copy by 4 tmrw'), [['4 tmrw', '2025-11-20T16:00']]);
    });
    it('reads four figures after "at" as a clock where they cannot be a year', () => {
      assert.deepStrictEqual(found('We left school at 1015, then ate.'), [['1015', '2025-11-19T10:15']]);
      assert.ok(!found('The plan runs by 2015, officials said.').some(([, v]) => /T/.test(v!)));
    });
    it('reads a time of day with a lower-case weekday after it in notes: "14:30 thurs"', () => {
      assert.deepStrictEqual(found('budget mtg is at 14:30 thurs'), [['14:30 thurs', '2025-11-20T14:30']]);
    });
  });
});
