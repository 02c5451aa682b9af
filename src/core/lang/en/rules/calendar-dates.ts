/**
 * Explicit calendar dates: "Monday, Oct. 12, 1998", "12 February 2024", "Sept. 19-20", "March 2024", a bare month, numeric dates, years, "on the 24th", weeks of a month, numbered weeks, spelled-out years.
 */
import type { Rule, Exclusion } from '../../../language';
import type { Anchor, ReasonCode } from '../../../types';
import { isValidYmd, isoWeeksInYear, weekOf, weekday, daysInMonth, shiftDay, pointStart } from '../../../calendar';
import { DAY, MONTH, MONTH_AFTER_DAY, MONTH_FULL, ORDINALS, ORDINAL_WORDS, SEASONS, WEEKDAY, WEEKDAY_FULL, YEAR, monthNumber, weekdayNumber, FULL_YEAR } from '../lexicon';
import { dirWord, MONTH_NAMES, re, B, g, yearOf, inferYear, modOf, MODW_WORDS, MODW_NC, relWord, calendarDay, fiscalYear, ENDED_IN, E, NAME_AFTER, SLASH_DAY, slashDay } from './common';

/** Text after a month that makes it a noun's modifier: a lower-case word that is not a preposition, verb or conjunction. */
function attributive(after: string): boolean {
  return /^\s[a-z]{3,}/.test(after) && !/^\s(?:of|to|and|or|in|on|at|for|with|by|from|that|which|when|this|last|next|is|was|were|are|will|would|has|had|have|as|but|after|before|until|through)\b/.test(after);
}

const UNITS_W = 'one|two|three|four|five|six|seven|eight|nine';

const TEENS_W = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

const TENS_W = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

const WORD_VALUE: Record<string, number> = {};
[...UNITS_W.split('|')].forEach((w, i) => { WORD_VALUE[w] = i + 1; });
[...TEENS_W.split('|')].forEach((w, i) => { WORD_VALUE[w] = i + 10; });
[...TENS_W.split('|')].forEach((w, i) => { WORD_VALUE[w] = (i + 2) * 10; });

// "Monday, Oct. 12, 1998", "Aug. 9", "Nov 18 2025", "September 19th"
export const monthDayYearRule: Rule = {
  name: 'month-day-year',
  triggers: ['month'],
  requires: ['dayNumber'],
  re: re(`(?<![\\w$£€¥.])(?:${g('weekday', WEEKDAY)},?\\s+)?${g('month', MONTH)}\\s+${g('day', DAY)}(?:(?:\\s*,\\s*|\\s+)${g('year', FULL_YEAR)}|,?\\s+${g('rel', 'last|this|next')}\\s+year)?${E}(?!\\s*(?:percent|%|[.,]\\d|:\\d))`),
  // No structural check: the capitals are an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month), d = parseInt(g.day, 10);
    return g.rel ? dayOfRelativeYear(ctx, mo, d, g.rel) : calendarDay(ctx, mo, d, g.year);
  },
};

/** A month and day, either way round, with its year if given; `k` tells its groups apart. */
const mdy = (k: string) => `(?:${g('month' + k, MONTH)}\\s+${g('day' + k, DAY)}|${g('dayFirst' + k, DAY)}\\s+${g('monthAfter' + k, MONTH_AFTER_DAY)})(?:,?\\s+${g('year' + k, FULL_YEAR)})?`;

// "Thursday (June 4)", "July 9 (Thursday)", "Monday (23 Feb.)": a date with its weekday in brackets is
// one expression, as "Thursday, June 4" is. The date decides.
export const bracketedWeekdayRule: Rule = {
  name: 'bracketed-weekday',
  triggers: ['month'],
  requires: ['weekday', 'dayNumber'],
  re: re(`${B}(?:${WEEKDAY}\\s*\\(\\s*${mdy('A')}\\s*\\)|${mdy('B')}\\s*\\(\\s*${WEEKDAY}\\s*\\))`),
  // No structural check: the capitals are an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const k = g.monthA ?? g.monthAfterA ? 'A' : 'B';
    return calendarDay(ctx, monthNumber(g['month' + k] ?? g['monthAfter' + k]), parseInt(g['day' + k] ?? g['dayFirst' + k], 10), g['year' + k]);
  },
};

/** "Sept. 1 last year", "3 February next year": the day in the year counted from the reference. */
function dayOfRelativeYear(ctx: Parameters<Rule['resolve']>[1], mo: number, d: number, rel: string): ReturnType<Rule['resolve']> {
  const y = ctx.ref.y + relWord(rel);
  if (!isValidYmd(y, mo, d)) return null;
  return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor: 'dateline', explanation: `${MONTH_NAMES[mo - 1]} ${d} of ${rel.toLowerCase()} year, counted from ${ctx.refName}.`, yearInText: true };
}

// "12 February 2024", "the 4th of June", "Tuesday 4 June 2024"
export const dayMonthYearRule: Rule = {
  name: 'day-month-year',
  triggers: ['month'],
  requires: ['dayNumber'],
  re: re(`${B}(?:${g('weekday', WEEKDAY)},?\\s+)?(?:the\\s+)?${g('day', DAY)}(?:\\s+of)?\\s+${g('month', MONTH_AFTER_DAY)}(?:,?\\s+${g('year', FULL_YEAR)}|,?\\s+${g('rel', 'last|this|next')}\\s+year)?${E}`),
  // No structural check: the capitals are an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month), d = parseInt(g.day, 10);
    return g.rel ? dayOfRelativeYear(ctx, mo, d, g.rel) : calendarDay(ctx, mo, d, g.year);
  },
};

