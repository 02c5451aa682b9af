/**
 * Explicit calendar dates: "Monday, Oct. 12, 1998", "12 February 2024", "Sept. 19-20", "March 2024", a bare month, numeric dates, years, "on the 24th", weeks of a month, numbered weeks, spelled-out years.
 */
import type { Rule, Exclusion } from '../../../language';
import type { Anchor, ReasonCode } from '../../../types';
import { isValidYmd, isoWeeksInYear, weekOf, daysInMonth, shiftDay } from '../../../calendar';
import { DAY, MONTH, MONTH_FULL, SEASONS, WEEKDAY, YEAR, monthNumber, FULL_YEAR } from '../lexicon';
import { dirWord, MONTH_NAMES, re, B, yearOf, inferYear, modOf, MODW, MODW_NC, relWord, calendarDay, capGroup, fiscalYear, ENDED_IN, E } from './common';

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
  re: re(`(?<![\\w$£€¥.])(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY})(?:(?:\\s*,\\s*|\\s+)(${FULL_YEAR})|,?\\s+(last|this|next)\\s+year)?${E}(?!\\s*(?:percent|%|[.,]\\d|:\\d))`),
  valid: capGroup(1, 2),
  resolve(m, ctx) {
    const mo = monthNumber(m[2]), d = parseInt(m[3], 10);
    if (m[5]) {
      const y = ctx.ref.y + relWord(m[5]);
      if (!isValidYmd(y, mo, d)) return null;
      return { type: 'DATE', point: { g: 'day', y, m: mo, d }, anchor: 'dateline', explanation: `${MONTH_NAMES[mo - 1]} ${d} of ${m[5].toLowerCase()} year, counted from ${ctx.refName}.`, yearInText: true };
    }
    return calendarDay(ctx, mo, d, m[4]);
  },
};

// "12 February 2024", "the 4th of June", "Tuesday 4 June 2024"
export const dayMonthYearRule: Rule = {
  name: 'day-month-year',
  triggers: ['month'],
  re: re(`${B}(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(${FULL_YEAR}))?${E}`),
  valid: capGroup(1, 3),
  resolve(m, ctx) {
    return calendarDay(ctx, monthNumber(m[3]), parseInt(m[2], 10), m[4]);
  },
};

// "Sept. 19-20" (a range of days in one month)
export const monthDayRangeRule: Rule = {
  name: 'month-day-range',
  triggers: ['month'],
  re: re(`${B}(${MONTH})\\s+(${DAY})\\s*(?:-|–|—)\\s*(${DAY})(?:,?\\s+(${FULL_YEAR}))?${E}(?!\\s*(?:percent|%))`),
  valid: capGroup(1),
  resolve(m, ctx) {
    const mo = monthNumber(m[1]), d1 = parseInt(m[2], 10), d2 = parseInt(m[3], 10);
    if (d2 <= d1) return null;
    const yi = m[4] ? { y: yearOf(m[4]), how: '', anchor: 'absolute' as Anchor, reason: 'absolute' as const } : inferYear(ctx, mo, d1);
    if (!isValidYmd(yi.y, mo, d1) || !isValidYmd(yi.y, mo, d2)) return null;
    return {
      type: 'DATE', point: { g: 'day', y: yi.y, m: mo, d: d1 }, endPoint: { g: 'day', y: yi.y, m: mo, d: d2 },
      anchor: yi.anchor, reason: m[4] ? 'absolute' : yi.reason, explanation: m[4] ? 'A range of days in the text.' : `A range of days; no year given: ${yi.how}.`, explicitYear: !!m[4],
    };
  },
};

// "March 2024", "March of 2024"
export const monthYearRule: Rule = {
  name: 'month-year',
  triggers: ['month'],
  re: re(`${B}(?:${MODW}\\s*)?(${MONTH})(?:\\s+of|,)?\\s+(${YEAR})${E}`),
  valid: capGroup(2),
  resolve(m) {
    const y = yearOf(m[3]);
    return { type: 'DATE', point: { g: 'month', y, m: monthNumber(m[2]) }, mod: modOf(m[1]), anchor: 'absolute', explanation: 'A month and year in the text.', explicitYear: true };
  },
};

