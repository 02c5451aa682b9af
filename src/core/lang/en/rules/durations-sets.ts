/**
 * Durations and sets: "for six weeks", "in two weeks", "for years", "every Monday", "twice a week", "every June".
 */
import type { Rule, Exclusion } from '../../../language';
import { Unit, pointAt, shiftDay } from '../../../calendar';
import { MONTH_FULL, NUM, NUM_WORD_RE, PART_OF_DAY, SEASONS, UNIT, WEEKDAY, WEEKDAY_FULL, isCapitalised, monthNumber, parseCount, unitOf, weekdayNumber } from '../lexicon';
import { re, B, ymd, modOf, durationValue, capitalWordBefore, E, g, NOT_FULL_WEEKDAY } from './common';

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

// Quantifiers and approximators stand inside the span and set `mod` (TimeML): "about 11 hours",
// "nearly two years", "under a minute", "no more than 60 days", "a little over four hours".
const DURATION_MOD = 'more than|less than|fewer than|no more than|no less than|not more than|at least|at most|up to|just over|just under'
  + '|a little over|a little more than|well over|well under|upwards of|close to|nearly|almost|about|around|roughly|approximately|some|over|under';
// Of these, the ones that are also prepositions ("over the past year"): inside only right before the count.
const PREPOSITION_MOD = /^(?:over|under|around|about|some)$/i;
// "over"/"under" bound a length only after a word of lasting ("for over two years", "in under a
// minute", "lasted over a week"); after a noun they are the preposition ("a rise over 24 months").
const BOUND_CUE = /\b(?:for|in|within|than|last|lasts|lasted|lasting|take|takes|took|taking|spent|spend|after|of)\s+$/i;
const bareBound = (mod: string | undefined) => !!mod && /^(?:over|under)$/i.test(mod);

// "for six weeks", "the past two months", "the first nine months", "two-year", "a few days", "a year and a half"
export const durationRule: Rule = {
  name: 'duration',
  triggers: ['unit'],
  re: re(`${B}(?:${g('mod', DURATION_MOD)}\\s+)?(?:${g('det', 'the|another|an additional|a further')}\\s+)?(?:${g('rel', 'past|last|next|first|previous|coming|final|following|latest|remaining')}\\s+)?${g('count', NUM)}${g('plus', '\\+')}?(?:\\s+(?:more|additional|full|straight|consecutive|trading|business|working|calendar))?${g('sep', '\\s+|-(?!quarters)')}${g('unit', UNIT)}${g('half', '\\s+and\\s+a\\s+half')}?${g('long', '-long')}?${E}(?!-[a-z]|\\s+old\\b|\\s+(?:ago|from now|hence)\\b)`),
  lead: (m, text) => {
    const g = m.groups!;
    // "will last 60 days": "last" is the verb, not part of the expression.
    if (!g.mod && !g.det && /^last$/i.test(g.rel ?? '') && VERB_LAST.test(text.slice(Math.max(0, m.index - 12), m.index))) return m[0].indexOf(g.count, 4);
    // "over the past year", "a rise over 24 months": "over" is the preposition.
    const prep = !!g.mod && ((PREPOSITION_MOD.test(g.mod) && !!(g.det || g.rel)) || (bareBound(g.mod) && !BOUND_CUE.test(text.slice(Math.max(0, m.index - 10), m.index))));
    const skip = prep ? g.mod.length + m[0].slice(g.mod.length).search(/\S/) : 0;
    // "a day-long meeting": "a" is the meeting's.
    if (g.long && /^an?$/i.test(g.count)) return m[0].indexOf(g.unit, skip + 1);
    // "the 14-day waiting period", "the two day rally": the unit is an adjective of the noun that
    // follows, and "the" belongs to that noun (as TBAQ marks "14-day", "eight-year").
    if (g.det && /^the$/i.test(g.det) && !g.rel && (g.sep === '-' || (!/s$/i.test(g.unit) && parseCount(g.count) !== 1))) return m[0].indexOf(g.count, skip + g.det.length);
    return skip;
  },
  resolve(m, ctx) {
    const g = m.groups!;
    let n = parseCount(g.count);
    const unitW = g.unit;
    if (n === null && /^(a|an)$/i.test(g.count)) return null;
    if (g.half) {
      if (n === null) return null;
      n += 0.5;
    }
    const value = durationValue(n, unitW);
    // The span (lead) has left a preposition out; `mod` follows it.
    const inSpan = !!g.mod && ctx.start === m.index;
    // "5+ hrs": at least five hours, as notes write it.
    const mod = g.plus ? 'EQUAL_OR_MORE' : modOf(inSpan ? g.mod : undefined);
    return { type: 'DURATION', value, mod, anchor: 'absolute', explanation: `A length of time (${m[0].trim()}), not a point on the calendar (${ctx.refName} unused).`, anchorable: false };
  },
};

