/**
 * Words and regex fragments for English news dates. Month and weekday names must be capitalised in
 * edited copy (as news writes them), which keeps "march ahead", "officials may decide" and "the sun"
 * out; informal text (informal.ts) may write them in lower case.
 */
import type { Unit } from '../../calendar';

/** True when a name is written with a capital ("May", "MAY", "the Fourth of July": past its article), as a month or weekday must be. */
export const isCapitalised = (w: string) => {
  const i = w.startsWith('the ') ? 4 : 0;
  return w.length > i && w[i] >= 'A' && w[i] <= 'Z';
};

const MONTH_FORMS: Array<[string, number]> = [
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7],
  ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sep', 9], ['Sept', 9],
  ['Oct', 10], ['Nov', 11], ['Dec', 12],
];
const MONTH_MAP = new Map<string, number>();
for (const [w, n] of MONTH_FORMS) { MONTH_MAP.set(w.toLowerCase(), n); }

/** Month number of a month word ("Sept." → 9), or 0. */
export function monthNumber(word: string): number {
  return MONTH_MAP.get(word.replace(/\.$/, '').toLowerCase()) ?? 0;
}

/** Full month names, or abbreviations with a period or before a number ("Nov 3", "nov '11"). Used with the `i` flag; callers check capitals. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December'
  + '|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?=\\s+[\'’]?\\d)))';
/** A month after its day ("20 Sep: Kingsbridge v Dunmore"): after a number, a short form needs no period or number after it. */
export const MONTH_AFTER_DAY = '(?:January|February|March|April|May|June|July|August|September|October|November|December'
  + '|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![A-Za-z]))';

/** Full month names only (used where a bare month must stand alone). */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

const WEEKDAY_MAP = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['weds', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 0],
]);
export function weekdayNumber(word: string): number {
  return WEEKDAY_MAP.get(word.replace(/\.$/, '').toLowerCase()) ?? -1;
}
/** The seven weekday names in full, as a rule that takes no short form writes them ("the first Monday of March"). */
export const WEEKDAY_FULL = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/**
 * Weekday names, and their short forms ("Tues.", "Sat", "weds"): other than "Tues." and "Thurs.", a
 * short form keeps its period only before a comma or a number ("Sat., Oct. 5"). Which short forms
 * are dates in which text is for the exclusions (the weekday family's): "the Sun", "sat down", "C'mon".
 */
export const WEEKDAY = `(?:${WEEKDAY_FULL}|Tues\\.|Thurs\\.`
  + '|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)(?:\\.(?=,|\\s+\\d)|(?![A-Za-z])))';

/**
 * Month and weekday names that are words as well when written in lower case ("may", "march", "sat",
 * "sun"): in edited copy, which capitalises names, they are the words (case-sensitive, tested on a match).
 */
export const AMBIGUOUS_NAME = /(?:^|[^A-Za-z])(?:may|march|mar|jan|jun|aug|august|mon|wed|sat|sun)(?![A-Za-z])/;

/** Day of month 1-31 with an optional ordinal suffix. */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
/** A four-digit year 1600-2099: a bare number is a year only in this range. */
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
/**
 * Any four-digit year, after a day and month: 'June 15, 1215' keeps its year, and 'February 29, 2100'
 * is no date (rather than a guessed year's February 29).
 */
export const FULL_YEAR = '\\d{4}';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100, half: 0.5, 'a half': 0.5, couple: 2, 'a couple of': 2, 'couple of': 2,
};
const VAGUE_NUMBERS = new Set(['several', 'a few', 'few', 'many', 'some', 'a number of', 'numerous', 'hundreds of', 'thousands of']);

