/**
 * Durations and sets: "for six weeks", "in two weeks", "for years", "every Monday", "twice a week", "every June".
 */
import type { Rule, Exclusion } from '../../../language';
import { Unit, pointAt, shiftDay } from '../../../calendar';
import { MONTH_FULL, NUM, PART_OF_DAY, SEASONS, UNIT, WEEKDAY, isCapitalised, monthNumber, parseCount, unitOf, weekdayNumber } from '../lexicon';
import { re, B, ymd, modOf, durationValue, capGroup, capitalWordBefore, E } from './common';

const VERB_LAST = /\b(?:will|would|to|can|could|may|might|should|must|did|does|do|not|'ll|’ll|which|that|it|they|talks|strike|ban)\s+$/i;

// "will reopen in two weeks", "results are due in two weeks' time": a date that many units after the
// reference, at the unit's grain (TimeML's reading of a future "in"); "built it in two weeks" stays a length.
export const inNUnitsRule: Rule = {
  name: 'in-n-units',
  triggers: ['unit'],
  re: re(`${B}in\\s+(${NUM})\\s+(days?|weeks?|months?|years?)((?:'s?|’s?)\\s+time)?${E}(?!\\s+(?:ago|earlier|later|before|after|of)\\b)`),
  lead: (m) => m[0].search(/\s/) + 1,
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
};

// "for six weeks", "the past two months", "the first nine months", "two-year", "a few days"
export const durationRule: Rule = {
  name: 'duration',
  triggers: ['unit'],
  re: re(`${B}(?:(more than|less than|at least|up to|just over|just under)\\s+)?(?:(the|another|an additional|a further)\\s+)?(?:(past|last|next|first|previous|coming|final|following|latest|remaining)\\s+)?(${NUM})(?:\\s+(?:more|additional|full|straight|consecutive|trading|business|working|calendar))?(?:\\s+|-(?!quarters))(${UNIT})(-long)?${E}(?!-[a-z]|\\s+old\\b|\\s+(?:ago|earlier|later|from now|hence)\\b)`),
  valid(m, text) {
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
  lead: (m, text) => (!m[1] && !m[2] && /^last$/i.test(m[3] ?? '') && VERB_LAST.test(text.slice(Math.max(0, m.index - 12), m.index)) ? m[0].indexOf(m[4], 4) : 0),
  resolve(m, ctx) {
    const n = parseCount(m[4]);
    const unitW = m[5];
    if (n === null && /^(a|an)$/i.test(m[4])) return null;
    const value = durationValue(n, unitW);
    const mod = modOf(m[1]);
    return { type: 'DURATION', value, mod, anchor: 'absolute', explanation: `A length of time (${m[4]} ${unitW}), not a point on the calendar (${ctx.refName} unused).`, anchorable: false };
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
  re: re(`(?:(${VAGUE_MOD})(?<=${VAGUE_BEFORE}(?:${VAGUE_MOD}))\\s+(${VAGUE_UNIT})|(${VAGUE_UNIT})(?<=${VAGUE_BEFORE}(?:${VAGUE_UNIT})))${E}(?!\\s+(?:ago|of|earlier|later|to come))`),
  resolve(m) {
    if (m[1]) {
      const past = /recent|past/i.test(m[1]);
      return { type: 'DATE', value: past ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dateline', explanation: `An unspecified ${past ? 'recent past' : 'near future'}.`, anchorable: false };
    }
    return { type: 'DURATION', value: durationValue(null, m[3]), anchor: 'absolute', explanation: 'An unspecified length of time.', anchorable: false };
  },
};

// Sets: "every Monday", "each year", "daily", "twice a week", "every other month"
export const setRule: Rule = {
  name: 'set',
  triggers: ['set'],
  re: re(`${B}(?:(every|each)\\s+(?:(other|second|single)\\s+)?(?:(${WEEKDAY})|(day|week|month|year|quarter|morning|evening|night|weekend|summer|winter|spring|fall))|(daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly)|(once|twice|three times|four times|\\d+ times)\\s+(?:a|an|per|each)\\s+(day|week|month|year|quarter))${E}`),
  valid(m, text) {
    if (m[3] && !isCapitalised(m[3])) return false;
    if (m[5] && !/^annually$/i.test(m[5])) {
      // "daily" as an adjective before a noun ("a daily newspaper", "quarterly dividend") is not a set
      // of times; as an adverb ("trades daily", "meets weekly in Paris") it is.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+[a-z]/.test(after) && !/^\s+(?:in|at|on|and|or|for|since|from|to|by|until|during|with|through|over|basis)\b/.test(after)) return false;
      if (isCapitalised(m[5]) && (/^\s+[A-Z]/.test(after) || capitalWordBefore(text.slice(Math.max(0, m.index - 20), m.index)))) return false;
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
};

// "every June", "each year in June", "every year in August": a month that comes back every year
export const setMonthRule: Rule = {
  name: 'set-month',
  triggers: ['set'],
  re: re(`${B}(?:every|each)\\s+(?:year\\s+in\\s+)?(${MONTH_FULL})${E}`),
  valid: capGroup(1),
  resolve: (m) => ({ type: 'SET', value: `XXXX-${String(monthNumber(m[1])).padStart(2, '0')}`, anchor: 'absolute', explanation: `Every ${m[1]}: a repeating time.`, anchorable: false }),
};

// "every 10 minutes", "every two weeks", "every three years": a repeating time, not a length of time
export const setEveryNRule: Rule = {
  name: 'set-every-n',
  triggers: ['set'],
  re: re(`${B}every\\s+(${NUM})\\s+(${UNIT})${E}`),
  valid: (m) => !/^(?:a|an|few|many|some|several|a few|numerous|a number of|a couple of)$/i.test(m[1]),
  resolve(m) {
    const n = parseCount(m[1]);
    if (n === null) return null;
    return { type: 'SET', value: durationValue(n, m[2]), anchor: 'absolute', explanation: `Every ${m[1]} ${m[2]}: a repeating time.`, anchorable: false };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [];
