/**
 * Weekdays: "Monday", "last Tuesday", "Friday evening", "the day before last Tuesday's hearing".
 */
import type { Ctx, Rule, Exclusion } from '../../../language';
import { Point, addDays, pointStart, weekday } from '../../../calendar';
import { PART_OF_DAY, WEEKDAY, weekdayNumber } from '../lexicon';
import { WEEKDAY_NAMES, re, B, g, weekdayPoint, modOf, POD_WORDS, isDayLike, reasonLast, E, NAME_AFTER } from './common';

/** The context with `possessive` set when the expression is followed by "'s" ("Wednesday's ruling"). */
const withPossessive = (ctx: Ctx): Ctx => ({ ...ctx, possessive: /^['’]s\b/.test(ctx.after) });

const NAMED_DAY = /\b(?:Black|Bloody|Super|Blue|Giving|Holy|Fat|Whit|Man|Cyber|Good|Easter|Palm|Ash|Maundy|Shrove)\s+$/;

// "Monday", "last Tuesday", "this Friday", "Friday evening", "early Monday", "earlier Sunday"
export const weekdayRule: Rule = {
  name: 'weekday',
  triggers: ['weekday'],
  re: re(`${B}(?:${g('mod', 'early|earlier|late|later')}\\s+(?:on\\s+)?)?(?:${g('rel', 'last|next|this|coming|past|previous|following')}\\s+)?${g('weekday', WEEKDAY)}(?:\\s+${g('pod', POD_WORDS)})?${E}`),
  // No structural check: the capitals, named days and "a Monday" are exclusions (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const wd = weekdayNumber(g.weekday);
    const pod = g.pod ? PART_OF_DAY[g.pod.toLowerCase()] : undefined;
    const rel = (g.rel ?? '').toLowerCase();
    // "the previous Friday", "the following Monday": counted from the day just mentioned.
    const prev = (rel === 'previous' || rel === 'following') && /\bthe\s+$/i.test(ctx.before) ? ctx.prevFor('day') : null;
    if (prev && isDayLike(prev.point)) {
      const from = pointStart(prev.point);
      const back = (weekday(from) - wd + 7) % 7 || 7, fwd = (wd - weekday(from) + 7) % 7 || 7;
      const day = addDays(from, rel === 'previous' ? -back : fwd);
      return { type: pod ? 'TIME' : 'DATE', point: { g: 'day', ...day, pod }, mod: modOf(g.mod), anchor: 'previous', explanation: `The ${WEEKDAY_NAMES[wd]} ${rel === 'previous' ? 'before' : 'after'} the day just mentioned.` };
    }
    // With no day to count from, "the following Monday" is the next one.
    const { day, how, reason } = weekdayPoint(withPossessive(ctx), wd, rel === 'following' ? 'next' : rel);
    const point: Point = { g: 'day', y: day.y, m: day.m, d: day.d, pod };
    return { type: pod ? 'TIME' : 'DATE', point, mod: modOf(g.mod), anchor: 'dateline', reason, explanation: `${how[0].toUpperCase()}${how.slice(1)}.` };
  },
};

// "the day before last Tuesday's hearing", "the day after Monday's vote": a day next to a weekday
export const dayNextToWeekdayRule: Rule = {
  name: 'day-next-to-weekday',
  triggers: ['weekday'],
  re: re(`${B}(?:the\\s+)?day\\s+${g('side', 'before|after')}\\s+(?:${g('rel', 'last|next|this')}\\s+)?${g('weekday', WEEKDAY)}${E}`),
  // No structural check: the capital is an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const { day, how, reason } = weekdayPoint(withPossessive(ctx), weekdayNumber(g.weekday), g.rel ?? '');
    const k = /before/i.test(g.side) ? -1 : 1;
    return { type: 'DATE', point: { g: 'day', ...addDays(day, k) }, anchor: 'dateline', reason, explanation: `The day ${k < 0 ? 'before' : 'after'} ${reasonLast(how)}.` };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // A weekday's name in lower case is not the day (news copy capitalises it): "monday.com".
  {
    name: 'weekday-lowercase',
    example: 'Shares of monday.com rose after the results.',
    rules: ['weekday', 'day-next-to-weekday'],
    lowercase: ['weekday'],
  },
  // "Bloody Sunday", "Super Tuesday", "Black Monday": a name, not a day of this week (the 10
  // characters before a weekday with no modifier or "last/next").
  {
    name: 'weekday-named-day',
    example: 'Marchers remembered Bloody Sunday in Derry.',
    rules: ['weekday'],
    unless: ['mod', 'rel'],
    before: [10, NAMED_DAY],
  },
  // "the Sunday Times", "Friday Night Lights", "the Tuesday Club": a weekday inside a proper-noun
  // phrase is a name (a capitalised word that is no date word follows on the same line).
  {
    name: 'weekday-in-a-name',
    example: 'She writes for the Sunday Times.',
    rules: ['weekday'],
    unless: ['mod', 'rel'],
    after: [24, NAME_AFTER],
  },
  // "Manic Monday", "“Blue Monday”": a weekday inside a title in quotes, after a capitalised word.
  {
    name: 'weekday-in-a-quoted-title',
    example: 'The band played "Manic Monday" twice.',
    rules: ['weekday'],
    before: [30, /["“‘](?:[A-Z][\w'’-]*[ \t]+)+$/],
  },
  // "Nov. 3, a Monday", "on a Friday": any such day, not a date (but "a Sunday night service" is one):
  // "a" in the 4 characters before, and a stop or a conjunction in the 8 after.
  {
    name: 'weekday-any-such-day',
    example: 'The vote falls on Nov. 3, a Monday.',
    rules: ['weekday'],
    unless: ['mod', 'rel', 'pod'],
    before: [4, /(?:^|\W)an?\s+$/i],
    after: [8, /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:and|or|in|at|when|after|before|to|that)\b)/],
  },
];
