/**
 * Calendar arithmetic: days, weeks, months, quarters, seasons. All dates are plain year/month/day
 * numbers (proleptic Gregorian, UTC), so nothing depends on the machine's time zone. TIMEX3 strings
 * are timex.ts's business.
 */

export interface Ymd { y: number; m: number; d: number }

/** A resolved calendar point or span at some granularity, before formatting as TIMEX3. */
export type Point =
  /** `tz`: the zone the text states with a time, as TIMEX3 writes it: 'Z' (UTC, GMT) or an offset ('+02:00'). */
  | { g: 'day'; y: number; m: number; d: number; pod?: PartOfDay; hh?: number; mi?: number; tz?: string }
  | { g: 'week'; y: number; w: number; weekend?: boolean }
  | { g: 'month'; y: number; m: number }
  | { g: 'quarter'; y: number; q: number }
  | { g: 'half'; y: number; h: number }
  | { g: 'season'; y: number; s: Season }
  | { g: 'year'; y: number }
  | { g: 'decade'; dec: number }
  | { g: 'century'; c: number };

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Days since 1970-01-01, for any year of the proleptic Gregorian calendar (the days-from-civil
 * algorithm: integer arithmetic, no Date, so years 0-99 are years 0-99, not 1900-1999).
 */
export function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(p: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(p.y, p.m, p.d) + n);
}

