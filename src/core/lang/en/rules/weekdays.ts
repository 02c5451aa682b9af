/**
 * Weekdays: "Monday", "last Tuesday", "Friday evening", "the day before last Tuesday's hearing".
 */
import type { Ctx, Rule, Exclusion } from '../../../language';
import { Point, addDays, pointStart, weekday } from '../../../calendar';
import { PART_OF_DAY, WEEKDAY, weekdayNumber } from '../lexicon';
import { WEEKDAY_NAMES, re, B, g, weekdayPoint, modOf, POD_WORDS, NOTES_POD, notesPod, isDayLike, reasonLast, E, NAME_AFTER, NOT_FULL_WEEKDAY } from './common';

/** The context with `possessive` set when the expression is followed by "'s" ("Wednesday's ruling"). */
const withPossessive = (ctx: Ctx): Ctx => ({ ...ctx, possessive: /^['’]s\b/.test(ctx.after) });

const NAMED_DAY = /\b(?:Black|Bloody|Super|Blue|Giving|Holy|Fat|Whit|Man|Cyber|Good|Easter|Palm|Ash|Maundy|Shrove)\s+$/;

// "Monday", "last Tuesday", "this Friday", "Friday evening", "early Monday", "earlier Sunday"
export const weekdayRule: Rule = {
  name: 'weekday',
  deictic: true,
  triggers: ['weekday'],
  re: re(`${B}(?:${g('mod', 'early|earlier|late|later')}\\s+(?:on\\s+)?)?(?:${g('rel', 'last|next|this|coming|past|previous|following')}\\s+)?${g('weekday', WEEKDAY)}(?:\\s+${g('pod', POD_WORDS)}|\\s+${g('notesPod', NOTES_POD)})?${E}`),
  // No structural check: the capitals, named days and "a Monday" are exclusions (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const wd = weekdayNumber(g.weekday);
    const pod = g.pod ? PART_OF_DAY[g.pod.toLowerCase()] : g.notesPod ? notesPod(g.notesPod) : undefined;
    const rel = (g.rel ?? '').toLowerCase();
    // "the previous Friday", "the following Monday": counted from the day just mentioned.
    const prev = (rel === 'previous' || rel === 'following') && /\bthe\s+$/i.test(ctx.before) ? ctx.prevFor('day') : null;
    if (prev && isDayLike(prev.point)) {
      const from = pointStart(prev.point);
      const back = (weekday(from) - wd + 7) % 7 || 7, fwd = (wd - weekday(from) + 7) % 7 || 7;
      const day = addDays(from, rel === 'previous' ? -back : fwd);
      return { type: pod ? 'TIME' : 'DATE', point: { g: 'day', ...day, pod }, mod: modOf(g.mod), anchor: 'previous', explanation: `The ${WEEKDAY_NAMES[wd]} ${rel === 'previous' ? 'before' : 'after'} the day just mentioned.` };
    }
    // "May 5-6 (Tues-Wed)": a weekday in brackets after a range of days is the range's day.
    const beside = !rel && !g.mod ? besideRange(ctx, wd) : null;
    if (beside) return { type: pod ? 'TIME' : 'DATE', point: { ...beside, pod }, anchor: 'previous', explanation: `The ${WEEKDAY_NAMES[wd]} of the days just given.` };
    // With no day to count from, "the following Monday" is the next one.
    const { day, how, reason } = weekdayPoint(withPossessive(ctx), wd, rel === 'following' ? 'next' : rel);
    const point: Point = { g: 'day', y: day.y, m: day.m, d: day.d, pod };
    return { type: pod ? 'TIME' : 'DATE', point, mod: modOf(g.mod), anchor: 'dateline', reason, explanation: `${how[0].toUpperCase()}${how.slice(1)}.` };
  },
};

/** A weekday in brackets after a range of days: "May 5 - 6 (Tues-Wed": the bracket, and the weekday before a dash. */
const BRACKET_BEFORE = new RegExp(`^\\s*\\(\\s*(?:${WEEKDAY}\\s*[-–]\\s*)?$`);

/**
 * The day a weekday in brackets after a range of days names ("May 5 - 6 (Tues-Wed 9am-5pm)"), when
 * one of its days falls on that weekday: a bracket explains, it does not add a day. (A single date
 * and its bracketed weekday are one expression, the bracketed-weekday rule's.)
 */
function besideRange(ctx: Ctx, wd: number): { g: 'day'; y: number; m: number; d: number } | null {
  const p = ctx.prev;
  if (!p?.from || p.end > ctx.start || !BRACKET_BEFORE.test(ctx.before.slice(Math.max(0, ctx.before.length - (ctx.start - p.end))))) return null;
  for (const q of [p.from, p.point]) {
    if (q.g === 'day' && weekday(q) === wd) return { g: 'day', y: q.y, m: q.m, d: q.d };
  }
  return null;
}

// "the day before last Tuesday's hearing", "the day after Monday's vote": a day next to a weekday
export const dayNextToWeekdayRule: Rule = {
  name: 'day-next-to-weekday',
  deictic: true,
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

/**
 * What tells a lower-case or short weekday ("friday", "tues", "Sat") from a word: before it, a
 * preposition ("thru sun"), "next", "a", a clock time ("10am sat") or another weekday and "&" ("thurs & fri")...
 * ("every" is the set rule's, which asks for informal text).
 */
const WEEKDAY_CUE_BEFORE = /(?:(?:^|[^A-Za-z])(?:on|by|until|till|til|thru|through|from|since|for|before|after|this|next|nxt|last|coming|a|noon|midnight|am|pm|a\.m\.|p\.m\.)\s+|\d\s+|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,5}\.?\s?(?:,|&|and|or|-|–|to|thru)\s*)$/i;
/** The cues before a weekday that a name cannot have ("a Sun spokesman", "for Sun"). */
const WEEKDAY_STRONG_CUE_BEFORE = /(?:(?:^|[^A-Za-z])(?:on|by|until|till|since|noon|midnight|am|pm|a\.m\.|p\.m\.)\s+|\d\s+|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,5}\.?\s?(?:,|&|and|or|-|–|to|thru)\s*)$/i;
/** ... or after it, a day number or clock time ("tues 3pm", "Sat, 430pm", "sun at 10pm"), a part of the day ("mon night", "fri eod"), or another weekday. */
const WEEKDAY_CUE_AFTER = /^(?:,?\s?\d|\sat\s\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m|p\.m)|\s(?:noon|midnight|morning|afternoon|evening|night|nite|eod|am|pm)\b|\s?(?:&|and|or|,|-|–|to|thru)\s?(?:mon|tue|wed|thu|fri|sat|sun))/i;

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // A weekday's short form in lower case, in edited copy (which capitalises it), is a date only with a
  // cue around it ("on fri", "tues 3pm"); informal text writes "tues" for Tuesday. Its full name is no
  // other word ("have a good sunday", "my monday breakfast"): a date wherever it stands.
  {
    name: 'weekday-lowercase',
    example: 'The crew sat on the deck and watched the sun rise.',
    rules: ['weekday', 'day-next-to-weekday'],
    lowercase: ['weekday'],
    group: ['weekday', NOT_FULL_WEEKDAY],
    informal: false,
    unless: ['rel', 'pod', 'mod'],
    beforeNot: [16, WEEKDAY_CUE_BEFORE],
    afterNot: [12, WEEKDAY_CUE_AFTER],
  },
  // A web address: "monday.com" (a dot and a letter after the name).
  {
    name: 'weekday-web-address',
    example: 'He left the day before Monday.com listed.',
    rules: ['weekday', 'day-next-to-weekday'],
    after: [2, /^\.[a-z]/i],
  },
  // A short form ("Sat", "weds", "Sun") with no cue around it: "the Sun", "C'mon down".
  {
    name: 'weekday-short-form-alone',
    example: 'Readers of the Sun wrote in.',
    rules: ['weekday'],
    group: ['weekday', /^(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)$/i],
    // (a half of the day after it is a cue, as notes write it: "free tues aft only"; edited copy's is an exclusion below)
    unless: ['rel', 'pod', 'notesPod'],
    beforeNot: [16, WEEKDAY_CUE_BEFORE],
    // (or the colon of a notes line: "tues: call mayor")
    afterNot: [12, new RegExp(`${WEEKDAY_CUE_AFTER.source}|^:\\s`, 'i')],
  },
  // "sat", "sun", "wed", "mon" in lower case are words in edited copy, cue or not: "the ship sat 3 miles off".
  {
    name: 'weekday-lowercase-word',
    example: 'The ship sat 3 miles offshore.',
    rules: ['weekday', 'day-next-to-weekday'],
    group: ['weekday', /^(?:mon|wed|sat|sun)$/],
    informal: false,
  },
  // "Sun", "Sat", "Wed", "Mon" with a capital, in edited copy, are names ("a Sun spokesman", "for Sun
  // to meet demand") unless a strong cue says a day: "on Sun", "this Sat", "Sat 10am".
  {
    name: 'weekday-short-name-weak-cue',
    example: 'Demand for Sun servers rose, a Sun spokesman said.',
    rules: ['weekday'],
    group: ['weekday', /^(?:Mon|Wed|Sat|Sun)$/i],
    unless: ['rel', 'pod'],
    informal: false,
    beforeNot: [16, WEEKDAY_STRONG_CUE_BEFORE],
    afterNot: [12, WEEKDAY_CUE_AFTER],
  },
  // "Monday am I right": the halves of a day as notes write them ("wed am") are notes' only.
  {
    name: 'weekday-notes-half-in-edited-copy',
    example: 'Was it Monday am I right?',
    rules: ['weekday', 'deictic-day'],
    when: ['notesPod'],
    informal: false,
  },
  // A hashtag ("#Friday") tags a post, it does not date it.
  {
    name: 'weekday-hashtag',
    example: 'Drinks after work! #Friday',
    rules: ['weekday', 'day-then-time'],
    before: [1, /#$/],
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