// "10-12 hours", "three to five years", "between two and four weeks", "two or three days": a range of
// lengths is two expressions (TimeML marks each number with its unit): the first number alone takes the
// unit written after the second (unit-range-start); the second with its unit is an expression too,
// though a dash comes before it (unit-range-end: the duration rule leaves a number after a dash alone).
const RANGE_COUNT = `(?:\\d{1,3}(?:\\.\\d+)?|${NUM_WORD_RE}(?:-${NUM_WORD_RE})?)`;
const UNIT_RANGE = `${B}${g('count', RANGE_COUNT)}\\s*${g('to', '-|–|to|or|and')}\\s*${g('count2', RANGE_COUNT)}\\s+${g('unit', UNIT)}${E}(?!-[a-z]|\\s+old\\b|\\s+(?:ago|from now|hence)\\b)`;
/** The two numbers of a range of lengths, the second the larger ("10-12", "three to five"; not "9-11", a score "3-1"). */
function unitRange(m: RegExpExecArray): { n1: number; n2: number } | null {
  const g = m.groups!;
  const n1 = parseCount(g.count), n2 = parseCount(g.count2);
  if (n1 === null || n2 === null || n2 <= n1) return null;
  return { n1, n2 };
}
/** "and" makes a range only after "between" ("between three and five years"; "two and four years" is none). */
const rangeWord = (m: RegExpExecArray, text: string) => !/^and$/i.test(m.groups!.to) || /\bbetween\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index));
/**
 * One of the two rules of a range of lengths: the same pattern and checks, the first length's span
 * (the first number alone) or the second's (the second number and the unit).
 */
function unitRangeRule(which: 'start' | 'end'): Rule {
  const first = which === 'start';
  return {
    name: `unit-range-${which}`,
    triggers: ['unit'],
    re: re(UNIT_RANGE),
    valid: (m, text) => unitRange(m) !== null && rangeWord(m, text),
    ...(first
      ? { trail: (m: RegExpExecArray) => m[0].length - m.groups!.count.length }
      : { lead: (m: RegExpExecArray) => m[0].lastIndexOf(m.groups!.count2, m[0].length - m.groups!.unit.length) }),
    resolve(m) {
      const r = unitRange(m);
      if (!r) return null;
      const explanation = first ? `The first length of a range (${m[0].trim()}), in the unit given after the second.` : `The second length of a range (${m[0].trim()}).`;
      return { type: 'DURATION', value: durationValue(first ? r.n1 : r.n2, m.groups!.unit), anchor: 'absolute', anchorable: false, explanation };
    },
  };
}
export const unitRangeStartRule = unitRangeRule('start');
export const unitRangeEndRule = unitRangeRule('end');