// "Sept. 19-20" (a range of days in one month)
export const monthDayRangeRule: Rule = {
  name: 'month-day-range',
  triggers: ['month'],
  requires: ['dayNumber'],
  re: re(`${B}${g('month', MONTH)}\\s+${g('day', DAY)}\\s*(?:-|–|—)\\s*${g('endDay', DAY)}(?:,?\\s+${g('year', FULL_YEAR)})?${E}(?!\\s*(?:percent|%))`),
  // No structural check: the capital is an exclusion (below).
  resolve: (m, ctx) => dayRange(m, ctx),
};

// "10-12 October", "3 - 5 October 2024", "from 10 to 12 October": a range of days before their month
// (the day-first order of "Oct. 10-12")
export const dayMonthRangeRule: Rule = {
  name: 'day-month-range',
  triggers: ['month'],
  requires: ['dayNumber'],
  re: re(`${B}${g('day', DAY)}\\s*(?:-|–|—|to|until|till|through)\\s*${g('endDay', DAY)}(?:\\s+of)?\\s+${g('month', MONTH)}(?:,?\\s+${g('year', FULL_YEAR)})?${E}(?!\\s*(?:percent|%))`),
  // No structural check: the capital is an exclusion (below).
  resolve: (m, ctx) => dayRange(m, ctx),
};

/** A range of days in one month ("Sept. 19-20", "10-12 October"), its year given or inferred from the first day. */
function dayRange(m: RegExpExecArray, ctx: Parameters<Rule['resolve']>[1]): ReturnType<Rule['resolve']> {
  const g = m.groups!;
  const mo = monthNumber(g.month), d1 = parseInt(g.day, 10), d2 = parseInt(g.endDay, 10);
  if (d2 <= d1) return null;
  const yi = g.year ? { y: yearOf(g.year), how: '', anchor: 'absolute' as Anchor, reason: 'absolute' as const } : inferYear(ctx, mo, d1);
  if (!isValidYmd(yi.y, mo, d1) || !isValidYmd(yi.y, mo, d2)) return null;
  return {
    type: 'DATE', point: { g: 'day', y: yi.y, m: mo, d: d1 }, endPoint: { g: 'day', y: yi.y, m: mo, d: d2 },
    anchor: yi.anchor, reason: g.year ? 'absolute' : yi.reason, explanation: g.year ? 'A range of days in the text.' : `A range of days; no year given: ${yi.how}.`, explicitYear: !!g.year,
  };
}

/** What ends a list of days: punctuation, or a word that cannot count things ("March 3, 4 or 5 people" is no list of days). */
const LIST_END = '(?=\\s*(?:[.,;:)!?]|$|(?:to|at|in|on|when|while|respectively|this|next|last|of|and|but)\\b))';

// "Oct. 28 and 29", "March 3, 4 and 5", "March 3, 10, 17 and 24": a second (or last) day of the month just given, an expression of its own
// (TimeML marks each day; "and" is not a range). The match starts at the month, which it needs; the
// entry is the last day number alone (lead).
export const coordinatedDayRule: Rule = {
  name: 'coordinated-day',
  triggers: ['month'],
  requires: ['dayNumber'],
  re: re(`${B}${g('month', MONTH)}\\s+${g('day', DAY)}(?:,\\s*${DAY}){0,8},?\\s+(?:and|or|&)\\s+${g('endDay', DAY)}${E}${LIST_END}`),
  lead: (m) => m[0].length - m.groups!.endDay.length,
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month), d1 = parseInt(g.day, 10), d2 = parseInt(g.endDay, 10);
    // The day just mentioned is the first of the pair ("Oct. 28"): this one shares its month and year.
    const prev = ctx.prev;
    if (d2 <= d1 || !prev || prev.point.g !== 'day' || prev.point.m !== mo) return null;
    const y = prev.point.y;
    if (!isValidYmd(y, mo, d2)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d: d2 }, anchor: 'previous', explanation: `Day ${d2} of the month and year just given.`, explicitYear: prev.explicitYear };
  },
};

// "March 3, 10 and 17", "May 2, 9, 16 and 23": a day in the middle of a list of days of the month
// just given, each an expression of its own (the last is the coordinated day's).
export const listedDayRule: Rule = {
  name: 'listed-day',
  triggers: ['month'],
  requires: ['dayNumber'],
  // The comma after the day before it, then the day, and the list's next day after it; the entry is the day (lead).
  re: re(`,\\s*${g('day', DAY)}(?=,\\s*${DAY}${E}|,?\\s+(?:and|or|&)\\s+${DAY}${E}${LIST_END})`),
  // (a digit before the comma: read here, not in a lookbehind the scan would try at every position)
  valid: (m, text) => /\d/.test(text[m.index - 1] ?? ''),
  lead: (m) => m[0].length - m.groups!.day.length,
  resolve(m, ctx) {
    const d = parseInt(m.groups!.day, 10);
    const prev = ctx.prev;
    // The day just mentioned ends at the comma, the one before it in the list: this one shares its month and year.
    if (!prev || prev.end !== m.index || prev.point.g !== 'day' || prev.point.d >= d || !isValidYmd(prev.point.y, prev.point.m, d)) return null;
    return { type: 'DATE', point: { g: 'day', y: prev.point.y, m: prev.point.m, d }, anchor: 'previous', explanation: `Day ${d} of the month and year just given.`, explicitYear: prev.explicitYear };
  },
};

// "on 3 and 10 June 2019", "5 or 6 March": a day coordinated with a later day of the month written after
// it, an expression of its own (TimeML marks each day). The entry is the first day alone (trail); the
// later day is the day-month rule's.
export const coordinatedDayFirstRule: Rule = {
  name: 'coordinated-day-first',
  triggers: ['month'],
  requires: ['dayNumber'],
  re: re(`${B}${g('day', DAY)},?\\s+(?:and|or|&)\\s+${g('endDay', DAY)}(?:\\s+of)?\\s+${g('month', MONTH)}(?:,?\\s+${g('year', FULL_YEAR)})?${E}`),
  trail: (m) => m[0].length - m.groups!.day.length,
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month), d1 = parseInt(g.day, 10), d2 = parseInt(g.endDay, 10);
    if (d2 <= d1) return null;
    return calendarDay(ctx, mo, d1, g.year);
  },
};

