/**
 * Periods: quarters, halves, seasons, fiscal and season years, decades, centuries, "the year", "year-end".
 */
import type { Rule, Exclusion } from '../../../language';
import type { Anchor, ReasonCode } from '../../../types';
import { Point, Unit, compareYmd, pointAt, pointEnd, pointStart, shiftPoint, SEASON_ORDER } from '../../../calendar';
import { ORDINAL_WORD, ORDINAL_WORDS, MONTH_FULL, ORDINALS, SEASONS, YEAR, monthNumber } from '../lexicon';
import { dirWord, MONTH_NAMES, re, B, NEAR, inferYear, ymd, modOf, MODW_WORDS, relWord, lastCompletedQuarter, quarterWithoutYear, fiscalYear, ENDED_IN, E, g, prevForUnit, storyYear } from './common';

const skipArticleBeforeAdjective = (m: RegExpExecArray) => (/^the\s+\w+-quarter$/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0);

// "the 2025/26 budget", "the 2024-25 season", "FY2024", "FY 25": years the text names in the short forms
// of budgets and seasons
export const splitYearRule: Rule = {
  name: 'split-year',
  triggers: ['digit4', 'codes'],
  re: re(`${B}(?:${g('year', '(?:19|20)\\d\\d')}[/–-]${g('yy', '\\d\\d')}(?![\\d/–-])|FY\\s?${g('fy', '(?:19|20)\\d\\d|\\d\\d')})${E}`),
  // Structural: the two years are consecutive ("2024-25", not "2024-19").
  valid: (m) => !m.groups!.year || (+m.groups!.year + 1) % 100 === +m.groups!.yy,
  resolve(m, ctx) {
    const g = m.groups!;
    if (g.year) return { type: 'DATE', point: { g: 'year', y: +g.year }, endPoint: { g: 'year', y: +g.year + 1 }, anchor: 'absolute', explicitYear: true, explanation: `The ${g.year}/${g.yy} span of two years (a budget or season year).` };
    const y = g.fy.length === 2 ? 2000 + +g.fy : +g.fy;
    const start = ctx.fiscalStart;
    if (start !== null && start !== 1) return fiscalYear(y, start);
    return { type: 'DATE', point: { g: 'year', y }, anchor: 'absolute', explicitYear: true, explanation: `Fiscal year ${y}, shown as its calendar year.` };
  },
};

// "the April-June quarter", "the July-September period": the calendar quarter those months make; "the
// January-June period" a half; "the April-December period" nine months (a length: no calendar unit)
export const monthSpanQuarterRule: Rule = {
  name: 'month-span-quarter',
  triggers: ['month'],
  requires: ['period'],
  re: re(`${B}(?:the\\s+)?${g('month', MONTH_FULL)}[-–]${g('monthEnd', MONTH_FULL)}\\s+${g('unit', 'quarter|period|half')}${E}`),
  // Structural: the months run forward ("April-June", not "June-April").
  valid: (m) => monthNumber(m.groups!.monthEnd) > monthNumber(m.groups!.month),
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month), end = monthNumber(g.monthEnd), n = end - mo + 1;
    const unit = g.unit.toLowerCase();
    const yi = inferYear(ctx, end, null);
    if (n === 3 && mo % 3 === 1 && unit !== 'half') return { type: 'DATE', point: { g: 'quarter', y: yi.y, q: end / 3 }, anchor: yi.anchor, reason: yi.reason, explanation: `The quarter from ${g.month} to ${g.monthEnd}; no year given: ${yi.how}.` };
    if (n === 6 && mo % 6 === 1 && unit !== 'quarter') return { type: 'DATE', point: { g: 'half', y: yi.y, h: end / 6 }, anchor: yi.anchor, reason: yi.reason, explanation: `The half-year from ${g.month} to ${g.monthEnd}; no year given: ${yi.how}.` };
    if (unit !== 'period') return null;
    return { type: 'DURATION', value: `P${n}M`, anchor: 'dateline', explanation: `The ${n} months from ${g.month} to ${g.monthEnd}.` };
  },
};

