import * as assert from 'assert';
import { formatPoint, parsePoint, parseReference } from '../../../src/core/timex';

describe('core/timex', () => {
  it('reads a reference value whole and strictly', () => {
    assert.deepStrictEqual(parseReference('2025-11-19'), { y: 2025, m: 11, d: 19 });
    assert.deepStrictEqual(parseReference('2025-11-19T08:19'), { y: 2025, m: 11, d: 19, hh: 8, mi: 19 });
    assert.deepStrictEqual(parseReference('1998-02-13T14:30:00'), { y: 1998, m: 2, d: 13, hh: 14, mi: 30 });
    for (const bad of ['2025-11-19garbage', '2025-11-19T24:30', '2025-11-19T24:00', '2025-11-19T23:60', '2025-02-29', '2025-11-19T08:19:61', ' 2025-11-19']) {
      assert.strictEqual(parseReference(bad), null, bad);
    }
  });
  it('formats and parses every kind of point both ways', () => {
    for (const v of ['2025-11-19', '2025-11-19T08:05', '2025-11-19TEV', '2025-11', '2024-W11', '2024-W23-WE', '2025-Q1', '2025-H2', '2021-SP', '2025', '199', '19', '0050-03-01']) {
      const p = parsePoint(v);
      assert.ok(p, v);
      assert.strictEqual(formatPoint(p!), v);
    }
  });
  it('has no week 53 in a year of 52 weeks, and no point for values that are not points', () => {
    assert.strictEqual(parsePoint('2025-W53'), null);
    assert.ok(parsePoint('2026-W53'));
    for (const v of ['P3D', 'PAST_REF', 'XXXX-WXX-1', '2025-QX', '2025-13', '2025-02-30']) assert.strictEqual(parsePoint(v), null, v);
  });
});
