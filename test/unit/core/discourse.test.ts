import * as assert from 'assert';
import { Discourse } from '../../../src/core/discourse';

describe('core/discourse: the date just mentioned', () => {
  it('counts a day from the latest day, past bare years but not past a coarser period', () => {
    const d = new Discourse();
    d.add({ type: 'DATE', point: { g: 'day', y: 2025, m: 3, d: 4 }, anchor: 'absolute', explanation: '' }, 10);
    d.add({ type: 'DATE', point: { g: 'year', y: 2019 }, anchor: 'absolute', explanation: '' }, 20);
    assert.deepStrictEqual(d.prevFor('day')?.point, { g: 'day', y: 2025, m: 3, d: 4 });
    d.add({ type: 'DATE', point: { g: 'season', y: 2019, s: 'SU' }, anchor: 'absolute', explanation: '' }, 30);
    assert.strictEqual(d.prevFor('day'), null); // "By the following summer ... the night before": no day to count from
    assert.deepStrictEqual(d.prevFor('year')?.point, { g: 'season', y: 2019, s: 'SU' });
  });
  it('records a range by its end, with where it starts; not what may not anchor; the last quarter', () => {
    const d = new Discourse();
    d.add({ type: 'DATE', point: { g: 'quarter', y: 2025, q: 3 }, anchor: 'absolute', explanation: '' }, 5);
    d.add({ type: 'DATE', point: { g: 'month', y: 2024, m: 7 }, endPoint: { g: 'month', y: 2024, m: 9 }, anchor: 'absolute', explanation: '' }, 40);
    d.add({ type: 'DURATION', value: 'P3D', anchor: 'absolute', explanation: '', anchorable: false }, 50);
    assert.deepStrictEqual(d.prev, { point: { g: 'month', y: 2024, m: 9 }, explicitYear: false, end: 40, from: { g: 'month', y: 2024, m: 7 } });
    assert.deepStrictEqual(d.prevQuarter, { g: 'quarter', y: 2025, q: 3 });
    assert.deepStrictEqual(d.prevPeriod(30)?.from, { g: 'month', y: 2024, m: 7 });
  });
});
