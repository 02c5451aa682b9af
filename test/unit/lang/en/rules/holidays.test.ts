import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);

describe('lang/en/rules/holidays', () => {
  it('puts a holiday in the future tense in the coming year\'s date', () => {
    assert.deepStrictEqual(found('Shoppers will crowd the stores on Black Friday.'), [['Black Friday', '2025-11-28']]);
  });
  it('"the Fourth of July" in lower-case "the" is the holiday; July alone is not taken from it', () => {
    assert.deepStrictEqual(found('We marched on the Fourth of July.'), [['the Fourth of July', '2025-07-04']]);
    assert.ok(!found('Members of the Fourth of July Parade committee met.').some(([t]) => t === 'July'));
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

describe('lang/en/rules/holidays: days that differ by country', () => {
  const on = (text: string, dct: string) => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
  it('"Independence Day" is the article\'s country\'s: August 15 in India, July 4 in the United States', () => {
    assert.deepStrictEqual(on('NEW DELHI, Aug 14 (PTI) - India will celebrate Independence Day with a parade.', '2025-08-14').pop(), ['Independence Day', '2025-08-15']);
    assert.deepStrictEqual(on('Fireworks lit the sky over Washington for Independence Day.', '2025-07-05'), [['Independence Day', '2025-07-04']]);
  });
  it('gives no day for a country the table does not know', () => {
    assert.deepStrictEqual(on('PARIS - France marks Independence Day, officials said.', '2025-07-05'), []);
  });
  it('Thanksgiving in Canada is the second Monday of October; Mother\'s Day in Britain three weeks before Easter', () => {
    assert.deepStrictEqual(on('TORONTO - Families gathered for Thanksgiving across Canada.', '2025-10-14'), [['Thanksgiving', '2025-10-13']]);
    // Easter 2025 is April 20
    assert.deepStrictEqual(on("LONDON - Florists expect a rush before Mother's Day, the British Florist Association said.", '2025-03-20'), [["Mother's Day", '2025-03-30']]);
  });
  it('national days the same everywhere: Bastille Day, VE Day in the year its sentence gives', () => {
    assert.deepStrictEqual(on('France celebrates Bastille Day with a parade.', '2025-07-14'), [['Bastille Day', '2025-07-14']]);
    assert.deepStrictEqual(on('On May 8, 1945, crowds packed Whitehall to celebrate VE Day.', '2025-05-08'), [['May 8, 1945', '1945-05-08'], ['VE Day', '1945-05-08']]);
  });
});