// "half a century", "a quarter of a century", "a quarter century", "half an hour", "a half-century":
// a fraction of a unit, as the length it is (P50Y, P25Y, PT30M); "half a century ago" is the year that
// far back.
const FRACTION_UNITS: Record<string, { half: string; quarter?: string; years?: number }> = {
  century: { half: 'P50Y', quarter: 'P25Y', years: 100 }, decade: { half: 'P5Y', years: 10 }, year: { half: 'P6M', quarter: 'P3M', years: 1 },
  day: { half: 'PT12H' }, hour: { half: 'PT30M', quarter: 'PT15M' }, minute: { half: 'PT30S' },
};
export const fractionDurationRule: Rule = {
  name: 'fraction-duration',
  triggers: ['period'],
  requires: ['unit'],
  re: re(`${B}(?:${g('mod', `${DURATION_MOD}|nearly|almost|about|around|roughly|some|over|more than`)}\\s+)?(?:${g('half', 'half')}\\s+an?\\s+|(?:an?|one)\\s+(?:${g('half2', 'half')}|${g('quarter', 'quarter')})(?:\\s+of\\s+an?\\s+|[-\\s]))${g('unit', 'century|decade|year|day|hour|minute')}(?:\\s+${g('ago', 'ago')})?${E}(?!-)`),
  resolve(m, ctx) {
    const g = m.groups!;
    const u = FRACTION_UNITS[g.unit.toLowerCase()];
    const value = g.quarter ? u.quarter : u.half;
    if (!value) return null;
    const mod = modOf(g.mod);
    if (g.ago) {
      const n = u.years === undefined ? undefined : (g.quarter ? 0.25 : 0.5) * u.years;
      if (n === undefined || !Number.isInteger(n)) return null;
      return { type: 'DATE', point: { g: 'year', y: ctx.ref.y - n }, mod, anchor: 'dateline', explanation: `${n} years before ${ctx.refName}.` };
    }
    return { type: 'DURATION', value, mod, anchor: 'absolute', anchorable: false, explanation: `A length of time (${m[0].trim()}), not a point on the calendar.` };
  },
};

// The unit run on to the number, as posts write it: "5hrs", "16days", "1.5hrs" (read as the duration
// rule reads "5 hrs"; its own pattern keeps both linear to the ReDoS checker)
export const gluedDurationRule: Rule = {
  name: 'duration-glued',
  triggers: ['unit'],
  re: re(`${B}${g('count', '\\d{1,3}(?:\\.\\d+)?')}${g('unit', UNIT)}${E}(?!-[a-z]|\\s+old\\b|\\s+(?:ago|from now|hence)\\b)`),
  resolve: (m, ctx) => durationRule.resolve(m, ctx),
};

// "a decades-long feud", "a day-long meeting", "a yearlong inquiry", "another year of deadlock", "all
// day", "the whole week": lengths of time with no number, one unit (P1D) or an unstated count (PXDE).
export const unitLengthRule: Rule = {
  name: 'unit-length',
  triggers: ['unit'],
  re: re(`${B}(?:${g('long', 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries')}-long|${g('joined', 'hour|week|month|year')}long`
    + `|${g('whole', 'another|an additional|a further|all|the whole|the entire|an entire|a whole')}\\s+${g('unit', 'day|week|month|year|decade|weekend')})${E}(?!-)`),
  resolve(m) {
    const g = m.groups!;
    const unit = g.long ?? g.joined ?? g.unit;
    const value = durationValue(/s$/i.test(unit) ? null : 1, unit);
    return { type: 'DURATION', value, anchor: 'absolute', explanation: `A length of time (${m[0]}), not a point on the calendar.`, anchorable: false };
  },
};

/** Words that are no plain adjective before "day" or "week": other expressions' ("the same day", "a two-day", "a single day") and function words. */
const UNIT_NOT_ADJ = 'same|next|following|previous|prior|other|single|first|second|third|fourth|fifth|last|final|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|half'
  + '|and|but|nor|of|in|at|on|to|for|with|from|by|is|was|are|were|that|this|his|her|their|its|our|my|your|whole|entire|full';
const UNIT_ADJ = `(?!(?:${UNIT_NOT_ADJ})\\s)[a-z]{3,12}`;

// "a very long day", "a fun day out", "a wonderful month having you here": one unit that a post
// describes, a length of one day, week or month (TimeML's DURATION: P1D). Only before the end of a
// clause or a word that does not make the unit a noun's modifier or a characterisation ("a day to
// remember", "a great day for the country", "a school day bus" are not measured). The span is the
// unit alone, as TimeML keeps out adjectives that are not temporal.
export const describedUnitRule: Rule = {
  name: 'described-unit',
  triggers: ['unit'],
  re: re(`${B}an?\\s+${g('adj', `${UNIT_ADJ}(?:\\s+${UNIT_ADJ})?`)}\\s+${g('unit', 'day|week|month')}${E}`
    + `(?=\\s*(?:[.,!?;:)…~]|[-–—]\\s|$)|\\s+(?:in|at|with|out|off|and|of|[a-z]+ing|[#@]|https?:)(?![A-Za-z]))`),
  lead: (m) => m[0].length - m.groups!.unit.length,
  resolve(m) {
    const unit = m.groups!.unit;
    return { type: 'DURATION', value: durationValue(1, unit), anchor: 'absolute', explanation: `One ${unit.toLowerCase()} as a length of time, not a point on the calendar.`, anchorable: false };
  },
};

