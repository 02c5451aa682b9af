/**
 * English-speaking holidays as a table: each name (lower case, straight apostrophes, single spaces)
 * and when it falls, as data the engine's calendar computes (calendar.ts holidayDate): a fixed day,
 * the nth weekday of a month (-1: the last), Easter plus or minus days. Weekdays: 0 = Sunday.
 */
import type { HolidaySpec } from '../../calendar';

const THANKSGIVING = [11, 4, 4] as const;

export const HOLIDAYS: ReadonlyMap<string, HolidaySpec> = new Map<string, HolidaySpec>([
  ['christmas eve', { fixed: [12, 24] }],
  ['christmas', { fixed: [12, 25] }], ['christmas day', { fixed: [12, 25] }], ['xmas', { fixed: [12, 25] }],
  ['boxing day', { fixed: [12, 26] }],
  ["new year's eve", { fixed: [12, 31] }],
  ["new year's", { fixed: [1, 1] }], ["new year's day", { fixed: [1, 1] }],
  ['independence day', { fixed: [7, 4] }], ['the fourth of july', { fixed: [7, 4] }], ['july fourth', { fixed: [7, 4] }],
  ['halloween', { fixed: [10, 31] }],
  ["valentine's day", { fixed: [2, 14] }],
  ["st. patrick's day", { fixed: [3, 17] }], ["saint patrick's day", { fixed: [3, 17] }],
  ['veterans day', { fixed: [11, 11] }], ['armistice day', { fixed: [11, 11] }], ['remembrance day', { fixed: [11, 11] }],
  ['thanksgiving', { nth: THANKSGIVING }], ['thanksgiving day', { nth: THANKSGIVING }],
  ['labor day', { nth: [9, 1, 1] }], ['labour day', { nth: [9, 1, 1] }],
  ['memorial day', { nth: [5, 1, -1] }],
  ['election day', { nth: [11, 1, 1], plus: 1 }], // the Tuesday after the first Monday of November
  ['martin luther king day', { nth: [1, 1, 3] }], ['martin luther king jr. day', { nth: [1, 1, 3] }], ['mlk day', { nth: [1, 1, 3] }],
  ['presidents day', { nth: [2, 1, 3] }], ["presidents' day", { nth: [2, 1, 3] }],
  ["mother's day", { nth: [5, 0, 2] }],
  ["father's day", { nth: [6, 0, 3] }],
  ['easter', { paschal: 0 }], ['easter sunday', { paschal: 0 }],
  ['easter monday', { paschal: 1 }],
  ['good friday', { paschal: -2 }],
  ['maundy thursday', { paschal: -3 }],
  ['palm sunday', { paschal: -7 }],
  ['ash wednesday', { paschal: -46 }],
  ['shrove tuesday', { paschal: -47 }], ['mardi gras', { paschal: -47 }],
  ['black friday', { nth: THANKSGIVING, plus: 1 }],
  ['cyber monday', { nth: THANKSGIVING, plus: 4 }],
]);

/** The table's key for a holiday's name as the text writes it. */
export const holidayKey = (name: string) => name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
