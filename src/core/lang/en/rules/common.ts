/**
 * What the English rule families share: word fragments, year inference by tense, weekdays by tense, modifiers, durations in TIMEX3.
 */
import type { Ctx, Res, Direction, Prev } from '../../../language';
import type { Anchor, ReasonCode } from '../../../types';
import { Point, Ymd, Unit, addDays, compareYmd, toDayNumber, isValidYmd, pointAt, pointEnd, pointStart, shiftPoint, shiftDay, weekday, SEASON_ORDER } from '../../../calendar';
import { MONTH, SEASONS, durationCode, unitOf } from '../lexicon';

export const dirWord = (d: Direction) => (d < 0 ? 'past tense' : d > 0 ? 'future tense' : 'no clear tense');

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const re = (src: string) => new RegExp(src, 'gi');

// Word edges: letters and digits, not "_", so that Markdown's "_April 15, 2024_" still reads.
// Start of a word, not inside a number or amount. `\b` first: the engine tests the lookbehind only at
// word starts (a quarter faster than a lookbehind at every position). The rules read paragraphs with
// "_" as a space (candidates.ts), so Markdown's "_April 15, 2024_" still starts a word.
export const B = '\\b(?<![$£€¥.-])';
export const E = '(?![A-Za-z0-9])';

export function yearOf(s: string): number {
  return parseInt(s, 10);
}

export const SEASON_MONTHS: Record<string, number[]> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], WI: [12, 1, 2] };

/** The prev anchor counts as "nearby" for year inheritance when within this many characters. */
export const NEAR = 600;
/** How far back a bare year still sets the year of a past story's months (about a sentence). */
const NARRATIVE = 300;

/**
 * The date just mentioned that "the month", "the end of the year", "later in the week" refer to. A
 * year only from its own sentence: "the end of the year" is the dateline's year unless the sentence
 * names another, never a bare year an earlier sentence gave ("founded in 1998. ... by the end of the
 * year"). A month or week of an earlier paragraph only for a sentence told in the past ("introduced in
 * March 2017. [new paragraph] A review is due by the end of the month" is this month; a history's "By
 * the end of the month the ship lay at anchor" is the month it has reached). Other units from within
 * NEAR characters.
 */
export function prevForUnit(ctx: Ctx, unit: Unit): Prev | null {
  const p = ctx.prevFor(unit);
  if (!p || ctx.start - p.end >= NEAR) return null;
  if ((unit === 'month' || unit === 'week') && p.end <= ctx.paragraphStart() && ctx.direction() >= 0) return null;
  return unit === 'year' && p.end <= ctx.sentenceStart() ? null : p;
}

/** In a text that tells history (Ctx.story), the year its story has reached; null in other texts. */
export function storyYear(ctx: Ctx): number | null {
  const s = ctx.story?.();
  if (!s || !('y' in s)) return null;
  // Only what the story tells, not what is still to come ("A memorial concert is planned for the spring").
  if (ctx.tense() === 'future') return null;
  return pointStart(s).y;
}

/** Year for a month (and day) the text gives without one: by tense around the reference, or the year of
 *  an explicit date just mentioned. */
