/**
 * What an English dateline is made of: the date-in-a-line pattern (month names, weekdays, clock
 * times, ISO and numeric dates), the cue words ("Published", "Updated"), agencies, wire-style city
 * prefixes, by-lines and front-matter keys, and the article's order of numeric dates. The engine's
 * dateline.ts scores candidate lines with them.
 */
import type { DatelineCues } from '../../language';
import { monthNumber } from './lexicon';

/** A name pattern as stamps write it: as given (Title case), in capitals ("MAR", "THU") and in lower case ("thurs"). */
const cased = (re: string, lower = true) => `(?:${re}|${re.toUpperCase()}${lower ? `|${re.toLowerCase()}` : ''})`;
const MONTH_RE = `${cased('(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)', false)}\\.?`;
/** A month in lower case, as notes head themselves ("notes - mon nov 16"): only after a weekday in lower case. */
const MONTH_AFTER_LOWER_WEEKDAY = '(?<=\\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\\.?,?\\s+)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const WD_RE = `${cased('(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?')}\\.?`;
/** A zone after a clock time: "EDT", "GMT", "GMT+1", "UTC-05:00", "CET". */
const ZONE = '(?:[A-Z]{1,4}T(?:[+-]\\d{1,2}(?::?\\d{2})?)?|BST|CET|CEST|IST)';
const time = (p: string) => `(?<${p}h>\\d{1,2})[:.](?<${p}m>\\d{2})(?:\\s*(?<${p}ap>[AaPp])\\.?\\s*[Mm]\\.?)?(?:\\s*\\(?${ZONE}\\)?)?`;
const year = (name: string) => `(?<${name}>(?:19|20)\\d\\d)`;

/** Agencies as a wire dateline names them in brackets: "(Reuters)", "(PTI)". */
const AGENCY = '(?:AP|Reuters|AFP|Xinhua|Bloomberg|UPI|dpa|ANSA|Kyodo|Yonhap|PTI|IANS|CNN|BBC|TASS|Interfax|EFE|Dateline Wire|[A-Z][\\w ]{1,20}(?:News|Press|Wire|Agency))';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// The article's order of numeric dates. A date that can be read one way only ("14/10/2025" is day
// first, "10/14/2025" month first) or written with dots ("14.10.2025") settles it. Without one, the
// article's other conventions decide: dates in words written day first ("12 February") or month first
// ("February 12"), and European or North American time zones.
const NUMERIC = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})[/.](\d{4}|\d\d)(?![\d/])/g;
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}(?![A-Za-z])`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'g');
const EURO_ZONE = /\d\s*(?:BST|CET|CEST|EET|EEST|WET|WEST|GMT[+-]\d{1,2})\b/g;
const US_ZONE = /\d {0,2}(?:(?:[ap]\.?m\.?|[AP]\.?M\.?) {0,2})?\(?(?:[ECMP][SD]?T|AKST|HST)\b/g;
const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;

function numericOrder(text: string): 'dmy' | 'mdy' | null {
  let dmy = 0, mdy = 0;
  for (const m of text.matchAll(NUMERIC)) {
    const a = +m[1], b = +m[3];
    if ((m[2] === '.' && m[4].length === 4) || (a > 12 && b <= 12)) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy !== mdy) return dmy > mdy ? 'dmy' : 'mdy';
  const dayFirst = count(DAY_MONTH, text) + count(EURO_ZONE, text);
  const monthFirst = count(MONTH_DAY, text) + count(US_ZONE, text);
  return dayFirst === monthFirst ? null : dayFirst > monthFirst ? 'dmy' : 'mdy';
}

export const DATELINE_CUES: DatelineCues = {
  dateInLine: new RegExp(
    `(?:${time('t1')}\\s*(?:,\\s*)?)?`
    + `(?:(?<wd>${WD_RE}),?\\s+)?`
    + `(?:(?<mon>${MONTH_RE}|${MONTH_AFTER_LOWER_WEEKDAY})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${year('year')})?`
    + `|(?<dday>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmon>${MONTH_RE}),?(?:\\s+${year('dyear')})?`
    + `|${year('iy')}-(?<im>\\d{2})-(?<id>\\d{2})(?:[T ](?<ih>\\d{2}):(?<imin>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`
    // A numeric date without its year ("3/6", "13.07") is a date only with a weekday (dateline.ts checks).
    + `|(?<na>\\d{1,2})(?<sep>[/.])(?<nb>\\d{1,2})(?:[/.]${year('ny')}|(?![/.]?\\d)(?!\\s*[AaPp]\\.?[Mm]\\b)))`
    + `(?:\\s*\\(\\s*(?<wd2>${WD_RE})\\s*\\))?`
    + `(?:\\s*(?:[,/|•·–—-]\\s*)?(?:[Aa][Tt]\\s+)?${time('t2')})?`
    + '(?![A-Za-z0-9])',
    'g',
  ),
  cue: /\b(?:published|updated|posted|first published|last updated|last modified|modified|issued|released|started|dateline|date)\b\s*(?:on|at)?\s*:?/i,
  updateCue: /updated|modified/i,
  publishCue: /published|posted|issued|started/i,
  agency: new RegExp(`\\(${AGENCY}\\)|\\b(?:Reuters|Associated Press|Agence France-Presse|Xinhua|Bloomberg)\\b`),
  // (Bounded: a city is a few words; unbounded runs of spaces made the test quadratic.)
  cityPrefix: /^\s{0,16}[A-Z][A-Z .'-]{2,60}(?:,\s{0,4}[A-Z][\w.]{0,30}(?:\s{1,4}[A-Z][\w.]{0,30}){0,6})?\s{0,8}[,(]/,
  // "MOSCOW," and, in press releases, "HOUSTON — " or "HOUSTON--(BUSINESS WIRE)--" (a few bounded words).
  wireBefore: /^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,\s*$|^\s{0,8}[A-Z][A-Z.']{1,30}(?: [A-Z][A-Z.']{1,30}){0,3}(?:, [A-Z][\w.]{1,30}(?: [A-Z][\w.]{1,30}){0,2})? {0,4}(?:—|–|--)(?: {0,4}\([A-Za-z ]{2,30}\) {0,4}(?:—|–|--))? {0,4}$/,
  // A city in any case ("Bengaluru,", "Madrid,"), or nothing: a dateline only with an agency after the date.
  wireBeforeLoose: /^\s{0,8}(?:[A-Z][\w.'-]{1,30}(?:\s{1,4}[A-Z][\w.'-]{0,30}){0,3},\s{0,4})?$/,
  wireAfter: /^\s*(?:(?:\([^)]{1,40}\)|\/[^/\n]{1,40}\/)\s*(?:\.\s*)?)?(?:-{1,2}|–|—|_)/,
  agencyAfter: new RegExp(`^\\s*(?:\\(${AGENCY}\\)|/[A-Z][\\w ]{1,30}/)`),
  byline: /^\s*[_*]*By\s+[^|]{2,60}\|/,
  frontMatterKeys: ['date', 'published', 'publishdate', 'published_at', 'pubdate', 'datepublished', 'created'],
  monthNumber,
  weekdayNumber: (word) => WEEKDAYS.indexOf(word.slice(0, 3).toLowerCase()),
  numericOrder,
};