// "whose fiscal year runs from April to March", "a financial year that begins in July": the months
// that bound the text's fiscal year, each a month of no particular year (TimeML `XXXX-04`); the start
// month teaches the fiscal calendar that later quarters of the text follow.
const FISCAL_RUNS = `\\b(?:fiscal|financial)\\s+year,?\\s+(?:that\\s+|which\\s+)?(?:runs|running|ran|starts|starting|started|begins|beginning|began)\\s+(?:from\\s+|in\\s+|on\\s+)?`;
export const fiscalMonthsRule: Rule = {
  name: 'fiscal-months',
  triggers: ['month'],
  re: re(`${B}${MONTH_FULL}(?<=${FISCAL_RUNS}(?:${g('first', MONTH_FULL)}\\s+(?:to|through|until|till)\\s+)?${g('month', MONTH_FULL)})(?:\\s+${g('day', '[12]\\d|3[01]|0?[1-9]')})?${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const mo = monthNumber(g.month);
    const start = g.first ? (mo % 12) + 1 : mo;
    if (start !== 1) ctx.learnFiscalStart(start);
    const day = g.day ? `-${g.day.padStart(2, '0')}` : '';
    return { type: 'DATE', value: `XXXX-${String(mo).padStart(2, '0')}${day}`, anchor: 'absolute', anchorable: false, explanation: `${g.month}${g.day ? ` ${+g.day}` : ''} of any year: the ${g.day ? 'day' : 'month'} the text's fiscal year ${g.first ? 'ends' : 'starts'} ${g.day ? 'on' : 'in'}.` };
  },
};