/** A day and clock time `n` minutes later (earlier when negative), across days as needed. */
export function addMinutes(p: Ymd & { hh: number; mi: number }, n: number): Ymd & { hh: number; mi: number } {
  const total = p.hh * 60 + p.mi + n;
  const days = Math.floor(total / 1440), within = total - days * 1440;
  return { ...addDays(p, days), hh: Math.floor(within / 60), mi: within % 60 };
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(p: Ymd, n: number): Ymd {
  const idx = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12 + 12) % 12 + 1;
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) };
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(p: Ymd): number {
  return (((toDayNumber(p.y, p.m, p.d) + 4) % 7) + 7) % 7;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(p: Ymd): { y: number; w: number } {
  const dn = toDayNumber(p.y, p.m, p.d);
  const wd = (weekday(p) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(dn - wd + 3);
  const jan1 = toDayNumber(thursday.y, 1, 1);
  return { y: thursday.y, w: Math.floor((dn - wd + 3 - jan1) / 7) + 1 };
}

/** 52 or 53: the number of ISO weeks in year y (53 when it starts on a Thursday, or is a leap year starting on a Wednesday). */
export function isoWeeksInYear(y: number): number {
  return isoWeek({ y, m: 12, d: 28 }).w;
}

/** Monday of ISO week w of year y. */
export function isoWeekMonday(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  const mondayW1 = toDayNumber(y, 1, 4) - ((weekday(jan4) + 6) % 7);
  return fromDayNumber(mondayW1 + (w - 1) * 7);
}

export function weekOf(p: Ymd, weekend = false): Point {
  const iw = isoWeek(p);
  return { g: 'week', y: iw.y, w: iw.w, weekend };
}

export function seasonOf(m: number): Season {
  return m >= 3 && m <= 5 ? 'SP' : m >= 6 && m <= 8 ? 'SU' : m >= 9 && m <= 11 ? 'FA' : 'WI';
}

export const SEASON_ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];

/** First day of a point (used for ordering and for shifting by a unit). */
export function pointStart(p: Point): Ymd {
  switch (p.g) {
    case 'day': return { y: p.y, m: p.m, d: p.d };
    case 'week': return isoWeekMonday(p.y, p.w);
    case 'month': return { y: p.y, m: p.m, d: 1 };
    case 'quarter': return { y: p.y, m: (p.q - 1) * 3 + 1, d: 1 };
    case 'half': return { y: p.y, m: (p.h - 1) * 6 + 1, d: 1 };
    case 'season': return { y: p.y, m: ({ SP: 3, SU: 6, FA: 9, WI: 12 } as const)[p.s], d: 1 };
    case 'year': return { y: p.y, m: 1, d: 1 };
    case 'decade': return { y: p.dec * 10, m: 1, d: 1 };
    case 'century': return { y: p.c * 100, m: 1, d: 1 };
  }
}

/** Last day of a point. */
export function pointEnd(p: Point): Ymd {
  switch (p.g) {
    case 'day': return { y: p.y, m: p.m, d: p.d };
    case 'week': return addDays(isoWeekMonday(p.y, p.w), 6);
    case 'month': return { y: p.y, m: p.m, d: daysInMonth(p.y, p.m) };
    case 'quarter': { const m = p.q * 3; return { y: p.y, m, d: daysInMonth(p.y, m) }; }
    case 'half': { const m = p.h * 6; return { y: p.y, m, d: daysInMonth(p.y, m) }; }
    case 'season': return addDays(addMonths(pointStart(p), 3), -1);
    case 'year': return { y: p.y, m: 12, d: 31 };
    case 'decade': return { y: p.dec * 10 + 9, m: 12, d: 31 };
    case 'century': return { y: p.c * 100 + 99, m: 12, d: 31 };
  }
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** The point of granularity `unit` that contains day `p`. */
export function pointAt(p: Ymd, unit: Unit): Point {
  switch (unit) {
    case 'day': return { g: 'day', y: p.y, m: p.m, d: p.d };
    case 'week': return weekOf(p);
    case 'weekend': return weekOf(p, true);
    case 'month': return { g: 'month', y: p.y, m: p.m };
    case 'quarter': return { g: 'quarter', y: p.y, q: Math.floor((p.m - 1) / 3) + 1 };
    case 'half': return { g: 'half', y: p.y, h: p.m <= 6 ? 1 : 2 };
    case 'season': {
      const s = seasonOf(p.m);
      return { g: 'season', y: s === 'WI' && p.m <= 2 ? p.y - 1 : p.y, s };
    }
    case 'year': return { g: 'year', y: p.y };
    case 'decade': return { g: 'decade', dec: Math.floor(p.y / 10) };
    case 'century': return { g: 'century', c: Math.floor(p.y / 100) };
  }
}

/** Moves a day by n units (n may be negative). */
export function shiftDay(p: Ymd, unit: Unit, n: number): Ymd {
  switch (unit) {
    case 'day': return addDays(p, n);
    case 'week': case 'weekend': return addDays(p, 7 * n);
    case 'month': return addMonths(p, n);
    case 'quarter': return addMonths(p, 3 * n);
    case 'half': return addMonths(p, 6 * n);
    case 'season': return addMonths(p, 3 * n);
    case 'year': return addMonths(p, 12 * n);
    case 'decade': return addMonths(p, 120 * n);
    case 'century': return addMonths(p, 1200 * n);
  }
}

/** Shifts a point by n units of its own granularity, or by a coarser/finer unit where given. */
export function shiftPoint(p: Point, unit: Unit, n: number): Point {
  if (p.g === 'day') {
    const q = shiftDay(p, unit, n);
    return { ...p, y: q.y, m: q.m, d: q.d };
  }
  if (p.g === 'week' && (unit === 'week' || unit === 'weekend')) return weekOf(shiftDay(pointStart(p), 'week', n), p.weekend);
  const g = p.g === 'week' ? (p.weekend ? 'weekend' : 'week') : p.g;
  return pointAt(shiftDay(pointStart(p), unit, n), g as Unit);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toDayNumber(a.y, a.m, a.d) - toDayNumber(b.y, b.m, b.d);
}

/** Easter Sunday of year y (the anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { y, m: Math.floor((h + l - 7 * m + 114) / 31), d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/**
 * When a holiday falls, as data: a fixed day, the nth weekday of a month (the last with n = -1),
 * Easter plus or minus days (`paschal`); `plus` moves any of them by days ("the day after Thanksgiving").
 * Weekdays are 0 = Sunday ... 6 = Saturday.
 */
export type HolidaySpec =
  | { fixed: readonly [month: number, day: number]; plus?: number }
  | { nth: readonly [month: number, weekday: number, n: number]; plus?: number }
  | { paschal: number }; // days from Easter Sunday (the paschal computus)

/** The day a holiday falls on in year y. */
export function holidayDate(spec: HolidaySpec, y: number): Ymd {
  if ('paschal' in spec) return addDays(easter(y), spec.paschal);
  let day: Ymd;
  if ('fixed' in spec) day = { y, m: spec.fixed[0], d: spec.fixed[1] };
  else {
    const [m, wd, n] = spec.nth;
    if (n > 0) {
      const first = weekday({ y, m, d: 1 });
      day = { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
    } else {
      const last = daysInMonth(y, m);
      day = { y, m, d: last - ((weekday({ y, m, d: last }) - wd + 7) % 7) };
    }
  }
  return spec.plus ? addDays(day, spec.plus) : day;
}