export function inferYear(ctx: Ctx, m: number, d: number | null): { y: number; how: string; anchor: Anchor; reason: ReasonCode } {
  const s = storyYear(ctx);
  if (s !== null) return { y: s, how: `year ${s}, of the history the text is telling`, anchor: 'previous', reason: 'previous' };
  const p = ctx.prev;
  // A bare month takes that year only from the same sentence: "the Dec. 21, 1988, bombing ... Gadhafi
  // agreed in April" is this April, not April 1988; "On Dec. 3, 2019, ... On Dec. 5" keeps 2019.
  // Not into another paragraph for a day within a month of the reference: "... on 26 July 2024.
  // [new paragraph] School holidays began on 5 July" (a July 14 dateline) is this July.
  const nearRef = d !== null && Math.abs(toDayNumber(ctx.ref.y, m, d) - toDayNumber(ctx.ref.y, ctx.ref.m, ctx.ref.d)) <= 31;
  if (p && p.explicitYear && p.point.g === 'day' && ctx.start - p.end < NEAR && p.point.y !== ctx.ref.y && (d !== null || p.end > ctx.sentenceStart())
    && !(nearRef && p.end <= ctx.paragraphStart())) {
    return { y: p.point.y, how: `year ${p.point.y} from the date just mentioned`, anchor: 'previous', reason: 'previous' };
  }
  // A month or day inside a season, quarter or half the same sentence has just given with its year:
  // "the winter of 2018-19, ... from Dec. 22 to Jan. 25" (a winter's January is the next year's).
  // Not a year alone, nor a month that lies outside: "invited in July 1997, will join on March 12".
  const q = p?.point;
  if (p && q && (q.g === 'season' || q.g === 'quarter' || q.g === 'half') && p.explicitYear && q.y !== ctx.ref.y && p.end > ctx.sentenceStart()) {
    const inside = q.g === 'season' ? SEASON_MONTHS[q.s].includes(m) : q.g === 'quarter' ? Math.ceil(m / 3) === q.q : Math.ceil(m / 6) === q.h;
    if (inside) {
      const y = q.g === 'season' && q.s === 'WI' && m <= 2 ? q.y + 1 : q.y;
      return { y, how: `year ${y} from the ${q.g} just mentioned`, anchor: 'previous', reason: 'previous' };
    }
  }
  // A past story about a past year keeps that year: "In 1915 the family moved to Paris. In May, the
  // father found work; on June 8 he ..." A year that sets the scene ("In 1915", not "since 1990"; a date with a year
  // names an event: "the Dec. 21, 1988, bombing"), at least two years before the reference, a
  // sentence or so back, and a past clause.
  // The scene goes on through the dates told in it ("In 1915 ... In May ... On the morning of June 8
  // ... That summer ... in July ... on Aug. 24").
  const sy = p?.scene && 'y' in p.point ? pointStart(p.point).y : null;
  if (p && sy !== null && sy <= ctx.ref.y - 2 && ctx.start - p.end < NARRATIVE && ctx.direction() < 0) {
    return { y: sy, how: `year ${sy}, of the past the text is telling`, anchor: 'previous', reason: 'previous' };
  }
  // After "by", "until" or "through" a date is a deadline: it looks forward unless the clause is in the past.
  let y = ctx.ref.y;
  // A day within a month of the reference keeps its year whatever the tense ("had been set to expire
  // Nov. 6" in a Nov. 2 article); farther away, the tense decides ("rose on Dec. 12" in January).
  const gap = d === null ? (m - ctx.ref.m) * 31 : toDayNumber(y, m, d) - toDayNumber(ctx.ref.y, ctx.ref.m, ctx.ref.d);
  const near = d === null ? gap === 0 : Math.abs(gap) <= 31;
  if (near) return { y, how: `same year as ${ctx.refName}`, anchor: 'dateline', reason: 'inferredYear' }; // no tagging needed
  const dir: Direction = ctx.forward ? 1 : ctx.backward ? -1 : ctx.deadline ? (ctx.direction() < 0 ? 0 : 1) : ctx.direction();
  if (dir < 0 && (d === null ? gap > 0 : gap > 31)) y--;
  else if (dir > 0 && (d === null ? gap < 0 : gap < -31)) y++;
  // A list of dates with no verb ("July 9 ... Aug 31 to Sept 1, Civic Center") goes on from the date
  // just mentioned: after one still to come, a later month of the year is still to come.
  else if (dir === 0 && gap >= 6 * 31 && listGoesOn(ctx, m, d)) { /* the reference's year */ }
  // Half a year either way: news reports what happened, but a deadline ("until the end of December") looks ahead.
  else if (dir === 0 && (ctx.deadline ? gap > 6 * 31 : gap >= 6 * 31)) y--;
  else if (dir === 0 && gap < -6 * 31) y++; // no tense: the nearer of the two
  const how = y === ctx.ref.y ? `same year as ${ctx.refName}` : dir === 0 ? `${y < ctx.ref.y ? 'previous' : 'next'} year, the nearer of the two (no tense to go by)` : `${y < ctx.ref.y ? 'previous' : 'next'} year, by ${dirWord(dir)}`;
  // Moved a year by the verb's tense, or by 'half a year either way' when there is no tense to go by.
  return { y, how, anchor: 'dateline', reason: y !== ctx.ref.y && dir !== 0 ? 'tense' : 'inferredYear' };
}

