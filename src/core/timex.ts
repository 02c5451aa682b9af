/**
 * TIMEX3 values both ways, in one place: a calendar point formats as its TIMEX3 string, and a string
 * parses back to the point (for reference dates, datelines and values handed in from outside). Nothing
 * else in the engine reads TIMEX3 strings with patterns: entries carry their points as data.
 */
import { Point, Ymd, isValidYmd, isoWeeksInYear } from './calendar';

/** A number with leading zeros, as TIMEX3 writes its fields. */
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A local date as its YYYY-MM-DD day (the fallback reference: a file's modified day). */
export function dayValue(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Formats a point as a TIMEX3 value. */
export function formatPoint(p: Point): string {
  switch (p.g) {
    case 'day': {
      let s = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
      if (p.hh !== undefined) s += `T${pad(p.hh)}:${pad(p.mi ?? 0)}${p.tz ?? ''}`;
      else if (p.pod) s += `T${p.pod}`;
      return s;
    }
    case 'week': return `${pad(p.y, 4)}-W${pad(p.w)}${p.weekend ? '-WE' : ''}`;
    case 'month': return `${pad(p.y, 4)}-${pad(p.m)}`;
    case 'quarter': return `${pad(p.y, 4)}-Q${p.q}`;
    case 'half': return `${pad(p.y, 4)}-H${p.h}`;
    case 'season': return `${pad(p.y, 4)}-${p.s}`;
    case 'year': return pad(p.y, 4);
    case 'decade': return pad(p.dec, 3);
    case 'century': return pad(p.c, 2);
  }
}

/** A reference time: a day, with a time of day when one is given. */
export type Reference = Ymd & { hh?: number; mi?: number };

const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;

/**
 * Parses a TIMEX3 reference value: `YYYY-MM-DD`, optionally with `THH:MM` and seconds. The whole
 * string must be the value ("2025-11-19garbage" is not), the day must exist, hours 00–23, minutes and
 * seconds 00–59.
 */
export function parseReference(value: string): Reference | null {
  const m = REFERENCE.exec(value);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (!isValidYmd(y, mo, d)) return null;
  if (m[4] !== undefined) {
    const hh = +m[4], mi = +m[5];
    if (hh > 23 || mi > 59 || (m[6] !== undefined && +m[6] > 59)) return null;
    return { y, m: mo, d, hh, mi };
  }
  return { y, m: mo, d };
}

/** The point of a reference (a day, with its time). */
export function referencePoint(r: Reference): Point {
  return r.hh !== undefined ? { g: 'day', y: r.y, m: r.m, d: r.d, hh: r.hh, mi: r.mi ?? 0 } : { g: 'day', y: r.y, m: r.m, d: r.d };
}

const POINT = /^(?:(\d{4})(?:-(?:(\d{2})(?:-(\d{2})(?:T(?:(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?|(MO|AF|EV|NI|DT)))?)?|W(\d{2})(-WE)?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?|(\d{3})|(\d{2}))$/;

/** Parses a TIMEX3 calendar value into its point, or null for anything else (durations, sets, PAST_REF, 2025-QX...). */
export function parsePoint(v: string): Point | null {
  const m = POINT.exec(v);
  if (!m) return null;
  if (m[13] !== undefined) return { g: 'decade', dec: +m[13] };
  if (m[14] !== undefined) return { g: 'century', c: +m[14] };
  const y = +m[1];
  if (m[2] !== undefined) {
    const mo = +m[2];
    if (mo < 1 || mo > 12) return null;
    if (m[3] === undefined) return { g: 'month', y, m: mo };
    const d = +m[3];
    if (!isValidYmd(y, mo, d)) return null;
    if (m[4] !== undefined) {
      const hh = +m[4], mi = +m[5];
      if (hh > 24 || mi > 59) return null;
      return m[6] !== undefined ? { g: 'day', y, m: mo, d, hh, mi, tz: m[6] } : { g: 'day', y, m: mo, d, hh, mi };
    }
    if (m[7] !== undefined) return { g: 'day', y, m: mo, d, pod: m[7] as 'MO' };
    return { g: 'day', y, m: mo, d };
  }
  if (m[8] !== undefined) {
    const w = +m[8];
    return w >= 1 && w <= isoWeeksInYear(y) ? { g: 'week', y, w, weekend: !!m[9] } : null;
  }
  if (m[10] !== undefined) return { g: 'quarter', y, q: +m[10] };
  if (m[11] !== undefined) return { g: 'half', y, h: +m[11] };
  if (m[12] !== undefined) return { g: 'season', y, s: m[12] as 'SP' };
  return { g: 'year', y };
}
