/**
 * TIMEX3 values in words, at their own granularity: "Mon 17 Nov 2025", "November 2025", "Week 11, 2024",
 * "Q1 2025", "31 Aug – 1 Sep 2025". Used by the CLI, the panel and hovers.
 */
import { weekday } from './calendar';

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

/** One TIMEX3 value in words. Unknown shapes come back unchanged. */
export function describeValue(v: string): string {
  let m: RegExpExecArray | null;
  if (v === 'PRESENT_REF') return 'now';
  if (v === 'PAST_REF') return 'the past';
  if (v === 'FUTURE_REF') return 'the future';
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?$/.exec(v))) {
    const y = +m[1], mo = +m[2], d = +m[3];
    const base = `${DAYS[weekday({ y, m: mo, d })]} ${d} ${MON[mo - 1]} ${y}`;
    if (m[4] !== undefined) return `${base}, ${m[4]}:${m[5]}`;
    if (m[6]) return `${base}, ${POD[m[6]]}`;
    return base;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(v))) return m[3] ? `Weekend of week ${+m[2]}, ${m[1]}` : `Week ${+m[2]}, ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-QX$/.exec(v))) return `a quarter of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `H${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${SEASON[m[2]]} ${m[1]}`;
  if (/^\d{4}$/.test(v)) return v;
  if (/^\d{3}$/.test(v)) return `the ${v}0s`;
  if (/^\d{2}$/.test(v)) return `the ${ordinal(+v + 1)} century`;
  if ((m = /^XXXX-WXX-([1-7])$/.exec(v))) return `every ${WEEKDAYS[+m[1] - 1]}`;
  if (/^P/.test(v)) return durationWords(v);
  return v;
}

/** A range in words, without repeating what the two ends share: "31 Aug – 1 Sep 2025". */
export function describeRange(a: string, b: string): string {
  const da = /^(\d{4})-(\d{2})-(\d{2})$/.exec(a), db = /^(\d{4})-(\d{2})-(\d{2})$/.exec(b);
  if (da && db) {
    const [, ya, ma, dA] = da, [, yb, mb, dB] = db;
    if (ya === yb && ma === mb) return `${+dA}–${+dB} ${MON[+ma - 1]} ${ya}`;
    if (ya === yb) return `${+dA} ${MON[+ma - 1]} – ${+dB} ${MON[+mb - 1]} ${ya}`;
    return `${+dA} ${MON[+ma - 1]} ${ya} – ${+dB} ${MON[+mb - 1]} ${yb}`;
  }
  // Months: "Jul – Sep 2025", "Jul 2024 – Jun 2025"
  const ma = /^(\d{4})-(\d{2})$/.exec(a), mb = /^(\d{4})-(\d{2})$/.exec(b);
  if (ma && mb) return ma[1] === mb[1] ? `${MON[+ma[2] - 1]} – ${MON[+mb[2] - 1]} ${ma[1]}` : `${MON[+ma[2] - 1]} ${ma[1]} – ${MON[+mb[2] - 1]} ${mb[1]}`;
  // Two times on one day: "Fri 5 Jan 2024, 21:00–22:00"
  const ta = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(a), tb = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(b);
  if (ta && tb && ta[1] === tb[1]) return `${describeValue(ta[1])}, ${ta[2]}–${tb[2]}`;
  return `${describeValue(a)} – ${describeValue(b)}`;
}
