import * as assert from 'assert';
import { addDays, daysInMonth, easter, fromDayNumber, holidayDate, isoWeeksInYear, toDayNumber, weekday } from '../../../src/core/calendar';

describe('core/calendar', () => {
  it('counts days in any year of the proleptic Gregorian calendar: years 0-99 are not 1900-1999', () => {
    // Date.UTC(50, 2, 1) is 1950-03-01; the year 50 is 1900 years earlier.
    assert.strictEqual(toDayNumber(1950, 3, 1) - toDayNumber(50, 3, 1), 693960);
    assert.deepStrictEqual(fromDayNumber(toDayNumber(50, 3, 1)), { y: 50, m: 3, d: 1 });
    assert.deepStrictEqual(addDays({ y: 99, m: 12, d: 31 }, 1), { y: 100, m: 1, d: 1 });
    assert.strictEqual(daysInMonth(4, 2), 29);
    assert.strictEqual(daysInMonth(100, 2), 28);
  });
  it('agrees with Date on the years Date gets right, day by day over four centuries', () => {
    for (let n = toDayNumber(1800, 1, 1); n < toDayNumber(2200, 1, 1); n += 13) {
      const d = new Date(n * 86400000);
      assert.deepStrictEqual(fromDayNumber(n), { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
      assert.strictEqual(weekday(fromDayNumber(n)), d.getUTCDay());
    }
  });
  it('knows which years have an ISO week 53', () => {
    assert.strictEqual(isoWeeksInYear(2025), 52);
    assert.strictEqual(isoWeeksInYear(2026), 53);
    assert.strictEqual(isoWeeksInYear(2020), 53);
  });
  it('computes holidays from their table entries: fixed days, nth weekdays, the last weekday, Easter plus days', () => {
    assert.deepStrictEqual(easter(2024), { y: 2024, m: 3, d: 31 });
    assert.deepStrictEqual(easter(2025), { y: 2025, m: 4, d: 20 });
    assert.deepStrictEqual(holidayDate({ nth: [11, 4, 4] }, 2025), { y: 2025, m: 11, d: 27 }); // Thanksgiving
    assert.deepStrictEqual(holidayDate({ nth: [5, 1, -1] }, 2025), { y: 2025, m: 5, d: 26 }); // Memorial Day
    assert.deepStrictEqual(holidayDate({ nth: [11, 1, 1], plus: 1 }, 2024), { y: 2024, m: 11, d: 5 }); // Election Day
    assert.deepStrictEqual(holidayDate({ paschal: -46 }, 2025), { y: 2025, m: 3, d: 5 }); // Ash Wednesday
    assert.deepStrictEqual(holidayDate({ fixed: [12, 26] }, 2025), { y: 2025, m: 12, d: 26 });
  });
});
