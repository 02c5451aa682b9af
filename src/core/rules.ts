/**
 * Our own parsers: regular-expression rules for English news dates, each with a resolver that turns
 * the match into a TIMEX3 value given the context (reference date, tense, the date just mentioned).
 * chrono-node covers formats these rules do not know (see extract.ts).
 */
import {
  Point, Ymd, Unit, addDays, compareYmd, toDayNumber, formatPoint, isValidYmd, pointAt, pointEnd, pointStart, shiftPoint,
  shiftDay, weekOf, weekday, SEASON_ORDER, daysInMonth,
} from './calendar';
import {
  DAY, MONTH, MONTH_FULL, NUM, ORDINALS, PART_OF_DAY, SEASONS, UNIT, WEEKDAY, YEAR, durationCode,
  isCapitalised, monthNumber, parseCount, unitOf, weekdayNumber,
} from './lexicon';
import type { Anchor, TimexType } from './types';

export type Direction = -1 | 0 | 1;

export interface Prev {
  point: Point;
  /** The text gave the year itself ("March 4, 2019"), rather than it being inferred. */
  explicitYear: boolean;
  end: number;
  /** For a range ("fiscal Q1": July to September), where it starts; `point` is where it ends. */
  from?: Point;
}

export interface Ctx {
  ref: Ymd & { hh?: number; mi?: number };
  /** "the dateline" or "the fallback date": how explanations name the reference. */
  refName: string;
  /** Tense of the clause around the expression: past −1, future +1, otherwise 0. Computed lazily. */
  direction(): Direction;
  prev: Prev | null;
  /** The most recent date mentioned that is at least as fine as `unit` ("the following day" needs a day). */
  prevFor(unit: Unit): Prev | null;
  /** The latest period mentioned in the same sentence (a range, quarter, half, month or season), past any
   *  days: "the fiscal quarter ended Sept. 30 ... from the same period last year". */
  prevPeriod(): Prev | null;
  /** Most recent quarter mentioned, for "the quarter". */
  prevQuarter: Point | null;
  /** The month a fiscal year starts in, once the text has shown it ("fiscal first quarter ended Sept. 30": July). */
  fiscalStart: number | null;
  learnFiscalStart(month: number): void;
  start: number;
  /** A few characters of text before and after the expression. */
  before: string;
  after: string;
  /** Where the sentence around the expression starts. Computed lazily. */
  sentenceStart(): number;
  /** The expression follows "by", "until", "till" or "before": a deadline, so tense does not push it back. */
  deadline: boolean;
  /** The expression is a possessive ("Wednesday's ruling"). */
  possessive?: boolean;
  /** The expression follows "payable", "effective", "due", "scheduled for"...: it looks forward. */
  forward: boolean;
}

export interface Res {
  type: TimexType;
  point?: Point;
  endPoint?: Point;
  /** A value that is not a calendar point: durations, sets, PAST_REF... */
  value?: string;
  mod?: string;
  anchor: Anchor;
  explanation: string;
  /** Whether this result may serve as the anchor for a following "the next day" (default: yes for points). */
  anchorable?: boolean;
  explicitYear?: boolean;
  /** The text pins the year, in digits or in words ("Sept 1 last year"): a range's start takes it too. */
  yearInText?: boolean;
}

export interface Rule {
  name: string;
  re: RegExp;
  /** Returns null to reject the match (not a date after all). */
  resolve(m: RegExpExecArray, ctx: Ctx): Res | null;
  /** Offset of the span inside the match (to leave out a leading "on " that the regex needs). */
  trimLead?: (m: RegExpExecArray, text: string) => number;
  /** A quick test on the whole text: when it fails, the rule cannot match and is not run at all. */
  hint?: RegExp;
  /** Cheap check before resolution (e.g. capitals); false drops the match. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
}

const RANK: Record<Point['g'] | Unit, number> = {
  day: 0, week: 1, weekend: 1, month: 2, season: 3, quarter: 3, half: 4, year: 5, decade: 6, century: 7,
};
/** True when a point of granularity `g` is at least as fine as `unit`. */
export const fineEnough = (g: Point['g'], unit: Unit) => RANK[g] <= RANK[unit];

const dirWord = (d: Direction) => (d < 0 ? 'past tense' : d > 0 ? 'future tense' : 'no clear tense');
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const re = (src: string) => new RegExp(src, 'gi');
// Word edges: letters and digits, not "_", so that Markdown's "_April 15, 2024_" still reads.
const B = '(?<![A-Za-z0-9$£€¥.-])'; // start of a word, not inside a number or amount
const E = '(?![A-Za-z0-9])';

function yearOf(s: string): number {
  return parseInt(s, 10);
}

const SEASON_MONTHS: Record<string, number[]> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], WI: [12, 1, 2] };

/** The prev anchor counts as "nearby" for year inheritance when within this many characters. */
const NEAR = 600;

/** Year for a month (and day) the text gives without one: by tense around the reference, or the year of
 *  an explicit date just mentioned. */
function inferYear(ctx: Ctx, m: number, d: number | null): { y: number; how: string; anchor: Anchor } {
  const p = ctx.prev;
  // A bare month takes that year only from the same sentence: "the Dec. 21, 1988, bombing ... Gadhafi
  // agreed in April" is this April, not April 1988; "On Dec. 3, 2019, ... On Dec. 5" keeps 2019.
  if (p && p.explicitYear && p.point.g === 'day' && ctx.start - p.end < NEAR && p.point.y !== ctx.ref.y && (d !== null || p.end > ctx.sentenceStart())) {
    return { y: p.point.y, how: `year ${p.point.y} from the date just mentioned`, anchor: 'previous' };
  }
  // A month or day inside a season, quarter or half the same sentence has just given with its year:
  // "the winter of 2018-19, ... from Dec. 22 to Jan. 25" (a winter's January is the next year's).
  // Not a year alone, nor a month that lies outside: "invited in July 1997, will join on March 12".
  const q = p?.point;
  if (p && q && (q.g === 'season' || q.g === 'quarter' || q.g === 'half') && p.explicitYear && q.y !== ctx.ref.y && p.end > ctx.sentenceStart()) {
    const inside = q.g === 'season' ? SEASON_MONTHS[q.s].includes(m) : q.g === 'quarter' ? Math.ceil(m / 3) === q.q : Math.ceil(m / 6) === q.h;
    if (inside) {
      const y = q.g === 'season' && q.s === 'WI' && m <= 2 ? q.y + 1 : q.y;
      return { y, how: `year ${y} from the ${q.g} just mentioned`, anchor: 'previous' };
    }
  }
  // After "by", "until" or "through" a date is a deadline: it looks forward unless the clause is in the past.
  let y = ctx.ref.y;
  // A day within a month of the reference keeps its year whatever the tense ("had been set to expire
  // Nov. 6" in a Nov. 2 article); farther away, the tense decides ("rose on Dec. 12" in January).
  const gap = d === null ? (m - ctx.ref.m) * 31 : toDayNumber(y, m, d) - toDayNumber(ctx.ref.y, ctx.ref.m, ctx.ref.d);
  const near = d === null ? gap === 0 : Math.abs(gap) <= 31;
  if (near) return { y, how: `same year as ${ctx.refName}`, anchor: 'dateline' }; // no tagging needed
  const dir: Direction = ctx.forward ? 1 : ctx.deadline ? (ctx.direction() < 0 ? 0 : 1) : ctx.direction();
  if (dir < 0 && (d === null ? gap > 0 : gap > 31)) y--;
  else if (dir > 0 && (d === null ? gap < 0 : gap < -31)) y++;
  else if (dir === 0 && gap >= 6 * 31) y--; // half a year either way: news reports what happened
  else if (dir === 0 && gap < -6 * 31) y++; // no tense: the nearer of the two
  const how = y === ctx.ref.y ? `same year as ${ctx.refName}` : `${y < ctx.ref.y ? 'previous' : 'next'} year, by ${dirWord(dir)}`;
  return { y, how, anchor: 'dateline' };
}

/** A weekday by tense: past → latest on or before the reference, future → first on or after. */
function weekdayPoint(ctx: Ctx, wd: number, rel: string): { day: Ymd; how: string } {
  const ref = ctx.ref;
  const refWd = weekday(ref);
  const back = (refWd - wd + 7) % 7; // days back to the latest such weekday on/before ref
  const fwd = (wd - refWd + 7) % 7;
  const r = rel.toLowerCase();
  if (r === 'last' || r === 'past' || r === 'previous') return { day: addDays(ref, -(back || 7)), how: `the ${WEEKDAY_NAMES[wd]} before ${ctx.refName}` };
  if (r === 'next' || r === 'coming') return { day: addDays(ref, fwd || 7), how: `the ${WEEKDAY_NAMES[wd]} after ${ctx.refName}` };
  if (r === 'this') {
    const mondayOffset = (refWd + 6) % 7;
    return { day: addDays(ref, -mondayOffset + ((wd + 6) % 7)), how: `${WEEKDAY_NAMES[wd]} of the week of ${ctx.refName}` };
  }
  // The reference's own weekday: news style names today by its weekday, whatever the tense (and no tagging).
  if (back === 0) return { day: ymd(ref), how: `the ${WEEKDAY_NAMES[wd]} of ${ctx.refName} itself` };
  // After "by", "until" or "before" a weekday is a deadline: a past verb ("has given them until
  // 9 a.m. Tuesday") does not push it back.
  let dir = ctx.forward ? 1 : ctx.deadline ? Math.max(0, ctx.direction()) as Direction : ctx.direction();
  // "Wednesday's ruling" names an event by its day: a future verb around it ("would look for ways to
  // get around Wednesday's ruling") does not move it forward; it is the nearer of the two Wednesdays.
  if (dir > 0 && ctx.possessive && back < fwd) return { day: addDays(ref, -back), how: `the nearest ${WEEKDAY_NAMES[wd]} to ${ctx.refName} (the day names an event)` };
  if (dir > 0) return { day: addDays(ref, fwd), how: `future tense: the ${WEEKDAY_NAMES[wd]} on or after ${ctx.refName}` };
  // With no tense to go by, news reports what happened: the past weekday unless it is most of a week away.
  if (dir < 0 || back <= 4) return { day: addDays(ref, -back), how: `${dir < 0 ? 'past tense' : 'no future tense'}: the ${WEEKDAY_NAMES[wd]} on or before ${ctx.refName}` };
  return { day: addDays(ref, fwd), how: `the nearest ${WEEKDAY_NAMES[wd]} to ${ctx.refName}` };
}

/** Just the calendar day of a reference that may carry a time. */
const ymd = (p: Ymd): Ymd => ({ y: p.y, m: p.m, d: p.d });

function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (/^(early|earlier|the (beginning|start) of|the dawn of|beginning of|start of)$/.test(w)) return 'START';
  if (/^(mid|the middle of|middle of)$/.test(w)) return 'MID';
  if (/^(late|later|the end of|end of|the close of|the tail end of)$/.test(w)) return 'END';
  if (/^(about|around|approximately|roughly|some|nearly|almost)$/.test(w)) return 'APPROX';
  if (/^(more than|over)$/.test(w)) return 'MORE_THAN';
  if (/^(less than|under|up to)$/.test(w)) return 'LESS_THAN';
  return undefined;
}

const REL_UNIT = '(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)';
const MODW = '(early|earlier|mid|mid-|late|later|the beginning of|the start of|the middle of|the end of|the close of)';
const MODW_NC = MODW.replace('(', '(?:');
const POD = '(morning|afternoon|evening|night|overnight)';
const TZ = '(?:\\s*\\(?(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|JST|IST|HKT)\\)?)';

/** "this/last/next UNIT" relative to a reference day. */
function relativeUnit(ref: Ymd, rel: number, unitWord: string): Point {
  const w = unitWord.toLowerCase();
  if (w in SEASONS) {
    const s = SEASONS[w];
    const cur = pointAt(ref, 'season') as Extract<Point, { g: 'season' }>;
    // "this spring": the spring of this year; "last fall": the most recent fall before the current season.
    let y = ref.y;
    if (s === 'WI' && ref.m <= 2) y = ref.y - 1;
    if (rel === 0) return { g: 'season', y, s };
    const curIdx = SEASON_ORDER.indexOf(cur.s), idx = SEASON_ORDER.indexOf(s);
    if (rel < 0) return { g: 'season', y: idx < curIdx ? cur.y : cur.y - 1, s };
    return { g: 'season', y: idx > curIdx ? cur.y : cur.y + 1, s };
  }
  const unit = unitOf(w) as Unit;
  return pointAt(shiftDay(ref, unit, rel), unit);
}