/**
 * The date just mentioned, close before, lies after the reference and before this month (and day) of
 * the reference's year: a list of dates to come goes on in that year.
 */
function listGoesOn(ctx: Ctx, m: number, d: number | null): boolean {
  const p = ctx.prev;
  if (!p || ctx.start - p.end >= NEAR || !(p.point.g === 'day' || p.point.g === 'month')) return false;
  const from = pointStart(p.from ?? p.point);
  const refDay = toDayNumber(ctx.ref.y, ctx.ref.m, ctx.ref.d), prevDay = toDayNumber(from.y, from.m, from.d);
  return prevDay > refDay && prevDay <= toDayNumber(ctx.ref.y, m, d ?? 1);
}

/** A weekday by tense: past → latest on or before the reference, future → first on or after. */
export function weekdayPoint(ctx: Ctx, wd: number, rel: string): { day: Ymd; how: string; reason?: ReasonCode } {
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
  let dir = ctx.forward ? 1 : ctx.backward ? -1 : ctx.deadline ? Math.max(0, ctx.direction()) as Direction : ctx.direction();
  // "Wednesday's ruling" names an event by its day: a future verb around it ("would look for ways to
  // get around Wednesday's ruling") does not move it forward; it is the nearer of the two Wednesdays.
  if (dir > 0 && ctx.possessive && back < fwd) return { day: addDays(ref, -back), how: `the nearest ${WEEKDAY_NAMES[wd]} to ${ctx.refName} (the day names an event)` };
  if (dir > 0) return { day: addDays(ref, fwd), how: `future tense: the ${WEEKDAY_NAMES[wd]} on or after ${ctx.refName}`, reason: 'tense' };
  // The present with a day other than today speaks of what is fixed to come ("The first semi-final
  // is on Tuesday", "the leaders are meeting on Friday"): a past day would take the past tense.
  // Not a day that names an event ("Thursday's closing price", "his Sunday night address").
  if (dir === 0 && !ctx.possessive && !/\b(?:his|her|its|their|our|my|your|the|a)\s+$/i.test(ctx.before) && ctx.tense() === 'present') return { day: addDays(ref, fwd), how: `present tense: the ${WEEKDAY_NAMES[wd]} still to come after ${ctx.refName}`, reason: 'tense' };
  // With no tense to go by, notes and chat plan what comes ("mtg w/ mayor tues 3pm"): the next one.
  if (dir === 0 && ctx.informal?.()) return { day: addDays(ref, fwd), how: `informal text with no tense: the ${WEEKDAY_NAMES[wd]} after ${ctx.refName}`, reason: 'tense' };
  // With no tense to go by, news reports what happened: the past weekday unless it is most of a week away.
  if (dir < 0 || back <= 4) return { day: addDays(ref, -back), how: `${dir < 0 ? 'past tense' : 'no future tense'}: the ${WEEKDAY_NAMES[wd]} on or before ${ctx.refName}`, reason: 'tense' };
  return { day: addDays(ref, fwd), how: `the nearest ${WEEKDAY_NAMES[wd]} to ${ctx.refName}` };
}

/** Just the calendar day of a reference that may carry a time. */
export const ymd = (p: Ymd): Ymd => ({ y: p.y, m: p.m, d: p.d });

