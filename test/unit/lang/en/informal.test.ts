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
  it('notes write the halves of a day after it: "wed am", "tmrw am", "tues aft"', () => {
    assert.deepStrictEqual(found('- wed am: coffee w/ union rep\n- tmrw am: photo desk\n- tues aft: mayor'), [['wed am', '2025-11-26TMO'], ['tmrw am', '2025-11-21TMO'], ['tues aft', '2025-11-25TAF']]);
  });
  it('"since" looks back whatever the tense, and a weekday shares no year with "today"', () => {
    assert.deepStrictEqual(found('no coffee since tues and today i can feel it'), [['tues', '2025-11-18'], ['today', '2025-11-20']]);
    assert.deepStrictEqual(found('on the waitlist since march. 8 months and counting'), [['march', '2025-03'], ['8 months', 'P8M']]);
  });
});