function relWord(w: string): number {
  const r = w.toLowerCase().replace(/^this\s+past$/, 'past');
  if (r === 'last' || r === 'past' || r === 'previous' || r === 'preceding') return -1;
  if (r === 'next' || r === 'coming' || r === 'following') return 1;
  return 0;
}

const SEASON_WORDS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

function describePoint(p: Point): string {
  switch (p.g) {
    case 'day': return `${MONTH_NAMES[p.m - 1]} ${p.d}, ${p.y}`;
    case 'month': return `${MONTH_NAMES[p.m - 1]} ${p.y}`;
    case 'week': return `week ${p.w} of ${p.y}`;
    case 'quarter': return `Q${p.q} ${p.y}`;
    case 'year': return `${p.y}`;
    case 'half': return `H${p.h} ${p.y}`;
    case 'season': return `${SEASON_WORDS[p.s]} ${p.y}`;
    default: return '';
  }
}

function durationValue(n: number | null, unitWord: string): string {
  const { code, time, factor } = durationCode(unitWord);
  let num: string;
  if (n === null) num = 'X';
  else {
    const v = n * factor;
    num = String(v);
    if (!Number.isInteger(v)) {
      const whole = Math.floor(v), frac = v - whole;
      const [sub, per, subTime] = code === 'Y' ? ['M', 12, false] : code === 'H' ? ['M', 60, true] : code === 'D' ? ['H', 24, true] : code === 'M' && !time ? ['D', 30, false] : ['', 0, false];
      if (!per) return time ? `PT${v}${code}` : `P${v}${code}`;
      const head = whole ? `${whole}${code}` : '';
      const tail = `${Math.round(frac * (per as number))}${sub}`;
      if (time) return `PT${head}${tail}`;
      return subTime ? `P${head}T${tail}` : `P${head}${tail}`;
    }
  }
  return time ? `PT${num}${code}` : `P${num}${code}`;
}

const isDayLike = (p: Point) => p.g === 'day';

/** The last completed quarter before a day (financial news reports on it). */
function lastCompletedQuarter(ref: Ymd): Point {
  const cur = pointAt(ref, 'quarter');
  return shiftPoint(cur, 'quarter', -1);
}

function quarterWithoutYear(ctx: Ctx, q: number): { p: Point; how: string } {
  let y = ctx.ref.y;
  const start = { y, m: (q - 1) * 3 + 1, d: 1 };
  const end = pointEnd({ g: 'quarter', y, q });
  const refDay = toDayNumber(ctx.ref.y, ctx.ref.m, ctx.ref.d);
  // Only a quarter that has not begun, or ended long ago, depends on the tense.
  const dir: Direction = compareYmd(start, ctx.ref) > 0 || toDayNumber(end.y, end.m, end.d) < refDay - 92 ? ctx.direction() : 0;
  // Results for a quarter are reported after it ends, so a quarter that ended within the last three
  // months stays in this year even in a future-tense sentence ("third-quarter earnings will be low").
  if (dir < 0 && compareYmd(start, ctx.ref) > 0) y--;
  else if (dir > 0 && toDayNumber(end.y, end.m, end.d) < refDay - 92) y++;
  return { p: { g: 'quarter', y, q }, how: y === ctx.ref.y ? `quarter of the year of ${ctx.refName}` : `${y < ctx.ref.y ? 'last' : 'next'} year's quarter, by ${dirWord(dir)}` };
}

/** A day of a month, with the year the text gives or one inferred from tense; null if impossible. */
function calendarDay(ctx: Ctx, mo: number, d: number, yearText: string | undefined): Res | null {
  if (yearText) {
    const y = yearOf(yearText);
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor: 'absolute', explanation: 'A full date in the text.', explicitYear: true };
  }
  const yi = inferYear(ctx, mo, d);
  if (!isValidYmd(yi.y, mo, d)) return null;
  return { type: 'DATE', point: { g: 'day', y: yi.y, m: mo, d }, anchor: yi.anchor, explanation: `No year given: ${yi.how}.` };
}

// ---------------------------------------------------------------------------------------------
// The rules. Longer matches win over shorter ones; at equal length, earlier rules win.
// ---------------------------------------------------------------------------------------------

export const RULES: Rule[] = [];
const skipArticleBeforeAdjective = (m: RegExpExecArray) => (/^the\s+\w+-quarter$/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0);
const rule = (r: Rule) => RULES.push({ ...r, hint: r.hint ?? HINTS[r.name] });

const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
/** What each rule needs in the text before it is worth running (see Rule.hint). */
const HINTS: Record<string, RegExp> = {
  'month-day-year': MONTH_HINT, 'day-month-year': MONTH_HINT, 'month-day-range': MONTH_HINT, 'month-year': MONTH_HINT, month: MONTH_HINT,
  'week-of': /week/i, 'week-number': /week/i, 'numeric-date': /\d[-/]\d/, year: /\d\d\d\d/, 'ordinal-day': /\d(?:st|nd|rd|th)\b/,
  weekday: /day\b|Tues\.|Thurs\./, 'deictic-day': /today|yesterday|tomorrow|tonight/i, 'part-of-day': /morning|afternoon|evening|night|overnight/i,
  'earlier-this': /earlier|later/i, 'the-weekend': /weekend/i, offset: /\b(?:ago|earlier|later|before|after|from now|hence|previously|back)\b/i,
  quarter: /quarter/i, 'q-number': /Q[1-4]/, 'the-quarter': /quarter|period/i, 'year-earlier-adj': /year-(?:earlier|ago)/i,
  half: /half/i, 'h-number': /H[12]/, season: /spring|summer|fall|autumn|winter/i, decade: /0s\b|ties\b|nineteen|twenty|thirty/i,
  century: /century/i, 'set': /every|each|daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|once|twice|times/i,
  holiday: /Christmas|Boxing|New Year|Independence|Fourth|Halloween|Valentine|Patrick|Veterans|Armistice|Remembrance|Thanksgiving|Labou?r|Memorial|Election|King|MLK|Presidents|Mother|Father|Easter|Good Friday|Maundy|Palm|Ash|Shrove|Mardi|Black|Cyber/,
  'spelled-year': /nineteen|eighteen|twenty|two thousand/i, 'the-period': /\bthe\s+(?:\w+\s+)?(?:year|week|month)/i, 'year-end': /year.?s? ?end|end of the year/i,
  'part-of-day-bare': /morning|afternoon|evening|night|mid-?day/i,
};

const capGroup = (...idx: number[]) => (m: RegExpExecArray) => idx.every((i) => m[i] === undefined || isCapitalised(m[i]));

// --- Explicit calendar dates -------------------------------------------------------------------

// "Monday, Oct. 12, 1998", "Aug. 9", "Nov 18 2025", "September 19th"
rule({
  name: 'month-day-year',
  re: re(`(?<![\\w$£€¥.])(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY})(?:(?:\\s*,\\s*|\\s+)(${YEAR})|,?\\s+(last|this|next)\\s+year)?${E}(?!\\s*(?:percent|%|[.,]\\d|:\\d))`),
  accept: capGroup(1, 2),
  resolve(m, ctx) {
    const mo = monthNumber(m[2]), d = parseInt(m[3], 10);
    if (m[5]) {
      const y = ctx.ref.y + relWord(m[5]);
      if (!isValidYmd(y, mo, d)) return null;
      return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor: 'dateline', explanation: `${MONTH_NAMES[mo - 1]} ${d} of ${m[5].toLowerCase()} year, counted from ${ctx.refName}.`, yearInText: true };
    }
    return calendarDay(ctx, mo, d, m[4]);
  },
});

// "12 February 2024", "the 4th of June", "Tuesday 4 June 2024"
rule({
  name: 'day-month-year',
  re: re(`${B}(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?${E}`),
  accept: capGroup(1, 3),
  resolve(m, ctx) {
    return calendarDay(ctx, monthNumber(m[3]), parseInt(m[2], 10), m[4]);
  },
});

// "Sept. 19-20" (a range of days in one month)
rule({
  name: 'month-day-range',
  re: re(`${B}(${MONTH})\\s+(${DAY})\\s*(?:-|–|—)\\s*(${DAY})(?:,?\\s+(${YEAR}))?${E}(?!\\s*(?:percent|%))`),
  accept: capGroup(1),
  resolve(m, ctx) {
    const mo = monthNumber(m[1]), d1 = parseInt(m[2], 10), d2 = parseInt(m[3], 10);
    if (d2 <= d1) return null;
    const yi = m[4] ? { y: yearOf(m[4]), how: '', anchor: 'absolute' as Anchor } : inferYear(ctx, mo, d1);
    if (!isValidYmd(yi.y, mo, d1) || !isValidYmd(yi.y, mo, d2)) return null;
    return {
      type: 'DATE', point: { g: 'day', y: yi.y, m: mo, d: d1 }, endPoint: { g: 'day', y: yi.y, m: mo, d: d2 },
      anchor: yi.anchor, explanation: m[4] ? 'A range of days in the text.' : `A range of days; no year given: ${yi.how}.`, explicitYear: !!m[4],
    };
  },
});

// "March 2024", "March of 2024"
rule({
  name: 'month-year',
  re: re(`${B}(?:${MODW}\\s*)?(${MONTH})(?:\\s+of|,)?\\s+(${YEAR})${E}`),
  accept: capGroup(2),
  resolve(m) {
    const y = yearOf(m[3]);
    return { type: 'DATE', point: { g: 'month', y, m: monthNumber(m[2]) }, mod: modOf(m[1]), anchor: 'absolute', explanation: 'A month and year in the text.', explicitYear: true };
  },
});

/** Text after a month that makes it a noun's modifier: a lower-case word that is not a preposition, verb or conjunction. */
function attributive(after: string): boolean {
  return /^\s[a-z]{3,}/.test(after) && !/^\s(?:of|to|and|or|in|on|at|for|with|by|from|that|which|when|this|last|next|is|was|were|are|will|would|has|had|have|as|but|after|before|until|through)\b/.test(after);
}

// A bare month: "in December", "since March", "late November", "last April"
rule({
  name: 'month',
  re: re(`(?<=\\b(?:in|into|since|by|until|till|through|throughout|during|from|to|of|for|the|an?|before|after|between|and|or|early|earlier|late|later|mid-|end of|beginning of|start of|middle of)[ -]|\\b(?=(?:last|next|this|past|coming)\\s)|\\b(?=${MODW_NC}[ -]?${MONTH_FULL}))(?:${MODW}[ -]?)?(?:(last|next|this|past|coming)\\s+)?(${MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.)(?:,?\\s+(this|last|next)\\s+year)?${E}(?!\\s+\\d)`),
  // After "a", only as a noun's modifier: "a June agreement".
  accept: (m, text) => capGroup(3)(m) && (!/(?:^|\W)an?\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) || attributive(text.slice(m.index + m[0].length, m.index + m[0].length + 16))),
  resolve(m, ctx) {
    const mo = monthNumber(m[3]);
    const rel = m[2]?.toLowerCase();
    let y: number, how: string, anchor: Anchor = 'dateline';
    if (rel === 'last' || rel === 'past') { y = mo < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1; how = `the last ${MONTH_NAMES[mo - 1]} before ${ctx.refName}`; }
    else if (rel === 'next' || rel === 'coming') { y = mo > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1; how = `the next ${MONTH_NAMES[mo - 1]} after ${ctx.refName}`; }
    else if (rel === 'this') { y = ctx.ref.y; how = `${MONTH_NAMES[mo - 1]} of the year of ${ctx.refName}`; }
    else if (m[4]) { y = ctx.ref.y + relWord(m[4]); how = `${MONTH_NAMES[mo - 1]} of ${m[4].toLowerCase()} year, counted from ${ctx.refName}`; }
    else {
      // "the July slot", "a June agreement": the month names a thing, and the verb's tense is not its
      // time ("chose to keep the July slot" in June is this July): the nearer July.
      const named = !m[1] && /\b(?:the|an?)\s$/i.test(ctx.before) && attributive(ctx.after);
      const yi = inferYear(named ? { ...ctx, direction: () => 0 } : ctx, mo, null);
      y = yi.y; how = `no year given: ${yi.how}`; anchor = yi.anchor;
    }
    return { type: 'DATE', point: { g: 'month', y, m: mo }, mod: modOf(m[1]), anchor, explanation: `${how[0].toUpperCase()}${how.slice(1)}.` };
  },
});