// "in June of the following year", "March of the previous year", "that May of the same year": a month
// of the year after (before, of) the date just mentioned
export const monthOfThatYearRule: Rule = {
  name: 'month-of-that-year',
  triggers: ['month'],
  requires: ['unit'],
  re: re(`${B}${g('month', MONTH)}\\s+of\\s+(?:the|that)\\s+${g('rel', 'following|next|previous|preceding|prior|same')}\\s+year${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const p = ctx.prevFor('year');
    if (!p || !('y' in p.point)) return null;
    const rel = g.rel.toLowerCase();
    const k = rel === 'following' || rel === 'next' ? 1 : rel === 'same' ? 0 : -1;
    const y = pointStart(p.point).y + k;
    return { type: 'DATE', point: { g: 'month', y, m: monthNumber(g.month) }, anchor: 'previous', explanation: `${MONTH_NAMES[monthNumber(g.month) - 1]} of ${k === 0 ? 'the year' : k > 0 ? 'the year after' : 'the year before'} the date just mentioned (${y}).` };
  },
};

// "their weakest December", "a slower January": a month after a determiner and an adjective of
// degree or weather; the entry is the month alone (lead)
export const monthAfterAdjectiveRule: Rule = {
  name: 'month-after-adjective',
  triggers: ['month'],
  re: re(`${B}(?:a|an|the|its|their|his|her|our)\\s+(?:weakest|strongest|busiest|quietest|warmest|coldest|wettest|driest|hottest|mildest|snowiest|slowest|fastest|worst|best|slower|faster|weaker|stronger|busier|quieter|warmer|colder|wetter|drier|milder|hotter|record|strong|weak|busy|quiet|mild|cold|warm|wet|dry|snowy|rainy|sunny|hot)\\s+${g('month', MONTH_FULL)}${E}(?!\\s+\\d)`),
  lead: (m) => m[0].length - m.groups!.month.length,
  resolve(m, ctx) {
    const mo = monthNumber(m.groups!.month);
    const yi = inferYear(ctx, mo, null);
    return { type: 'DATE', point: { g: 'month', y: yi.y, m: mo }, anchor: yi.anchor, reason: yi.reason, explanation: `No year given: ${yi.how}.` };
  },
};

// "post-1989", "pre-2020": a year as the bound of a time before or after it
export const prefixedYearRule: Rule = {
  name: 'prefixed-year',
  triggers: ['digit4'],
  re: re(`(?<![A-Za-z0-9-])${g('prefix', 'post|pre|Post|Pre')}-${g('year', YEAR)}${E}(?![-–/]?\\d)`),
  resolve(m) {
    const g = m.groups!;
    const after = g.prefix.toLowerCase() === 'post';
    return { type: 'DATE', point: { g: 'year', y: +g.year }, mod: after ? 'AFTER' : 'BEFORE', anchor: 'absolute', explicitYear: true, explanation: `The time ${after ? 'after' : 'before'} ${g.year}.` };
  },
};

// "that October", "that June": the month in the year of the date just mentioned ("arrested in 2023 ...
// released on bond that October")
export const thatMonthRule: Rule = {
  name: 'that-month',
  triggers: ['month'],
  re: re(`${B}[Tt]hat\\s+${g('month', MONTH_FULL)}${E}(?!\\s+\\d)`),
  resolve(m, ctx) {
    const p = ctx.prev;
    if (!p || p.point.g === 'decade' || p.point.g === 'century') return null;
    const y = pointStart(p.point).y, mo = monthNumber(m.groups!.month);
    return { type: 'DATE', point: { g: 'month', y, m: mo }, anchor: 'previous', explicitYear: p.explicitYear, explanation: `${MONTH_NAMES[mo - 1]} of the year just mentioned (${y}).` };
  },
};

// "the following January", "the next April", "the previous May": the first such month after (or the last
// before) the date just mentioned ("In 1895 ... the following January" is January 1896), else the dateline
export const followingMonthRule: Rule = {
  name: 'following-month',
  triggers: ['month'],
  re: re(`${B}the\\s+${g('rel', 'following|next|previous|preceding|prior')}\\s+${g('month', MONTH_FULL)}${E}(?!\\s+\\d)`),
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month);
    const k = relWord(g.rel) || -1;
    const p = ctx.prev && ctx.prev.point.g !== 'decade' && ctx.prev.point.g !== 'century' ? ctx.prev : null;
    const from = p ? (p.point.g === 'year' ? { y: p.point.y, m: k > 0 ? 12 : 1 } : pointStart(p.point)) : ctx.ref;
    let y = from.y;
    if (k > 0 ? mo <= from.m : mo >= from.m) y += k;
    return { type: 'DATE', point: { g: 'month', y, m: mo }, anchor: p ? 'previous' : 'dateline', explicitYear: !!p?.explicitYear, explanation: `The first ${MONTH_NAMES[mo - 1]} ${k > 0 ? 'after' : 'before'} ${p ? 'the date just mentioned' : ctx.refName}.` };
  },
};

// "the 2016-2018 drought", "from 1990–1995": two years with a dash, a range (TimeML marks both years)
export const yearRangeRule: Rule = {
  name: 'year-range',
  triggers: ['digit4'],
  re: re(`${B}${g('year', YEAR)}\\s?[-–—]\\s?${g('endYear', YEAR)}${E}(?![-–/]?\\d)`),
  // Structural: the second year comes after the first, within a century ("1990-1995", not "2020-1990").
  valid: (m) => +m.groups!.endYear > +m.groups!.year && +m.groups!.endYear - +m.groups!.year <= 100,
  resolve(m) {
    const g = m.groups!;
    return { type: 'DATE', point: { g: 'year', y: +g.year }, endPoint: { g: 'year', y: +g.endYear }, anchor: 'absolute', explicitYear: true, explanation: 'A range of years in the text.' };
  },
};

/**
 * "fiscal 2025, which ended June 30": July 2024 to June 2025. The end month teaches the fiscal year;
 * null when the fiscal year is the calendar year (or the text never says otherwise).
 */
function fiscal(ctx: Parameters<Rule['resolve']>[1], y: number): ReturnType<Rule['resolve']> {
  const ended = ENDED_IN.exec(ctx.after);
  let start = ctx.fiscalStart;
  if (ended) { start = (monthNumber(ended.groups!.month) % 12) + 1; if (start !== 1) ctx.learnFiscalStart(start); }
  return start !== null && start !== 1 ? fiscalYear(y, start) : null;
}

// "the year 2000", "in the year 1066", "calendar year 2023", "fiscal year 2024": the year, with the
// words that name it
export const theYearRule: Rule = {
  name: 'the-year-number',
  triggers: ['digit4'],
  re: re(`${B}(?:the\\s+)?(?:${g('kind', 'fiscal|calendar')}\\s+)?year\\s+${g('year', YEAR)}${E}(?![-–/]?\\d|\\s*(?:%|percent))`),
  resolve(m, ctx) {
    const g = m.groups!;
    const y = yearOf(g.year);
    const isFiscal = g.kind?.toLowerCase() === 'fiscal';
    const fy = isFiscal ? fiscal(ctx, y) : null;
    if (fy) return fy;
    return { type: 'DATE', point: { g: 'year', y }, anchor: 'absolute', explicitYear: true, explanation: isFiscal ? 'A fiscal year, shown as its calendar year.' : 'A year in the text.' };
  },
};

// "March 2024", "March of 2024"
export const monthYearRule: Rule = {
  name: 'month-year',
  triggers: ['month'],
  re: re(`${B}(?:${g('mod', MODW_WORDS)}\\s*)?${g('month', MONTH)}(?:\\s+of|,)?\\s+(?:${g('year', YEAR)}|['’]${g('yy', '\\d\\d')})${E}`),
  // No structural check: the capital is an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    // "nov '11", "May '98": the year of the century that puts it at most ten years after the reference.
    const y = g.yy ? 2000 + +g.yy - (2000 + +g.yy > ctx.ref.y + 10 ? 100 : 0) : yearOf(g.year);
    return { type: 'DATE', point: { g: 'month', y, m: monthNumber(g.month) }, mod: modOf(g.mod), anchor: 'absolute', explanation: 'A month and year in the text.', explicitYear: true };
  },
};

/** A month's short form written without its period, as notes do ("in jan", "mid-feb"). */
const MONTH_SHORT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';

// A bare month: "in December", "since March", "late November", "last April", "in jan", "March, April and May",
export const monthRule: Rule = {
  name: 'month',
  triggers: ['month'],
  re: re(`(?<=\\b(?:in|into|since|by|until|till|through|throughout|during|from|to|of|for|the|an?|before|after|between|and|or|early|earlier|late|later|mid-|end of|beginning of|start of|middle of)[ -]|(?<=\\b${MONTH_FULL},\\s)|\\b(?=(?:last|next|this|past|coming)\\s)|\\b(?=${MODW_NC}[ -]?(?:${MONTH_FULL}|${MONTH_SHORT})))(?:${g('mod', MODW_WORDS)}[ -]?)?(?:${g('rel', 'last|next|this|past|coming')}\\s+)?${g('month', `${MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.|${MONTH_SHORT}(?![A-Za-z.])`)}(?:,?\\s+${g('yearRel', 'this|last|next')}\\s+year)?${E}(?!\\s+\\d)`),
  // No structural check: the capital, and "a" before a month that is no noun's modifier, are exclusions (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month);
    const rel = g.rel?.toLowerCase();
    let y: number, how: string, anchor: Anchor = 'dateline', reason: ReasonCode = 'dateline';
    if (rel === 'last' || rel === 'past') { y = mo < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1; how = `the last ${MONTH_NAMES[mo - 1]} before ${ctx.refName}`; }
    else if (rel === 'next' || rel === 'coming') { y = mo > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1; how = `the next ${MONTH_NAMES[mo - 1]} after ${ctx.refName}`; }
    else if (rel === 'this') { y = ctx.ref.y; how = `${MONTH_NAMES[mo - 1]} of the year of ${ctx.refName}`; }
    else if (g.yearRel) { y = ctx.ref.y + relWord(g.yearRel); how = `${MONTH_NAMES[mo - 1]} of ${g.yearRel.toLowerCase()} year, counted from ${ctx.refName}`; }
    else {
      // "the July slot", "a June agreement", "oil for March delivery": the month names a thing, and the
      // verb's tense is not its time ("chose to keep the July slot" in June is this July): the nearer July.
      const named = !g.mod && /\b(?:the|an?|for)\s$/i.test(ctx.before) && attributive(ctx.after);
      const yi = inferYear(named ? { ...ctx, direction: () => 0 } : ctx, mo, null);
      y = yi.y; how = `no year given: ${yi.how}`; anchor = yi.anchor; reason = yi.reason;
    }
    return { type: 'DATE', point: { g: 'month', y, m: mo }, mod: modOf(g.mod), anchor, reason, explanation: `${how[0].toUpperCase()}${how.slice(1)}.` };
  },
};

// "But May and June are when ...": a month that opens a pair of months, with no cue before it (the
// month rule's own pattern asks for one; a pattern of its own that opens with the month's name is
// cheaper to scan for than one more cue in that rule).
export const monthPairRule: Rule = {
  name: 'month-pair',
  triggers: ['month'],
  // ... or a month after a month and a comma with no space: "June,July and Aug." (a list typed without its spaces)
  re: re(`(?:${B}${g('month', MONTH_FULL)}(?=\\s+(?:and|or|&|to|through)\\s+${MONTH_FULL}${E})|,${g('listed', MONTH_FULL)}${E})`),
  valid: (m, text) => !m.groups!.listed || /[a-z]/i.test(text[m.index - 1] ?? ''),
  lead: (m) => (m.groups!.listed ? 1 : 0),
  resolve: (m, ctx) => monthRule.resolve(m.groups!.listed ? withMonth(m, m.groups!.listed) : m, ctx),
};
/** The match with its `month` group set to `month` (for a rule that resolves as the month rule does). */
function withMonth(m: RegExpExecArray, month: string): RegExpExecArray {
  return Object.assign([...m], { index: m.index, input: m.input, groups: { ...m.groups, month } }) as unknown as RegExpExecArray;
}

// "3/28 mtg", "out til 4/15", "(filed 3/27)": a month and day with a slash and no year, as notes and
// posts write them (in informal text only: an exclusion below keeps scores and fractions of edited copy out)
export const slashDayRule: Rule = {
  name: 'slash-day',
  triggers: ['slash'],
  re: re(`${SLASH_DAY}(?![\\d/%]|[.,]\\d)(?!\\s*(?:of|cups?|days?|hours?|hrs?|miles?|mi|inch(?:es)?|lbs?|pounds?|tsp|tbsp|pts|points|stars?|scale)\\b)`),
  resolve: (m, ctx) => slashDay(m.groups!, ctx),
};

// ISO dates "2024-04-15" and US numeric dates "4/15/2024"
export const numericDateRule: Rule = {
  name: 'numeric-date',
  triggers: ['digit4', 'slash'],
  re: re(`${B}(?:${g('isoYear', YEAR)}-${g('isoMonth', '\\d\\d')}-${g('isoDay', '\\d\\d')}|${g('num1', '\\d{1,2}')}/${g('num2', '\\d{1,2}')}/${g('numYear', `${YEAR}|\\d\\d`)})${E}(?![-/]\\d)`),
  resolve(m, ctx) {
    const g = m.groups!;
    let y: number, mo: number, d: number;
    let how = 'A numeric date in the text.';
    let reason: ReasonCode | undefined;
    if (g.isoYear) { y = +g.isoYear; mo = +g.isoMonth; d = +g.isoDay; } else {
      mo = +g.num1; d = +g.num2; y = g.numYear.length === 2 ? 1900 + +g.numYear + (+g.numYear < 50 ? 100 : 0) : +g.numYear;
      // "21/10/2025" can only be day/month; "4/5/2025" is read in the article's order (another date
      // that can only be day first, dates in words written "12 February", European zones), else
      // month/day, the American way.
      if (mo > 12 && d <= 12) { [mo, d] = [d, mo]; how = 'A numeric date in the text, day first.'; }
      else if (mo <= 12 && d <= 12 && mo !== d) {
        if (ctx.numericOrder?.() === 'dmy') { [mo, d] = [d, mo]; how = 'A numeric date in the text, read day first as the article writes its dates (it could be month first).'; }
        else how = 'A numeric date in the text, read month first (it could be day first).';
        reason = 'ambiguousNumeric';
      }
    }
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor: 'absolute', reason, explanation: how, explicitYear: true };
  },
};

// Bare years: "in 2019", "2019's", "fiscal 1989", "late 2021", "the 1989 period"
export const yearRule: Rule = {
  name: 'year',
  triggers: ['digit4'],
  re: re(`${B}(?:${g('mod', MODW_WORDS)}[ -]?)?(?:${g('kind', 'fiscal|calendar')}\\s+)?(?:the\\s+(?=${YEAR}\\s+(?:period|fiscal year|quarter)))?${g('year', YEAR)}(?:\\s+${g('suffix', 'period|fiscal year|quarter')})?${E}(?!\\s*(?:%|percent|per cent|people|persons|workers|delegates|members|troops|soldiers|students|cars|vehicles|units|times|tons|tonnes|barrels|shares|acres|feet|miles|meters|metres|kilometers|km|votes|seats|jobs|employees|dollars|euros|yuan|yen|pounds|points|[-–]\\d|,\\d|\\.\\d|:\\d|(?:-|–|to)\\s*\\d{1,2}\\b(?!\\d|\\s*(?:%|percent|per cent))))`),
  // No structural check: a number or an amount before the year is an exclusion (below). ("1990 to 95"
  // is the split year's, "70 percent in 1990 to 95 percent" a year.)
  resolve(m, ctx) {
    const g = m.groups!;
    const y = yearOf(g.year);
    if (g.suffix && /quarter|period/i.test(g.suffix) && ctx.prevQuarter && ctx.prevQuarter.g === 'quarter') {
      return { type: 'DATE', point: { g: 'quarter', y, q: ctx.prevQuarter.q }, anchor: 'previous', explanation: `The quarter in question (Q${ctx.prevQuarter.q}), in ${y}.`, explicitYear: true, anchorable: false };
    }
    if (g.kind?.toLowerCase() === 'fiscal' || /fiscal/i.test(g.suffix ?? '')) {
      const fy = fiscal(ctx, y);
      if (fy) return fy;
    }
    return { type: 'DATE', point: { g: 'year', y }, mod: modOf(g.mod), anchor: 'absolute', explanation: g.kind?.toLowerCase() === 'fiscal' ? 'A fiscal year, shown as its calendar year.' : 'A year in the text.', explicitYear: true,
      // "In 1915, ...", "During 1944 ...": a year opening its sentence sets the time of a story (not
      // "since 1990", nor a fact in passing: "the project was approved in 2021")
      scene: !g.mod && !g.kind && /(?:^|[^A-Za-z])(?:in|during)\s+$/i.test(ctx.before) && ctx.start - ctx.sentenceStart() <= 8 };
  },
};

// "the 3rd of this month", "the 15th of next month", "the 30th of that month": a day of a month the
// words count from the dateline, or of the month just mentioned
export const ordinalOfMonthRule: Rule = {
  name: 'ordinal-of-month',
  triggers: ['ordinal'],
  re: re(`${B}(?:the\\s+)?${g('day', '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)')}\\s+of\\s+${g('rel', 'this|last|next|that|the\\s+same')}\\s+month${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const d = parseInt(g.day, 10);
    const rel = g.rel.toLowerCase().replace(/\s+/g, ' ');
    let y: number, mo: number, anchor: Anchor = 'dateline', how: string;
    if (rel === 'that' || rel === 'the same') {
      const p = ctx.prevFor('month')?.point;
      if (!p || (p.g !== 'day' && p.g !== 'month')) return null;
      ({ y, m: mo } = p); anchor = 'previous'; how = `Day ${d} of the month just mentioned.`;
    } else {
      ({ y, m: mo } = shiftDay({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, 'month', relWord(rel)));
      how = `Day ${d} of ${rel} month, counted from ${ctx.refName}.`;
    }
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor, explanation: how };
  },
};

// "on the 24th" / "by the 3rd": a day of the month the context gives. Not "the 24th Meeting".
export const ordinalDayRule: Rule = {
  name: 'ordinal-day',
  triggers: ['ordinal'],
  // No structural check: a capitalised word after it ("the 24th Meeting") is an exclusion (below).
  re: re(`the(?<=\\b(?:on|by|until|till|since|from|before|after)\\s+the)\\s+${g('day', '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)')}${E}(?!\\s+(?:of\\s+(?!${MONTH})|(?:anniversary|birthday|meeting|session|summit|congress|conference|round|floor|edition|amendment|century|time|day|week|year|place|minute|hour|lap|game|match|inning|annual|regular|straight|consecutive|largest|biggest|highest|best|worst)\\b))`),
  resolve(m, ctx) {
    const g = m.groups!;
    const d = parseInt(g.day, 10);
    const prev = ctx.prevFor('month');
    const p = prev?.point;
    let y = ctx.ref.y, mo = ctx.ref.m, anchor: Anchor = 'dateline', how: string, reason: ReasonCode = 'previous';
    // The month just mentioned, in the same sentence ("began on March 3 and ended on the 24th"); a
    // sentence later, "due on the 15th" is the reference's month again.
    if (p && (p.g === 'day' || p.g === 'month') && (prev?.end ?? 0) > ctx.sentenceStart()) {
      y = p.y; mo = p.m; anchor = 'previous'; how = `Day ${d} of the month just mentioned.`;
    } else {
      const dir = ctx.direction();
      if (dir < 0 && d > ctx.ref.d) ({ y, m: mo } = { ...shiftDay({ y, m: mo, d: 1 }, 'month', -1) });
      else if (dir > 0 && d < ctx.ref.d) ({ y, m: mo } = { ...shiftDay({ y, m: mo, d: 1 }, 'month', 1) });
      how = `Day ${d} of the ${mo === ctx.ref.m ? 'month' : dir < 0 ? 'previous month' : 'next month'} of ${ctx.refName}, by ${dirWord(dir)}.`;
      reason = 'tense';
    }
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor, reason, explanation: how };
  },
};

// "the first week of January", "the last week of March 2024": the week around the 4th, 11th, 18th, 25th
// or fourth-last day of that month
export const nthWeekOfMonthRule: Rule = {
  name: 'nth-week-of-month',
  triggers: ['month'],
  requires: ['week'],
  re: re(`${B}the\\s+${g('nth', 'first|second|third|fourth|last|final')}\\s+week\\s+of\\s+${g('month', MONTH_FULL)}(?:,?\\s+${g('year', YEAR)})?${E}`),
  // No structural check: the capital is an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month);
    const yi = yearGivenOrInferred(ctx, g.year, mo);
    const n = g.nth.toLowerCase();
    const d = n === 'first' ? 4 : n === 'second' ? 11 : n === 'third' ? 18 : n === 'fourth' ? 25 : daysInMonth(yi.y, mo) - 3;
    return { type: 'DATE', point: weekOf({ y: yi.y, m: mo, d }), anchor: yi.anchor, reason: yi.reason, explanation: `The ${n} week of ${MONTH_NAMES[mo - 1]} ${yi.y}${g.year ? '' : ` (${yi.how})`}, as the calendar week around the ${d}th.`, explicitYear: !!g.year };
  },
};

/** A month's year: the one given, else inferred (the weeks and weekdays counted in a month). */
function yearGivenOrInferred(ctx: Parameters<Rule['resolve']>[1], yearText: string | undefined, mo: number): { y: number; how: string; anchor: Anchor; reason: ReasonCode } {
  return yearText ? { y: +yearText, how: 'the year given', anchor: 'absolute', reason: 'absolute' } : inferYear(ctx, mo, null);
}

// "the first Saturday in May", "the last Monday of August 2026", "the second Sunday of March": a day
// counted by its weekday within a month
export const nthWeekdayOfMonthRule: Rule = {
  name: 'nth-weekday-of-month',
  triggers: ['month'],
  requires: ['weekday'],
  re: re(`${B}the\\s+${g('nth', 'first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th')}\\s+${g('wd', WEEKDAY_FULL)}\\s+(?:in|of)\\s+${g('month', MONTH_FULL)}(?:,?\\s+${g('year', YEAR)})?${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month);
    const yi = yearGivenOrInferred(ctx, g.year, mo);
    const wd = weekdayNumber(g.wd)!;
    const n = g.nth.toLowerCase();
    // The nth such weekday, or (0) the last one ("last" and "final" are 4 in ORDINALS, for quarters).
    const k = n === 'last' || n === 'final' ? 0 : ORDINALS[n] ?? ORDINAL_WORDS[n];
    const first = (wd - weekday({ y: yi.y, m: mo, d: 1 }) + 7) % 7 + 1;
    let d = k ? first + 7 * (k - 1) : first + 7 * Math.floor((daysInMonth(yi.y, mo) - first) / 7);
    if (d > daysInMonth(yi.y, mo)) return null;
    return { type: 'DATE', point: { g: 'day', y: yi.y, m: mo, d }, anchor: yi.anchor, reason: yi.reason, explanation: `The ${n} ${g.wd} of ${MONTH_NAMES[mo - 1]} ${yi.y}${g.year ? '' : ` (${yi.how})`}.`, explicitYear: !!g.year };
  },
};

// "the week of March 4"
export const weekOfRule: Rule = {
  name: 'week-of',
  triggers: ['month'],
  requires: ['week', 'dayNumber'],
  re: re(`${B}the\\s+week\\s+of\\s+(?:${g('month', MONTH)}\\s+${g('day', DAY)}|${g('dayFirst', DAY)}\\s+${g('monthAfter', MONTH)})(?:,?\\s+${g('year', FULL_YEAR)})?${E}`),
  // No structural check: the capital is an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    // "the week of March 9", "the week of 9 March"
    const mo = monthNumber(g.month ?? g.monthAfter), d = parseInt(g.day ?? g.dayFirst, 10);
    const y = g.year ? +g.year : inferYear(ctx, mo, d).y;
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: weekOf({ y, m: mo, d }), anchor: g.year ? 'absolute' : 'dateline', explanation: 'The week that holds the date given.' };
  },
};