const VAGUE_BEFORE = '\\b(?:for|over|in|within|took|take|lasted)\\s+';
const VAGUE_UNIT = 'years|decades|months|weeks|days|hours|minutes|seconds|quarters|centuries';

// Vague plural durations: "for years", "for decades", "in recent months", "the coming days", "the weeks
// ahead", "over the years", "minutes before the call" (a length of unstated size: PXY, PXM, PTXM).
// "Recent" and "coming" with a plural unit measure a stretch up to or from now, which TimeML marks as a
// DURATION (TBAQ mostly does, and so does our modern news); "in past years" stays the vague past.
export const vagueDurationRule: Rule = {
  name: 'vague-duration',
  triggers: ['unit'],
  // The word before ("for", "in") is asked for after the first word has matched, never at every position.
  re: re(`${B}(?:${g('past', 'the past|past')}(?<=${VAGUE_BEFORE}(?:the past|past))\\s+${g('pastUnit', VAGUE_UNIT)}`
    + `|(?:the\\s+)?(?:recent|coming)\\s+${g('nearUnit', VAGUE_UNIT)}`
    + `|the(?<=\\b(?:over|through|throughout)\\s+the)\\s+${g('theUnit', VAGUE_UNIT)}`
    + `|the\\s+${g('aheadUnit', VAGUE_UNIT)}\\s+ahead`
    + `|${g('unitAlone', VAGUE_UNIT)}(?:(?<=${VAGUE_BEFORE}(?:${VAGUE_UNIT}))|(?=\\s+(?:before|after)\\s+[a-z])))${E}(?!\\s+(?:ago|of|earlier|later|to come))`),
  // "2015 DAYS BEFORE": a number before the unit is the duration rule's, or no count at all. "In the
  // weeks before the vote" names the period before it (TBAQ marks a DATE there), not a length.
  valid: (m, text) => !m.groups!.unitAlone || !/(?:\d|\bthe)\s*$/i.test(text.slice(Math.max(0, m.index - 5), m.index)),
  resolve(m) {
    const g = m.groups!;
    if (g.past) return { type: 'DATE', value: 'PAST_REF', anchor: 'dateline', explanation: 'An unspecified recent past.', anchorable: false };
    const unit = g.nearUnit ?? g.theUnit ?? g.aheadUnit ?? g.unitAlone;
    return { type: 'DURATION', value: durationValue(null, unit), anchor: 'absolute', explanation: 'An unspecified length of time.', anchorable: false };
  },
};

const SET_ADVERBS: Record<string, { value: string; freq?: string }> = {
  daily: { value: 'P1D' }, weekly: { value: 'P1W' }, monthly: { value: 'P1M' }, annually: { value: 'P1Y' }, yearly: { value: 'P1Y' },
  // "nightly": every night, a part of the day that comes back (as "every night"), not a day's period.
  nightly: { value: 'XXXX-XX-XXTNI' }, hourly: { value: 'PT1H' }, quarterly: { value: 'P1Q' }, biweekly: { value: 'P2W' }, fortnightly: { value: 'P2W' },
  biannually: { value: 'P1Y', freq: '2X' }, semiannually: { value: 'P1Y', freq: '2X' },
};
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** A weekday's TIMEX3 week pattern ("Tuesday" XXXX-WXX-2), with a part of the day if one is given. */
const weekdaySet = (weekday: string, pod: string | undefined) => `XXXX-WXX-${(weekdayNumber(weekday) + 6) % 7 + 1}${pod ? `T${PART_OF_DAY[pod.toLowerCase().replace(/s$/, '')]}` : ''}`;

