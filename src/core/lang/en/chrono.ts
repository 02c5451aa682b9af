/**
 * chrono-node's strict English parser, for explicit dates in formats our rules do not read
 * ("2024/04/15", "15.04.2024"). Times and named months are the rules' job; relative phrases and
 * fractions are not dates of chrono's here. Texts without a numeric date skip it.
 */
import * as chrono from 'chrono-node';
import { Point, Ymd, isValidYmd } from '../../calendar';
import type { ExtraSource, Res } from '../../language';

/** chrono's strict English parsers (explicit dates and times only). */
const parser = chrono.strict.clone();
const HINT = /\d[./-]\d{1,2}[./-]\d|\d{4}\/\d|\d{1,2}\/\d{1,2}\b/;
const HINTS = new RegExp(HINT.source, 'g');
/** chrono reads a window of this many characters either side of each numeric date, not the whole text. */
const CONTEXT = 120;
const SPACE = /\s/;
/** A month name that is also a verb, in lower case ("5 may 5 be", "they march 3 miles"): not a month. */
const LOWER_MONTH = /\b(?:may|march)\b/;
/** A Buddhist-era year ("2567 BE"): chrono reads it as a year of ours, 543 years back. */
const ERA = /\b(?:B\.?E|B\.?C|A\.?D|C\.?E)\b\.?/i;

/**
 * The windows chrono reads: around each numeric date, widened to white space and merged. chrono's
 * own patterns are not linear on a long run of white space after a date, and it slows down sharply
 * on long texts; windows keep every call small, so no text is too long for it.
 */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  HINTS.lastIndex = 0;
  for (let m = HINTS.exec(text); m !== null; m = HINTS.exec(text)) {
    let s = Math.max(0, m.index - CONTEXT), e = Math.min(text.length, m.index + m[0].length + CONTEXT);
    for (let k = 0; k < 40 && s > 0 && !SPACE.test(text[s - 1]); k++) s--;
    for (let k = 0; k < 40 && e < text.length && !SPACE.test(text[e]); k++) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e); else out.push([s, e]);
  }
  return out;
}

export const CHRONO: ExtraSource = {
  hint: HINT,
  find(text: string, ref: Ymd) {
    const refDate = new Date(ref.y, ref.m - 1, ref.d, 12);
    const results: Array<{ r: chrono.ParsedResult; at: number }> = [];
    try {
      for (const [s, e] of windows(text)) {
        for (const r of parser.parse(text.slice(s, e), refDate)) results.push({ r, at: s + r.index });
      }
    } catch {
      return [];
    }
    const out: ReturnType<ExtraSource['find']> = [];
    for (const { r, at } of results) {
      const s = r.start;
      if (!s.isCertain('day') || !s.isCertain('month')) continue;
      // Only explicit calendar dates: "2024/04/15", "15.04.2024", "April 15th at 3pm". Relative phrases
      // ("10 days before", "within 14 days") and fractions ("7/8") are our rules' job or not dates at all.
      if (!/\d/.test(r.text) || /\b(?:days?|weeks?|months?|years?|hours?|minutes?|ago|before|after|within|later|earlier)\b/i.test(r.text)) continue;
      if (/\d\/\d/.test(r.text) && !/\d{1,2}\/\d{1,2}\/\d{2,4}/.test(r.text)) continue; // fractions, "5/8"
      if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) || !s.isCertain('year') && /^[\d/.\s-]+$/.test(r.text)) continue;
      if (LOWER_MONTH.test(r.text) || ERA.test(r.text)) continue;
      const text = r.text.trimEnd(); // (chrono may end a match with white space)
      out.push({
        start: at,
        end: at + text.length,
        resolve(ctx): Res | null {
          const y = s.isCertain('year') ? s.get('year')! : ctx.ref.y;
          const mo = s.get('month')!, d = s.get('day')!;
          if (!isValidYmd(y, mo, d)) return null;
          const point: Point = { g: 'day', y, m: mo, d };
          if (s.isCertain('hour')) { point.hh = s.get('hour')!; point.mi = s.get('minute') ?? 0; }
          return {
            type: point.hh !== undefined ? 'TIME' : 'DATE', point, anchor: s.isCertain('year') ? 'absolute' : 'dateline',
            explanation: s.isCertain('year') ? 'A date in the text (read by chrono-node).' : `A date in the text without a year: the year of ${ctx.refName}.`,
            explicitYear: s.isCertain('year'),
          };
        },
      });
    }
    return out;
  },
};
