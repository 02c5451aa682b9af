/**
 * Ranges: two resolved dates joined by the language's range words ("Aug 31 to Sept 1", "between 2015
 * and 2020", "from January 2022 to December 2025") become one entry with a start and an end. A year
 * given at the end holds for the start; an end without a year takes the start's and follows it. An end
 * the text dates itself ("today", "this week", "tonight") keeps its own year, and a day that does not
 * exist in the year it would move to (February 29) stays where it is.
 */
import { Point, compareYmd, isValidYmd, pointStart } from './calendar';

/** A point moved to another year may not exist there (February 29). */
const exists = (p: Point) => p.g !== 'day' || isValidYmd(p.y, p.m, p.d);
import type { Language, Res } from './language';

export interface Resolved {
  start: number;
  end: number;
  r: Res;
  /** Counted from the reference by its rule's nature (Rule.deictic: "today", "tues"): it shares no year. */
  deictic?: boolean;
}

export interface Joined {
  start: number;
  end: number;
  r: Res;
  /** The end of a joined range, as data. */
  endPoint?: Point;
  /** True when two expressions were joined. */
  joined: boolean;
}

/**
 * `p` in the year of `later`, the date joined after it ("Aug 31 to Sept 1 last year", "April and May
 * 1941"): a year earlier when it would otherwise come after `later` ("Dec 30 to Jan 2, 2021", "December
 * and January 2021"); null when the day does not exist in that year (February 29).
 */
function inYearOf(p: Point, later: Point): Point | null {
  const y = (later as { y: number }).y;
  const moved = { ...p, y } as Point;
  const at = compareYmd(pointStart(moved), pointStart(later)) > 0 ? ({ ...p, y: y - 1 } as Point) : moved;
  return exists(at) ? at : null;
}

/** Whether a point is a calendar period of the kind a coordination shares a year between (a day, month or season). */
const coordinable = (p: Point) => p.g === 'day' || p.g === 'month' || p.g === 'season';

/**
 * Coordinated dates share the year given with the last of them: "in April and May 1941", "March, April
 * or May 2020", "on 3 and 10 June 2024" (each stays an expression of its own). A date whose year was
 * inferred takes the year of the next one of the same kind, when only the language's coordination
 * words stand between them; a year before it when it would otherwise come after that one ("December and
 * January 2021": December 2020).
 */
export function coordinateYears(text: string, resolved: Resolved[], lang: Language): void {
  for (let i = resolved.length - 2; i >= 0; i--) {
    const a = resolved[i], b = resolved[i + 1];
    const ap = a.r.point, bp = b.r.point;
    if (!ap || !bp || ap.g !== bp.g || !coordinable(ap) || a.r.endPoint || b.r.endPoint) continue;
    if (a.r.explicitYear || a.r.yearInText || a.r.anchor === 'absolute' || !(b.r.explicitYear || b.r.yearInText) || a.deictic || b.deictic) continue;
    if (!lang.ranges.coordination.test(text.slice(a.end, b.start))) continue;
    const moved = inYearOf(ap, bp);
    if (!moved) continue;
    const my = (moved as { y: number }).y;
    if (my === (ap as { y: number }).y) { a.r = { ...a.r, yearInText: true }; continue; }
    a.r = { ...a.r, point: moved, anchor: 'previous', reason: 'previous', explanation: lang.explainSharedYear(my), yearInText: true };
  }
}

