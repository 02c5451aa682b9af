import * as assert from 'assert';
import { countryOf } from '../../../../src/core/lang/en/places';

describe('lang/en/places: the country an article is about', () => {
  it('reads the dateline\'s place first', () => {
    assert.strictEqual(countryOf('BENGALURU, Jan 16 (PTI) - The firm, which also sells in the US, said ...'), 'in');
  });
  it('counts the places the text names', () => {
    assert.strictEqual(countryOf('The minister spoke in parliament.\n\nCanadian officials and Toronto police said Ottawa would act.'), 'ca');
  });
  it('gives null when the text names no place', () => {
    assert.strictEqual(countryOf('The council met on Monday.'), null);
  });
  it('reads "New York" as the United States, not as York', () => {
    assert.strictEqual(countryOf('NEW YORK (AP) — Shares rose in New York on Monday.'), 'us');
  });
});
