import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
const withMod = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value, e.mod]);

describe('lang/en/rules/anaphora', () => {
  describe('same-period-last-year', () => {
    it('"the same period" alone is the period just mentioned; "the same week" stays the anaphora\'s', () => {
      assert.deepStrictEqual(found('Output rose 9 percent in the first half. Prices rose 2.8 percent in the same period.'), [['the first half', '2025-H1'], ['the same period', '2025-H1']]);
    });
    it('is the quarter just mentioned, a year before', () => {
      assert.deepStrictEqual(found('Revenue rose in the third quarter, up from the same period last year.'), [['the third quarter', '2025-Q3'], ['the same period last year', '2024-Q3']]);
    });
  });
  describe('anaphoric', () => {
    it('counts "the following day" and "the day before" from the date just mentioned', () => {
      assert.deepStrictEqual(found('The talks began on March 3, 2025. The following day, they broke down.'), [['March 3, 2025', '2025-03-03'], ['The following day', '2025-03-04']]);
      assert.deepStrictEqual(found('He arrived on March 3, 2025, and left the day before.'), [['March 3, 2025', '2025-03-03'], ['the day before', '2025-03-02']]);
    });
    it('"that spring" after a year is that year\'s spring, "the following spring" the next year\'s', () => {
      assert.deepStrictEqual(found('The war resumed in 1689. That spring, troops arrived.'), [['1689', '1689'], ['That spring', '1689-SP']]);
      assert.deepStrictEqual(found('The war resumed in 1689. The following spring, troops left.'), [['1689', '1689'], ['The following spring', '1690-SP']]);
    });
    it('"that week" is the week of the date just mentioned', () => {
      assert.deepStrictEqual(found('The talks began on March 3, 2025. That week, they broke down.'), [['March 3, 2025', '2025-03-03'], ['That week', '2025-W10']]);
    });
    it('"early the next morning" is the next day\'s morning, early', () => {
      assert.deepStrictEqual(withMod('The storm hit on Oct. 2, 2024. Early the next morning the river rose.'), [['Oct. 2, 2024', '2024-10-02', undefined], ['Early the next morning', '2024-10-03TMO', 'START']]);
    });
    it('exclusion anaphoric-before-event: not "the day before" an event the text names', () => {
      assert.deepStrictEqual(found('He left the day before authorities issued a warrant.'), []);
      assert.deepStrictEqual(found('She called the day before returning home.'), []);
    });
  });
  describe('in-the-unit', () => {
    it('is part of the day just mentioned, or of the week of the reference', () => {
      assert.deepStrictEqual(withMod('The vote was on March 3, 2025. Later in the day, protests began.'), [['March 3, 2025', '2025-03-03', undefined], ['Later in the day', '2025-03-03', 'END']]);
      assert.deepStrictEqual(withMod('Shares fell early in the week.'), [['early in the week', '2025-W47', 'START']]);
    });
  });
});