// A bare month: "in December", "since March", "late November", "last April"
export const monthRule: Rule = {
  name: 'month',
  triggers: ['month'],
  re: re(`(?<=\\b(?:in|into|since|by|until|till|through|throughout|during|from|to|of|for|the|an?|before|after|between|and|or|early|earlier|late|later|mid-|end of|beginning of|start of|middle of)[ -]|\\b(?=(?:last|next|this|past|coming)\\s)|\\b(?=${MODW_NC}[ -]?${MONTH_FULL}))(?:${MODW}[ -]?)?(?:(last|next|this|past|coming)\\s+)?(${MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.)(?:,?\\s+(this|last|next)\\s+year)?${E}(?!\\s+\\d)`),
  // After "a", only as a noun's modifier: "a June agreement".
  valid: (m, text) => capGroup(3)(m) && (!/(?:^|\W)an?\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) || attributive(text.slice(m.index + m[0].length, m.index + m[0].length + 16))),
  resolve(m, ctx) {
    const mo = monthNumber(m[3]);
    const rel = m[2]?.toLowerCase();
    let y: number, how: string, anchor: Anchor = 'dateline', reason: ReasonCode = 'dateline';
    if (rel === 'last' || rel === 'past') { y = mo < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1; how = `the last ${MONTH_NAMES[mo - 1]} before ${ctx.refName}`; }
    else if (rel === 'next' || rel === 'coming') { y = mo > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1; how = `the next ${MONTH_NAMES[mo - 1]} after ${ctx.refName}`; }
    else if (rel === 'this') { y = ctx.ref.y; how = `${MONTH_NAMES[mo - 1]} of the year of ${ctx.refName}`; }
    else if (m[4]) { y = ctx.ref.y + relWord(m[4]); how = `${MONTH_NAMES[mo - 1]} of ${m[4].toLowerCase()} year, counted from ${ctx.refName}`; }
    else {
      // "the July slot", "a June agreement": the month names a thing, and the verb's tense is not its
      // time ("chose to keep the July slot" in June is this July): the nearer July.
      const named = !m[1] && /\b(?:the|an?)\s$/i.test(ctx.before) && attributive(ctx.after);
      const yi = inferYear(named ? { ...ctx, direction: () => 0 } : ctx, mo, null);
      y = yi.y; how = `no year given: ${yi.how}`; anchor = yi.anchor; reason = yi.reason;
    }
    return { type: 'DATE', point: { g: 'month', y, m: mo }, mod: modOf(m[1]), anchor, reason, explanation: `${how[0].toUpperCase()}${how.slice(1)}.` };
  },
};

// ISO dates "2024-04-15" and US numeric dates "4/15/2024"
export const numericDateRule: Rule = {
  name: 'numeric-date',
  triggers: ['digit4', 'slash'],
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
};

// Bare years: "in 2019", "2019's", "fiscal 1989", "late 2021", "the 1989 period"
export const yearRule: Rule = {
  name: 'year',
  triggers: ['digit4'],
  re: re(`${B}(?:${MODW}[ -]?)?(?:(fiscal|calendar)\\s+)?(?:the\\s+(?=${YEAR}\\s+(?:period|fiscal year|quarter)))?(${YEAR})(?:\\s+(period|fiscal year|quarter))?${E}(?!\\s*(?:%|percent|per cent|people|persons|workers|delegates|members|troops|soldiers|students|cars|vehicles|units|times|tons|tonnes|barrels|shares|acres|feet|miles|meters|metres|kilometers|km|votes|seats|jobs|employees|dollars|euros|yuan|yen|pounds|points|[-–]\\d|,\\d|\\.\\d|:\\d|(?:-|–|to)\\s*\\d{1,2}\\b(?!\\d)))`),
  valid(m, text) {
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
};

// "on the 24th" / "by the 3rd": a day of the month the context gives. Not "the 24th Meeting".
export const ordinalDayRule: Rule = {
  name: 'ordinal-day',
  triggers: ['ordinal'],
  valid: (m, text) => !/^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)), // "the 24th Meeting"
  re: re(`the(?<=\\b(?:on|by|until|till|since|from|before|after)\\s+the)\\s+((?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th))${E}(?!\\s+(?:of\\s+(?!${MONTH})|(?:anniversary|birthday|meeting|session|summit|congress|conference|round|floor|edition|amendment|century|time|day|week|year|place|minute|hour|lap|game|match|inning|annual|regular|straight|consecutive|largest|biggest|highest|best|worst)\\b))`),
  resolve(m, ctx) {
    const d = parseInt(m[1], 10);
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
  re: re(`${B}the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_FULL})(?:,?\\s+(${YEAR}))?${E}`),
  valid: capGroup(2),
  resolve(m, ctx) {
    const mo = monthNumber(m[2]);
    const yi = m[3] ? { y: +m[3], how: 'the year given', anchor: 'absolute' as Anchor, reason: 'absolute' as const } : inferYear(ctx, mo, null);
    const n = m[1].toLowerCase();
    const d = n === 'first' ? 4 : n === 'second' ? 11 : n === 'third' ? 18 : n === 'fourth' ? 25 : daysInMonth(yi.y, mo) - 3;
    return { type: 'DATE', point: weekOf({ y: yi.y, m: mo, d }), anchor: yi.anchor, reason: yi.reason, explanation: `The ${n} week of ${MONTH_NAMES[mo - 1]} ${yi.y}${m[3] ? '' : ` (${yi.how})`}, as the calendar week around the ${d}th.`, explicitYear: !!m[3] };
  },
};

