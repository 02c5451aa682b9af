import * as assert from 'assert';
import { analyze } from '../../../src/core';

const range = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value, e.endValue]);

describe('core/ranges', () => {
  it('does not start a range at a day whose end is a time of the next day named: "from 18:00 GMT on 20 November until 06:00 on 21 November"', () => {
    assert.deepStrictEqual(range('A wind warning is in force from 18:00 GMT on 20 November until 06:00 on 21 November.'), [
      ['18:00 GMT', '2025-11-20T18:00Z', undefined], ['20 November', '2025-11-20', undefined], ['06:00', '2025-11-21T06:00', undefined], ['21 November', '2025-11-21', undefined],
    ]);
  });
  it('a start that takes its year from the end says so: "from Aug 31 to Sept 1 last year"', () => {
    const [e] = analyze('The summit ran from Aug 31 to Sept 1 last year.', { dct: '2025-11-19' }).entries;
    assert.deepStrictEqual([e.value, e.endValue], ['2024-08-31', '2024-09-01']);
    assert.match(e.explanation, /2024, the year the text gives with the date joined to it/);
    assert.doesNotMatch(e.explanation, /same year as/);
  });
  it('an end the text dates itself keeps its own year: "from August 29, 2013 to today"', () => {
    assert.deepStrictEqual(range('It ran from August 29, 2013 to today.'), [['from August 29, 2013 to today', '2013-08-29', '2025-11-19']]);
    assert.deepStrictEqual(range('Open from Jan. 5, 2024 to this week.'), [['from Jan. 5, 2024 to this week', '2024-01-05', '2025-W47']]);
    assert.deepStrictEqual(range('Closed from March 3, 2023 until yesterday.'), [['from March 3, 2023 until yesterday', '2023-03-03', '2025-11-18']]);
  });
  it('never makes an impossible day: "from Feb. 29, 2024 to tonight"', () => {
    const r = range('Lights were off from Feb. 29, 2024 to tonight.');
    assert.deepStrictEqual(r, [['from Feb. 29, 2024 to tonight', '2024-02-29', '2025-11-19TNI']]);
  });
  it('an end without a year still takes the start\'s, and follows it: "Dec. 29 to Jan. 2"', () => {
    assert.deepStrictEqual(range('The office will close from Dec. 29 to Jan. 2.'), [['from Dec. 29 to Jan. 2', '2025-12-29', '2026-01-02']]);
    assert.deepStrictEqual(range('from Dec. 22, 2018 to Jan. 25'), [['from Dec. 22, 2018 to Jan. 25', '2018-12-22', '2019-01-25']]);
  });
});
