/**
 * Weekdays: "Monday", "last Tuesday", "Friday evening", "the day before last Tuesday's hearing".
 */
import type { Ctx, Rule, Exclusion } from '../../../language';
import { Point, addDays, pointStart, weekday } from '../../../calendar';
import { PART_OF_DAY, WEEKDAY, weekdayNumber } from '../lexicon';
import { WEEKDAY_NAMES, re, B, weekdayPoint, modOf, POD, isDayLike, capGroup, reasonLast, E } from './common';

/** The context with `possessive` set when the expression is followed by "'s" ("Wednesday's ruling"). */
const withPossessive = (ctx: Ctx): Ctx => ({ ...ctx, possessive: /^['’]s\b/.test(ctx.after) });

const NAMED_DAY = /\b(?:Black|Bloody|Super|Blue|Giving|Holy|Fat|Whit|Man|Cyber|Good|Easter|Palm|Ash|Maundy|Shrove)\s+$/;

// "Monday", "last Tuesday", "this Friday", "Friday evening", "early Monday", "earlier Sunday"
export const weekdayRule: Rule = {
  name: 'weekday',
  triggers: ['weekday'],
  re: re(`${B}(?:(early|earlier|late|later)\\s+(?:on\\s+)?)?(?:(last|next|this|coming|past|previous|following)\\s+)?(${WEEKDAY})(?:\\s+${POD})?${E}`),
  // "Bloody Sunday", "Super Tuesday", "Black Monday": a name, not a day of this week.
  // "Nov. 3, a Monday", "on a Friday": any such day, not a date (but "a Sunday night service" is one).
  valid: (m, text) => capGroup(3)(m) && !(!m[1] && !m[2] && (NAMED_DAY.test(text.slice(Math.max(0, m.index - 10), m.index))
    || (!m[4] && /(?:^|\W)an?\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))
      && /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:and|or|in|at|when|after|before|to|that)\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))))),
  resolve(m, ctx) {
    const wd = weekdayNumber(m[3]);
    const pod = m[4] ? PART_OF_DAY[m[4].toLowerCase()] : undefined;
    const rel = (m[2] ?? '').toLowerCase();
    // "the previous Friday", "the following Monday": counted from the day just mentioned.
    const prev = (rel === 'previous' || rel === 'following') && /\bthe\s+$/i.test(ctx.before) ? ctx.prevFor('day') : null;
    if (prev && isDayLike(prev.point)) {
      const from = pointStart(prev.point);
      const back = (weekday(from) - wd + 7) % 7 || 7, fwd = (wd - weekday(from) + 7) % 7 || 7;
      const day = addDays(from, rel === 'previous' ? -back : fwd);
      return { type: pod ? 'TIME' : 'DATE', point: { g: 'day', ...day, pod }, mod: modOf(m[1]), anchor: 'previous', explanation: `The ${WEEKDAY_NAMES[wd]} ${rel === 'previous' ? 'before' : 'after'} the day just mentioned.` };
    }
    // With no day to count from, "the following Monday" is the next one.
    const { day, how, reason } = weekdayPoint(withPossessive(ctx), wd, rel === 'following' ? 'next' : rel);
    const point: Point = { g: 'day', y: day.y, m: day.m, d: day.d, pod };
    return { type: pod ? 'TIME' : 'DATE', point, mod: modOf(m[1]), anchor: 'dateline', reason, explanation: `${how[0].toUpperCase()}${how.slice(1)}.` };
  },
};

// "the day before last Tuesday's hearing", "the day after Monday's vote": a day next to a weekday
export const dayNextToWeekdayRule: Rule = {
  name: 'day-next-to-weekday',
  triggers: ['weekday'],
  re: re(`${B}(?:the\\s+)?day\\s+(before|after)\\s+(?:(last|next|this)\\s+)?(${WEEKDAY})${E}`),
  valid: capGroup(3),
  resolve(m, ctx) {
    const { day, how, reason } = weekdayPoint(withPossessive(ctx), weekdayNumber(m[3]), m[2] ?? '');
    const k = /before/i.test(m[1]) ? -1 : 1;
    return { type: 'DATE', point: { g: 'day', ...addDays(day, k) }, anchor: 'dateline', reason, explanation: `The day ${k < 0 ? 'before' : 'after'} ${reasonLast(how)}.` };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [];
