/**
 * Periods: quarters, halves, seasons, fiscal and season years, decades, centuries, "the year", "year-end".
 */
import type { Rule, Exclusion } from '../../../language';
import type { Anchor, ReasonCode } from '../../../types';
import { Point, Unit, compareYmd, pointAt, pointEnd, pointStart, shiftPoint, SEASON_ORDER } from '../../../calendar';
import { MONTH_FULL, ORDINALS, SEASONS, YEAR, monthNumber } from '../lexicon';
import { dirWord, MONTH_NAMES, re, B, NEAR, inferYear, ymd, modOf, MODW, relWord, lastCompletedQuarter, quarterWithoutYear, capGroup, fiscalYear, ENDED_IN, E } from './common';

const skipArticleBeforeAdjective = (m: RegExpExecArray) => (/^the\s+\w+-quarter$/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0);

// "the 2025/26 budget", "the 2024-25 season", "FY2024", "FY 25": years the text names in the short forms
// of budgets and seasons
export const splitYearRule: Rule = {
  name: 'split-year',
  triggers: ['digit4', 'codes'],
  re: re(`${B}(?:((?:19|20)\\d\\d)[/–-](\\d\\d)(?![\\d/–-])|FY\\s?((?:19|20)\\d\\d|\\d\\d))${E}`),
  valid: (m) => !m[1] || (+m[1] + 1) % 100 === +m[2],
  resolve(m, ctx) {
    if (m[1]) return { type: 'DATE', point: { g: 'year', y: +m[1] }, endPoint: { g: 'year', y: +m[1] + 1 }, anchor: 'absolute', explicitYear: true, explanation: `The ${m[1]}/${m[2]} span of two years (a budget or season year).` };
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const start = ctx.fiscalStart;
    if (start !== null && start !== 1) return fiscalYear(y, start);
    return { type: 'DATE', point: { g: 'year', y }, anchor: 'absolute', explicitYear: true, explanation: `Fiscal year ${y}, shown as its calendar year.` };
  },
};

// "the April-June quarter", "the July-September period": the calendar quarter those months make
export const monthSpanQuarterRule: Rule = {
  name: 'month-span-quarter',
  triggers: ['month'],
  re: re(`${B}(?:the\\s+)?(${MONTH_FULL})[-–](${MONTH_FULL})\\s+(?:quarter|period)${E}`),
  valid: (m) => capGroup(1, 2)(m) && monthNumber(m[2]) - monthNumber(m[1]) === 2 && monthNumber(m[1]) % 3 === 1,
  resolve(m, ctx) {
    const mo = monthNumber(m[1]);
    const yi = inferYear(ctx, mo + 2, null);
    return { type: 'DATE', point: { g: 'quarter', y: yi.y, q: (mo + 2) / 3 }, anchor: yi.anchor, reason: yi.reason, explanation: `The quarter from ${m[1]} to ${m[2]}; no year given: ${yi.how}.` };
  },
};

// "the third quarter", "third-quarter", "the first quarter of 2025", "1989's third quarter", "Q1 2025", "fiscal 1990 first quarter"
export const quarterRule: Rule = {
  name: 'quarter',
  triggers: ['quarter'],
  re: re(`${B}(?:(${YEAR})(?:'s)?\\s+|(?:the\\s+)?(?:(fiscal|calendar)\\s+)?(?:(${YEAR})(?:'s)?\\s+)?)?(?:(the|this year's|last year's|next year's)\\s+)?(?:(fiscal|calendar)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR}|this year|last year|next year)|,?\\s+(${YEAR}))?${E}`),
  lead: skipArticleBeforeAdjective,
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
        let reason: ReasonCode = 'dateline';
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
          endY = yi.y; how = yi.how; reason = yi.reason;
        }
        const firstY = first > last ? endY - 1 : endY;
        return {
          type: 'DATE', point: { g: 'month', y: firstY, m: first }, endPoint: { g: 'month', y: endY, m: last }, anchor: 'dateline', reason,
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
      return { type: 'DATE', point: r.p, anchor: 'dateline', reason: r.reason, explanation: `No year given: ${r.how}.` };
    }
    q = q || 4;
    return { type: 'DATE', point: { g: 'quarter', y, q }, anchor: /^\d/.test(yStr ?? '') ? 'absolute' : 'dateline', explanation: how || `A quarter counted from ${ctx.refName}.`, explicitYear: /^\d/.test(yStr ?? '') };
  },
};

