import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);

describe('lang/en/rules/holidays', () => {
  it('puts a holiday in the future tense in the coming year\'s date', () => {
    assert.deepStrictEqual(found('Shoppers will crowd the stores on Black Friday.'), [['Black Friday', '2025-11-28']]);
  });
  it('puts "last Christmas" in the year before', () => {
    assert.deepStrictEqual(found('Sales were weak last Christmas.'), [['last Christmas', '2024-12-25']]);
  });
  it('reads a holiday with its year: Thanksgiving 2024 and Easter Monday 2026', () => {
    assert.deepStrictEqual(found('Prices rose before Thanksgiving 2024.'), [['Thanksgiving 2024', '2024-11-28']]);
    assert.deepStrictEqual(found('The museum reopens on Easter Monday 2026.'), [['Easter Monday 2026', '2026-04-06']]);
  });
  it('reads "Christmas week" as the week of Christmas', () => {
    assert.deepStrictEqual(found('Flights are full for Christmas week 2025.'), [['Christmas week 2025', '2025-W52']]);
  });
  it('leaves out a holiday in lower case: "an easter egg"', () => {
    assert.deepStrictEqual(found('The game hides an easter egg in its credits.'), []);
  });
  it('leaves out a holiday inside a name: "Easter Island", "Independence Day star"', () => {
    assert.ok(!found('Tourists flock to Easter Island every year.').some(([t]) => /Easter/.test(t)));
    assert.deepStrictEqual(found('The Independence Day star signed a new contract.'), []);
  });

  describe('informal names', () => {
    it('reads "xmas" and "Xmas"', () => {
      assert.deepStrictEqual(analyze('home for xmas', { dct: '2025-11-19' }).entries.map((e) => [e.text, e.value]), [['xmas', '2025-12-25']]);
    });
  });
});