export function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (/^(early|earlier|the (beginning|start) of|the dawn of|beginning of|start of)$/.test(w)) return 'START';
  if (/^(mid|the middle of|middle of)$/.test(w)) return 'MID';
  if (/^(late|later|the end of|end of|the close of|the tail end of)$/.test(w)) return 'END';
  if (/^(about|around|approximately|roughly|some|nearly|almost|close to)$/.test(w)) return 'APPROX';
  if (/^(more than|over|just over|well over|a little over|a little more than|upwards of)$/.test(w)) return 'MORE_THAN';
  if (/^(less than|fewer than|under|just under|well under)$/.test(w)) return 'LESS_THAN';
  if (/^(at least|no less than|not less than)$/.test(w)) return 'EQUAL_OR_MORE';
  if (/^(at most|no more than|not more than|up to)$/.test(w)) return 'EQUAL_OR_LESS';
  return undefined;
}

/**
 * After a capitalised date word, a capitalised word that makes it part of a name ("the Sunday Times",
 * "Friday Night Lights", "the August Hall", "the Tuesday Club"): on the same line, neither a date word
 * (a month, a weekday, a part of the day, a number), nor an event held on that day ("Sunday Mass",
 * "the Friday Talk", "Tuesday Briefing"), nor a function word of a title-case headline ("Strike Ends
 * Friday After Deal").
 */
/** For an exclusion's group test: a weekday that is not written as its full name ("sun", "tues", not "sunday"). */
export const NOT_FULL_WEEKDAY = /^(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day$)/;
export const NAME_AFTER = /^[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|(?:Morning|Afternoon|Evening|Night|Noon|Midnight|Day|Week|Weekend|Year|Month|Am|Pm|AM|PM|GMT|UTC|ET|EST|EDT|PT|PST|PDT|BST|CET)\b|(?:Talks?|Mass|Masses|Services?|Prayers?|Sermon|Market|Sessions?|Course|Mini|Class|Classes|Meetings?|Brunch|Lunch|Dinner|Breakfast|Special|Sales?|Deals?|Games?|Match|Race|Vote|Rally|Parade|Briefing|Roundup|Update)\b|(?:After|Amid|And|As|At|Before|But|By|Despite|During|For|From|In|Into|Is|Are|Was|Were|Will|Of|On|Or|Over|Than|That|The|To|Until|Up|Vs|With|Without|As|A|An|It|Its|He|She|They|We|I)\b)[A-Z][a-z]/;

/** A named group around a pattern fragment: `${g('month', MONTH)}`; read it as `m.groups.month`. */
export const g = (name: string, body: string) => `(?<${name}>${body})`;

/** Units "this/last/next" can take. */
export const REL_UNIT_WORDS = 'week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|wknd|wkend|wk|yr';
export const REL_UNIT = `(${REL_UNIT_WORDS})`;

/** Modifiers of a period ("early", "the end of"): modOf() reads them. */
export const MODW_WORDS = 'early|earlier|mid|mid-|late|later|the beginning of|the start of|the middle of|the end of|the close of';
export const MODW = `(${MODW_WORDS})`;

export const MODW_NC = MODW.replace('(', '(?:');

/** Parts of the day. */
export const POD_WORDS = 'morning|afternoon|evening|night|nite|overnight';
/** The halves of a day as notes write them after a day ("tmrw am", "wed pm", "tues aft"): informal text only (an exclusion). */
export const NOTES_POD = 'am|pm|aft';
/** The part of the day a notes half names. */
export const notesPod = (w: string): 'MO' | 'AF' => (/^am$/i.test(w) ? 'MO' : 'AF');
export const POD = `(${POD_WORDS})`;

/** Zone names and abbreviations a time may carry. */
export const ZONE_WORDS = '[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|JST|KST|IST|HKT|SGT|AEST|AEDT';
/** A zone after a time ("EST", "(GMT)", "GMT+1", "UTC-05:00"), its name in group `tz`, a numeric offset in `tzOffset`. */
export const ZONE = (n: string) => `${g(`tz${n}`, ZONE_WORDS)}${g(`tzOffset${n}`, '[+-]\\d{1,2}(?::?\\d\\d)?')}?`;
/** Read it with zoneIn(groups). */
export const TZ = `(?:\\s*(?:\\(${ZONE('P')}\\)|${ZONE('')}))`;
export const zoneIn = (gr: Record<string, string | undefined>) => zoneOf(gr.tz ?? gr.tzP, gr.tzOffset ?? gr.tzOffsetP);