// Sets: "every Monday", "every Tuesday evening", "each year", "daily", "twice a week", "every other month"
export const setRule: Rule = {
  name: 'set',
  triggers: ['set'],
  re: re(`${B}(?:${g('every', 'every|each')}\\s+(?:${g('other', 'other|second|single')}\\s+)?(?:${g('weekday', WEEKDAY)}(?:\\s+${g('pod', 'morning|afternoon|evening|night')})?|${g('unit', 'day|week|fortnight|month|year|quarter|decade|hour|minute|min|second|morning|afternoon|evening|night|weekend|summer|winter|spring|fall|autumn')})|${g('adverb', Object.keys(SET_ADVERBS).join('|'))}|${g('times', 'once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:times|nights|days|evenings|mornings)|\\d{1,2}x')}\\s+(?:a|an|per|each|every)\\s+${g('per', 'day|week|month|year|quarter|hour|minute')})${E}`),
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
    const quant = g.every ? g.every.toUpperCase() : undefined;
    const set = (value: string, extra: { freq?: string } = {}) => ({ type: 'SET' as const, value, quant, ...extra, anchor: 'absolute' as const, explanation: 'A repeating time.', anchorable: false });
    if (g.weekday) return { ...set(weekdaySet(g.weekday, g.pod)), explanation: `Every ${g.weekday}${g.pod ? ` ${g.pod.toLowerCase()}` : ''}: a repeating time.` };
    if (g.unit) {
      const w = g.unit.toLowerCase();
      // "every morning": the part of any day (XXXX-XX-XXTMO), as TimeML writes a part of the day that repeats.
      if (w in PART_OF_DAY) return set(`XXXX-XX-XXT${PART_OF_DAY[w]}`);
      if (w in SEASONS) return set(`XXXX-${SEASONS[w]}`);
      if (w === 'weekend') return set('XXXX-WXX-WE');
      return set(durationValue(every, w));
    }
    if (g.adverb) {
      const a = SET_ADVERBS[g.adverb.toLowerCase()];
      return set(a.value, { freq: a.freq });
    }
    // "twice a week": the period, with the number of times in `freq` (2X).
    const t = g.times.toLowerCase();
    const k = t in TIMES ? TIMES[t] : /^\d+x$/.test(t) ? parseInt(t, 10) : parseCount(t.split(/\s/)[0]);
    return set(durationValue(1, g.per), { freq: k ? `${k}X` : undefined });
  },
};

// "on Sundays", "Tuesday evenings", "Monday and Tuesday nights": a plural weekday is a habit, a SET.
export const setWeekdaysRule: Rule = {
  name: 'set-weekdays',
  triggers: ['set', 'weekday', 'weekdayPlural'],
  re: re(`${B}(?:${g('plural', 'Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays')}|${g('weekday', WEEKDAY)}\\s+${g('pod', 'mornings|afternoons|evenings|nights')}|${g('weekends', 'weekends')}(?<=\\b(?:on|at|over|during)\\sweekends)|the(?<=\\bin\\sthe)\\s+${g('pods', 'mornings|afternoons|evenings')})${E}(?!['’])`),
  resolve(m) {
    const g = m.groups!;
    // "worked on weekends", "only in the afternoons": every weekend, the part of every day.
    if (g.weekends) return { type: 'SET', value: 'XXXX-WXX-WE', anchor: 'absolute', explanation: 'Every weekend: a repeating time.', anchorable: false };
    const pod = g.pods?.toLowerCase().slice(0, -1);
    if (pod) return { type: 'SET', value: `XXXX-XX-XXT${PART_OF_DAY[pod]}`, anchor: 'absolute', explanation: `Every ${pod}: a repeating time.`, anchorable: false };
    const day = g.plural ? g.plural.slice(0, -1) : g.weekday;
    return { type: 'SET', value: weekdaySet(day, g.pod), anchor: 'absolute', explanation: `Every ${day}${g.pod ? ` ${g.pod.toLowerCase().replace(/s$/, '')}` : ''}: a repeating time.`, anchorable: false };
  },
};

