import * as assert from 'assert';
import { isInformal } from '../../../../src/core/lang/en/informal';
import { analyze } from '../../../../src/core';

describe('lang/en/informal', () => {
  it('takes notes whose lines start in lower case for informal text', () => {
    assert.ok(isInformal('- call the clerk re: minutes\n- lunch w/ sam\n- Budget numbers'));
  });
  it('takes chat with a lower-case "i" for informal text', () => {
    assert.ok(isInformal('@sam friday i cant make it lol'));
  });
  it('takes edited copy for edited copy, abbreviations and all', () => {
    assert.ok(!isInformal('Acme Inc. said on Monday that profits rose. The U.S. unit did well. Shares fell.'));
    assert.ok(!isInformal('``We will keep going ... as long as it takes,\'\' the mayor said.'));
  });
  it('skips handles, tags and links at a sentence start', () => {
    assert.ok(!isInformal('@sam #news Great game tonight! http://t.co/x Wow.'));
  });
  it('counts a heading in capitals for neither: notes under "BACKGROUND" stay notes', () => {
    assert.ok(isInformal('BACKGROUND\n- levy last passed 2007\n- Ochoa quote: "we waited"\n- gap next yr per treasurer\n- LAST WK: board tabled it'));
    assert.ok(!isInformal('WASHINGTON — The Senate voted on Tuesday. The House follows.'));
  });
});

describe('lang/en: dates in informal text', () => {
  // Thursday 20 Nov. 2025.
  const found = (text: string) => analyze(text, { dct: '2025-11-20' }).entries.map((e) => [e.text, e.value]);
  it('reads "2nite", "this wknd", "next wknd" (a short form that starts with a digit is a word)', () => {
    assert.deepStrictEqual(found("who's coming to trivia 2nite??"), [['2nite', '2025-11-20TNI']]);
    assert.deepStrictEqual(found('rain all this wknd. camping next wknd?'), [['this wknd', '2025-W47-WE'], ['next wknd', '2025-W48-WE']]);
  });
  it('reads habits: "on mondays", "3x a week", and "5+ hrs" as at least five hours', () => {
    assert.deepStrictEqual(found('the gym is packed on mondays. i go 3x a week'), [['mondays', 'XXXX-WXX-1'], ['3x a week', 'P1W']]);
    assert.deepStrictEqual(analyze("power's out. 5+ hrs now", { dct: '2025-11-20' }).entries.map((e) => [e.text, e.value, e.mod]), [['5+ hrs', 'PT5H', 'EQUAL_OR_MORE'], ['now', 'PRESENT_REF', undefined]]);
  });
  it('a short weekday that heads a notes line with a colon is a day ("- tues: call mayor"); "the Sun: a history" is not', () => {
    assert.deepStrictEqual(found('budget story, plan:\n- today: call clerk\n- tues: call mayor re budget'), [['today', '2025-11-20'], ['tues', '2025-11-25']]);
    assert.deepStrictEqual(found('Readers of the Sun: a history.'), []);
  });
  it('notes write a month and day with a slash ("3/28 mtg", "out til 12/4"), with its time ("12/2 @ 6:30pm", "12/3 noon"), and "yest"', () => {
    assert.deepStrictEqual(found('- pull minutes from 11/12 mtg\n- deb out til 12/4\n- hearing moved to 12/2 @ 6:30pm\n- draft by 12/3 noon\n- agenda went up yest'),
      [['11/12', '2025-11-12'], ['12/4', '2025-12-04'], ['12/2 @ 6:30pm', '2025-12-02T18:30'], ['12/3 noon', '2025-12-03T12:00'], ['yest', '2025-11-19']]);
    // ... and edited copy does not: a count, a fraction
    assert.deepStrictEqual(found('The guard went 7/10 from the line, and 3/4 of voters agreed.'), []);
  });
  it('posts write "open nightly thru sun", "wraps up sun at 10pm", "clear for the wknd"', () => {
    // Thursday 20 Nov. 2025: Sunday the 23rd, the weekend of week 47
    assert.deepStrictEqual(found("yes!! we're open nightly thru sun, see u there"), [['nightly', 'XXXX-XX-XXTNI'], ['sun', '2025-11-23']]);
    assert.deepStrictEqual(found('reminder: the fest wraps up sun at 10pm. showers til fri then clear for the wknd'), [['sun', '2025-11-23'], ['10pm', '2025-11-23T22:00'], ['fri', '2025-11-21'], ['the wknd', '2025-W47-WE']]);
    // ... "at" and a clock time with its a.m. or p.m.: not "the Sun at 10 Downing Street"
    assert.deepStrictEqual(found('The Sun at 10 Downing Street said so.'), []);
  });
  it('notes write a month with a short year: "failed nov \'11 and may \'12"', () => {
    assert.deepStrictEqual(found("- levy failed nov '11 and may '12\n- call treasurer tmrw"), [["nov '11", '2011-11'], ["may '12", '2012-05'], ['tmrw', '2025-11-21']]);
  });
  it('notes write the halves of a day after it: "wed am", "tmrw am", "tues aft"', () => {
    assert.deepStrictEqual(found('- wed am: coffee w/ union rep\n- tmrw am: photo desk\n- tues aft: mayor'), [['wed am', '2025-11-26TMO'], ['tmrw am', '2025-11-21TMO'], ['tues aft', '2025-11-25TAF']]);
  });
  it('"since" looks back whatever the tense, and a weekday shares no year with "today"', () => {
    assert.deepStrictEqual(found('no coffee since tues and today i can feel it'), [['tues', '2025-11-18'], ['today', '2025-11-20']]);
    assert.deepStrictEqual(found('on the waitlist since march. 8 months and counting'), [['march', '2025-03'], ['8 months', 'P8M']]);
  });
});