/** The hours of a clock face in words ("at eight o'clock"). */
export const HOUR_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const NUM_WORD_RE = `(?:${[...HOUR_WORDS, 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].join('|')})`;
/** A count: digits, number words ("twenty-five"), "a", "an", or a vague quantity ("several"). */
export const NUM = `(?:\\d{1,3}(?:\\.\\d+|\\s+1/2|\\s+and a half)?|${NUM_WORD_RE}(?:[- ]${NUM_WORD_RE}|\\s+and a half)?|a|an|a couple of|couple of|a few|several|few|many|some|a number of|numerous|(?:a|one) hundred|hundreds of|thousands of)`;

/** Parses a count; null for vague quantities ("several"), which become "X" in TIMEX3. */
export function parseCount(s: string): number | null {
  const w = s.toLowerCase().trim();
  if (VAGUE_NUMBERS.has(w)) return null;
  if (/^\d+(\.\d+)?$/.test(w)) return parseFloat(w);
  const halfAt = w.endsWith(' and a half') ? w.length - 11 : w.endsWith(' 1/2') ? w.length - 4 : -1;
  if (halfAt > 0) {
    const whole = parseCount(w.slice(0, halfAt));
    return whole === null ? null : whole + 0.5;
  }
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const parts = w.split(/[- ]/);
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]];
  return null;
}

/** Calendar units as words, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|centur(?:y|ies)|millenni(?:um|a))';

/** The short forms of units in notes and chat ("2 hrs", "next wk", "4 yrs"). */
const UNIT_SHORT: Record<string, string> = { min: 'minute', hr: 'hour', wk: 'week', yr: 'year' };

export function unitOf(word: string): Unit | 'hour' | 'minute' | 'second' | 'night' | 'fortnight' | 'millennium' {
  const v = word.toLowerCase().replace(/s$/, '');
  const w = UNIT_SHORT[v] ?? v;
  if (w.startsWith('centur')) return 'century';
  if (w.startsWith('millenni')) return 'millennium';
  return w as Unit;
}

/** TIMEX3 duration letter for a unit. */
export function durationCode(unit: string): { code: string; time: boolean; factor: number } {
  switch (unitOf(unit)) {
    case 'second': return { code: 'S', time: true, factor: 1 };
    case 'minute': return { code: 'M', time: true, factor: 1 };
    case 'hour': return { code: 'H', time: true, factor: 1 };
    case 'day': case 'night': return { code: 'D', time: false, factor: 1 };
    case 'week': return { code: 'W', time: false, factor: 1 };
    case 'weekend': return { code: 'WE', time: false, factor: 1 };
    case 'fortnight': return { code: 'W', time: false, factor: 2 };
    case 'month': return { code: 'M', time: false, factor: 1 };
    case 'quarter': return { code: 'Q', time: false, factor: 1 };
    case 'year': return { code: 'Y', time: false, factor: 1 };
    case 'decade': return { code: 'DE', time: false, factor: 1 };
    case 'century': return { code: 'CE', time: false, factor: 1 };
    default: return { code: 'ML', time: false, factor: 1 };
  }
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4,
};

/** Ordinals in words, for centuries ("the eighteenth century", "the twenty-first century") and days counted in a month ("the fifth Monday"). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
};
export const ORDINAL_WORD = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|twenty-second)';

export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const PART_OF_DAY: Record<string, 'MO' | 'AF' | 'EV' | 'NI' | 'DT'> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', nite: 'NI', overnight: 'NI', daytime: 'DT',
};

/** Today, tomorrow and yesterday, and the short forms of notes and chat ("tmrw", "yday", "yest"), as day offsets. */
export const DEICTIC_DAYS: Record<string, number> = {
  today: 0, tdy: 0, tonight: 0, tonite: 0, '2nite': 0,
  tomorrow: 1, tmr: 1, tmrw: 1, tmrow: 1, trmw: 1, tomo: 1, '2moro': 1, '2morrow': 1,
  yesterday: -1, yday: -1, yest: -1,
};
/** The same words as a pattern fragment (longest first). */
export const DEICTIC = '(?:tomorrow|yesterday|today|tonight|tonite|2nite|tmrow|tmrw|trmw|tmr|tomo|2moro|2morrow|tdy|yday|yest)';