// "every Monday, Wednesday and Friday", "every mon, wed, thur": each weekday of a list after "every" is
// a set of its own (the first is the set rule's), not this week's day.
export const setWeekdayListRule: Rule = {
  name: 'set-weekday-list',
  triggers: ['set'],
  requires: ['weekday'],
  re: re(`(?=[mtwfs])(?<=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?(?:[ \\t]?[,&][ \\t]?|,?[ \\t](?:and|or)[ \\t]))${g('weekday', WEEKDAY)}${E}`),
  // The list before it is of weekdays only, and "every" opens it (read word by word, back from the match).
  valid(m, text) {
    const words = text.slice(Math.max(0, m.index - 80), m.index).split(/[\s,&]+/).filter((w) => w !== '').reverse();
    for (const w of words) {
      if (/^every$/i.test(w)) return true;
      if (weekdayNumber(w) < 0 && !/^(?:and|or)$/i.test(w)) return false;
    }
    return false;
  },
  resolve(m) {
    const day = m.groups!.weekday;
    return { type: 'SET', value: weekdaySet(day, undefined), anchor: 'absolute', explanation: `Every ${day}, in a list after "every": a repeating time.`, anchorable: false };
  },
};

// "480 deaths a day", "29,000 jobs a month", "$1 billion a year", "3% a year" ("3% a yr" in notes): a
// rate, counted per period, is a SET of that period (TimeML), when a quantity stands just before it.
export const setRateRule: Rule = {
  name: 'set-rate',
  triggers: ['unit'],
  // Not "per hour": "2 inches per hour", "60 miles an hour" are speeds, which TimeML leaves out.
  re: re(`${B}${g('per', 'a|an|per')}\\s+${g('unit', 'day|week|month|year|wk|yr')}${E}(?![-'’]|\\s+(?:ago|earlier|later|before|after|of|or|and|off)\\b)`),
  valid(m, text) {
    const before = text.slice(Math.max(0, m.index - 48), m.index);
    // A number just before ("480 deaths", "$1 billion", "3%", "hundreds of interviews"), within a few
    // words, and not a length that a duration cue introduces ("for a year", "twice a day" are others').
    return QUANTITY_BEFORE.test(before) && !RATE_CUE_BEFORE.test(before);
  },
  resolve(m) {
    const g = m.groups!;
    return { type: 'SET', value: durationValue(1, g.unit), anchor: 'absolute', explanation: `Per ${unitOf(g.unit)}: a rate, a repeating time.`, anchorable: false };
  },
};
/** A quantity ends the text before a rate: a number (digits, %, "billion", "dozens of") and at most three words. */
const QUANTITY_BEFORE = /(?:\d%?|\b(?:hundred|thousand|million|billion|trillion|dozen)s?(?:\s+of)?)(?:\s+[a-z][\w-]*){0,3}\s+$/i;
/** Words before "a day" that make it a length or a count of times, not a rate. */
const RATE_CUE_BEFORE = /\b(?:for|in|within|after|over|than|about|nearly|almost|lasted|last|spent|took|takes|take|during|once|twice|thrice|times|hours|minutes|days|weeks)\s+$/i;

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