/** Walks the resolved expressions in order and joins ranges. */
export function joinRanges(text: string, resolved: readonly Resolved[], lang: Language): Joined[] {
  const out: Joined[] = [];
  const words = lang.ranges;
  for (let i = 0; i < resolved.length; i++) {
    const a = resolved[i], b = resolved[i + 1];
    let start = a.start, end = a.end;
    const r = a.r;
    let endPoint: Point | undefined = r.endPoint;
    let joined = false;
    if (b && a.r.point && b.r.point && !a.r.endPoint && !b.r.endPoint && a.r.type !== 'DURATION') {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 8), a.start);
      const between = words.between.test(before);
      const from = words.from.test(before);
      // "from 18:00 GMT on Friday until 06:00 on Saturday": a day is not the start of a range whose end
      // is a time of the day named after it (each time stays with its own day).
      const c = resolved[i + 2];
      const endsOnNextDay = b.r.point.g === 'day' && b.r.point.hh !== undefined && a.r.point.g === 'day' && a.r.point.hh === undefined
        && !!c?.r.point && c.r.point.g === 'day' && c.r.point.hh === undefined && lang.cues.timeThenDay.test(text.slice(b.end, c.start));
      if (!endsOnNextDay && ((words.gap.test(gap) && (from || !words.toOnly.test(gap) || a.r.point.g === b.r.point.g)) || (words.andGap.test(gap) && between))) {
        let bp = b.r.point;
        // "Aug 31 to Sept 1 last year": the year given at the end holds for the start too.
        if ((b.r.explicitYear || b.r.yearInText) && !a.r.explicitYear && !a.r.yearInText && 'y' in a.r.point && 'y' in bp && a.r.point.g === bp.g) {
          const start = inYearOf(a.r.point, bp);
          // (and says so: "from Aug 31 to Sept 1 last year" is not "the same year as the dateline")
          if (start) { r.point = start; r.explanation = lang.explainSharedYear((start as { y: number }).y); }
        }
        // An end without a year takes the start's, and follows it: "Dec 30 to Jan 2", "from Dec. 22, 2018
        // to Jan. 25" (2019).
        const sp = a.r.point;
        if (!b.r.explicitYear && !b.r.yearInText && 'y' in bp && 'y' in sp) {
          const moved = { ...bp, y: sp.y } as Point;
          const end = compareYmd(pointStart(moved), pointStart(sp)) < 0 ? ({ ...bp, y: sp.y + 1 } as Point) : moved;
          if (exists(end)) bp = end;
        }
        if (compareYmd(pointStart(bp), pointStart(a.r.point)) >= 0) {
          if (between || from) start = a.start - (before.length - before.search(words.opener));
          end = b.end;
          endPoint = bp;
          joined = true;
          i++;
        }
      }
    }
    out.push({ start, end, r, endPoint, joined });
  }
  return out;
}

/** A length's fields, largest first, as TIMEX3 writes them (P1Y6M, PT14H22M). */
const FIELDS = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const LENGTH = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** The one field of a whole length ("PT14H": TH 14), or null for a length of several fields or none ("PXY"). */
function oneField(v: string | undefined): { f: number; n: number } | null {
  const m = v ? LENGTH.exec(v) : null;
  if (!m) return null;
  const set = FIELDS.map((_, i) => m[i + 1]).flatMap((x, i) => (x === undefined ? [] : [{ f: i, n: +x }]));
  return set.length === 1 ? set[0] : null;
}

/**
 * A length in two units is one: "14 hours and 22 minutes" (PT14H22M), "three years and six months",
 * "1 hour 20 minutes". Two lengths with only the language's words for it between them (ranges.lengthGap),
 * the second in the smaller unit and no week in either, become the first, to the end of the second.
 */
export function joinLengths(text: string, resolved: Resolved[], lang: Language): void {
  for (let i = resolved.length - 2; i >= 0; i--) {
    const a = resolved[i], b = resolved[i + 1];
    if (a.r.type !== 'DURATION' || b.r.type !== 'DURATION' || b.r.mod || !lang.ranges.lengthGap.test(text.slice(a.end, b.start))) continue;
    const x = oneField(a.r.value), y = oneField(b.r.value);
    if (!x || !y || y.f <= x.f || FIELDS[x.f] === 'W' || FIELDS[y.f] === 'W') continue;
    let value = 'P';
    for (const [f, n] of [[x.f, x.n], [y.f, y.n]]) {
      if (FIELDS[f].startsWith('T') && !value.includes('T')) value += 'T';
      value += `${n}${FIELDS[f].slice(-1)}`;
    }
    a.r = { ...a.r, value, explanation: lang.explainLength(text.slice(a.start, b.end)) };
    a.end = b.end;
    resolved.splice(i + 1, 1);
  }
}
