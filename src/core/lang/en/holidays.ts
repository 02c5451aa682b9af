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
  // national days: the same day wherever the article is written
  ['bastille day', { fixed: [7, 14] }],
  ['ve day', { fixed: [5, 8] }], ['v-e day', { fixed: [5, 8] }],
  ['vj day', { fixed: [8, 15] }], ['v-j day', { fixed: [8, 15] }],
  ['canada day', { fixed: [7, 1] }],
  ['australia day', { fixed: [1, 26] }],
  ['anzac day', { fixed: [4, 25] }],
  ['juneteenth', { fixed: [6, 19] }],
  ['may day', { fixed: [5, 1] }],
  ['bonfire night', { fixed: [11, 5] }], ['guy fawkes night', { fixed: [11, 5] }],
  ['columbus day', { nth: [10, 1, 2] }],
  ['st. andrew\'s day', { fixed: [11, 30] }], ['st. george\'s day', { fixed: [4, 23] }], ['st. david\'s day', { fixed: [3, 1] }],
]);

/**
 * Holidays whose day depends on the country of the article (places.ts countryOf): the country's own
 * day; `elsewhere` for an article from a country the table does not list (none: no day is guessed).
 * An article that names no country takes the day in HOLIDAYS.
 */
export const COUNTRY_HOLIDAYS: ReadonlyMap<string, { readonly [country: string]: HolidaySpec | undefined; readonly elsewhere?: HolidaySpec }> = new Map([
  ['independence day', { us: { fixed: [7, 4] }, in: { fixed: [8, 15] }, pk: { fixed: [8, 14] }, mx: { fixed: [9, 16] }, ph: { fixed: [6, 12] }, ng: { fixed: [10, 1] }, gh: { fixed: [3, 6] }, ke: { fixed: [12, 12] }, il: { fixed: [5, 14] }, ua: { fixed: [8, 24] }, br: { fixed: [9, 7] }, ar: { fixed: [7, 9] }, id: { fixed: [8, 17] }, my: { fixed: [8, 31] } }],
  ['thanksgiving', { us: { nth: THANKSGIVING }, ca: { nth: [10, 1, 2] } }],
  ['thanksgiving day', { us: { nth: THANKSGIVING }, ca: { nth: [10, 1, 2] } }],
  // the first Monday of September in North America; May 1 in most of the world
  ['labor day', { us: { nth: [9, 1, 1] }, ca: { nth: [9, 1, 1] }, elsewhere: { fixed: [5, 1] } }],
  ['labour day', { us: { nth: [9, 1, 1] }, ca: { nth: [9, 1, 1] }, elsewhere: { fixed: [5, 1] } }],
  // the second Sunday of May in most countries; Mothering Sunday (three weeks before Easter) in Britain and Ireland
  ["mother's day", { gb: { paschal: -21 }, ie: { paschal: -21 }, elsewhere: { nth: [5, 0, 2] } }],
  ['republic day', { in: { fixed: [1, 26] } }],
  ['victory day', { ru: { fixed: [5, 9] }, ua: { fixed: [5, 9] }, gb: { fixed: [5, 8] }, fr: { fixed: [5, 8] } }],
  ['national day', { cn: { fixed: [10, 1] }, sg: { fixed: [8, 9] } }],
]);

/** The table's key for a holiday's name as the text writes it. */
export const holidayKey = (name: string) => name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