export const qNumberRule: Rule = {
  name: 'q-number',
  triggers: ['codes'],
  re: /(?<![\w$])Q([1-4])(?:\s+(?:of\s+)?(1[6-9]\d\d|20\d\d)|\s+'(\d\d))?(?!\w)/g,
  resolve(m, ctx) {
    const q = +m[1];
    if (m[2] || m[3]) {
      const y = m[2] ? +m[2] : 2000 + +m[3];
      return { type: 'DATE', point: { g: 'quarter', y, q }, anchor: 'absolute', explanation: 'A quarter of the year given.', explicitYear: true };
    }
    const r = quarterWithoutYear(ctx, q);
    return { type: 'DATE', point: r.p, anchor: 'dateline', reason: r.reason, explanation: `No year given: ${r.how}.` };
  },
};

// "the year ended Sept. 30", "the fiscal year ending June 30, 1990": a twelve-month period named by
// its last day, which follows as a date of its own; the year itself is a length of time, as TimeML has it.
export const yearEndedRule: Rule = {
  name: 'year-ended',
  triggers: ['ended'],
  re: re(`${B}(?:the\\s+)?(?:(?:fiscal|financial)\\s+)?year${E}(?=\\s+(?:that\\s+)?(?:ended|ending)\\s)`),
  resolve: () => ({ type: 'DURATION', value: 'P1Y', anchor: 'absolute', explanation: 'A twelve-month period, named by the date it ends on.', anchorable: false }),
};

// "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period", "year-earlier"
export const theQuarterRule: Rule = {
  name: 'the-quarter',
  triggers: ['period'],
  re: re(`${B}(?:the\\s+)?(?:(latest|recent|most recent|just-ended|just ended|year-ago|year-earlier|year ago|year earlier|comparable|same)\\s*)?(quarter|period)${E}`),
  valid(m, text) {
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
};

export const yearEarlierAdjRule: Rule = {
  name: 'year-earlier-adj',
  triggers: ['yearAgo'],
  re: re(`${B}(year-earlier|year-ago)${E}(?!\\s+(?:quarter|period))`),
  resolve(_m, ctx) {
    if (ctx.prevQuarter && ctx.prev && ctx.start - ctx.prev.end < NEAR) return { type: 'DATE', point: shiftPoint(ctx.prevQuarter, 'year', -1), anchor: 'previous', explanation: 'A year before the quarter just mentioned.', anchorable: false };
    return { type: 'DATE', point: { g: 'year', y: ctx.ref.y - 1 }, anchor: 'dateline', explanation: `The year before ${ctx.refName}.`, anchorable: false };
  },
};

// "the first half of 2025", "the second half", "H1 2025"
export const halfRule: Rule = {
  name: 'half',
  triggers: ['period'],
  re: re(`${B}(?:the\\s+)?(first|second|latter|last|1st|2nd)[\\s-]half(?:\\s+of\\s+(?:(${YEAR})|(this|last|next)\\s+year|the\\s+year))?${E}(?!\\s+(?:of\\s+the|century|decade))`),
  valid(m, text) {
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
    return { type: 'DATE', point: { g: 'half', y, h }, anchor, reason: !m[2] && !m[3] && y !== ctx.ref.y ? 'tense' : undefined, explanation: how, explicitYear: !!m[2] };
  },
};

export const hNumberRule: Rule = {
  name: 'h-number',
  triggers: ['codes'],
  re: /(?<![\w$])H([12])\s+(1[6-9]\d\d|20\d\d)(?!\w)/g,
  resolve(m) {
    return { type: 'DATE', point: { g: 'half', y: +m[2], h: +m[1] }, anchor: 'absolute', explanation: 'A half of the year given.', explicitYear: true };
  },
};

// Seasons: "spring 2021", "the summer of 2019", "in the fall", "this winter" (the relative rule), "early summer"
export const seasonRule: Rule = {
  name: 'season',
  triggers: ['season'],
  re: re(`${B}(?:the\\s+(?=(?:early|mid|late)))?(?:${MODW}[ -]?)?(?:the\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+of\\s+(${YEAR})|\\s+(${YEAR}))?${E}`),
  valid(m, text) {
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
    return { type: 'DATE', point: { g: 'season', y, s }, mod: modOf(m[1]), anchor: 'dateline', reason: y === cur.y ? 'dateline' : 'tense', explanation: `No year given: ${y === cur.y ? `the year of ${ctx.refName}` : `by ${dirWord(dir)}`}.` };
  },
};

// Decades: "the 1990s", "the '90s", "the mid-1980s", "the early 2000s"
export const decadeRule: Rule = {
  name: 'decade',
  triggers: ['decadeNumber', 'decadeWord'],
  re: re(`${B}(?:the\\s+)?(?:${MODW}[ -]?)?(?:(1[6-9]\\d0|20\\d0)s|'(\\d)0s|(nineteen|twenty|thirty|forties|fifties|sixties|seventies|eighties|nineties))${E}`),
  valid: (m) => !m[4] || /^the\s/i.test(m[0]),
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
};

// Centuries: "the 20th century", "this century", "the 21st century"
export const centuryRule: Rule = {
  name: 'century',
  triggers: ['century'],
  re: re(`${B}(?:the\\s+)?(?:${MODW}[ -]?)?(?:(\\d{1,2})(?:st|nd|rd|th)|(this|last|next))[ -]century${E}`),
  resolve(m, ctx) {
    const c = m[2] ? +m[2] - 1 : Math.floor(ctx.ref.y / 100) + relWord(m[3]);
    return { type: 'DATE', point: { g: 'century', c }, mod: modOf(m[1]), anchor: m[2] ? 'absolute' : 'dateline', explanation: 'A century.' };
  },
};

// "for the year", "of the year", "the full year", "the fiscal year", "for the week": the period of the report
export const thePeriodRule: Rule = {
  name: 'the-period',
  triggers: ['unit'],
  re: re(`the(?<=\\b(?:for|of|in|during|through|throughout)\\s+the)\\s+(?:full\\s+|whole\\s+|entire\\s+|fiscal\\s+|calendar\\s+)?(year|week|month)(?:'s)?${E}(?!\\s+(?:ended|ending|before|after|earlier|ago|to)\\b)`),
  resolve(m, ctx) {
    const unit = m[1].toLowerCase() as Unit;
    const prev = ctx.prevFor(unit);
    const base = prev && ctx.start - prev.end < NEAR && unit !== 'week' ? pointAt(pointStart(prev.point), unit) : pointAt(ymd(ctx.ref), unit);
    return { type: 'DATE', point: base, anchor: prev && base !== undefined && unit !== 'week' && ctx.start - prev.end < NEAR ? 'previous' : 'dateline', explanation: `The ${unit} being reported on.` };
  },
};

// "year-end", "by year's end", "around year end"
export const yearEndRule: Rule = {
  name: 'year-end',
  triggers: ['yearEnd'],
  re: re(`${B}(year-end|year's end|year end|the end of the year)${E}`),
  resolve(_m, ctx) {
    const dir = ctx.direction();
    const y = dir < 0 && ctx.ref.m <= 3 ? ctx.ref.y - 1 : ctx.ref.y;
    return { type: 'DATE', point: { g: 'year', y }, mod: 'END', anchor: 'dateline', explanation: `The end of ${y}.` };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [];
