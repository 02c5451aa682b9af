import * as assert from 'assert';
import { analyze } from '../../src/core';

describe('analyze (smoke)', () => {
  it('returns a result object for empty text', () => {
    const r = analyze('');
    assert.deepStrictEqual(r.entries, []);
  });
});