// "Week 11", "week 11 of 2024"
export const weekNumberRule: Rule = {
  name: 'week-number',
  triggers: ['week'],
  re: re(`${B}(?<!\\d\\s{0,3})week\\s+${g('week', '\\d{1,2}')}(?:(?:\\s+of\\s+|,\\s+)${g('year', YEAR)})?${E}(?!\\s+(?:days?|hours?|minutes?|nights?)\\b)`),
  resolve(m, ctx) {
    const g = m.groups!;
    const w = +g.week;
    const y = g.year ? +g.year : ctx.ref.y;
    if (w < 1 || w > isoWeeksInYear(y)) return null; // 2025 has no week 53
    return { type: 'DATE', point: { g: 'week', y, w }, anchor: g.year ? 'absolute' : 'dateline', explanation: 'A numbered ISO week.' };
  },
};

// "nineteen ninety-six", "the year two thousand", "two thousand and eight" (transcripts)
export const spelledYearRule: Rule = {
  name: 'spelled-year',
  triggers: ['numberWord'],
  re: re(`${B}(?:the\\s+year\\s+|${g('month', MONTH_FULL)}\\s+|(?:the\\s+)?${g('season', 'spring|summer|fall|autumn|winter')}\\s+of\\s+)?(?:${g('century', 'nineteen|eighteen|twenty')}(?:[- ]hundred(?:\\s+and)?)?[- ]${g('rest', `(?:${TENS_W})(?:[- ](?:${UNITS_W}))?|${TEENS_W}|oh[- ](?:${UNITS_W})`)}|two thousand(?:(?:\\s+and)?[- ]${g('after2000', `(?:${TENS_W})(?:[- ](?:${UNITS_W}))?|${TEENS_W}|${UNITS_W}`)})?)${E}`),
  // No structural check: the capital and a count after the number are exclusions (below).
  resolve(m) {
    const g = m.groups!;
    const words = (s: string) => s.toLowerCase().replace(/^oh[- ]/, '').split(/[- ]/).reduce((a, w) => a + (WORD_VALUE[w] ?? 0), 0);
    const y = g.century ? WORD_VALUE[g.century.toLowerCase()] * 100 + words(g.rest) : 2000 + (g.after2000 ? words(g.after2000) : 0);
    if (y < 1600 || y > 2099) return null;
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four" (transcripts)
    if (g.month) return { type: 'DATE', point: { g: 'month', y, m: monthNumber(g.month) }, anchor: 'absolute', explanation: 'A month of a year spelled out.', explicitYear: true };
    if (g.season) return { type: 'DATE', point: { g: 'season', y, s: SEASONS[g.season.toLowerCase()] }, anchor: 'absolute', explanation: 'A season of a year spelled out.', explicitYear: true };
    return { type: 'DATE', point: { g: 'year', y }, anchor: 'absolute', explanation: 'A year, spelled out.', explicitYear: true };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // A month and day with a slash and no year is a date of notes and posts: in edited copy "went 7/10
  // from the line" is a count.
  {
    name: 'slash-day-in-edited-copy',
    example: 'The guard went 7/10 from the line.',
    rules: ['slash-day', 'slash-day-time'],
    informal: false,
  },
  // A month or weekday name in lower case, in edited copy (which capitalises them), is a word, not a
  // date: "officials may decide to march ahead". Informal text writes "in jan", "june expenses".
  {
    name: 'date-lowercase-month-or-weekday',
    example: 'Officials may decide to march ahead.',
    rules: ['month-day-year', 'day-month-year', 'bracketed-weekday', 'month-day-range', 'day-month-range', 'coordinated-day-first', 'month-of-that-year', 'month-year', 'month', 'month-pair', 'nth-week-of-month', 'nth-weekday-of-month', 'week-of', 'spelled-year', 'that-month', 'following-month', 'coordinated-day', 'month-after-adjective'],
    lowercase: ['month', 'monthAfter', 'weekday'],
    informal: false,
  },
  // A lower-case "may", "march", "august" alone takes a preposition that is no verb's or noun's: not
  // "plan to march", "the march", "for may", even in informal text.
  {
    name: 'month-lowercase-weak-cue',
    example: 'we all plan to march on city hall',
    rules: ['month', 'month-pair'],
    group: ['month', /^(?:may|march|august)$/],
    unless: ['rel', 'mod', 'yearRel'],
    before: [12, /(?:^|[^A-Za-z])(?:to|the|an?|and|or|for|of|before|after|between)\s$/i],
  },
  // A short form alone ("Jan", "dec") is a month after "in", "since", "by", "until"...: not "told Jan".
  {
    name: 'month-short-form-weak-cue',
    example: 'The prize went to Jan and his crew.',
    rules: ['month'],
    group: ['month', /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i],
    unless: ['rel', 'mod', 'yearRel'],
    beforeNot: [12, /(?:^|[^A-Za-z])(?:in|since|by|until|till|during|from|through|throughout|early|late|end of)\s$/i],
  },
  // After "a" (the 4 characters before), a month only as a noun's modifier ("a June agreement"): not
  // when no lower-case word of three letters or more follows (the 16 characters after): "in a June."
  {
    name: 'month-after-a-alone',
    example: 'They hope to marry in a June.',
    rules: ['month', 'month-pair'],
    before: [4, /(?:^|\W)an?\s$/i],
    afterNot: [16, /^\s[a-z]{3,}/],
  },
  // ... nor when the word after it is a preposition, verb or conjunction: "in a March or April".
  {
    name: 'month-after-a-function-word',
    example: 'The vote could come in a March or April.',
    rules: ['month', 'month-pair'],
    before: [4, /(?:^|\W)an?\s$/i],
    after: [16, /^\s(?:of|to|and|or|in|on|at|for|with|by|from|that|which|when|this|last|next|is|was|were|are|will|would|has|had|have|as|but|after|before|until|through)\b/],
  },
  // "the August Hall", "May Day", "March Madness": a month inside a proper-noun phrase is a name (a
  // capitalised word that is no date word, or "Day", follows on the same line).
  {
    name: 'month-in-a-name',
    example: 'The concert moved to the August Hall.',
    rules: ['month'],
    unless: ['mod', 'rel', 'yearRel'],
    after: [24, new RegExp(`${NAME_AFTER.source}|^[ \\t]+Day\\b`)],
  },
  // "the Fourth of July Parade": the holiday's month, in a name (the holiday rule has the holiday itself).
  {
    name: 'month-of-the-fourth-of-july',
    example: 'Members of the Fourth of July Parade committee met.',
    rules: ['month'],
    group: ['month', /^July$/i],
    before: [10, /\bFourth of $/i],
  },
  // "the March for Our Lives", "the March on Washington": a march that is named, not the month.
  {
    name: 'month-a-named-march',
    example: 'Thousands joined the March for Our Lives.',
    rules: ['month', 'month-pair'],
    unless: ['mod', 'rel', 'yearRel'],
    group: ['month', /^March$/],
    before: [5, /\bthe\s+$/i],
    after: [12, /^\s+(?:for|on|against)\s+[A-Z]/],
  },
  // Not part of an address, amount or list of numbers (the 10 characters before): "$2019", "No. 2019",
  // "case no. 12/2025" ("2019 and 2020" is fine).
  {
    name: 'year-number-or-amount',
    example: 'Resolution No. 1984 was adopted.',
    rules: ['year'],
    before: [10, /(?:\b[Nn]o\.|#|\$)\s*(?:\d+[/-])?$/],
  },
  // A product or plan named with a year: "the Model 2024 inverters", "Vision 2030", "Windows 2000".
  {
    name: 'year-in-a-product-name',
    example: 'The Model 2024 inverters are on borrowed time.',
    rules: ['year'],
    before: [10, /\b(?:Model|Version|Vision|Agenda|Windows|Office|Euro|Expo|Mark)\s+$/],
  },
  // "the 2024 model of its star tracker": a product's model year, no date.
  {
    name: 'year-before-model',
    example: 'It says the 2024 model of its tracker was at fault.',
    rules: ['year'],
    after: [8, /^\s+models?\b/],
  },
  // "the 24th Meeting", "since the 19th Party Congress": an ordinal before a capitalised name (the 3
  // characters after), not a day.
  {
    name: 'ordinal-day-before-a-name',
    example: 'Delegates have met twice since the 19th Party Congress.',
    rules: ['ordinal-day'],
    after: [3, /^\s+[A-Z]/],
  },
  // A spelled-out number that counts something (the 10 characters after): "two thousand people".
  {
    name: 'spelled-year-count',
    example: 'Some two thousand people marched on the capital.',
    rules: ['spelled-year'],
    after: [10, /^\s+(?:percent|people|dollars|times)/i],
  },
  // "a crowd of two thousand stood", "some two thousand": a count after a word that counts.
  {
    name: 'spelled-year-count-after-of',
    example: 'By noon a crowd of two thousand stood in the rain.',
    rules: ['spelled-year'],
    textNot: /^the\s/i,
    before: [12, /\b(?:of|some|about|nearly|almost|over|than|around)\s+$/i],
  },
  // "2013 RK41", "1998 KY26": an asteroid's or a catalogue's designation, not the year.
  {
    name: 'year-in-a-designation',
    example: 'The asteroid, catalogued as 2013 RK41, has a moon.',
    rules: ['year'],
    after: [6, /^\s[A-Z]{1,2}\d/],
  },
];