/**
 * The TIMEX3 zone of a time whose text states one: 'Z' for UTC and GMT, the offset when it is given in
 * numbers ("GMT+1" is +01:00); nothing for a zone given only by name ("EST", "BST"), as TimeBank and
 * the TimeML guidelines' examples leave those.
 */
export function zoneOf(name: string | undefined, offset: string | undefined): string | undefined {
  if (!name) return undefined;
  const utc = /^(?:GMT|UTC)$/i.test(name);
  if (offset) {
    const m = /^([+-])(\d{1,2})(?::?(\d\d))?$/.exec(offset);
    if (!m || +m[2] > 14) return undefined;
    const hh = m[2].padStart(2, '0'), mm = m[3] ?? '00';
    return utc ? (hh === '00' && mm === '00' ? 'Z' : `${m[1]}${hh}:${mm}`) : undefined;
  }
  return utc ? 'Z' : undefined;
}

/** "this/last/next UNIT" relative to a reference day. */
export function relativeUnit(ref: Ymd, rel: number, unitWord: string): Point {
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

export function relWord(w: string): number {
  const r = w.toLowerCase().replace(/^this\s+past$/, 'past');
  if (r === 'last' || r === 'past' || r === 'previous' || r === 'preceding') return -1;
  if (r === 'next' || r === 'nxt' || r === 'coming' || r === 'following') return 1;
  return 0;
}

export const SEASON_WORDS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

export function describePoint(p: Point): string {
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

export function durationValue(n: number | null, unitWord: string): string {
  const { code, time, factor } = durationCode(unitWord);
  let num: string;
  if (n === null) num = 'X';
  else {
    const v = n * factor;
    num = String(v);
    if (!Number.isInteger(v)) {
      const whole = Math.floor(v), frac = v - whole;
      // A fraction goes to the next smaller unit, as TBAQ writes it ("2 1/2 years" P2Y6M, "5 1/2 hours"
      // PT5H30M, "a minute and a half" PT1M30S); a week keeps its fraction ("three and a half weeks" P3.5W).
      const [sub, per, subTime] = code === 'Y' ? ['M', 12, false] : code === 'H' ? ['M', 60, true] : code === 'D' ? ['H', 24, true] : code === 'M' ? (time ? ['S', 60, true] : ['D', 30, false]) : ['', 0, false];
      if (!per) return time ? `PT${v}${code}` : `P${v}${code}`;
      const head = whole ? `${whole}${code}` : '';
      const tail = `${Math.round(frac * (per as number))}${sub}`;
      if (time) return `PT${head}${tail}`;
      return subTime ? `P${head}T${tail}` : `P${head}${tail}`;
    }
  }
  return time ? `PT${num}${code}` : `P${num}${code}`;
}

export const isDayLike = (p: Point) => p.g === 'day';

/** The last completed quarter before a day (financial news reports on it). */
export function lastCompletedQuarter(ref: Ymd): Point {
  const cur = pointAt(ref, 'quarter');
  return shiftPoint(cur, 'quarter', -1);
}

export function quarterWithoutYear(ctx: Ctx, q: number): { p: Point; how: string; reason: ReasonCode } {
  const story = storyYear(ctx);
  if (story !== null) return { p: { g: 'quarter', y: story, q }, how: `quarter of ${story}, of the history the text is telling`, reason: 'previous' };
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
  // With no tense, a quarter more than half a year off is last year's, just reported ("could weigh on
  // fourth-quarter profits" in January).
  else if (dir === 0 && toDayNumber(start.y, start.m, start.d) - refDay > 182) y--;
  return { p: { g: 'quarter', y, q }, how: y === ctx.ref.y ? `quarter of the year of ${ctx.refName}` : `${y < ctx.ref.y ? 'last' : 'next'} year's quarter, by ${dirWord(dir)}`, reason: y !== ctx.ref.y && dir !== 0 ? 'tense' : 'dateline' };
}

/** A day of a month, with the year the text gives or one inferred from tense; null if impossible. */
export function calendarDay(ctx: Ctx, mo: number, d: number, yearText: string | undefined): Res | null {
  if (yearText) {
    const y = yearOf(yearText);
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor: 'absolute', explanation: 'A full date in the text.', explicitYear: true };
  }
  const yi = inferYear(ctx, mo, d);
  if (!isValidYmd(yi.y, mo, d)) return null;
  return { type: 'DATE', point: { g: 'day', y: yi.y, m: mo, d }, anchor: yi.anchor, reason: yi.reason, explanation: `No year given: ${yi.how}.` };
}


/** A month and day written with a slash and no year ("3/28", "28/3"): the two numbers as a pattern, and their reading. */
export const SLASH_DAY = `(?<![\\d/.,$£€-])${g('num1', '1[0-2]|0?[1-9]|3[01]|[12]\\d')}/${g('num2', '3[01]|[12]\\d|0?[1-9]')}`;
/** The day of a SLASH_DAY match, month first unless only day first can be ("28/3") or the text writes its dates day first. */
export function slashDay(gr: Record<string, string | undefined>, ctx: Ctx): Res | null {
  let mo = +gr.num1!, d = +gr.num2!;
  if (mo > 12 || (d <= 12 && mo !== d && ctx.numericOrder?.() === 'dmy')) [mo, d] = [d, mo];
  if (mo > 12) return null;
  const r = calendarDay(ctx, mo, d, undefined);
  return r && { ...r, explanation: `A month and day written with a slash. ${r.explanation}` };
}

/** Fiscal year `y` of a fiscal calendar that starts in month `start` (not January): its twelve months. */
export function fiscalYear(y: number, start: number): Res {
  return {
    type: 'DATE', point: { g: 'month', y: y - 1, m: start }, endPoint: { g: 'month', y, m: start - 1 }, anchor: 'absolute', explicitYear: true,
    explanation: `Fiscal ${y}: ${MONTH_NAMES[start - 1]} ${y - 1} to ${MONTH_NAMES[start - 2]} ${y} (a fiscal year that starts in ${MONTH_NAMES[start - 1]}).`,
  };
}

/** "future tense: the Friday on or after the dateline" → "the Friday on or after the dateline (future tense)" */
/**
 * The last word before the trailing white space holds a capital ("USA " before "Today"): what
 * /[A-Z][\w.]*\s+$/ tests, read once from the end. `sentenceStart` also asks that the capital open
 * a sentence (/(?:^|[.!?"“]\s*)[A-Z][\w.]*\s+$/).
 */
export function capitalWordBefore(s: string, sentenceStart = false): boolean {
  let i = s.length;
  while (i > 0 && /\s/.test(s[i - 1])) i--;
  if (i === s.length) return false;
  for (let j = i - 1; j >= 0 && /[\w.]/.test(s[j]); j--) {
    if (s[j] < 'A' || s[j] > 'Z') continue;
    if (!sentenceStart || j === 0) return true;
    let k = j;
    while (k > 0 && /\s/.test(s[k - 1])) k--;
    if (k > 0 && '.!?"“'.includes(s[k - 1]) && (k === j || !/[\w.]/.test(s[j - 1]))) return true;
  }
  return false;
}

export const reasonLast = (how: string) => how.replace(/^([^:]+): (.*)$/, '$2 ($1)');

/** ", which ended June 30" after a period: its groups `verb` (ended, ending, ends) and `month`. */
export const ENDED_IN = new RegExp(`^,?\\s+(?:which\\s+|that\\s+)?(?<verb>ended|ending|ends)\\s+(?<month>${MONTH})`, 'i');
