/**
 * Dates in English words, at their own granularity: "Mon 17 Nov 2025", "November 2025", a week as its
 * days "11–17 Mar 2024" (with "week 11" beside it), "Q1 2025", "31 Aug – 1 Sep 2025". Read from the points entries carry, never from strings;
 * only values that are not points (durations, sets, vague references) are read as TIMEX3 text.
 */
import { Point, addDays, isoWeekMonday, weekday } from '../../calendar';
import type { Describer } from '../../language';
import { pad } from '../../timex';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = MONTHS.map((m) => m.slice(0, 3));
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const POD: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASON: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const UNIT: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], Q: ['quarter', 'quarters'],
  DE: ['decade', 'decades'], CE: ['century', 'centuries'], WE: ['weekend', 'weekends'], H: ['hour', 'hours'], S: ['second', 'seconds'],
};
const MOD_WORDS: Record<string, string> = { START: 'early', MID: 'mid', END: 'late', APPROX: 'about', BEFORE: 'before', AFTER: 'after', MORE_THAN: 'more than', LESS_THAN: 'less than' };
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

function durationWords(v: string): string {
  const m = /^P(?:T)?(\d+|X)(Y|M|W|D|Q|DE|CE|WE|H|S)$/.exec(v);
  if (!m) {
    const t = /^PT(\d+|X)([HMS])$/.exec(v);
    if (t) {
      const u = t[2] === 'M' ? ['minute', 'minutes'] : UNIT[t[2]];
      return t[1] === 'X' ? `some ${u[1]}` : `${t[1]} ${+t[1] === 1 ? u[0] : u[1]}`;
    }
    return v;
  }
  const unit = v.startsWith('PT') && m[2] === 'M' ? ['minute', 'minutes'] : UNIT[m[2]];
  return m[1] === 'X' ? `some ${unit[1]}` : `${m[1]} ${+m[1] === 1 ? unit[0] : unit[1]}`;
}

function dayWords(p: Extract<Point, { g: 'day' }>): string {
  const base = `${DAYS[weekday(p)]} ${p.d} ${MON[p.m - 1]} ${p.y}`; // (the year unpadded, as ever)
  if (p.hh !== undefined) return `${base}, ${pad(p.hh)}:${pad(p.mi ?? 0)}`;
  if (p.pod) return `${base}, ${POD[p.pod]}`;
  return base;
}

/** A calendar point in words. */
export function describePoint(p: Point): string {
  switch (p.g) {
    case 'day': return dayWords(p);
    case 'month': return `${MONTHS[p.m - 1]} ${pad(p.y, 4)}`;
    case 'week': {
      // As its days (a reader knows "4–10 Mar 2024", few know week 10); the number goes beside it (secondary).
      const mon = isoWeekMonday(p.y, p.w);
      const first = p.weekend ? addDays(mon, 5) : mon, last = addDays(mon, 6);
      return describeRange({ g: 'day', ...first }, { g: 'day', ...last });
    }
    case 'quarter': return `Q${p.q} ${pad(p.y, 4)}`;
    case 'half': return `H${p.h} ${pad(p.y, 4)}`;
    case 'season': return `${SEASON[p.s]} ${pad(p.y, 4)}`;
    case 'year': return pad(p.y, 4);
    case 'decade': return `the ${pad(p.dec, 3)}0s`;
    case 'century': return `the ${ordinal(p.c + 1)} century`;
  }
}

/** A range in words, without repeating what the two ends share: "31 Aug – 1 Sep 2025". */
export function describeRange(a: Point, b: Point): string {
  if (a.g === 'day' && b.g === 'day' && a.hh === undefined && b.hh === undefined && !a.pod && !b.pod) {
    if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MON[a.m - 1]} ${pad(a.y, 4)}`;
    if (a.y === b.y) return `${a.d} ${MON[a.m - 1]} – ${b.d} ${MON[b.m - 1]} ${pad(a.y, 4)}`;
    return `${a.d} ${MON[a.m - 1]} ${pad(a.y, 4)} – ${b.d} ${MON[b.m - 1]} ${pad(b.y, 4)}`;
  }
  // Months: "Jul – Sep 2025", "Jul 2024 – Jun 2025"
  if (a.g === 'month' && b.g === 'month') return a.y === b.y ? `${MON[a.m - 1]} – ${MON[b.m - 1]} ${pad(a.y, 4)}` : `${MON[a.m - 1]} ${pad(a.y, 4)} – ${MON[b.m - 1]} ${pad(b.y, 4)}`;
  // Two times on one day: "Fri 5 Jan 2024, 21:00–22:00"
  if (a.g === 'day' && b.g === 'day' && a.hh !== undefined && b.hh !== undefined && a.y === b.y && a.m === b.m && a.d === b.d) {
    return `${dayWords({ g: 'day', y: a.y, m: a.m, d: a.d })}, ${pad(a.hh)}:${pad(a.mi ?? 0)}–${pad(b.hh)}:${pad(b.mi ?? 0)}`;
  }
  return `${describePoint(a)} – ${describePoint(b)}`;
}

/** A value that is not a calendar point, in words. Unknown shapes come back unchanged. */
export function describeOther(v: string): string {
  let m: RegExpExecArray | null;
  if (v === 'PRESENT_REF') return 'now';
  if (v === 'PAST_REF') return 'the past';
  if (v === 'FUTURE_REF') return 'the future';
  if ((m = /^(\d{4})-QX$/.exec(v))) return `a quarter of ${m[1]}`;
  if ((m = /^XXXX-WXX-([1-7])$/.exec(v))) return `every ${WEEKDAYS[+m[1] - 1]}`;
  // A month or day of no particular year ("whose fiscal year runs from April to March")
  if ((m = /^XXXX-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/.exec(v))) return `${m[2] ? `${+m[2]} ` : ''}${MONTHS[+m[1] - 1]}, any year`;
  if (/^P/.test(v)) return durationWords(v);
  return v;
}

export const DESCRIBE: Describer = {
  point: describePoint,
  range: describeRange,
  value: describeOther,
  monthGroup: (y, m) => `${MONTHS[m - 1]} ${y}`,
  mod: (mod) => MOD_WORDS[mod],
  checks: { tense: 'direction decided by tense', inferredYear: 'year inferred', previous: 'counted from a date before', ambiguous: 'numeric date that reads either way', fallback: 'rests on the fallback date' },
  secondary: (p) => (p.g === 'week' ? `${p.weekend ? 'weekend of ' : ''}week ${p.w}` : undefined),
  corrected: (was) => (was ? `Corrected by you; Dateline had read ${was}.` : 'Corrected by you; Dateline had not read a date here.'),
};