// ISO dates "2024-04-15" and US numeric dates "4/15/2024"
rule({
  name: 'numeric-date',
  re: re(`${B}(?:(${YEAR})-(\\d\\d)-(\\d\\d)|(\\d{1,2})/(\\d{1,2})/(${YEAR}|\\d\\d))${E}(?![-/]\\d)`),
  resolve(m) {
    let y: number, mo: number, d: number;
    let how = 'A numeric date in the text.';
    if (m[1]) { y = +m[1]; mo = +m[2]; d = +m[3]; } else {
      mo = +m[4]; d = +m[5]; y = m[6].length === 2 ? 1900 + +m[6] + (+m[6] < 50 ? 100 : 0) : +m[6];
      // "21/10/2025" can only be day/month; "4/5/2025" is read month/day, the American way.
      if (mo > 12 && d <= 12) { [mo, d] = [d, mo]; how = 'A numeric date in the text, day first.'; }
      else if (mo <= 12 && d <= 12 && mo !== d) how = 'A numeric date in the text, read month first (it could be day first).';
    }
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor: 'absolute', explanation: how, explicitYear: true };
  },
});

/** Fiscal year `y` of a fiscal calendar that starts in month `start` (not January): its twelve months. */
function fiscalYear(y: number, start: number): Res {
  return {
    type: 'DATE', point: { g: 'month', y: y - 1, m: start }, endPoint: { g: 'month', y, m: start - 1 }, anchor: 'absolute', explicitYear: true,
    explanation: `Fiscal ${y}: ${MONTH_NAMES[start - 1]} ${y - 1} to ${MONTH_NAMES[start - 2]} ${y} (a fiscal year that starts in ${MONTH_NAMES[start - 1]}).`,
  };
}

/** The day just mentioned, if it came within a few words: the day a bare time of day falls on. */
function nearbyDay(ctx: Ctx): Prev | null {
  return ctx.prev && isDayLike(ctx.prev.point) && ctx.start - ctx.prev.end < 200 ? ctx.prev : null;
}

/** "future tense: the Friday on or after the dateline" → "the Friday on or after the dateline (future tense)" */
const reasonLast = (how: string) => how.replace(/^([^:]+): (.*)$/, '$2 ($1)');

