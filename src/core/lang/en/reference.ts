/**
 * Reads a reference date typed by the user ("2025-11-19", "2025-11-19 08:19", "19 Nov 2025",
 * "November 19, 2025 8:19 pm") into a TIMEX3 value, or says what is wrong with it; and the date a
 * reader types to correct an entry (parseCorrectionInput).
 */
import { isValidYmd, Point, pointStart } from '../../calendar';
import { formatPoint, parsePoint } from '../../timex';
import { detectDateline } from '../../dateline';
import { monthNumber } from './lexicon';
import { DATELINE_CUES } from './dateline-cues';

export type ReferenceInput = { value: string } | { error: string };

/** The text without trailing white space, commas and periods (one pass from the end). */
function withoutTrailing(s: string): string {
  let i = s.length;
  while (i > 0 && /[\s,.]/.test(s[i - 1])) i--;
  return s.slice(0, i);
}

export function parseReferenceInput(input: string, fallback: Date = new Date()): ReferenceInput {
  const s = input.trim();
  if (!s) return { error: 'Type a date, for example 2025-11-19 or 19 Nov 2025.' };
  if (s.length > 60) return { error: 'That is too long for a date.' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/.exec(s);
  if (iso) {
    const [y, m, d] = [+iso[1], +iso[2], +iso[3]];
    if (!isValidYmd(y, m, d)) return { error: `${s} is not a real date.` };
    if (iso[4] !== undefined && (+iso[4] > 23 || +iso[5] > 59)) return { error: `${iso[4]}:${iso[5]} is not a time of day.` };
    const pad = (n: number) => String(n).padStart(2, '0');
    return { value: `${iso[1]}-${pad(m)}-${pad(d)}${iso[4] !== undefined ? `T${pad(+iso[4])}:${iso[5]}` : ''}` };
  }
  const found = detectDateline(s, fallback, DATELINE_CUES);
  if (found && found.end - found.start >= withoutTrailing(s).length - 2) return { value: found.value };
  // Say why: an impossible day in a recognisable date ("Feb 30, 2024"), or not a date at all.
  const md = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?|(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?/.exec(s);
  if (md) {
    const mo = monthNumber(md[1] ?? md[5]);
    const d = +(md[2] ?? md[4]);
    if (mo && !isValidYmd(+(md[3] ?? md[6] ?? 2024), mo, d)) return { error: `${s} is not a real date.` };
  }
  return { error: `"${s}" is not a date Dateline can read. Try 2025-11-19 or 19 Nov 2025.` };
}

export type CorrectionInput = { value: string; endValue?: string } | { error: string };

const MONTH_YEAR = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
/** Between the ends of a range (in text with its white space collapsed): "to", "until", "through", "–", or a hyphen with spaces around it. */
const RANGE_JOIN = / (?:to|until|till|through|thru) | ?[–—] ?| - /i;

/** One side of a correction: a reference date or time, a TIMEX3 calendar value ("2025-11", "2025-W47", "2025-Q1"), "November 2025" or a year. */
function correctionPoint(s: string, fallback: Date): { value: string } | { error: string } {
  const t = s.trim();
  const timex = parsePoint(t);
  if (timex && !/^\d{4}-\d{2}-\d{2}$/.test(t)) return { value: formatPoint(timex) };
  const my = MONTH_YEAR.exec(t);
  if (my && monthNumber(my[1])) return { value: `${my[2]}-${String(monthNumber(my[1])).padStart(2, '0')}` };
  return parseReferenceInput(t, fallback);
}

/**
 * Reads the date a reader types to correct an entry: a date or time in the forms Set Reference Date
 * takes, a month, week, quarter or year, or a range of them ("2025-08-31 to 2025-09-01",
 * "31 Aug 2025 – 1 Sep 2025"); or says what is wrong with it.
 */
export function parseCorrectionInput(input: string, fallback: Date = new Date()): CorrectionInput {
  if (input.length > 120) return { error: 'That is too long for a date.' };
  const s = input.trim().replace(/\s+/g, ' ');
  const whole = correctionPoint(s, fallback);
  if (!('error' in whole)) return whole;
  const parts = s.split(RANGE_JOIN);
  if (parts.length !== 2 || !parts[0].trim() || !parts[1].trim()) return whole;
  const a = correctionPoint(parts[0], fallback), b = correctionPoint(parts[1], fallback);
  if ('error' in a) return a;
  if ('error' in b) return b;
  const pa = parsePoint(a.value)!, pb = parsePoint(b.value)!;
  if (pointKeyDay(pb) < pointKeyDay(pa)) return { error: 'The range ends before it starts.' };
  return { value: a.value, endValue: b.value };
}

/** A point's first day as yyyymmdd, to order the ends of a range. */
function pointKeyDay(p: Point): number {
  const d = pointStart(p);
  return d.y * 10000 + d.m * 100 + d.d;
}
