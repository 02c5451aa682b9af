/**
 * The English language pack: everything the engine needs to read dates in English news. The engine
 * knows no English word; this folder holds them all.
 */
import type { Language } from '../../language';
import { RULES } from './rules';
import { EXCLUSIONS } from './exclusions';
import { STAMP_AFTER } from './rules/times';
import { TRIGGERS, numberTriggers } from './triggers';
import { isCapitalised } from './lexicon';
import { isInformal } from './informal';
import { CHRONO } from './chrono';
import { SENTENCE_CUES } from './sentences';
import { DATELINE_CUES } from './dateline-cues';
import { tenseAt, clearCaches } from './tense';
import { DESCRIBE } from './describe';
import { HOLIDAYS } from './holidays';
import { countryOf } from './places';
import { EXPORT_TEXT } from './export-text';

export const english: Language = {
  code: 'en',
  triggers: TRIGGERS,
  rules: RULES,
  exclusions: EXCLUSIONS,
  holidays: HOLIDAYS,
  country: countryOf,
  isCapitalised,
  informal: isInformal,
  letters: 'A-Za-z',
  numberTriggers,
  extra: CHRONO,
  cues: {
    deadline: /\b(?:by|until|till|til|through|thru|before)\s+$/i,
    forward: /\b(?:payable|effective|due|expires|expiring|starting|beginning|scheduled for|set for|slated for|(?:postponed|delayed|adjourned|deferred|moved|pushed back|put off) (?:until|till|to)|rescheduled for|how about|what about|how abt|see (?:you|u|ya))\s+(?:on\s+|this\s+)?$/i,
    backward: /\b(?:since|ever since)\s+(?:last\s+)?$/i,
    timeThenDay: /^[\s),]*(?:(?:local|[A-Z][a-z]{2,12})\s+time[\s,]*)?(?:on\s+)?(?:the\s+)?$/i,
    timeRestated: /^\s*\(\s*$/,
    stampAfter: STAMP_AFTER,
    attribution: /\b(?:said|says|told|according to)\b/i,
    saying: /\b(?:said|says|told|announced|confirmed|reported|added|stated)\s+(?:on\s+)?$/i,
  },
  ranges: {
    // A dash at the start of a line is a list's bullet, not a range's gap ("late last night\n- next week").
    gap: /^(?:[ \t]*(?:-|–|—)|\s*(?:to|through|thru|until|till))\s*$/i,
    andGap: /^\s+and\s+$/i,
    between: /\bbetween\s+$/i,
    from: /\bfrom\s+$/i,
    toOnly: /^\s*(?:to|until|till)\s*$/i,
    opener: /(between|from)\s+$/i,
    coordination: /^(?:\s*,\s*|,?\s+(?:and|or|&)\s+)$/i,
    lengthGap: /^,?[ \t]+(?:and[ \t]+)?$/i,
  },
  sentences: SENTENCE_CUES,
  dateline: DATELINE_CUES,
  tense: tenseAt,
  clearCaches,
  refName: (kind) => (kind === 'dateline' ? 'the dateline' : kind === 'given' ? 'the reference date' : 'the fallback date'),
  explainRange: (s) => `A range. ${s}`,
  explainLength: (w) => `A length of time (${w}) in two units, not a point on the calendar.`,
  explainLiveBlog: (what) => (what === 'stamp' ? "A live blog's entry time, on the day its entries have reached (past midnight)."
    : `A time of day in a live blog's entry, on ${what === 'after' ? 'the day after' : 'the day of'} the entry's time.`),
  explainSharedYear: (y) => `No year given: ${y}, the year the text gives with the date joined to it.`,
  describe: DESCRIBE,
  exportText: EXPORT_TEXT,
};