/** The context with `possessive` set when the expression is followed by "'s" ("Wednesday's ruling"). */
const withPossessive = (ctx: Ctx): Ctx => ({ ...ctx, possessive: /^['’]s\b/.test(ctx.after) });

// Bare years: "in 2019", "2019's", "fiscal 1989", "late 2021", "the 1989 period"
rule({
  name: 'year',
  re: re(`${B}(?:${MODW}[ -]?)?(?:(fiscal|calendar)\\s+)?(?:the\\s+(?=${YEAR}\\s+(?:period|fiscal year|quarter)))?(${YEAR})(?:\\s+(period|fiscal year|quarter))?${E}(?!\\s*(?:%|percent|per cent|people|persons|workers|delegates|members|troops|soldiers|students|cars|vehicles|units|times|tons|tonnes|barrels|shares|acres|feet|miles|meters|metres|kilometers|km|votes|seats|jobs|employees|dollars|euros|yuan|yen|pounds|points|[-–]\\d|,\\d|\\.\\d|:\\d|\\s*(?:-|–|to)\\s*\\d{1,2}\\b(?!\\d)))`),
  accept(m, text) {
    // Not part of an address, amount or list of numbers: "$2019", "No. 2019", "2019 and 2020" is fine.
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    return !/(No\.|#|\$)\s*$/.test(before);
  },
  resolve(m, ctx) {
    const y = yearOf(m[3]);
    if (m[4] && /quarter|period/i.test(m[4]) && ctx.prevQuarter && ctx.prevQuarter.g === 'quarter') {
      return { type: 'DATE', point: { g: 'quarter', y, q: ctx.prevQuarter.q }, anchor: 'previous', explanation: `The quarter in question (Q${ctx.prevQuarter.q}), in ${y}.`, explicitYear: true, anchorable: false };
    }
    if (m[2]?.toLowerCase() === 'fiscal' || /fiscal/i.test(m[4] ?? '')) {
      // "fiscal 2025, which ended June 30": July 2024 to June 2025. The end month teaches the fiscal year.
      const ended = ENDED_IN.exec(ctx.after);
      let start = ctx.fiscalStart;
      if (ended) { start = (monthNumber(ended[2]) % 12) + 1; if (start !== 1) ctx.learnFiscalStart(start); }
      if (start !== null && start !== 1) return fiscalYear(y, start);
    }
    return { type: 'DATE', point: { g: 'year', y }, mod: modOf(m[1]), anchor: 'absolute', explanation: m[2]?.toLowerCase() === 'fiscal' ? 'A fiscal year, shown as its calendar year.' : 'A year in the text.', explicitYear: true };
  },
});

// "on the 24th" / "by the 3rd": a day of the month the context gives. Not "the 24th Meeting".
rule({
  name: 'ordinal-day',
  accept: (m, text) => !/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)), // "the 24th Meeting"
  re: re(`(?<=\\b(?:on|by|until|till|since|from|before|after)\\s+)the\\s+((?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th))${E}(?!\\s+(?:of\\s+(?!${MONTH})|(?:anniversary|birthday|meeting|session|summit|congress|conference|round|floor|edition|amendment|century|time|day|week|year|place|minute|hour|lap|game|match|inning|annual|regular|straight|consecutive|largest|biggest|highest|best|worst)\\b))`),
  resolve(m, ctx) {
    const d = parseInt(m[1], 10);
    const prev = ctx.prevFor('month');
    const p = prev?.point;
    let y = ctx.ref.y, mo = ctx.ref.m, anchor: Anchor = 'dateline', how: string;
    // The month just mentioned, in the same sentence ("began on March 3 and ended on the 24th"); a
    // sentence later, "due on the 15th" is the reference's month again.
    if (p && (p.g === 'day' || p.g === 'month') && (prev?.end ?? 0) > ctx.sentenceStart()) {
      y = p.y; mo = p.m; anchor = 'previous'; how = `Day ${d} of the month just mentioned.`;
    } else {
      const dir = ctx.direction();
      if (dir < 0 && d > ctx.ref.d) ({ y, m: mo } = { ...shiftDay({ y, m: mo, d: 1 }, 'month', -1) });
      else if (dir > 0 && d < ctx.ref.d) ({ y, m: mo } = { ...shiftDay({ y, m: mo, d: 1 }, 'month', 1) });
      how = `Day ${d} of the ${mo === ctx.ref.m ? 'month' : dir < 0 ? 'previous month' : 'next month'} of ${ctx.refName}, by ${dirWord(dir)}.`;
    }
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor, explanation: how };
  },
});

// --- Weekdays and days relative to the reference ----------------------------------------------

const NAMED_DAY = /\b(?:Black|Bloody|Super|Blue|Giving|Holy|Fat|Whit|Man|Cyber|Good|Easter|Palm|Ash|Maundy|Shrove)\s+$/;

// "Monday", "last Tuesday", "this Friday", "Friday evening", "early Monday", "earlier Sunday"
rule({
  name: 'weekday',
  re: re(`${B}(?:(early|earlier|late|later)\\s+(?:on\\s+)?)?(?:(last|next|this|coming|past|previous|following)\\s+)?(${WEEKDAY})(?:\\s+${POD})?${E}`),
  // "Bloody Sunday", "Super Tuesday", "Black Monday": a name, not a day of this week.
  // "Nov. 3, a Monday", "on a Friday": any such day, not a date (but "a Sunday night service" is one).
  accept: (m, text) => capGroup(3)(m) && !(!m[1] && !m[2] && (NAMED_DAY.test(text.slice(Math.max(0, m.index - 10), m.index))
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
    const { day, how } = weekdayPoint(withPossessive(ctx), wd, rel === 'following' ? 'next' : rel);
    const point: Point = { g: 'day', y: day.y, m: day.m, d: day.d, pod };
    return { type: pod ? 'TIME' : 'DATE', point, mod: modOf(m[1]), anchor: 'dateline', explanation: `${how[0].toUpperCase()}${how.slice(1)}.` };
  },
});

// "the day before last Tuesday's hearing", "the day after Monday's vote": a day next to a weekday
rule({
  name: 'day-next-to-weekday',
  hint: /\bday\s+(?:before|after)\s/i,
  re: re(`${B}(?:the\\s+)?day\\s+(before|after)\\s+(?:(last|next|this)\\s+)?(${WEEKDAY})${E}`),
  accept: capGroup(3),
  resolve(m, ctx) {
    const { day, how } = weekdayPoint(withPossessive(ctx), weekdayNumber(m[3]), m[2] ?? '');
    const k = /before/i.test(m[1]) ? -1 : 1;
    return { type: 'DATE', point: { g: 'day', ...addDays(day, k) }, anchor: 'dateline', explanation: `The day ${k < 0 ? 'before' : 'after'} ${reasonLast(how)}.` };
  },
});

// "the night of Jan. 5, 2024", "the morning of Sept. 11", "the evening of the 6th": a part of a given day
rule({
  name: 'part-of-date',
  hint: /\b(?:morning|afternoon|evening|night)\s+of\s/i,
  re: re(`${B}the\\s+(morning|afternoon|evening|night)\\s+of\\s+(?:(?:${WEEKDAY}),?\\s+)?(?:(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?|the\\s+(${DAY}))${E}`),
  accept: (m) => m[2] === undefined || isCapitalised(m[2]),
  resolve(m, ctx) {
    const pod = PART_OF_DAY[m[1].toLowerCase()];
    let day: Ymd, anchor: Anchor = 'dateline', how: string;
    if (m[2] !== undefined) {
      const mo = monthNumber(m[2]), d = parseInt(m[3], 10);
      const yi = m[4] ? { y: +m[4], how: 'the year given', anchor: 'absolute' as Anchor } : inferYear(ctx, mo, d);
      if (!isValidYmd(yi.y, mo, d)) return null;
      day = { y: yi.y, m: mo, d }; anchor = yi.anchor; how = m[4] ? 'of the date given' : `of ${MONTH_NAMES[mo - 1]} ${d} (${yi.how})`;
    } else {
      // "the morning of the 6th": the month of the day just mentioned ("the night of Jan. 5 ... the
      // morning of the 6th"), else the reference's.
      const d = parseInt(m[5], 10);
      const prev = ctx.prevFor('day');
      const base = prev && isDayLike(prev.point) && ctx.start - prev.end < NEAR ? pointStart(prev.point) : null;
      const ym = base ?? ymd(ctx.ref);
      if (!isValidYmd(ym.y, ym.m, d)) return null;
      day = { y: ym.y, m: ym.m, d }; anchor = base ? 'previous' : 'dateline'; how = `of day ${d} of the month ${base ? 'just mentioned' : `of ${ctx.refName}`}`;
    }
    return { type: 'TIME', point: { g: 'day', ...day, pod }, anchor, explanation: `The ${m[1].toLowerCase()} ${how}.`, explicitYear: !!m[4] };
  },
});

// "between 9 and 10 p.m.", "from 9 to 11 a.m.": two hours sharing one a.m. or p.m.
rule({
  name: 'time-span',
  hint: /\d\s*[ap]\.?m/i,
  re: re(`${B}(between|from)\\s+(\\d{1,2})(?:[:.](\\d\\d))?\\s+(?:and|to|until|till|-|–)\\s+(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)${E}`),
  resolve(m, ctx) {
    const pm = /^p/i.test(m[6]);
    const h = (x: string) => { const v = +x; return v < 1 || v > 12 ? null : pm ? (v % 12) + 12 : v % 12; };
    const h1 = h(m[2]), h2 = h(m[4]), mi1 = m[3] ? +m[3] : 0, mi2 = m[5] ? +m[5] : 0;
    if (h1 === null || h2 === null || mi1 > 59 || mi2 > 59 || h1 * 60 + mi1 >= h2 * 60 + mi2) return null;
    const near = nearbyDay(ctx);
    const day = near ? pointStart(near.point) : ymd(ctx.ref);
    return {
      type: 'TIME', point: { g: 'day', ...day, hh: h1, mi: mi1 }, endPoint: { g: 'day', ...day, hh: h2, mi: mi2 },
      anchor: near ? 'previous' : 'dateline', explanation: `A span of hours, on ${near ? 'the day just mentioned' : `the day of ${ctx.refName}`}.`,
    };
  },
});

// "the week after next", "the month before last", "the first of next month"
rule({
  name: 'after-next',
  hint: /\b(?:after next|before last|(?:first|1st|last)\s+(?:day\s+)?of)\b/i,
  re: re(`${B}(?:the\\s+(week|month|year|weekend)\\s+(after next|before last)|the\\s+(first|1st|last)\\s+(?:day\\s+)?of\\s+(next|this|last|the)\\s+month)${E}`),
  resolve(m, ctx) {
    if (m[1]) {
      const u = m[1].toLowerCase();
      const k = /after/i.test(m[2]) ? 2 : -2;
      const point = u === 'weekend' ? weekOf(shiftDay(ctx.ref, 'week', k), true) : pointAt(shiftDay(ctx.ref, u as Unit, k), u as Unit);
      return { type: 'DATE', point, anchor: 'dateline', explanation: `The ${u} ${k > 0 ? 'after the next' : 'before the last'}, counted from ${ctx.refName}.` };
    }
    const rel = m[4].toLowerCase();
    const month = pointAt(shiftDay({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, 'month', rel === 'next' ? 1 : rel === 'last' ? -1 : 0), 'month') as Extract<Point, { g: 'month' }>;
    const d = /first|1st/i.test(m[3]) ? 1 : daysInMonth(month.y, month.m);
    return { type: 'DATE', point: { g: 'day', y: month.y, m: month.m, d }, anchor: 'dateline', explanation: `The ${d === 1 ? 'first' : 'last'} day of the ${rel === 'next' ? 'next' : rel === 'last' ? 'previous' : 'current'} month, counted from ${ctx.refName}.` };
  },
});

// "the same period last year", "the corresponding quarter a year earlier": the period just mentioned,
// a year before, at its own grain (a fiscal quarter's months, a half, a quarter)
rule({
  name: 'same-period-last-year',
  hint: /\b(?:same|comparable|corresponding|year-ago|year-earlier)\b/i,
  re: re(`${B}the\\s+(?:same|comparable|corresponding)\\s+(period|quarter|half|months?|weeks?|time)\\s+(?:(?:of\\s+)?(?:last|the previous|the prior)\\s+year|a\\s+year\\s+(?:earlier|ago|before))${E}`),
  resolve(_m, ctx) {
    const p = ctx.prevPeriod() ?? (ctx.prev && ctx.start - ctx.prev.end < NEAR ? ctx.prev : null);
    const back = (q: Point) => shiftPoint(q, 'year', -1);
    if (p && p.from && p.point.g === 'month') {
      return { type: 'DATE', point: back(p.from), endPoint: back(p.point), anchor: 'previous', anchorable: false, explanation: `The period just mentioned (${describePoint(p.from)} to ${describePoint(p.point)}), a year before.` };
    }
    if (p && (p.point.g === 'quarter' || p.point.g === 'half' || p.point.g === 'month' || p.point.g === 'week' || p.point.g === 'season')) {
      return { type: 'DATE', point: back(p.point), anchor: 'previous', anchorable: false, explanation: `The ${p.point.g} just mentioned (${describePoint(p.point) || formatPoint(p.point)}), a year before.` };
    }
    const y = (p ? pointStart(p.point).y : ctx.ref.y) - 1;
    return { type: 'DATE', point: { g: 'year', y }, anchor: p ? 'previous' : 'dateline', anchorable: false, explanation: `The same part of ${y}: a year before ${p ? 'the date just mentioned' : ctx.refName}.` };
  },
});

// "the 2025/26 budget", "the 2024-25 season", "FY2024", "FY 25": years the text names in the short forms
// of budgets and seasons
rule({
  name: 'split-year',
  hint: /\d{4}[/–-]\d{2}(?!\d)|\bFY\s?\d{2}/,
  re: re(`${B}(?:((?:19|20)\\d\\d)[/–-](\\d\\d)(?![\\d/–-])|FY\\s?((?:19|20)\\d\\d|\\d\\d))${E}`),
  accept: (m) => !m[1] || (+m[1] + 1) % 100 === +m[2],
  resolve(m, ctx) {
    if (m[1]) return { type: 'DATE', point: { g: 'year', y: +m[1] }, endPoint: { g: 'year', y: +m[1] + 1 }, anchor: 'absolute', explicitYear: true, explanation: `The ${m[1]}/${m[2]} span of two years (a budget or season year).` };
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const start = ctx.fiscalStart;
    if (start !== null && start !== 1) return fiscalYear(y, start);
    return { type: 'DATE', point: { g: 'year', y }, anchor: 'absolute', explicitYear: true, explanation: `Fiscal year ${y}, shown as its calendar year.` };
  },
});

// "0314 GMT", "1400 local time", "2130 hrs": the four-figure times of wire copy
rule({
  name: 'time-hhmm',
  hint: /\d{4}\s*(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|local time|hrs\b)/,
  re: re(`${B}([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|[ECMP][SD]T|BST|CEST|CET|local time|hrs)${E}`),
  // ("10:35 a.m. (0735 GMT)" restates the time before it: one entry is enough.)
  accept: (m, text) => !/^\s+(?:ago|later|earlier|before|after)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    && !(/\(\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^\s*\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))),
  resolve(m, ctx) {
    const near = nearbyDay(ctx);
    const day = near ? pointStart(near.point) : ymd(ctx.ref);
    return { type: 'TIME', point: { g: 'day', ...day, hh: +m[1], mi: +m[2] }, anchor: near ? 'previous' : 'dateline', explanation: `A time of day, on ${near ? 'the day just mentioned' : `the day of ${ctx.refName}`}.` };
  },
});

// today, yesterday, tomorrow, tonight, (with a part of the day), "earlier today"
rule({
  name: 'deictic-day',
  re: re(`${B}(?:(early|earlier|late|later|mid-?)\\s*)?(today|yesterday|tomorrow|tonight|the day (?:after tomorrow|before yesterday))(?:\\s+${POD})?${E}`),
  accept(m, text) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "USA Today", "VOA Today", the "Today" show: a name.
    if (m[2] === 'Today' && (/[A-Z][\w.]*\s+$/.test(before) && !/(?:^|[.!?"“]\s*)[A-Z][\w.]*\s+$/.test(before) || /^\s+(?:show|programme|program|newspaper)\b/i.test(after))) return false;
    // "today's youth", "the world of tomorrow": the present age or the future in general, not a day.
    if (/^(?:today|tomorrow)$/i.test(m[2]) && !m[1] && !m[3]) {
      if (/^['’]s\s+(?:world|youth|young|society|generation|children|kids|teenagers|teens|consumers|standards|culture|technology|economy|workforce|students|families|parents|personal|modern|global|digital|media)\b/i.test(after)) return false;
      if (/\b(?:the|a)\s+[a-z]+s?\s+of\s+$/i.test(before)) return false;
    }
    return true;
  },
  resolve(m, ctx) {
    const w = m[2].toLowerCase();
    const off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w === 'the day after tomorrow' ? 2 : w === 'the day before yesterday' ? -2 : 0;
    const day = addDays(ymd(ctx.ref), off);
    let pod = m[3] ? PART_OF_DAY[m[3].toLowerCase()] : undefined;
    if (w === 'tonight') pod = 'NI';
    return {
      type: pod ? 'TIME' : 'DATE', point: { g: 'day', ...day, pod }, mod: modOf(m[1]), anchor: 'dateline',
      explanation: `${w[0].toUpperCase()}${w.slice(1)}, counted from ${ctx.refName}.`,
    };
  },
});

// "this morning", "last night", "this evening", "later this afternoon", "mid-afternoon"
rule({
  name: 'part-of-day',
  re: re(`${B}(?:(early|earlier|late|later|mid-?)\\s*)?(this|last|that)\\s+${POD}${E}`),
  resolve(m, ctx) {
    const rel = m[2].toLowerCase(), w = m[3].toLowerCase();
    let day: Ymd = ymd(ctx.ref), anchor: Anchor = 'dateline';
    if (rel === 'last') day = addDays(day, -1);
    if (rel === 'that') {
      const prev = ctx.prevFor('day');
      if (!prev) return null;
      day = pointStart(prev.point); anchor = 'previous';
    }
    return { type: 'TIME', point: { g: 'day', ...day, pod: PART_OF_DAY[w] }, mod: modOf(m[1]), anchor, explanation: anchor === 'previous' ? 'Part of the day just mentioned.' : `Part of a day counted from ${ctx.refName}.` };
  },
});

// --- Times -----------------------------------------------------------------------------------

const TIME_CORE = `(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)${E}|(\\d{1,2}):(\\d\\d)${E}(?!\\s*(?:a\\.m|p\\.m))|(noon|midnight|midday))`;
const TIME_DAY = `(?:,?\\s+(?:on\\s+)?(?:(${WEEKDAY})|(today|yesterday|tomorrow)|(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?))?`;

// "4:15 a.m.", "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday", "at 17:00"
rule({
  name: 'time',
  re: re(`${B}(?:(about|around|approximately|roughly|shortly after|shortly before|just after|just before)\\s+)?${TIME_CORE}${TZ}?${TIME_DAY}(?!\\d)`),
  accept(m, text) {
    if (m[5] !== undefined) {
      // "17:00" alone: only with "at"/"by"/"from" before it, not a score or ratio.
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (!/\b(?:at|by|from|until|till|before|after)\s+$/i.test(before) && m[10] === undefined) return false;
      if (+m[5] > 23 || +m[6] > 59) return false;
    }
    if (m[8] !== undefined && !isCapitalised(m[8])) return false;
    if (m[10] !== undefined && !isCapitalised(m[10])) return false;
    // "High Noon", "high noon comes today": a figure of speech.
    if (m[7] !== undefined && /\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return false;
    return true;
  },
  resolve(m, ctx) {
    let hh: number, mi = 0;
    if (m[2] !== undefined) {
      hh = +m[2]; mi = m[3] ? +m[3] : 0;
      if (hh < 1 || hh > 12 || mi > 59) return null;
      const pm = m[4].toLowerCase().startsWith('p');
      if (pm && hh < 12) hh += 12;
      if (!pm && hh === 12) hh = 0;
    } else if (m[5] !== undefined) { hh = +m[5]; mi = +m[6]; } else {
      const w = m[7].toLowerCase();
      hh = w === 'midnight' ? 24 : 12;
    }
    let day: Ymd = ymd(ctx.ref), how = `on the day of ${ctx.refName}`, anchor: Anchor = 'dateline';
    // "on the Friday on or after the dateline (future tense)"
    if (m[8]) { const r = weekdayPoint(ctx, weekdayNumber(m[8]), ''); day = r.day; how = `on ${reasonLast(r.how)}`; }
    else if (m[9]) { const w = m[9].toLowerCase(); day = addDays(day, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0); how = w; }
    else if (m[10]) {
      const mo = monthNumber(m[10]), d = parseInt(m[11], 10);
      const y = m[12] ? +m[12] : inferYear(ctx, mo, d).y;
      if (!isValidYmd(y, mo, d)) return null;
      day = { y, m: mo, d }; how = 'on the date given'; anchor = m[12] ? 'absolute' : 'dateline';
    } else {
      const near = nearbyDay(ctx);
      if (near) { day = pointStart(near.point); how = 'on the day just mentioned'; anchor = 'previous'; }
    }
    return { type: 'TIME', point: { g: 'day', ...day, hh, mi }, mod: modOf(m[1]?.split(' ')[0]), anchor, explanation: `A time of day, ${how}.` };
  },
});

// --- Relative units ---------------------------------------------------------------------------

// "last week", "this year", "next month", "this spring", "the coming year", "the current quarter"
rule({
  name: 'relative-unit',
  re: re(`${B}(?:${MODW}\\s+)?(?:the\\s+)?(last|this(?:\\s+past)?|next|coming|current|past|previous|present)\\s+(?:(?:fiscal|financial)\\s+)?${REL_UNIT}${E}`),
  accept: (m) => (!(isCapitalised(m[2]) && isCapitalised(m[3])) || m[0] === m[0].toUpperCase()) // "This Week", a title
    // "the previous week", "the next week" count from the date just mentioned: the anaphora rule's
    // (which falls back to the dateline when there is none).
    && !/\bthe\s+(?:previous|next)\s+(?!fiscal|financial)/i.test(m[0]),
  resolve(m, ctx) {
    const relW = m[2].toLowerCase();
    const hasThe = /\bthe\s+(last|past|coming|current|previous|present)/i.test(m[0]);
    const unitW = m[3].toLowerCase();
    if (hasThe && (relW === 'past' || relW === 'last') && !(unitW in SEASONS)) {
      // "the past year" = the twelve months before: a duration.
      return { type: 'DURATION', value: durationValue(1, unitW), anchor: 'dateline', explanation: `The ${unitW} up to ${ctx.refName}.` };
    }
    if (relW === 'past' && !hasThe && !/this\s+past/i.test(m[0])) return null;
    const rel = relWord(relW);
    const point = unitW === 'weekend' ? weekOf(rel === 0 ? ctx.ref : shiftDay(ctx.ref, 'week', rel), true) : relativeUnit(ctx.ref, rel, unitW);
    return {
      type: 'DATE', point, mod: modOf(m[1]), anchor: 'dateline',
      // "Early in the next year", "The end of the next year"
      explanation: `${m[1] ? `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()}${/\bof$/i.test(m[1]) ? ' the' : ' in the'}` : 'The'} ${rel < 0 ? 'previous' : rel > 0 ? 'next' : 'current'} ${unitW}, counted from ${ctx.refName}.`,
    };
  },
});

// "earlier this month", "later this year", "earlier this week" (kept at the unit's granularity)
rule({
  name: 'earlier-this',
  re: re(`${B}(earlier|later)\\s+(this|that|last|next)\\s+(week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|day)${E}`),
  resolve(m, ctx) {
    const rel = m[2].toLowerCase(), unitW = m[3].toLowerCase();
    const mod = m[1].toLowerCase() === 'earlier' ? 'START' : 'END';
    if (rel === 'that') {
      const u = unitW as Unit;
      const prev = ctx.prevFor(u);
      if (!prev) return null;
      return { type: 'DATE', point: pointAt(pointStart(prev.point), u), mod, anchor: 'previous', explanation: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} in the ${unitW} just mentioned.` };
    }
    if (unitW === 'day') return null;
    const point = relativeUnit(ctx.ref, relWord(rel), unitW);
    return { type: 'DATE', point, mod, anchor: 'dateline', explanation: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} in the ${rel === 'this' ? 'current' : rel === 'last' ? 'previous' : 'next'} ${unitW}, counted from ${ctx.refName}.` };
  },
});

// "the weekend", "the week" (the one of the reference, by tense)
rule({
  name: 'the-weekend',
  re: re(`(?<=\\b(?:over|during|on|at|for|this|last|next|by|since|until|in|through|throughout|across|after|before|of)\\s+)the\\s+(weekend)${E}`),
  resolve(_m, ctx) {
    const dir = ctx.direction();
    const wd = weekday(ctx.ref);
    let day = ymd(ctx.ref);
    if (wd !== 0 && wd !== 6) day = dir > 0 ? day : addDays(day, -wd - 1);
    return { type: 'DATE', point: weekOf(day, true), anchor: 'dateline', explanation: `${dir > 0 ? 'The coming' : 'The most recent'} weekend around ${ctx.refName}.` };
  },
});

// "the April-June quarter", "the July-September period": the calendar quarter those months make
rule({
  name: 'month-span-quarter',
  hint: MONTH_HINT,
  re: re(`${B}(?:the\\s+)?(${MONTH_FULL})[-–](${MONTH_FULL})\\s+(?:quarter|period)${E}`),
  accept: (m) => capGroup(1, 2)(m) && monthNumber(m[2]) - monthNumber(m[1]) === 2 && monthNumber(m[1]) % 3 === 1,
  resolve(m, ctx) {
    const mo = monthNumber(m[1]);
    const yi = inferYear(ctx, mo + 2, null);
    return { type: 'DATE', point: { g: 'quarter', y: yi.y, q: (mo + 2) / 3 }, anchor: yi.anchor, explanation: `The quarter from ${m[1]} to ${m[2]}; no year given: ${yi.how}.` };
  },
});

// "the first week of January", "the last week of March 2024": the week around the 4th, 11th, 18th, 25th
// or fourth-last day of that month
rule({
  name: 'nth-week-of-month',
  hint: /week\s+of\s/i,
  re: re(`${B}the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_FULL})(?:,?\\s+(${YEAR}))?${E}`),
  accept: capGroup(2),
  resolve(m, ctx) {
    const mo = monthNumber(m[2]);
    const yi = m[3] ? { y: +m[3], how: 'the year given', anchor: 'absolute' as Anchor } : inferYear(ctx, mo, null);
    const n = m[1].toLowerCase();
    const d = n === 'first' ? 4 : n === 'second' ? 11 : n === 'third' ? 18 : n === 'fourth' ? 25 : daysInMonth(yi.y, mo) - 3;
    return { type: 'DATE', point: weekOf({ y: yi.y, m: mo, d }), anchor: yi.anchor, explanation: `The ${n} week of ${MONTH_NAMES[mo - 1]} ${yi.y}${m[3] ? '' : ` (${yi.how})`}, as the calendar week around the ${d}th.`, explicitYear: !!m[3] };
  },
});

// "the week of March 4"
rule({
  name: 'week-of',
  re: re(`${B}the\\s+week\\s+of\\s+(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?${E}`),
  accept: capGroup(1),
  resolve(m, ctx) {
    const mo = monthNumber(m[1]), d = parseInt(m[2], 10);
    const y = m[3] ? +m[3] : inferYear(ctx, mo, d).y;
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: weekOf({ y, m: mo, d }), anchor: m[3] ? 'absolute' : 'dateline', explanation: 'The week that holds the date given.' };
  },
});

// "Week 11", "week 11 of 2024"
rule({
  name: 'week-number',
  re: re(`${B}week\\s+(\\d{1,2})(?:\\s+of\\s+(${YEAR})|,\\s+(${YEAR}))?${E}`),
  resolve(m, ctx) {
    const w = +m[1];
    if (w < 1 || w > 53) return null;
    const y = m[2] ? +m[2] : m[3] ? +m[3] : ctx.ref.y;
    return { type: 'DATE', point: { g: 'week', y, w }, anchor: m[2] || m[3] ? 'absolute' : 'dateline', explanation: 'A numbered ISO week.' };
  },
});

// "three days ago", "a year earlier", "two weeks later", "six months from now", "a decade ago"
rule({
  name: 'offset',
  re: re(`${B}(?:(about|around|nearly|almost|more than|less than|some|roughly|approximately|just over|just under|over|only)\\s+)?(${NUM})[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from now|hence|previously|back)${E}`),
  // "two days before the vote" is a length of time before an event, not a date.
  // ("a month after that," counts from the date just mentioned: "that" is that date.)
  accept: (m, text) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    return !/^(?:before|after)$/i.test(m[4]) || /^\s+that\s*[,.;]/.test(after) || !/^\s+(?:the|that|his|her|their|its|a|an|this|last|he|she|it|they|we|i|you|[a-z]+ing\b|[A-Z0-9])/.test(after);
  },
  resolve(m, ctx) {
    const n = parseCount(m[2]);
    const unitW = m[3];
    const u = unitOf(unitW);
    const dirW = m[4].toLowerCase();
    const sign = /ago|earlier|before|previously|back/.test(dirW) ? -1 : 1;
    const mod = modOf(m[1]);
    if (n === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod, anchor: 'dateline', explanation: `An unspecified number of ${unitW} ${dirW}.` };
    if (u === 'hour' || u === 'minute' || u === 'second') {
      return { type: 'TIME', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dateline', explanation: `${m[0]}: a time near ${ctx.refName}.` };
    }
    const unit: Unit = u === 'night' ? 'day' : u === 'fortnight' ? 'week' : u === 'millennium' ? 'century' : u;
    const k = u === 'fortnight' ? 2 * n : u === 'millennium' ? 10 * n : n;
    if (!Number.isInteger(k)) return null;
    const anaphoric = dirW !== 'ago' && dirW !== 'from now' && dirW !== 'hence';
    const last = ctx.prev;
    if (anaphoric && last && ctx.start - last.end < NEAR && !fineEnough(last.point.g, unit) && last.point.g !== 'year' && unit !== 'year') {
      // "Talks broke down last week. Two days earlier, ..." counts from that week and stays a week.
      const g = last.point.g;
      const point = pointAt(shiftDay(pointStart(last.point), unit, sign * k), (g === 'week' && (last.point as { weekend?: boolean }).weekend ? 'weekend' : g) as Unit);
      return { type: 'DATE', point, mod, anchor: 'previous', anchorable: false, explanation: `${m[2][0].toUpperCase()}${m[2].slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} the period just mentioned (${describePoint(last.point) || formatPoint(last.point)}), kept at its granularity.` };
    }
    const p = unit === 'year' ? ctx.prev : ctx.prevFor(unit);
    if (p && ctx.start - p.end < NEAR && (anaphoric || (unit === 'year' && (p.point.g === 'quarter' || p.point.g === 'half')))) {
      // "two days later" counts from the date just mentioned; "a year earlier" after "the third quarter" is that quarter a year before.
      const base = p.point;
      let point: Point;
      const keep = unit === 'year' ? base.g === 'quarter' || base.g === 'half' : base.g === 'day' || base.g === unit;
      if (keep) point = shiftPoint(base, unit, sign * k);
      else point = pointAt(shiftDay(pointStart(base), unit, sign * k), unit);
      if (point.g === 'day') point = { g: 'day', y: point.y, m: point.m, d: point.d };
      return {
        type: 'DATE', point, mod, anchor: 'previous', anchorable: unit !== 'year',
        explanation: `${m[2][0].toUpperCase()}${m[2].slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} the date just mentioned (${describePoint(base)}).`,
      };
    }
    const point = pointAt(shiftDay(ymd(ctx.ref), unit, sign * k), unit);
    return { type: 'DATE', point, mod, anchor: 'dateline', explanation: `${m[2][0].toUpperCase()}${m[2].slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} ${ctx.refName}.` };
  },
});

// Anaphora: "the following day", "the next day", "the previous week", "the day before", "that day", "the same day"
rule({
  name: 'anaphoric',
  re: re(`${B}(?:(early|earlier|late|later)\\s+)?(?:(the\\s+(?:following|next|previous|preceding|same|prior)|that(?:\\s+same)?|the(?=\\s+\\w+\\s+(?:before|after)\\b))\\s+(day|week|weekend|month|year|quarter|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)(?:\\s+(before|after|earlier|later))?)${E}`),
  // "the day before authorities issued a warrant", "the day before returning": the day before an event
  // the text names, not before the date just mentioned.
  accept: (m, text) => !/^(?:before|after)$/i.test(m[4] ?? '') || !/^\s+(?:[a-z]+ing\b|the|a|an|his|her|their|its|he|she|it|they|we|i|you|last|this|next|[A-Z0-9])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  resolve(m, ctx) {
    const rel = m[2].toLowerCase().replace(/\s+/g, ' '), unitW = m[3].toLowerCase(), after = m[4]?.toLowerCase();
    let k = 0;
    if (/following|next/.test(rel) || after === 'after' || after === 'later') k = 1;
    else if (/previous|preceding|prior/.test(rel) || after === 'before' || after === 'earlier') k = -1;
    else if (rel === 'the') return null; // "the day", "the year" alone are too vague
    if (unitW in SEASONS) {
      // "the following summer": the next summer after the date just mentioned; "that summer": its summer.
      const sp = ctx.prev && ctx.start - ctx.prev.end < NEAR ? ctx.prev : null;
      if (!sp) return null;
      const from = pointStart(sp.point);
      const here = pointAt(from, 'season') as Extract<Point, { g: 'season' }>;
      const s = SEASONS[unitW];
      const idx = SEASON_ORDER.indexOf(s), cur = SEASON_ORDER.indexOf(here.s);
      let y = here.y;
      if (k > 0 && idx <= cur) y++;
      if (k < 0 && idx >= cur) y--;
      return { type: 'DATE', point: { g: 'season', y, s }, mod: modOf(m[1]), anchor: 'previous', explanation: `The ${k > 0 ? 'next' : k < 0 ? 'previous' : 'same'} ${unitW} ${k > 0 ? 'after' : k < 0 ? 'before' : 'as'} the date just mentioned (${describePoint(sp.point)}).` };
    }
    const pod = PART_OF_DAY[unitW];
    const p = ctx.prevFor(pod ? 'day' : unitW as Unit);
    if (!p) {
      if (k === 0) return null;
      // No date yet: count from the reference.
      if (pod) return null;
      const point = pointAt(shiftDay(ctx.ref, unitW as Unit, k), unitW as Unit);
      return { type: 'DATE', point, anchor: 'dateline', explanation: `The ${unitW} ${k > 0 ? 'after' : 'before'} ${ctx.refName}.` };
    }
    if (pod) {
      if (!isDayLike(p.point)) return null;
      const d = shiftDay(pointStart(p.point), 'day', k);
      return { type: 'TIME', point: { g: 'day', ...d, pod }, mod: modOf(m[1]), anchor: 'previous', explanation: `The ${unitW} of the day just mentioned.` };
    }
    const unit = unitW as Unit;
    const base = pointAt(pointStart(p.point), unit);
    const point = k === 0 ? base : shiftPoint(base, unit, k);
    return {
      type: 'DATE', point, mod: modOf(m[1]), anchor: 'previous',
      explanation: k === 0 ? `The same ${unitW} as the date just mentioned.` : `The ${unitW} ${k > 0 ? 'after' : 'before'} the date just mentioned (${describePoint(p.point)}).`,
    };
  },
});

// --- Quarters, halves, seasons, decades, centuries --------------------------------------------

// "the third quarter", "third-quarter", "the first quarter of 2025", "1989's third quarter", "Q1 2025", "fiscal 1990 first quarter"
rule({
  name: 'quarter',
  re: re(`${B}(?:(${YEAR})(?:'s)?\\s+|(?:the\\s+)?(?:(fiscal|calendar)\\s+)?(?:(${YEAR})(?:'s)?\\s+)?)?(?:(the|this year's|last year's|next year's)\\s+)?(?:(fiscal|calendar)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR}|this year|last year|next year)|,?\\s+(${YEAR}))?${E}`),
  trimLead: skipArticleBeforeAdjective,
  resolve(m, ctx) {
    const qw = m[6].toLowerCase();
    let q = ORDINALS[qw];
    if (qw === 'last' && !m[7] && !m[8] && !m[1] && !m[3] && !/year's/i.test(m[4] ?? '')) {
      // "the last quarter": the most recent completed quarter
      return { type: 'DATE', point: lastCompletedQuarter(ctx.ref), anchor: 'dateline', explanation: `The last completed quarter before ${ctx.refName}.` };
    }
    const yStr = m[1] ?? m[3] ?? m[8] ?? m[7];
    const owner = (m[4] ?? '').toLowerCase();
    // A fiscal quarter: "the fiscal first quarter ended Sept. 30" is July to September, not January to
    // March. The end date teaches the text's fiscal year; later quarters of it follow that calendar.
    if (q && !/calendar/i.test(m[0])) {
      const ended = ENDED_IN.exec(ctx.after);
      let start = ctx.fiscalStart;
      if (ended) {
        const taught = ((monthNumber(ended[2]) - 3 * q + 12) % 12) + 1;
        if (/fiscal/i.test(m[0]) || taught !== 1) { ctx.learnFiscalStart(taught); start = taught; }
      }
      if (start !== null && start !== 1 && (/fiscal/i.test(m[0]) || !yStr)) {
        const first = ((start - 1 + 3 * (q - 1)) % 12) + 1, last = ((first + 1) % 12) + 1;
        let endY: number;
        let how: string;
        if (yStr && /^\d/.test(yStr)) {
          // Fiscal year Y ends in the month before `start`, in year Y.
          endY = last >= start ? +yStr - 1 : +yStr;
          how = `fiscal ${yStr}`;
        } else if (ended) {
          const em = monthNumber(ended[2]);
          endY = /ended/i.test(ended[1]) && em > ctx.ref.m ? ctx.ref.y - 1 : ctx.ref.y;
          how = `ended in ${MONTH_NAMES[em - 1]} ${endY}`;
        } else {
          const yi = inferYear(ctx, last, null);
          endY = yi.y; how = yi.how;
        }
        const firstY = first > last ? endY - 1 : endY;
        return {
          type: 'DATE', point: { g: 'month', y: firstY, m: first }, endPoint: { g: 'month', y: endY, m: last }, anchor: 'dateline',
          explanation: `Fiscal Q${q}, ${MONTH_NAMES[first - 1]} to ${MONTH_NAMES[last - 1]} ${endY} (a fiscal year that starts in ${MONTH_NAMES[start - 1]}; ${how}).`,
        };
      }
    }
    let y: number | undefined;
    let how = '';
    if (yStr && /^\d/.test(yStr)) { y = +yStr; how = 'A quarter of the year given.'; }
    else if (/this year/i.test(yStr ?? owner)) y = ctx.ref.y;
    else if (/last year/i.test(yStr ?? owner)) y = ctx.ref.y - 1;
    else if (/next year/i.test(yStr ?? owner)) y = ctx.ref.y + 1;
    if (y === undefined) {
      const r = quarterWithoutYear(ctx, q);
      return { type: 'DATE', point: r.p, anchor: 'dateline', explanation: `No year given: ${r.how}.` };
    }
    q = q || 4;
    return { type: 'DATE', point: { g: 'quarter', y, q }, anchor: /^\d/.test(yStr ?? '') ? 'absolute' : 'dateline', explanation: how || `A quarter counted from ${ctx.refName}.`, explicitYear: /^\d/.test(yStr ?? '') };
  },
});

rule({
  name: 'q-number',
  re: /(?<![\w$])Q([1-4])(?:\s+(?:of\s+)?(1[6-9]\d\d|20\d\d)|\s+'(\d\d))?(?!\w)/g,
  resolve(m, ctx) {
    const q = +m[1];
    if (m[2] || m[3]) {
      const y = m[2] ? +m[2] : 2000 + +m[3];
      return { type: 'DATE', point: { g: 'quarter', y, q }, anchor: 'absolute', explanation: 'A quarter of the year given.', explicitYear: true };
    }
    const r = quarterWithoutYear(ctx, q);
    return { type: 'DATE', point: r.p, anchor: 'dateline', explanation: `No year given: ${r.how}.` };
  },
});

// "later in the day", "earlier in the week", "late in the year": part of the unit just mentioned, or the reference's
rule({
  name: 'in-the-unit',
  hint: /\bin\s+the\s+(?:day|week|month|year)\b/i,
  re: re(`${B}(early|earlier|late|later)\\s+in\\s+the\\s+(day|week|month|year)${E}`),
  resolve(m, ctx) {
    const unit = m[2].toLowerCase() as Unit;
    const p = ctx.prevFor(unit);
    const near = p && ctx.start - p.end < NEAR;
    const point = pointAt(near ? pointStart(p.point) : ymd(ctx.ref), unit);
    return {
      type: 'DATE', point, mod: modOf(m[1]), anchor: near ? 'previous' : 'dateline',
      explanation: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} in the ${unit} ${near ? 'just mentioned' : `of ${ctx.refName}`}.`,
    };
  },
});

// "the year ended Sept. 30", "the fiscal year ending June 30, 1990": a twelve-month period named by
// its last day, which follows as a date of its own; the year itself is a length of time, as TimeML has it.
rule({
  name: 'year-ended',
  hint: /year\s+(?:that\s+)?end(?:ed|ing)\b/i,
  re: re(`${B}(?:the\\s+)?(?:(?:fiscal|financial)\\s+)?year${E}(?=\\s+(?:that\\s+)?(?:ended|ending)\\s)`),
  resolve: () => ({ type: 'DURATION', value: 'P1Y', anchor: 'absolute', explanation: 'A twelve-month period, named by the date it ends on.', anchorable: false }),
});

const ENDED_IN = new RegExp(`^,?\\s+(?:which\\s+|that\\s+)?(ended|ending|ends)\\s+(${MONTH})`, 'i');

// "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period", "year-earlier"
rule({
  name: 'the-quarter',
  re: re(`${B}(?:the\\s+)?(latest|recent|most recent|just-ended|just ended|year-ago|year-earlier|year ago|year earlier|comparable|same)?\\s*(quarter|period)${E}`),
  accept(m, text) {
    if (!m[1]) return /^the\s/i.test(m[0]) && /\b(?:in|for|during|of)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && /quarter/i.test(m[2]);
    return /^the\s/i.test(m[0]) || /year/i.test(m[1]);
  },
  resolve(m, ctx) {
    const w = (m[1] ?? '').toLowerCase();
    const ended = ENDED_IN.exec(ctx.after);
    // (After "the fiscal first quarter", "the quarter ended Sept. 29" is that quarter: see below.)
    if (ended && /quarter/i.test(m[2]) && !/year/.test(w) && !ctx.prevQuarter) {
      // "the quarter ended Sept. 30": the quarter that ends in that month, in the most recent such year
      // ("ending" may look ahead: the nearer one). A quarter ending in July is a fiscal quarter whose
      // number the text does not give.
      const mo = monthNumber(ended[2]);
      const past = /ended/i.test(ended[1]);
      let y = ctx.ref.y;
      if (past ? mo > ctx.ref.m : mo - ctx.ref.m < -6) y += past ? -1 : 1;
      if (mo % 3 !== 0) return { type: 'DATE', value: `${y}-QX`, anchor: 'dateline', explanation: `A fiscal quarter that ${past ? 'ended' : 'ends'} in ${MONTH_NAMES[mo - 1]} ${y}; its number is not given.`, anchorable: false };
      return { type: 'DATE', point: { g: 'quarter', y, q: mo / 3 }, anchor: 'dateline', explanation: `The quarter that ${past ? 'ended' : 'ends'} in ${MONTH_NAMES[mo - 1]} ${y}.` };
    }
    let base = ctx.prevQuarter ?? lastCompletedQuarter(ctx.ref);
    // "the latest quarter" is one that has ended by the reference date.
    if (/latest|recent|ended/.test(w) && ctx.prevQuarter && compareYmd(pointEnd(ctx.prevQuarter), ctx.ref) > 0) base = lastCompletedQuarter(ctx.ref);
    const from = ctx.prevQuarter ? 'the quarter just mentioned' : `the last completed quarter before ${ctx.refName}`;
    if (/year/.test(w)) return { type: 'DATE', point: shiftPoint(base, 'year', -1), anchor: ctx.prevQuarter ? 'previous' : 'dateline', explanation: `A year before ${from}.`, anchorable: false };
    if (w === 'same' || w === 'comparable') return null;
    if (m[2].toLowerCase() === 'period' && !w) return null;
    return { type: 'DATE', point: base, anchor: ctx.prevQuarter ? 'previous' : 'dateline', explanation: `The quarter in question: ${from}.` };
  },
});

rule({
  name: 'year-earlier-adj',
  re: re(`${B}(year-earlier|year-ago)${E}(?!\\s+(?:quarter|period))`),
  resolve(_m, ctx) {
    if (ctx.prevQuarter && ctx.prev && ctx.start - ctx.prev.end < NEAR) return { type: 'DATE', point: shiftPoint(ctx.prevQuarter, 'year', -1), anchor: 'previous', explanation: 'A year before the quarter just mentioned.', anchorable: false };
    return { type: 'DATE', point: { g: 'year', y: ctx.ref.y - 1 }, anchor: 'dateline', explanation: `The year before ${ctx.refName}.`, anchorable: false };
  },
});

// "the first half of 2025", "the second half", "H1 2025"
rule({
  name: 'half',
  re: re(`${B}(?:the\\s+)?(first|second|latter|last|1st|2nd)[\\s-]half(?:\\s+of\\s+(?:(${YEAR})|(this|last|next)\\s+year|the\\s+year))?${E}(?!\\s+(?:of\\s+the|century|decade))`),
  accept(m, text) {
    if (m[2] || m[3] || /year/i.test(m[0])) return true;
    // "scored in the second half": a half of a match, not of the year.
    const around = text.slice(Math.max(0, m.index - 100), m.index + m[0].length + 100);
    return !/\b(?:scor\w*|goals?|minutes?|match|game|kick-?off|penalt\w*|half-?time|touchdowns?|innings?|striker|keeper|referee|whistle|points?)\b/i.test(around);
  },
  resolve(m, ctx) {
    const h = /first|1st/i.test(m[1]) ? 1 : 2;
    let y = ctx.ref.y, anchor: Anchor = 'dateline', how: string;
    if (m[2]) { y = +m[2]; anchor = 'absolute'; how = 'A half of the year given.'; }
    else if (m[3]) { y = ctx.ref.y + relWord(m[3]); how = `A half of a year counted from ${ctx.refName}.`; }
    else {
      const dir = ctx.direction();
      if (dir < 0 && h === 2 && ctx.ref.m <= 6) y--;
      if (dir > 0 && h === 1 && ctx.ref.m > 6) y++;
      how = `No year given: ${y === ctx.ref.y ? `the year of ${ctx.refName}` : `by ${dirWord(dir)}`}.`;
    }
    return { type: 'DATE', point: { g: 'half', y, h }, anchor, explanation: how, explicitYear: !!m[2] };
  },
});
rule({
  name: 'h-number',
  re: /(?<![\w$])H([12])\s+(1[6-9]\d\d|20\d\d)(?!\w)/g,
  resolve(m) {
    return { type: 'DATE', point: { g: 'half', y: +m[2], h: +m[1] }, anchor: 'absolute', explanation: 'A half of the year given.', explicitYear: true };
  },
});

// Seasons: "spring 2021", "the summer of 2019", "in the fall", "this winter" (the relative rule), "early summer"
rule({
  name: 'season',
  re: re(`${B}(?:the\\s+(?=(?:early|mid|late)))?(?:${MODW}[ -]?)?(?:the\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+of\\s+(${YEAR})|\\s+(${YEAR}))?${E}`),
  accept(m, text) {
    if (m[3] || m[4]) return true;
    const notOf = !/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    // "the early summer", "late spring": the modifier makes it a time of year.
    if (m[1] && /^(?:early|mid|late)/i.test(m[1]) && /^[a-z]/.test(m[2])) return notOf;
    // A bare season needs "in/during/this/..." before it: "the fall of the regime" is not a date.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    return /\b(?:in|into|during|by|until|till|before|after|since|over|through|throughout|this|last|next|early|late)\s+$/i.test(before) && notOf;
  },
  resolve(m, ctx) {
    const s = SEASONS[m[2].toLowerCase()];
    const yStr = m[3] ?? m[4];
    if (yStr) return { type: 'DATE', point: { g: 'season', y: +yStr, s }, mod: modOf(m[1]), anchor: 'absolute', explanation: 'A season of the year given.', explicitYear: true };
    const dir = ctx.direction();
    const cur = pointAt(ctx.ref, 'season') as Extract<Point, { g: 'season' }>;
    let y = cur.y;
    const idx = SEASON_ORDER.indexOf(s), curIdx = SEASON_ORDER.indexOf(cur.s);
    if (dir < 0 && idx > curIdx) y--;
    if (dir > 0 && idx < curIdx) y++;
    return { type: 'DATE', point: { g: 'season', y, s }, mod: modOf(m[1]), anchor: 'dateline', explanation: `No year given: ${y === cur.y ? `the year of ${ctx.refName}` : `by ${dirWord(dir)}`}.` };
  },
});

// Decades: "the 1990s", "the '90s", "the mid-1980s", "the early 2000s"
rule({
  name: 'decade',
  re: re(`${B}(?:the\\s+)?(?:${MODW}[ -]?)?(?:(1[6-9]\\d0|20\\d0)s|'(\\d)0s|(nineteen|twenty|thirty|forties|fifties|sixties|seventies|eighties|nineties))${E}`),
  accept: (m) => !m[4] || /^the\s/i.test(m[0]),
  resolve(m, ctx) {
    let dec: number;
    // "the 1800s", "the late 1900s": a century in common use (not the decade 1800-1809).
    if (m[2] && /00$/.test(m[2]) && +m[2] < 2000) return { type: 'DATE', point: { g: 'century', c: +m[2] / 100 }, mod: modOf(m[1]), anchor: 'absolute', explanation: `The ${m[2]}s: the century from ${m[2]} to ${+m[2] + 99}.` };
    if (m[2]) dec = Math.floor(+m[2] / 10);
    else if (m[3]) { const d = +m[3]; dec = Math.floor(ctx.ref.y / 100) * 10 + d; if (dec * 10 > ctx.ref.y) dec -= 10; }
    else {
      const map: Record<string, number> = { forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      const d = map[m[4].toLowerCase()];
      if (d === undefined) return null;
      dec = 190 + d; if (dec * 10 > ctx.ref.y) dec -= 10;
    }
    return { type: 'DATE', point: { g: 'decade', dec }, mod: modOf(m[1]), anchor: m[2] ? 'absolute' : 'dateline', explanation: 'A decade.' };
  },
});

// Centuries: "the 20th century", "this century", "the 21st century"
rule({
  name: 'century',
  re: re(`${B}(?:the\\s+)?(?:${MODW}[ -]?)?(?:(\\d{1,2})(?:st|nd|rd|th)|(this|last|next))[ -]century${E}`),
  resolve(m, ctx) {
    const c = m[2] ? +m[2] - 1 : Math.floor(ctx.ref.y / 100) + relWord(m[3]);
    return { type: 'DATE', point: { g: 'century', c }, mod: modOf(m[1]), anchor: m[2] ? 'absolute' : 'dateline', explanation: 'A century.' };
  },
});

// "the end of the month", "the beginning of the year", "the end of this week"
rule({
  name: 'end-of-unit',
  re: re(`${B}(the\\s+(?:beginning|start|middle|end|close)\\s+of|(?:early|late|mid)[ -]?)\\s*(?:the|this)\\s+(week|month|year|quarter|decade|century)${E}`),
  resolve(m, ctx) {
    const unitW = m[2].toLowerCase() as Unit;
    const prev = ctx.prevFor(unitW);
    const p = prev && ctx.start - prev.end < NEAR && /\bthe\s+(week|month|year|quarter)/i.test(m[0].slice(-(unitW.length + 5))) ? prev.point : null;
    const base = p && !(p.g === 'day' && compareYmd(pointStart(p), ctx.ref) === 0) ? pointAt(pointStart(p), unitW) : pointAt(ctx.ref, unitW);
    return { type: 'DATE', point: base, mod: modOf(m[1].trim().replace(/-$/, '')), anchor: p ? 'previous' : 'dateline', explanation: `Part of the ${unitW}${p ? ' just mentioned' : ` of ${ctx.refName}`}; the value keeps the ${unitW}.` };
  },
});

// --- Durations and sets ------------------------------------------------------------------------

// "will reopen in two weeks", "results are due in two weeks' time": a date that many units after the
// reference, at the unit's grain (TimeML's reading of a future "in"); "built it in two weeks" stays a length.
rule({
  name: 'in-n-units',
  hint: /\bin\s/i,
  re: re(`${B}in\\s+(${NUM})\\s+(days?|weeks?|months?|years?)((?:'s?|’s?)\\s+time)?${E}(?!\\s+(?:ago|earlier|later|before|after|of)\\b)`),
  trimLead: (m) => m[0].search(/\s/) + 1,
  resolve(m, ctx) {
    const n = parseCount(m[1]);
    const unitW = m[2].toLowerCase();
    const unit = unitOf(unitW) as Unit;
    const future = !!m[3] || ctx.direction() > 0;
    if (n === null || !Number.isInteger(n) || !future) {
      return { type: 'DURATION', value: durationValue(n, unitW), anchor: 'absolute', explanation: `A length of time (${m[1]} ${unitW}), not a point on the calendar.`, anchorable: false };
    }
    return { type: 'DATE', point: pointAt(shiftDay(ymd(ctx.ref), unit, n), unit), anchor: 'dateline', explanation: `${m[1][0].toUpperCase()}${m[1].slice(1)} ${unitW} after ${ctx.refName}, at the ${unit}'s grain.` };
  },
});

// "for six weeks", "the past two months", "the first nine months", "two-year", "a few days"
rule({
  name: 'duration',
  re: re(`${B}(?:(more than|less than|at least|up to|just over|just under)\\s+)?(?:(the|another|an additional|a further)\\s+)?(?:(past|last|next|first|previous|coming|final|following|latest|remaining)\\s+)?(${NUM})(?:\\s+(?:more|additional|full|straight|consecutive|trading|business|working|calendar))?(?:\\s+|-(?!quarters))(${UNIT})(-long)?${E}(?!-[a-z]|\\s+old\\b|\\s+(?:ago|earlier|later|from now|hence)\\b)`),
  accept(m, text) {
    const count = m[4].toLowerCase();
    if (isCapitalised(m[5]) && m[5] !== m[5].toUpperCase()) return false; // "60 Minutes", a title
    // "a day" / "a year" alone is mostly a rate ("twice a day") or idiom; keep only with a duration cue.
    if ((count === 'a' || count === 'an') && !m[3] && !m[2] && !m[1]) {
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      return /\b(?:for|in|within|after|over|than|about|nearly|almost|lasted|last|spent|took|takes|nearly|during)\s+$/i.test(before);
    }
    if (/^\d/.test(count) && /^\d{4}$/.test(count)) return false;
    return true;
  },
  // "will last 60 days": "last" is the verb, not part of the expression.
  trimLead: (m, text) => (!m[1] && !m[2] && /^last$/i.test(m[3] ?? '') && VERB_LAST.test(text.slice(Math.max(0, m.index - 12), m.index)) ? m[0].indexOf(m[4], 4) : 0),
  resolve(m, ctx) {
    const n = parseCount(m[4]);
    const unitW = m[5];
    if (n === null && /^(a|an)$/i.test(m[4])) return null;
    const value = durationValue(n, unitW);
    const mod = modOf(m[1]);
    return { type: 'DURATION', value, mod, anchor: 'absolute', explanation: `A length of time (${m[4]} ${unitW}), not a point on the calendar (${ctx.refName} unused).`, anchorable: false };
  },
});

const VERB_LAST = /\b(?:will|would|to|can|could|may|might|should|must|did|does|do|not|'ll|’ll|which|that|it|they|talks|strike|ban)\s+$/i;

// Vague plural durations: "for years", "for decades", "in recent years" (the latter is PAST_REF)
rule({
  name: 'vague-duration',
  re: re(`(?<=\\b(?:for|over|in|within|took|take|lasted)\\s+)(?:(recent|coming|the coming|the past|past)\\s+)?(years|decades|months|weeks|days|hours|centuries)${E}(?!\\s+(?:ago|of|earlier|later|to come))`),
  resolve(m) {
    if (m[1]) {
      const past = /recent|past/i.test(m[1]);
      return { type: 'DATE', value: past ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dateline', explanation: `An unspecified ${past ? 'recent past' : 'near future'}.`, anchorable: false };
    }
    return { type: 'DURATION', value: durationValue(null, m[2]), anchor: 'absolute', explanation: 'An unspecified length of time.', anchorable: false };
  },
});

// Sets: "every Monday", "each year", "daily", "twice a week", "every other month"
rule({
  name: 'set',
  re: re(`${B}(?:(every|each)\\s+(?:(other|second|single)\\s+)?(?:(${WEEKDAY})|(day|week|month|year|quarter|morning|evening|night|weekend|summer|winter|spring|fall))|(daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly)|(once|twice|three times|four times|\\d+ times)\\s+(?:a|an|per|each)\\s+(day|week|month|year|quarter))${E}`),
  accept(m, text) {
    if (m[3] && !isCapitalised(m[3])) return false;
    if (m[5] && !/^annually$/i.test(m[5])) {
      // "daily" as an adjective before a noun ("a daily newspaper", "quarterly dividend") is not a set
      // of times; as an adverb ("trades daily", "meets weekly in Paris") it is.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+[a-z]/.test(after) && !/^\s+(?:in|at|on|and|or|for|since|from|to|by|until|during|with|through|over|basis)\b/.test(after)) return false;
      if (isCapitalised(m[5]) && (/^\s+[A-Z]/.test(after) || /[A-Z][\w.]*\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index)))) return false;
      // "the Communist Party daily Granma", "the business daily Nikkei": a newspaper.
      if (/^\s+[A-Z]/.test(after) || /\b(?:the|a|party|business|financial|national|local|state|government|official|morning|evening)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) && /^\s*(?:[,.;]|$)/.test(after)) return false;
    }
    return true;
  },
  resolve(m) {
    const every = (m[2] && /other|second/i.test(m[2])) ? 2 : 1;
    if (m[3]) return { type: 'SET', value: `XXXX-WXX-${(weekdayNumber(m[3]) + 6) % 7 + 1}`, anchor: 'absolute', explanation: `Every ${m[3]}: a repeating time.`, anchorable: false };
    if (m[4]) {
      const w = m[4].toLowerCase();
      if (w in PART_OF_DAY) return { type: 'SET', value: `T${PART_OF_DAY[w]}`, anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
      if (w in SEASONS) return { type: 'SET', value: `XXXX-${SEASONS[w]}`, anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
      if (w === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE', anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
      return { type: 'SET', value: durationValue(every, w), anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
    }
    if (m[5]) {
      const map: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D', hourly: 'PT1H', quarterly: 'P1Q', biweekly: 'P2W' };
      return { type: 'SET', value: map[m[5].toLowerCase()], anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
    }
    return { type: 'SET', value: durationValue(1, m[7]), anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
  },
});

// "every June", "each year in June", "every year in August": a month that comes back every year
rule({
  name: 'set-month',
  hint: /\b(?:every|each)\s/i,
  re: re(`${B}(?:every|each)\\s+(?:year\\s+in\\s+)?(${MONTH_FULL})${E}`),
  accept: capGroup(1),
  resolve: (m) => ({ type: 'SET', value: `XXXX-${String(monthNumber(m[1])).padStart(2, '0')}`, anchor: 'absolute', explanation: `Every ${m[1]}: a repeating time.`, anchorable: false }),
});

// "every 10 minutes", "every two weeks", "every three years": a repeating time, not a length of time
rule({
  name: 'set-every-n',
  hint: /\bevery\s/i,
  re: re(`${B}every\\s+(${NUM})\\s+(${UNIT})${E}`),
  accept: (m) => !/^(?:a|an|few|many|some|several|a few|numerous|a number of|a couple of)$/i.test(m[1]),
  resolve(m) {
    const n = parseCount(m[1]);
    if (n === null) return null;
    return { type: 'SET', value: durationValue(n, m[2]), anchor: 'absolute', explanation: `Every ${m[1]} ${m[2]}: a repeating time.`, anchorable: false };
  },
});

// --- Vague references ---------------------------------------------------------------------------

rule({
  name: 'vague',
  re: re(`${B}(recently|lately|now|nowadays|currently|at present|presently|these days|soon|the past|the future|the near future|the distant past|current|recent years|recent months|recent weeks|recent days|the moment|to date|the coming (?:days|weeks|months|years))${E}`),
  accept(m, text) {
    const w = m[1].toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (w === 'the past' && /^\s*(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|century|quarter|day)/i.test(after)) return false;
    if (w === 'the moment') return false;
    if (w === 'now' && /^\s*(?:defunct|famous|closed|former|retired|deceased|-)/i.test(after)) return false;
    if ((w === 'current' || w === 'recent' || w === 'future') && !/^\s+[a-z]/.test(after)) return false;
    if (w === 'current' && /^\s+(?:account|accounts|affairs|events|flowing|flows?|density|limit|source|of|and)\b/.test(after)) return false;
    if (w === 'recent' && /^\s+(?:years|months|weeks|days)\b/.test(after)) return false;
    if (w !== 'now' && w === w.toUpperCase()) return false;
    return true;
  },
  resolve(m) {
    const w = m[1].toLowerCase();
    let value = 'PRESENT_REF';
    if (/recent|lately|past/.test(w)) value = 'PAST_REF';
    else if (/soon|future|coming/.test(w)) value = 'FUTURE_REF';
    return { type: 'DATE', value, anchor: 'dateline', explanation: value === 'PAST_REF' ? 'An unspecified time in the past.' : value === 'FUTURE_REF' ? 'An unspecified time in the future.' : 'The present, around the time of writing.', anchorable: false };
  },
});



// --- Holidays and spelled-out years ---------------------------------------------------------------

/** Day of a holiday in year y, or null. */
function holidayDay(name: string, y: number): Ymd | null {
  const n = name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
  const nthWeekday = (m: number, wd: number, nth: number): Ymd => {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (nth - 1) };
  };
  const lastWeekday = (m: number, wd: number): Ymd => {
    const last = daysInMonth(y, m);
    const lw = weekday({ y, m, d: last });
    return { y, m, d: last - ((lw - wd + 7) % 7) };
  };
  const easter = (): Ymd => { // Anonymous Gregorian algorithm
    const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m2 = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m2 + 114) / 31), day = ((h + l - 7 * m2 + 114) % 31) + 1;
    return { y, m: month, d: day };
  };
  if (/^christmas eve$/.test(n)) return { y, m: 12, d: 24 };
  if (/^christmas( day)?$/.test(n)) return { y, m: 12, d: 25 };
  if (/^boxing day$/.test(n)) return { y, m: 12, d: 26 };
  if (/^new year's eve$/.test(n)) return { y, m: 12, d: 31 };
  if (/^new year's( day)?$/.test(n)) return { y, m: 1, d: 1 };
  if (/^(independence day|the fourth of july|july fourth)$/.test(n)) return { y, m: 7, d: 4 };
  if (/^halloween$/.test(n)) return { y, m: 10, d: 31 };
  if (/^valentine's day$/.test(n)) return { y, m: 2, d: 14 };
  if (/^(st\.|saint) patrick's day$/.test(n)) return { y, m: 3, d: 17 };
  if (/^(veterans|armistice|remembrance) day$/.test(n)) return { y, m: 11, d: 11 };
  if (/^thanksgiving( day)?$/.test(n)) return nthWeekday(11, 4, 4);
  if (/^labou?r day$/.test(n)) return nthWeekday(9, 1, 1);
  if (/^memorial day$/.test(n)) return lastWeekday(5, 1);
  if (/^election day$/.test(n)) return addDays(nthWeekday(11, 1, 1), 1);
  if (/^(martin luther king( jr\.)? day|mlk day)$/.test(n)) return nthWeekday(1, 1, 3);
  if (/^presidents'? day$/.test(n)) return nthWeekday(2, 1, 3);
  if (/^mother's day$/.test(n)) return nthWeekday(5, 0, 2);
  if (/^father's day$/.test(n)) return nthWeekday(6, 0, 3);
  if (/^easter( sunday)?$/.test(n)) return easter();
  if (/^easter monday$/.test(n)) return addDays(easter(), 1);
  if (/^good friday$/.test(n)) return addDays(easter(), -2);
  if (/^maundy thursday$/.test(n)) return addDays(easter(), -3);
  if (/^palm sunday$/.test(n)) return addDays(easter(), -7);
  if (/^ash wednesday$/.test(n)) return addDays(easter(), -46);
  if (/^(shrove tuesday|mardi gras)$/.test(n)) return addDays(easter(), -47);
  if (/^black friday$/.test(n)) return addDays(nthWeekday(11, 4, 4), 1);
  if (/^cyber monday$/.test(n)) return addDays(nthWeekday(11, 4, 4), 4);
  return null;
}

rule({
  name: 'holiday',
  re: re(`${B}(?:(last|next|this)\\s+)?(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year's Eve|New Year's Day|New Year's|Independence Day|the Fourth of July|July Fourth|Halloween|Valentine's Day|(?:St\\.|Saint) Patrick's Day|Veterans Day|Armistice Day|Remembrance Day|Thanksgiving Day|Thanksgiving|Labou?r Day|Memorial Day|Election Day|Martin Luther King(?: Jr\\.)? Day|MLK Day|Presidents'? Day|Mother's Day|Father's Day|Easter Sunday|Easter Monday|Easter|Good Friday|Maundy Thursday|Palm Sunday|Ash Wednesday|Shrove Tuesday|Mardi Gras|Black Friday|Cyber Monday)(?:\\s+(week))?(?:,?\\s+(${YEAR}))?${E}`),
  // "Easter Island", "the Easter Rising", "Independence Day star Jeff Goldblum": names, not days.
  accept: (m, text) => capGroup(2)(m) && !/^\s+(?:Island|Islands|Rising|Uprising|Offensive|Accords?|Agreement|star|stars|film|movie|sequel)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  resolve(m, ctx) {
    const name = m[2];
    let y = m[4] ? +m[4] : ctx.ref.y;
    let day = holidayDay(name, y);
    if (!day) return null;
    let how = m[4] ? 'A holiday in the year given.' : '';
    if (!m[4]) {
      const rel = m[1]?.toLowerCase();
      const cmp = compareYmd(day, ctx.ref);
      const dir = rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : ctx.direction();
      if ((dir < 0 && cmp > 0) || (rel === 'last' && cmp >= 0)) y--;
      else if ((dir > 0 && cmp < 0) || (rel === 'next' && cmp <= 0)) y++;
      day = holidayDay(name, y)!;
      how = `${name} of ${y === ctx.ref.y ? `the year of ${ctx.refName}` : `${y < ctx.ref.y ? 'the previous' : 'the next'} year${rel ? '' : `, by ${dirWord(dir as Direction)}`}`}.`;
    }
    if (m[3]) return { type: 'DATE', point: weekOf(day), anchor: m[4] ? 'absolute' : 'dateline', explanation: `The week of ${how}` };
    return { type: 'DATE', point: { g: 'day', ...day }, anchor: m[4] ? 'absolute' : 'dateline', explanation: how, explicitYear: !!m[4] };
  },
});

const UNITS_W = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS_W = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_W = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORD_VALUE: Record<string, number> = {};
[...UNITS_W.split('|')].forEach((w, i) => { WORD_VALUE[w] = i + 1; });
[...TEENS_W.split('|')].forEach((w, i) => { WORD_VALUE[w] = i + 10; });
[...TENS_W.split('|')].forEach((w, i) => { WORD_VALUE[w] = (i + 2) * 10; });

// "nineteen ninety-six", "the year two thousand", "two thousand and eight" (transcripts)
rule({
  name: 'spelled-year',
  re: re(`${B}(?:the\\s+year\\s+|(${MONTH_FULL})\\s+|(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+of\\s+)?(?:(nineteen|eighteen|twenty)(?:[- ]hundred(?:\\s+and)?)?[- ]((?:${TENS_W})(?:[- ](?:${UNITS_W}))?|${TEENS_W}|oh[- ](?:${UNITS_W}))|two thousand(?:(?:\\s+and)?[- ]((?:${TENS_W})(?:[- ](?:${UNITS_W}))?|${TEENS_W}|${UNITS_W}))?)${E}`),
  accept: (m, text) => capGroup(1)(m) && !/^\s+(?:percent|people|dollars|times)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)),
  resolve(m) {
    const words = (s: string) => s.toLowerCase().replace(/^oh[- ]/, '').split(/[- ]/).reduce((a, w) => a + (WORD_VALUE[w] ?? 0), 0);
    const y = m[3] ? WORD_VALUE[m[3].toLowerCase()] * 100 + words(m[4]) : 2000 + (m[5] ? words(m[5]) : 0);
    if (y < 1600 || y > 2099) return null;
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four" (transcripts)
    if (m[1]) return { type: 'DATE', point: { g: 'month', y, m: monthNumber(m[1]) }, anchor: 'absolute', explanation: 'A month of a year spelled out.', explicitYear: true };
    if (m[2]) return { type: 'DATE', point: { g: 'season', y, s: SEASONS[m[2].toLowerCase()] }, anchor: 'absolute', explanation: 'A season of a year spelled out.', explicitYear: true };
    return { type: 'DATE', point: { g: 'year', y }, anchor: 'absolute', explanation: 'A year, spelled out.', explicitYear: true };
  },
});

// "for the year", "of the year", "the full year", "the fiscal year", "for the week": the period of the report
rule({
  name: 'the-period',
  re: re(`(?<=\\b(?:for|of|in|during|through|throughout)\\s+)the\\s+(?:full\\s+|whole\\s+|entire\\s+|fiscal\\s+|calendar\\s+)?(year|week|month)(?:'s)?${E}(?!\\s+(?:ended|ending|before|after|earlier|ago|to)\\b)`),
  resolve(m, ctx) {
    const unit = m[1].toLowerCase() as Unit;
    const prev = ctx.prevFor(unit);
    const base = prev && ctx.start - prev.end < NEAR && unit !== 'week' ? pointAt(pointStart(prev.point), unit) : pointAt(ymd(ctx.ref), unit);
    return { type: 'DATE', point: base, anchor: prev && base !== undefined && unit !== 'week' && ctx.start - prev.end < NEAR ? 'previous' : 'dateline', explanation: `The ${unit} being reported on.` };
  },
});

// "year-end", "by year's end", "around year end"
rule({
  name: 'year-end',
  re: re(`${B}(year-end|year's end|year end|the end of the year)${E}`),
  resolve(_m, ctx) {
    const dir = ctx.direction();
    const y = dir < 0 && ctx.ref.m <= 3 ? ctx.ref.y - 1 : ctx.ref.y;
    return { type: 'DATE', point: { g: 'year', y }, mod: 'END', anchor: 'dateline', explanation: `The end of ${y}.` };
  },
});

// "in the morning", "overnight", "mid-afternoon": part of the day just mentioned, or of the reference day
rule({
  name: 'part-of-day-bare',
  re: re(`(?:(?<=\\b(?:in|during|by|until|late in|early in)\\s+)the\\s+(morning|afternoon|evening|night)|${B}(?:mid[- ]?)(morning|afternoon|day)|${B}(overnight))${E}`),
  resolve(m, ctx) {
    const w = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const pod = w === 'day' ? undefined : PART_OF_DAY[w];
    const prev = ctx.prevFor('day');
    const near = prev && ctx.start - prev.end < NEAR;
    const day = near ? pointStart(prev!.point) : ymd(ctx.ref);
    const point: Point = w === 'day' ? { g: 'day', ...day, hh: 12, mi: 0 } : { g: 'day', ...day, pod };
    return { type: 'TIME', point, mod: m[2] ? 'MID' : undefined, anchor: near ? 'previous' : 'dateline', explanation: near ? 'Part of the day just mentioned.' : `Part of the day of ${ctx.refName}.` };
  },
});
