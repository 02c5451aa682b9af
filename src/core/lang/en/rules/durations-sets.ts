/**
 * Durations and sets: "for six weeks", "in two weeks", "for years", "every Monday", "twice a week", "every June".
 */
import type { Rule, Exclusion } from '../../../language';
import { Unit, pointAt, shiftDay } from '../../../calendar';
import { MONTH_FULL, NUM, PART_OF_DAY, SEASONS, UNIT, WEEKDAY, isCapitalised, monthNumber, parseCount, unitOf, weekdayNumber } from '../lexicon';
import { re, B, ymd, modOf, durationValue, capitalWordBefore, E, g } from './common';

const VERB_LAST = /\b(?:will|would|to|can|could|may|might|should|must|did|does|do|not|'ll|’ll|which|that|it|they|talks|strike|ban)\s+$/i;

// "will reopen in two weeks", "results are due in two weeks' time": a date that many units after the
// reference, at the unit's grain (TimeML's reading of a future "in"); "built it in two weeks" stays a length.
export const inNUnitsRule: Rule = {
  name: 'in-n-units',
  triggers: ['unit'],
  re: re(`${B}in\\s+${g('count', NUM)}\\s+${g('unit', 'days?|weeks?|months?|years?')}${g('time', "(?:'s?|’s?)\\s+time")}?${E}(?!\\s+(?:ago|earlier|later|before|after|of)\\b)`),
  lead: (m) => m[0].search(/\s/) + 1,
  resolve(m, ctx) {
    const g = m.groups!;
    const n = parseCount(g.count);
    const unitW = g.unit.toLowerCase();
    const unit = unitOf(unitW) as Unit;
    const future = !!g.time || ctx.direction() > 0;
    if (n === null || !Number.isInteger(n) || !future) {
      return { type: 'DURATION', value: durationValue(n, unitW), anchor: 'absolute', explanation: `A length of time (${g.count} ${unitW}), not a point on the calendar.`, anchorable: false };
    }
    return { type: 'DATE', point: pointAt(shiftDay(ymd(ctx.ref), unit, n), unit), anchor: 'dateline', explanation: `${g.count[0].toUpperCase()}${g.count.slice(1)} ${unitW} after ${ctx.refName}, at the ${unit}'s grain.` };
  },
};

// "for six weeks", "the past two months", "the first nine months", "two-year", "a few days"
export const durationRule: Rule = {
  name: 'duration',
  triggers: ['unit'],
  re: re(`${B}(?:${g('mod', 'more than|less than|at least|up to|just over|just under')}\\s+)?(?:${g('det', 'the|another|an additional|a further')}\\s+)?(?:${g('rel', 'past|last|next|first|previous|coming|final|following|latest|remaining')}\\s+)?${g('count', NUM)}(?:\\s+(?:more|additional|full|straight|consecutive|trading|business|working|calendar))?(?:\\s+|-(?!quarters))${g('unit', UNIT)}${g('long', '-long')}?${E}(?!-[a-z]|\\s+old\\b|\\s+(?:ago|earlier|later|from now|hence)\\b)`),
  // "will last 60 days": "last" is the verb, not part of the expression.
  lead: (m, text) => {
    const g = m.groups!;
    return !g.mod && !g.det && /^last$/i.test(g.rel ?? '') && VERB_LAST.test(text.slice(Math.max(0, m.index - 12), m.index)) ? m[0].indexOf(g.count, 4) : 0;
  },
  resolve(m, ctx) {
    const g = m.groups!;
    const n = parseCount(g.count);
    const unitW = g.unit;
    if (n === null && /^(a|an)$/i.test(g.count)) return null;
    const value = durationValue(n, unitW);
    const mod = modOf(g.mod);
    return { type: 'DURATION', value, mod, anchor: 'absolute', explanation: `A length of time (${g.count} ${unitW}), not a point on the calendar (${ctx.refName} unused).`, anchorable: false };
  },
};

const VAGUE_BEFORE = '\\b(?:for|over|in|within|took|take|lasted)\\s+';
const VAGUE_MOD = 'recent|coming|the coming|the past|past';
const VAGUE_UNIT = 'years|decades|months|weeks|days|hours|centuries';

// Vague plural durations: "for years", "for decades", "in recent years" (the latter is PAST_REF)
export const vagueDurationRule: Rule = {
  name: 'vague-duration',
  triggers: ['unit'],
  // The word before ("for", "in") is asked for after the first word has matched, never at every position.
  re: re(`(?:${g('mod', VAGUE_MOD)}(?<=${VAGUE_BEFORE}(?:${VAGUE_MOD}))\\s+${g('unit', VAGUE_UNIT)}|${g('unitAlone', VAGUE_UNIT)}(?<=${VAGUE_BEFORE}(?:${VAGUE_UNIT})))${E}(?!\\s+(?:ago|of|earlier|later|to come))`),
  resolve(m) {
    const g = m.groups!;
    if (g.mod) {
      const past = /recent|past/i.test(g.mod);
      return { type: 'DATE', value: past ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dateline', explanation: `An unspecified ${past ? 'recent past' : 'near future'}.`, anchorable: false };
    }
    return { type: 'DURATION', value: durationValue(null, g.unitAlone), anchor: 'absolute', explanation: 'An unspecified length of time.', anchorable: false };
  },
};

// Sets: "every Monday", "each year", "daily", "twice a week", "every other month"
export const setRule: Rule = {
  name: 'set',
  triggers: ['set'],
  re: re(`${B}(?:${g('every', 'every|each')}\\s+(?:${g('other', 'other|second|single')}\\s+)?(?:${g('weekday', WEEKDAY)}|${g('unit', 'day|week|month|year|quarter|morning|evening|night|weekend|summer|winter|spring|fall')})|${g('adverb', 'daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly')}|${g('times', 'once|twice|three times|four times|\\d+ times')}\\s+(?:a|an|per|each)\\s+${g('per', 'day|week|month|year|quarter')})${E}`),
  valid(m, text) {
    // "Daily Mail", "the Weekly Standard" after a capitalised word: a name. Kept here, not in the
    // exclusions: capitalWordBefore reads the word before once from the end, which a window's regular
    // expression (/[A-Z][\w.]*\s+$/, tried at every position) cannot do in linear time. (A capital
    // after it is the exclusion set-adverb-before-name.)
    const adverb = m.groups!.adverb;
    return !(adverb && !/^annually$/i.test(adverb) && isCapitalised(adverb) && capitalWordBefore(text.slice(Math.max(0, m.index - 20), m.index)));
  },
  resolve(m) {
    const g = m.groups!;
    const every = (g.other && /other|second/i.test(g.other)) ? 2 : 1;
    if (g.weekday) return { type: 'SET', value: `XXXX-WXX-${(weekdayNumber(g.weekday) + 6) % 7 + 1}`, anchor: 'absolute', explanation: `Every ${g.weekday}: a repeating time.`, anchorable: false };
    if (g.unit) {
      const w = g.unit.toLowerCase();
      if (w in PART_OF_DAY) return { type: 'SET', value: `T${PART_OF_DAY[w]}`, anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
      if (w in SEASONS) return { type: 'SET', value: `XXXX-${SEASONS[w]}`, anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
      if (w === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE', anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
      return { type: 'SET', value: durationValue(every, w), anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
    }
    if (g.adverb) {
      const map: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D', hourly: 'PT1H', quarterly: 'P1Q', biweekly: 'P2W' };
      return { type: 'SET', value: map[g.adverb.toLowerCase()], anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
    }
    return { type: 'SET', value: durationValue(1, g.per), anchor: 'absolute', explanation: 'A repeating time.', anchorable: false };
  },
};

// "every June", "each year in June", "every year in August": a month that comes back every year
export const setMonthRule: Rule = {
  name: 'set-month',
  triggers: ['set'],
  re: re(`${B}(?:every|each)\\s+(?:year\\s+in\\s+)?${g('month', MONTH_FULL)}${E}`),
  resolve(m) {
    const g = m.groups!;
    return { type: 'SET', value: `XXXX-${String(monthNumber(g.month)).padStart(2, '0')}`, anchor: 'absolute', explanation: `Every ${g.month}: a repeating time.`, anchorable: false };
  },
};

// "every 10 minutes", "every two weeks", "every three years": a repeating time, not a length of time
export const setEveryNRule: Rule = {
  name: 'set-every-n',
  triggers: ['set'],
  re: re(`${B}every\\s+${g('count', NUM)}\\s+${g('unit', UNIT)}${E}`),
  resolve(m) {
    const g = m.groups!;
    const n = parseCount(g.count);
    if (n === null) return null;
    return { type: 'SET', value: durationValue(n, g.unit), anchor: 'absolute', explanation: `Every ${g.count} ${g.unit}: a repeating time.`, anchorable: false };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // "60 Minutes", "48 Hours": a capitalised unit (not a headline in capitals) is a title.
  {
    name: 'duration-title',
    example: 'He was interviewed on 60 Minutes last night.',
    rules: ['duration'],
    group: ['unit', /^[A-Z][^a-z]*[a-z]/],
  },
  // "a day" / "a year" alone is mostly a rate ("twice a day") or idiom ("a day to remember"); keep it
  // only after a duration cue ("for a year", "took a week").
  {
    name: 'duration-a-unit-without-cue',
    example: 'It was a day to remember.',
    rules: ['duration'],
    group: ['count', /^an?$/i],
    unless: ['rel', 'det', 'mod'],
    beforeNot: [10, /\b(?:for|in|within|after|over|than|about|nearly|almost|lasted|last|spent|took|takes|nearly|during)\s+$/i],
  },
  // "every monday" in lower case is not the weekday in edited copy (which capitalises weekday names);
  // informal text writes "every mon".
  {
    name: 'set-lowercase-weekday',
    example: 'They sang every sunday.',
    rules: ['set'],
    lowercase: ['weekday'],
    informal: false,
  },
  // "daily" as an adjective before a noun ("a daily newspaper", "quarterly dividend") is not a set
  // of times; as an adverb ("trades daily", "meets weekly in Paris") it is.
  {
    name: 'set-adverb-before-noun',
    example: 'The firm pays a quarterly dividend.',
    rules: ['set'],
    group: ['adverb', /^(?!annually$)/i],
    after: [12, /^\s+[a-z]/],
    afterNot: [12, /^\s+(?:in|at|on|and|or|for|since|from|to|by|until|during|with|through|over|basis)\b/],
  },
  // "the business daily Nikkei", "Daily Mail": a capitalised word after it makes it a name.
  {
    name: 'set-adverb-before-name',
    example: 'The business daily Nikkei reported the deal.',
    rules: ['set'],
    group: ['adverb', /^(?!annually$)/i],
    after: [12, /^\s+[A-Z]/],
  },
  // "said the Communist Party daily.", "the business daily,": a newspaper named by what it is.
  {
    name: 'set-the-daily',
    example: 'The report ran in the financial daily.',
    rules: ['set'],
    group: ['adverb', /^(?!annually$)/i],
    before: [12, /\b(?:the|a|party|business|financial|national|local|state|government|official|morning|evening)\s+$/i],
    after: [12, /^\s*(?:[,.;]|$)/],
  },
  // "every june" in lower case is not the month: month names are capitalised in English.
  {
    name: 'set-month-lowercase',
    example: 'She visits every june.',
    rules: ['set-month'],
    lowercase: ['month'],
  },
  // "every few minutes", "every several weeks": no number to repeat by.
  {
    name: 'set-every-vague-count',
    example: 'The bus comes every few minutes.',
    rules: ['set-every-n'],
    group: ['count', /^(?:a|an|few|many|some|several|a few|numerous|a number of|a couple of)$/i],
  },
];
