import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);

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
});