// "the week of March 4"
export const weekOfRule: Rule = {
  name: 'week-of',
  triggers: ['month'],
  re: re(`${B}the\\s+week\\s+of\\s+(${MONTH})\\s+(${DAY})(?:,?\\s+(${FULL_YEAR}))?${E}`),
  valid: capGroup(1),
  resolve(m, ctx) {
    const mo = monthNumber(m[1]), d = parseInt(m[2], 10);
    const y = m[3] ? +m[3] : inferYear(ctx, mo, d).y;
    if (!isValidYmd(y, mo, d)) return null;
    return { type: 'DATE', point: weekOf({ y, m: mo, d }), anchor: m[3] ? 'absolute' : 'dateline', explanation: 'The week that holds the date given.' };
  },
};

// "Week 11", "week 11 of 2024"
export const weekNumberRule: Rule = {
  name: 'week-number',
  triggers: ['week'],
  re: re(`${B}week\\s+(\\d{1,2})(?:\\s+of\\s+(${YEAR})|,\\s+(${YEAR}))?${E}`),
  resolve(m, ctx) {
    const w = +m[1];
    const y = m[2] ? +m[2] : m[3] ? +m[3] : ctx.ref.y;
    if (w < 1 || w > isoWeeksInYear(y)) return null; // 2025 has no week 53
    return { type: 'DATE', point: { g: 'week', y, w }, anchor: m[2] || m[3] ? 'absolute' : 'dateline', explanation: 'A numbered ISO week.' };
  },
};

// "nineteen ninety-six", "the year two thousand", "two thousand and eight" (transcripts)
export const spelledYearRule: Rule = {
  name: 'spelled-year',
  triggers: ['spelledYear'],
  re: re(`${B}(?:the\\s+year\\s+|(${MONTH_FULL})\\s+|(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+of\\s+)?(?:(nineteen|eighteen|twenty)(?:[- ]hundred(?:\\s+and)?)?[- ]((?:${TENS_W})(?:[- ](?:${UNITS_W}))?|${TEENS_W}|oh[- ](?:${UNITS_W}))|two thousand(?:(?:\\s+and)?[- ]((?:${TENS_W})(?:[- ](?:${UNITS_W}))?|${TEENS_W}|${UNITS_W}))?)${E}`),
  valid: (m, text) => capGroup(1)(m) && !/^\s+(?:percent|people|dollars|times)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)),
  resolve(m) {
    const words = (s: string) => s.toLowerCase().replace(/^oh[- ]/, '').split(/[- ]/).reduce((a, w) => a + (WORD_VALUE[w] ?? 0), 0);
    const y = m[3] ? WORD_VALUE[m[3].toLowerCase()] * 100 + words(m[4]) : 2000 + (m[5] ? words(m[5]) : 0);
    if (y < 1600 || y > 2099) return null;
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four" (transcripts)
    if (m[1]) return { type: 'DATE', point: { g: 'month', y, m: monthNumber(m[1]) }, anchor: 'absolute', explanation: 'A month of a year spelled out.', explicitYear: true };
    if (m[2]) return { type: 'DATE', point: { g: 'season', y, s: SEASONS[m[2].toLowerCase()] }, anchor: 'absolute', explanation: 'A season of a year spelled out.', explicitYear: true };
    return { type: 'DATE', point: { g: 'year', y }, anchor: 'absolute', explanation: 'A year, spelled out.', explicitYear: true };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [];