// "the December quarter", "the June quarter": the quarter that ends in that month, as companies and
// statistics offices name it
export const quarterByEndMonthRule: Rule = {
  name: 'quarter-by-end-month',
  triggers: ['month'],
  requires: ['quarter'],
  re: re(`${B}the\\s+${g('month', 'March|June|September|December')}\\s+quarter${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const end = monthNumber(g.month);
    const yi = inferYear(ctx, end, null);
    return { type: 'DATE', point: { g: 'quarter', y: yi.y, q: end / 3 }, anchor: yi.anchor, reason: yi.reason, explanation: `The quarter that ends in ${g.month}; no year given: ${yi.how}.` };
  },
};

// "the third quarter", "third-quarter", "the first quarter of 2025", "1989's third quarter", "Q1 2025", "fiscal 1990 first quarter"
export const quarterRule: Rule = {
  name: 'quarter',
  triggers: ['quarter'],
  re: re(`${B}(?:${g('yearLead', YEAR)}(?:'s)?\\s+|(?:the\\s+)?(?:${g('kind', 'fiscal|calendar')}\\s+)?(?:${g('year', YEAR)}(?:'s)?\\s+)?)?(?:${g('owner', "the|this year's|last year's|next year's")}\\s+)?(?:${g('kind2', 'fiscal|calendar')}\\s+)?${g('nth', 'first|second|third|fourth|1st|2nd|3rd|4th|final|last')}[- ](?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?${g('ofYear', `${YEAR}|this year|last year|next year`)}|\\s+of\\s+(?:the\\s+)?${g('ofFiscal', 'current|this|last|previous|next|coming|(?=fiscal|financial)')}\\s*(?:fiscal|financial)(?:\\s+year)?|,?\\s+${g('yearAfter', YEAR)})?${E}`),
  lead: skipArticleBeforeAdjective,
  resolve(m, ctx) {
    const g = m.groups!;
    const qw = g.nth.toLowerCase();
    let q = ORDINALS[qw];
    if (qw === 'last' && !g.ofYear && !g.yearAfter && !g.yearLead && !g.year && !/year's/i.test(g.owner ?? '')) {
      // "the last quarter": the most recent completed quarter
      return { type: 'DATE', point: lastCompletedQuarter(ctx.ref), anchor: 'dateline', explanation: `The last completed quarter before ${ctx.refName}.` };
    }
    const yStr = g.yearLead ?? g.year ?? g.yearAfter ?? g.ofYear;
    const owner = (g.owner ?? '').toLowerCase();
    // A fiscal quarter: "the fiscal first quarter ended Sept. 30" is July to September, not January to
    // March. The end date teaches the text's fiscal year; later quarters of it follow that calendar.
    if (q && !/calendar/i.test(m[0])) {
      const ended = ENDED_IN.exec(ctx.after);
      let start = ctx.fiscalStart;
      if (ended) {
        const taught = ((monthNumber(ended.groups!.month) - 3 * q + 12) % 12) + 1;
        if (/fiscal/i.test(m[0]) || taught !== 1) { ctx.learnFiscalStart(taught); start = taught; }
      }
      if (start !== null && start !== 1 && (/fiscal/i.test(m[0]) || !yStr)) {
        const first = ((start - 1 + 3 * (q - 1)) % 12) + 1, last = ((first + 1) % 12) + 1;
        let endY: number;
        let how: string;
        let reason: ReasonCode = 'dateline';
        if (g.ofFiscal !== undefined || (!yStr && !ended)) {
          // "the third quarter of the current fiscal", "the fiscal fourth quarter": of the fiscal year the
          // reference date falls in
          const k = relWord((g.ofFiscal ?? '').replace(/^(?:current)?$/i, 'this'));
          const fyStartY = (ctx.ref.m >= start ? ctx.ref.y : ctx.ref.y - 1) + k;
          endY = fyStartY + Math.floor((start - 1 + 3 * (q - 1) + 2) / 12);
          how = `the ${k === 0 ? 'current' : k < 0 ? 'previous' : 'next'} fiscal year, from ${MONTH_NAMES[start - 1]} ${fyStartY}`;
        } else if (yStr && /^\d/.test(yStr)) {
          // Fiscal year Y ends in the month before `start`, in year Y.
          endY = last >= start ? +yStr - 1 : +yStr;
          how = `fiscal ${yStr}`;
        } else if (ended) {
          const em = monthNumber(ended.groups!.month);
          endY = /ended/i.test(ended.groups!.verb) && em > ctx.ref.m ? ctx.ref.y - 1 : ctx.ref.y;
          how = `ended in ${MONTH_NAMES[em - 1]} ${endY}`;
        } else {
          const yi = inferYear(ctx, last, null);
          endY = yi.y; how = yi.how; reason = yi.reason;
        }
        const firstY = first > last ? endY - 1 : endY;
        const explanation = `Fiscal Q${q}, ${MONTH_NAMES[first - 1]} to ${MONTH_NAMES[last - 1]} ${endY} (a fiscal year that starts in ${MONTH_NAMES[start - 1]}; ${how}).`;
        // A fiscal quarter that is a calendar quarter is valued as that quarter (fiscal Q3 of an
        // April-March year is 2025-Q4): the value names the months, whatever the company calls them.
        if (first % 3 === 1) return { type: 'DATE', point: { g: 'quarter', y: endY, q: last / 3 }, anchor: 'dateline', reason, explanation };
        return { type: 'DATE', point: { g: 'month', y: firstY, m: first }, endPoint: { g: 'month', y: endY, m: last }, anchor: 'dateline', reason, explanation };
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

// "3rd-qtr profit": a wire headline's short form of the quarter, read as "the third quarter" is (a
// pattern of its own: one more branch in the quarter rule's leaves recheck undecided)
export const qtrRule: Rule = {
  name: 'qtr',
  triggers: ['quarter'],
  re: re(`${B}${g('nth', 'first|second|third|fourth|1st|2nd|3rd|4th')}[- ]qtr${E}`),
  resolve: (m, ctx) => quarterRule.resolve(m, ctx),
};

export const qNumberRule: Rule = {
  name: 'q-number',
  triggers: ['codes'],
  re: /(?<![\w$])Q(?<q>[1-4])(?:\s+(?:of\s+)?(?<year>1[6-9]\d\d|20\d\d)|\s+'(?<yy>\d\d))?(?!\w)/g,
  resolve(m, ctx) {
    const g = m.groups!;
    const q = +g.q;
    if (g.year || g.yy) {
      const y = g.year ? +g.year : 2000 + +g.yy;
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
  re: re(`${B}(?:the\\s+)?(?:${g('which', 'latest|recent|most recent|just-ended|just ended|year-ago|year-earlier|year ago|year earlier|comparable|same')}\\s*)?${g('unit', 'quarter|period')}${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const w = (g.which ?? '').toLowerCase();
    const ended = ENDED_IN.exec(ctx.after);
    // (After "the fiscal first quarter", "the quarter ended Sept. 29" is that quarter: see below.)
    if (ended && /quarter/i.test(g.unit) && !/year/.test(w) && !ctx.prevQuarter) {
      // "the quarter ended Sept. 30": the quarter that ends in that month, in the most recent such year
      // ("ending" may look ahead: the nearer one). A quarter ending in July is a fiscal quarter whose
      // number the text does not give.
      const mo = monthNumber(ended.groups!.month);
      const past = /ended/i.test(ended.groups!.verb);
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
    if (g.unit.toLowerCase() === 'period' && !w) return null;
    return { type: 'DATE', point: base, anchor: ctx.prevQuarter ? 'previous' : 'dateline', explanation: `The quarter in question: ${from}.` };
  },
};

export const yearEarlierAdjRule: Rule = {
  name: 'year-earlier-adj',
  triggers: ['yearPhrase'],
  re: re(`${B}${g('adj', 'year-earlier|year-ago')}${E}(?!\\s+(?:quarter|period))`),
  resolve(_m, ctx) {
    if (ctx.prevQuarter && ctx.prev && ctx.start - ctx.prev.end < NEAR) return { type: 'DATE', point: shiftPoint(ctx.prevQuarter, 'year', -1), anchor: 'previous', explanation: 'A year before the quarter just mentioned.', anchorable: false };
    return { type: 'DATE', point: { g: 'year', y: ctx.ref.y - 1 }, anchor: 'dateline', explanation: `The year before ${ctx.refName}.`, anchorable: false };
  },
};

// "the first half of 2025", "the second half", "H1 2025"
export const halfRule: Rule = {
  name: 'half',
  triggers: ['period'],
  re: re(`${B}(?:the\\s+)?${g('nth', 'first|second|latter|last|1st|2nd')}[\\s-]half(?:\\s+of\\s+(?:(?:calendar\\s+)?${g('year', YEAR)}|${g('rel', 'this|last|next')}\\s+year|the\\s+year))?${E}(?!\\s+(?:of\\s+the|century|decade))`),
  resolve(m, ctx) {
    const g = m.groups!;
    const h = /first|1st/i.test(g.nth) ? 1 : 2;
    let y = ctx.ref.y, anchor: Anchor = 'dateline', how: string;
    const story = g.year || g.rel ? null : storyYear(ctx);
    if (g.year) { y = +g.year; anchor = 'absolute'; how = 'A half of the year given.'; }
    else if (g.rel) { y = ctx.ref.y + relWord(g.rel); how = `A half of a year counted from ${ctx.refName}.`; }
    else if (story !== null) { y = story; anchor = 'previous'; how = `No year given: ${y}, of the history the text is telling.`; }
    else {
      const dir = ctx.direction();
      if (dir < 0 && h === 2 && ctx.ref.m <= 6) y--;
      if (dir > 0 && h === 1 && ctx.ref.m > 6) y++;
      how = `No year given: ${y === ctx.ref.y ? `the year of ${ctx.refName}` : `by ${dirWord(dir)}`}.`;
    }
    return { type: 'DATE', point: { g: 'half', y, h }, anchor, reason: !g.year && !g.rel && y !== ctx.ref.y ? 'tense' : undefined, explanation: how, explicitYear: !!g.year };
  },
};

export const hNumberRule: Rule = {
  name: 'h-number',
  triggers: ['codes'],
  re: /(?<![\w$])H(?<h>[12])\s+(?<year>1[6-9]\d\d|20\d\d)(?!\w)/g,
  resolve(m) {
    const g = m.groups!;
    return { type: 'DATE', point: { g: 'half', y: +g.year, h: +g.h }, anchor: 'absolute', explanation: 'A half of the year given.', explicitYear: true };
  },
};

// Seasons: "spring 2021", "the summer of 2019", "in the fall", "this winter" (the relative rule), "early summer"
export const seasonRule: Rule = {
  name: 'season',
  triggers: ['season'],
  re: re(`${B}(?:the\\s+(?=(?:early|mid|late)))?(?:${g('mod', MODW_WORDS)}[ -]?)?(?:the\\s+)?${g('season', 'spring|summer|fall|autumn|winter')}(?:\\s+of\\s+${g('ofYear', YEAR)}|\\s+${g('year', YEAR)})?${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const s = SEASONS[g.season.toLowerCase()];
    const yStr = g.ofYear ?? g.year;
    if (yStr) return { type: 'DATE', point: { g: 'season', y: +yStr, s }, mod: modOf(g.mod), anchor: 'absolute', explanation: 'A season of the year given.', explicitYear: true };
    const story = storyYear(ctx);
    if (story !== null) return { type: 'DATE', point: { g: 'season', y: story, s }, mod: modOf(g.mod), anchor: 'previous', reason: 'previous', explanation: `No year given: ${story}, of the history the text is telling.` };
    const dir = ctx.direction();
    const cur = pointAt(ctx.ref, 'season') as Extract<Point, { g: 'season' }>;
    let y = cur.y;
    const idx = SEASON_ORDER.indexOf(s), curIdx = SEASON_ORDER.indexOf(cur.s);
    if (dir < 0 && idx > curIdx) y--;
    if (dir > 0 && idx < curIdx) y++;
    return { type: 'DATE', point: { g: 'season', y, s }, mod: modOf(g.mod), anchor: 'dateline', reason: y === cur.y ? 'dateline' : 'tense', explanation: `No year given: ${y === cur.y ? `the year of ${ctx.refName}` : `by ${dirWord(dir)}`}.` };
  },
};

// Decades: "the 1990s", "the '90s", "the mid-1980s", "the early 2000s"
export const decadeRule: Rule = {
  name: 'decade',
  triggers: ['decadeNumber', 'numberWord'],
  re: re(`${B}(?:the\\s+)?(?:${g('mod', MODW_WORDS)}[ -]?)?(?:${g('decade', '1[6-9]\\d0|20\\d0')}s|'${g('short', '\\d')}0s|${g('word', 'nineteen|twenty|thirty|forties|fifties|sixties|seventies|eighties|nineties')})${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    let dec: number;
    // "the 1800s", "the late 1900s": a century in common use (not the decade 1800-1809).
    if (g.decade && /00$/.test(g.decade) && +g.decade < 2000) return { type: 'DATE', point: { g: 'century', c: +g.decade / 100 }, mod: modOf(g.mod), anchor: 'absolute', explanation: `The ${g.decade}s: the century from ${g.decade} to ${+g.decade + 99}.` };
    if (g.decade) dec = Math.floor(+g.decade / 10);
    else if (g.short) { const d = +g.short; dec = Math.floor(ctx.ref.y / 100) * 10 + d; if (dec * 10 > ctx.ref.y) dec -= 10; }
    else {
      const map: Record<string, number> = { forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      const d = map[g.word.toLowerCase()];
      if (d === undefined) return null;
      dec = 190 + d; if (dec * 10 > ctx.ref.y) dec -= 10;
    }
    return { type: 'DATE', point: { g: 'decade', dec }, mod: modOf(g.mod), anchor: g.decade ? 'absolute' : 'dateline', explanation: 'A decade.' };
  },
};

// "the 1880s and '90s", "the 1960s to the '80s": a decade cut short after a decade with its century
// takes that century (the next one when it would come before: "the 1990s and '00s")
export const coordinatedShortDecadeRule: Rule = {
  name: 'coordinated-short-decade',
  triggers: ['decadeNumber'],
  re: re(`${B}(?:and|or|to|through|into)\\s+(?:the\\s+)?['’]${g('short', '\\d')}0s${E}`),
  lead: (m) => m[0].search(/['’]/),
  resolve(m, ctx) {
    const p = ctx.prev;
    if (!p || p.point.g !== 'decade' || ctx.start - p.end > 16) return null;
    let dec = Math.floor(p.point.dec / 10) * 10 + +m.groups!.short;
    if (dec <= p.point.dec) dec += 10;
    return { type: 'DATE', point: { g: 'decade', dec }, anchor: 'previous', explanation: 'A decade, in the century of the decade just mentioned.' };
  },
};

// Centuries: "the 20th century", "this century", "the twenty-first century", "the start of the
// eighteenth century" (START: the part stays in `mod`, the value the century)
export const centuryRule: Rule = {
  name: 'century',
  triggers: ['century'],
  re: re(`${B}(?:${g('part', 'the\\s+(?:beginning|start|middle|end|close|turn)\\s+of')}\\s+)?(?:the\\s+)?(?:${g('mod', MODW_WORDS)}[ -]?)?(?:${g('nth', '\\d{1,2}')}(?:st|nd|rd|th)|${g('word', ORDINAL_WORD)}|${g('rel', 'this|last|next')})[ -]century${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const nth = g.nth ? +g.nth : g.word ? ORDINAL_WORDS[g.word.toLowerCase().replace(/\s+/, ' ')] : 0;
    const c = nth ? nth - 1 : Math.floor(ctx.ref.y / 100) + relWord(g.rel);
    const part = g.part ? modOf(g.part.replace(/turn/i, 'start')) : undefined;
    return { type: 'DATE', point: { g: 'century', c }, mod: part ?? modOf(g.mod), anchor: nth ? 'absolute' : 'dateline', explanation: 'A century.' };
  },
};

// "for the year", "of the year", "the full year", "the fiscal year", "for the week": the period of the report
export const thePeriodRule: Rule = {
  name: 'the-period',
  triggers: ['unit'],
  re: re(`the(?<=\\b(?:for|of|in|during|through|throughout)\\s+the)\\s+(?:full\\s+|whole\\s+|entire\\s+|fiscal\\s+|calendar\\s+)?${g('unit', 'year|week|month')}(?:'s)?${E}(?!\\s+(?:ended|ending|before|after|earlier|ago|to)\\b)`),
  resolve(m, ctx) {
    const unit = m.groups!.unit.toLowerCase() as Unit;
    const prev = unit === 'week' ? null : prevForUnit(ctx, unit);
    const base = prev ? pointAt(pointStart(prev.point), unit) : pointAt(ymd(ctx.ref), unit);
    return { type: 'DATE', point: base, anchor: prev ? 'previous' : 'dateline', explanation: `The ${unit} being reported on.` };
  },
};

// "its full-year forecast", "full-year profit": the year being reported on, an adjective before its noun
export const fullYearRule: Rule = {
  name: 'full-year',
  triggers: ['yearPhrase'],
  re: re(`${B}full[- ]year${E}(?=\\s+[a-z])`),
  resolve(_m, ctx) {
    const prev = prevForUnit(ctx, 'year');
    const y = prev ? pointStart(prev.point).y : ctx.ref.y;
    return { type: 'DATE', point: { g: 'year', y }, anchor: prev ? 'previous' : 'dateline', explanation: `The whole year being reported on (${y}).` };
  },
};

// "year-end", "by year's end", "around year end"
export const yearEndRule: Rule = {
  name: 'year-end',
  triggers: ['yearPhrase'],
  re: re(`${B}${g('phrase', "year-end|year's end|year end|the end of the year")}${E}`),
  resolve(_m, ctx) {
    const story = storyYear(ctx);
    if (story !== null) return { type: 'DATE', point: { g: 'year', y: story }, mod: 'END', anchor: 'previous', explanation: `The end of ${story}, of the history the text is telling.` };
    const dir = ctx.direction();
    const y = dir < 0 && ctx.ref.m <= 3 ? ctx.ref.y - 1 : ctx.ref.y;
    return { type: 'DATE', point: { g: 'year', y }, mod: 'END', anchor: 'dateline', explanation: `The end of ${y}.` };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // "the april-june quarter" in lower case: month names are capitalised in English.
  {
    name: 'month-span-quarter-lowercase',
    example: 'Sales in the april-june quarter rose.',
    rules: ['month-span-quarter'],
    lowercase: ['month', 'monthEnd'],
  },
  // A bare "quarter" without "the": "each quarter", "a quarter of the vote" are no particular quarter.
  {
    name: 'the-quarter-without-the',
    example: 'Each quarter, the firm reports its sales.',
    rules: ['the-quarter'],
    unless: ['which'],
    textNot: /^the\s/i,
  },
  // A bare "the quarter" needs "in/for/during/of" before it: "the quarter was weak" may be a district.
  {
    name: 'the-quarter-without-preposition',
    example: 'The quarter was full of tourists.',
    rules: ['the-quarter'],
    unless: ['which'],
    beforeNot: [8, /\b(?:in|for|during|of)\s+$/i],
  },
  // A bare "the period" is no quarter: "in the period" names whatever period the story means.
  {
    name: 'the-quarter-bare-period',
    example: 'Prices rose in the period.',
    rules: ['the-quarter'],
    unless: ['which'],
    group: ['unit', /^period$/i],
  },
  // "latest quarter", "same period" without "the" (and not "year-ago"): a heading or a fragment.
  {
    name: 'the-quarter-which-without-the',
    example: 'Latest quarter figures disappointed.',
    rules: ['the-quarter'],
    when: ['which'],
    group: ['which', /^(?![\s\S]*year)/i],
    textNot: /^the\s/i,
  },
  // "teacher of the year", "player of the year": an award's title, not the year reported on.
  {
    name: 'the-period-award',
    example: 'She was named the state\'s teacher of the year.',
    rules: ['the-period'],
    group: ['unit', /^year$/i],
    before: [24, /\b(?:teacher|player|person|man|woman|coach|manager|athlete|rookie|album|song|book|car|film|word|team|employee|artist|driver|footballer|cricketer|sportsman|sportswoman|citizen|entrepreneur|newcomer|breakthrough|comeback|volunteer|photographer|journalist|reporter|designer|chef|dog)s?\s+of\s+$/i],
  },
  // "scored in the second half": a half of a match, not of the year (a word of sport within 160
  // characters, and no year given).
  {
    name: 'half-of-a-match',
    example: 'He scored twice in the second half.',
    rules: ['half'],
    unless: ['year', 'rel'],
    textNot: /year/i,
    around: [160, /\b(?:scor\w*|goals?|minutes?|match|game|kick-?off|penalt\w*|half-?time|touchdowns?|innings?|striker|keeper|referee|whistle|points?|header|equalis\w*|equaliz\w*|the visitors|free[- ]kick|crossbar|goalkeeper|stoppage time|shots? on target|quarterback)\b/i],
  },
  // "trailed in the second quarter", "a scoreless third quarter": a quarter of a game, not of the
  // year (a word of sport within 100 characters, and no year, no fiscal word).
  {
    name: 'quarter-of-a-game',
    example: 'The Lions scored 14 points in the second quarter.',
    rules: ['quarter'],
    unless: ['year', 'yearLead', 'yearAfter', 'ofYear', 'kind', 'kind2'],
    textNot: /year|fiscal/i,
    around: [100, /\b(?:scor(?:e|es|ed|ing)|scoreless|goals?|touchdowns?|free throws?|baskets?|trailed|halftime|half-time|overtime|quarterback|innings|buzzer|whistle|referee)\b/i],
  },
  // "the fall of the regime", "the spring of hope": a season followed by "of" is something else.
  {
    name: 'season-of',
    example: 'They celebrated the fall of the regime.',
    rules: ['season'],
    unless: ['ofYear', 'year'],
    after: [4, /^\s+of\b/],
  },
  // A bare season needs "in/during/this/..." before it: "spring cleaning", "winter storms" are not dates.
  {
    name: 'season-without-preposition',
    example: 'Winter storms closed the roads.',
    rules: ['season'],
    unless: ['mod', 'ofYear', 'year'],
    beforeNot: [12, /\b(?:in|into|during|for|by|until|till|before|after|since|over|through|throughout|this|last|next|early|late)\s+$/i],
  },
  // The same with "the end of", "the beginning of": "at the end of summer" needs a preposition too.
  // ("the early summer", "late spring": the modifier alone makes it a time of year, below.)
  {
    name: 'season-end-of-without-preposition',
    example: 'They met at the end of summer.',
    rules: ['season'],
    unless: ['ofYear', 'year'],
    group: ['mod', /^(?!early|mid|late)/i],
    beforeNot: [12, /\b(?:in|into|during|for|by|until|till|before|after|since|over|through|throughout|this|last|next|early|late)\s+$/i],
  },
  // "the Early Spring range": with a capitalised season the modifier does not make it a time of year
  // (a name), so it needs a preposition as well.
  {
    name: 'season-capitalised-without-preposition',
    example: 'Sales of the Early Spring range fell.',
    rules: ['season'],
    when: ['mod'],
    unless: ['ofYear', 'year'],
    text: /^(?!the middle of)(?:the\s+)?(?:early|mid|late)/i,
    group: ['season', /^[^a-z]/],
    beforeNot: [12, /\b(?:in|into|during|for|by|until|till|before|after|since|over|through|throughout|this|last|next|early|late)\s+$/i],
  },
  // A decade in words needs "the": "twenty people", "thirty years" are numbers, "the twenties" a decade.
  {
    name: 'decade-word-without-the',
    example: 'Twenty people were hurt.',
    rules: ['decade'],
    when: ['word'],
    textNot: /^the\s/i,
  },
];
