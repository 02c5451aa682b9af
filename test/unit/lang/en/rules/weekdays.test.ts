import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

// 2025-11-19 is a Wednesday.
const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
const texts = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => e.text);

describe('lang/en/rules/weekdays', () => {
  describe('weekday', () => {
    it('a notes half after a short form is its cue: "free tues aft only"; edited copy\'s "the Sun" stays a name', () => {
      assert.deepStrictEqual(found('- mayor re budget. office says she\'s free tues aft only\n- wed am: coffee w/ union'), [['tues aft', '2025-11-25TAF'], ['wed am', '2025-11-19TMO']]);
      assert.deepStrictEqual(found('Readers of the Sun wrote in.'), []);
    });
    it('a title in quotes is a name, quoted speech that opens with a date is not: "On Monday we will vote," he said', () => {
      assert.deepStrictEqual(found('"On Monday we will vote," he said.'), [['Monday', '2025-11-24']]);
      assert.deepStrictEqual(found('They include "The March of Progress" and "Blue Monday".'), []);
    });
    it('reads a weekday in a present-tense sentence as one still to come: "The semi-final is on Monday"', () => {
      // a past Monday would be "was": the 24th, not the 17th
      assert.deepStrictEqual(found('The first semi-final is on Monday.'), [['Monday', '2025-11-24']]);
    });
    it('"thru" a weekday is a deadline, still to come: "parking suspended thru friday"', () => {
      assert.deepStrictEqual(found('Alternate side parking is suspended thru Friday.'), [['Friday', '2025-11-21']]);
    });
    it('reads a day something was put off to as one still to come: "postponed until Monday", "moved to Monday"', () => {
      assert.deepStrictEqual(found('The hearing was postponed until Monday.'), [['Monday', '2025-11-24']]);
      assert.deepStrictEqual(found('The budget hearing was moved to Monday.'), [['Monday', '2025-11-24']]);
    });
    it('keeps a weekday that names an event the nearest one, whatever the present verb', () => {
      assert.deepStrictEqual(found("The offer is 24% above Monday's closing price."), [["Monday", '2025-11-17']]);
    });
    it('reads a bare weekday in a past sentence as the one before the dateline', () => {
      assert.deepStrictEqual(found('The minister resigned on Monday.'), [['Monday', '2025-11-17']]);
    });
    it('counts "next Tuesday" forward from the dateline', () => {
      assert.deepStrictEqual(found('The talks will resume next Tuesday.'), [['next Tuesday', '2025-11-25']]);
    });
    it('counts "last Friday" back from the dateline', () => {
      assert.deepStrictEqual(found('The plant closed last Friday.'), [['last Friday', '2025-11-14']]);
    });
    it('keeps a part of the day with the weekday: "Friday evening"', () => {
      assert.deepStrictEqual(found('Fans gathered outside the stadium on Friday evening.'), [['Friday evening', '2025-11-14TEV']]);
    });
    it('counts "the following Monday" from the day just mentioned', () => {
      assert.deepStrictEqual(found('The strike began on Nov. 5, 2025, and ended the following Monday.'), [['Nov. 5, 2025', '2025-11-05'], ['following Monday', '2025-11-10']]);
    });
    it('leaves out a weekday in lower case: "monday.com"', () => {
      assert.ok(!texts('Shares of monday.com rose after the results.').some((t) => /monday/i.test(t)));
    });
    it('leaves out a named day: "Bloody Sunday"', () => {
      assert.deepStrictEqual(found('Marchers remembered Bloody Sunday in Derry.'), []);
    });
    it('a weekday in brackets after a range of days is its day: "Dec. 12-13 (Fri and Sat)"', () => {
      // the bare "Fri" of a future sentence would be Nov. 21; the brackets say the 12th
      assert.deepStrictEqual(found('The fair will run Dec. 12-13 (Fri and Sat).').slice(1, 2), [['Fri', '2025-12-12']]);
      // ... when one of its days falls on that weekday (Dec. 12 and 13 are a Friday and a Saturday)
      const [mon] = found('The fair will run Dec. 12-13 (Mon and Tue).').slice(1, 2);
      assert.strictEqual(mon[0], 'Mon');
      assert.ok(!['2025-12-12', '2025-12-13'].includes(mon[1]), mon[1]);
    });
    it('leaves out "a Monday" that only names the weekday of a date', () => {
      assert.deepStrictEqual(found('The vote falls on Nov. 3, a Monday.'), [['Nov. 3', '2025-11-03']]);
    });
  });

  describe('a proposal looks forward', () => {
    it('"how about Friday?", "see you on Monday" are the days to come', () => {
      // Dateline Wed 19 Nov 2025.
      assert.deepStrictEqual(found('How about Friday? We can go then.'), [['Friday', '2025-11-21']]);
      assert.deepStrictEqual(found('Thanks for the talk. See you on Monday!'), [['Monday', '2025-11-24']]);
    });
  });
  describe('day-next-to-weekday', () => {
    it('finds the day before a weekday\'s event', () => {
      assert.deepStrictEqual(found('Lawmakers met the day before Monday\'s vote.'), [['the day before Monday', '2025-11-16']]);
    });
    it('finds the day after last Tuesday', () => {
      assert.deepStrictEqual(found('The ruling came the day after last Tuesday\'s hearing.'), [['the day after last Tuesday', '2025-11-19']]);
    });
    it('leaves out a weekday in lower case', () => {
      assert.ok(!texts('He left the day before monday.com listed.').some((t) => /monday/i.test(t)));
    });
  });

  describe('informal text', () => {
    it('reads a lower-case weekday in notes, and with no tense takes the next one', () => {
      assert.deepStrictEqual(found('gym then dinner w/ mum on friday'), [['friday', '2025-11-21']]);
    });
    it('reads a lower-case weekday after a preposition in edited copy', () => {
      assert.deepStrictEqual(found('The plant closed on friday.'), [['friday', '2025-11-14']]);
    });
    it('reads a short form with a cue: "this Sat"', () => {
      assert.deepStrictEqual(found('Tickets for the show this Sat are gone.'), [['this Sat', '2025-11-22']]);
    });
    it('reads "thurs & fri" in notes', () => {
      assert.deepStrictEqual(found("i'm off thurs & fri"), [['thurs', '2025-11-20'], ['fri', '2025-11-21']]);
    });
    it('leaves out "Sun" the company, "sat" the verb, "C\'mon" and a hashtag', () => {
      assert.deepStrictEqual(found('Demand for Sun servers rose, a Sun spokesman said.'), []);
      assert.deepStrictEqual(found('The ship sat 3 miles offshore.'), []);
      assert.deepStrictEqual(found("C'mon down and join us!"), []);
      assert.deepStrictEqual(found('Drinks after work! #Friday'), []);
    });
  });
});
