import * as assert from 'assert';
import { analyze } from '../../../../src/core';

const found = (text: string) => analyze(text, { dct: '2025-11-19' }).entries.map((e) => [e.text, e.value]);

describe('lang/en/chrono (explicit numeric dates)', () => {
  it('reads day-first dotted dates and slashed ISO dates', () => {
    assert.deepStrictEqual(found('It was signed on 15.04.2024 in Bern.'), [['15.04.2024', '2024-04-15']]);
  });
  it('takes no lower-case "may" or "march" for a month, and no Buddhist-era year: "5 may 5 be"', () => {
    assert.deepStrictEqual(found('They said 5 may 5 be between the two.'), []);
    assert.deepStrictEqual(found('The soldiers march 3 miles a day.').filter(([t]) => /march/i.test(t)), []);
  });
  it('ends a match at its last character, never on white space', () => {
    for (const e of analyze('Payment is due 15.04.2024   and later.', { dct: '2025-11-19' }).entries) assert.strictEqual(e.text, e.text.trim());
  });
  it('reads a numeric date in a text of any length (no size limit, no whole-text pass)', () => {
    const filler = 'Nothing happened here at all. '.repeat(150_000); // 4.5 M characters
    const r = analyze(`${filler}It was signed on 15.04.2024 in Bern.`, { dct: '2025-11-19' });
    assert.deepStrictEqual(r.entries.map((e) => e.value), ['2024-04-15']);
  });
});
