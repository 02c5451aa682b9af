/**
 * What an English dateline is made of: the date-in-a-line pattern (month names, weekdays, clock
 * times, ISO and numeric dates), the cue words ("Published", "Updated"), agencies, wire-style city
 * prefixes, by-lines and front-matter keys. The engine's dateline.ts scores candidate lines with them.
 */
import type { DatelineCues } from '../../language';
import { monthNumber } from './lexicon';

const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WD_RE = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
const time = (p: string) => `(?<${p}h>\\d{1,2})[:.](?<${p}m>\\d{2})(?:\\s*(?<${p}ap>[AaPp])\\.?\\s*[Mm]\\.?)?(?:\\s*\\(?(?:[A-Z]{2,4}T|GMT|UTC|BST|CET|CEST)\\)?)?`;
const year = (name: string) => `(?<${name}>(?:19|20)\\d\\d)`;

export const DATELINE_CUES: DatelineCues = {
  dateInLine: new RegExp(
    `(?:${time('t1')}\\s*(?:,\\s*)?)?`
    + `(?:${WD_RE},?\\s+)?`
    + `(?:(?<mon>${MONTH_RE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${year('year')})?`
    + `|(?<dday>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmon>${MONTH_RE}),?(?:\\s+${year('dyear')})?`
    + `|${year('iy')}-(?<im>\\d{2})-(?<id>\\d{2})(?:[T ](?<ih>\\d{2}):(?<imin>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`
    + `|(?<na>\\d{1,2})(?<sep>[/.])(?<nb>\\d{1,2})[/.]${year('ny')})`
    + `(?:\\s*(?:[,/|•·]\\s*)?(?:at\\s+)?${time('t2')})?`
    + '(?![A-Za-z0-9])',
    'g',
  ),
  cue: /\b(?:published|updated|posted|first published|last updated|last modified|issued|released|dateline|date)\b\s*(?:on|at)?\s*:?/i,
  updateCue: /updated|modified/i,
  publishCue: /published/i,
  agency: /\((?:AP|Reuters|AFP|Xinhua|Bloomberg|UPI|dpa|ANSA|Kyodo|Yonhap|PTI|IANS|CNN|BBC|TASS|Interfax|EFE|Dateline Wire|[A-Z][\w ]{1,20}(?:News|Press|Wire|Agency))\)|\b(?:Reuters|Associated Press|Agence France-Presse|Xinhua|Bloomberg)\b/,
  // (Bounded: a city is a few words; unbounded runs of spaces made the test quadratic.)
  cityPrefix: /^\s{0,16}[A-Z][A-Z .'-]{2,60}(?:,\s{0,4}[A-Z][\w.]{0,30}(?:\s{1,4}[A-Z][\w.]{0,30}){0,6})?\s{0,8}[,(]/,
  wireBefore: /^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,\s*$/,
  wireAfter: /^\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|–|—|_)/,
  byline: /^\s*[_*]*By\s+[^|]{2,60}\|/,
  frontMatterKeys: ['date', 'published', 'publishdate', 'published_at', 'pubdate', 'datepublished', 'created'],
  monthNumber,
};