// "the first Monday of every month", "the last Friday of each month": a repeating day, one a month
// (TIMEX3 has no pattern for the nth weekday: the value is the period, P1M, with its quant)
export const setNthWeekdayRule: Rule = {
  name: 'set-nth-weekday',
  triggers: ['set'],
  requires: ['weekday'],
  re: re(`${B}the\\s+${g('nth', 'first|second|third|fourth|last|final|1st|2nd|3rd|4th')}\\s+${g('wd', WEEKDAY_FULL)}\\s+of\\s+${g('every', 'every|each')}\\s+month${E}`),
  resolve(m) {
    const g = m.groups!;
    return { type: 'SET', value: 'P1M', quant: g.every.toUpperCase(), anchor: 'absolute', explanation: `The ${g.nth.toLowerCase()} ${g.wd} of every month: a repeating time.`, anchorable: false };
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
    rules: ['duration', 'duration-glued'],
    group: ['unit', /^[A-Z][^a-z]*[a-z]/],
  },
  // "#10yrs": a hashtag tags a post, it measures nothing.
  {
    name: 'duration-hashtag',
    example: 'Still running XP! #10yrs',
    rules: ['duration-glued'],
    before: [1, /#$/],
  },
  // "a day" / "a year" alone is mostly a rate ("twice a day") or idiom ("a day to remember"); keep it
  // only after a duration cue ("for a year", "took a week").
  {
    name: 'duration-a-unit-without-cue',
    example: 'It was a day to remember.',
    rules: ['duration'],
    group: ['count', /^an?$/i],
    unless: ['rel', 'det', 'mod'],
    // (nor the end of a range of lengths: "another six months to a year", "two weeks or a month")
    beforeNot: [24, /\b(?:for|in|within|after|over|than|about|nearly|almost|barely|just|only|lasted|last|spent|spend|took|takes|take|taking|wait|waited|during|give it|gave it|given it)\s+$|\b(?:days|weeks|months|years|hours|minutes)\s+(?:to|or)\s+$/i],
    // "an hour later" with no clock time to count from, "a day before the vote": a length (the offset rule's otherwise).
    afterNot: [10, /^\s+(?:later|earlier|sooner|before|after)\b/i],
  },
  // "for a second time", "a second drift expedition": the ordinal before its noun, not one second
  // ("for a second, nothing moved", "a second later" stay).
  {
    name: 'duration-a-second-ordinal',
    example: 'The city was besieged for a second time.',
    rules: ['duration'],
    group: ['unit', /^second$/i],
    when: ['count'],
    text: /^an?\s/i,
    after: [16, /^[ \t]+(?!(?:later|earlier|sooner|longer|or|and|before|after|ago|too|more|left)\b)[a-z]/i],
  },
  // "more than a quarter of the market", "three quarters of voters": a fraction of a thing, not three
  // months. Only the counts of a fraction: "several quarters of losses" is a length; "a quarter of an
  // hour", "a quarter of a century" are still time.
  {
    name: 'duration-quarter-fraction',
    example: 'The funds hold more than a quarter of all shares.',
    rules: ['duration'],
    when: ['count'],
    group: ['unit', /^quarters?$/i],
    text: /^(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:a|one|three)\s/i,
    after: [40, /^\s+of\s+(?!(?:an?\s+|the\s+)?(?:century|centuries|hours?|years?|decades?|days?|months?|seasons?|fiscal\s+year|19\d\d|20\d\d)\b)/i],
  },
  // "every sun", "every wed" in lower case are no weekdays in edited copy (which capitalises them);
  // informal text writes "every mon". A full name is no other word: "every sunday" is Sundays anywhere.
  {
    name: 'set-lowercase-weekday',
    example: 'The panels follow every sun and cloud.',
    rules: ['set', 'set-weekday-list'],
    lowercase: ['weekday'],
    group: ['weekday', NOT_FULL_WEEKDAY],
    informal: false,
  },
  {
    name: 'set-weekdays-lowercase',
    example: 'Nobody likes mondays.',
    rules: ['set-weekdays'],
    lowercase: ['plural', 'weekday'],
    informal: false,
  },
  // "daily" as an adjective before a noun ("a daily newspaper", "quarterly dividend") is not a set
  // of times; as an adverb ("trades daily", "meets weekly in Paris") it is.
  // After a possessive it is someone's habit, a set ("his weekly radio address", "her daily walk"), as
  // TBAQ marks it; a company's "quarterly" results stay a report's name.
  {
    name: 'set-adverb-before-noun',
    example: 'The paper printed a daily horoscope.',
    rules: ['set'],
    group: ['adverb', /^(?!annually$|quarterly$)/i],
    after: [12, /^\s+[a-z]/],
    afterNot: [12, /^\s+(?:in|at|on|and|or|for|since|from|to|by|until|during|with|through|over|basis|thru|till|til|except|but|so|now|again|too|as|then|there|here|before|after|while|when)\b/],
    beforeNot: [8, /\b(?:his|her|their|my|our|your)\s+$/i],
  },
  {
    name: 'set-quarterly-before-noun',
    example: 'The firm raised its quarterly dividend.',
    rules: ['set'],
    group: ['adverb', /^quarterly$/i],
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
