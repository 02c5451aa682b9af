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

export const CHRONO: ExtraSource = {
  hint: /\d[./-]\d{1,2}[./-]\d|\d{4}\/\d|\d{1,2}\/\d{1,2}\b/,
  maxLength: 4_000_000,
  find(text: string, ref: Ymd) {
    const refDate = new Date(ref.y, ref.m - 1, ref.d, 12);
    let results: chrono.ParsedResult[];
    try {
      results = parser.parse(text, refDate);
    } catch {
      return [];
    }
    const out: ReturnType<ExtraSource['find']> = [];
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('day') || !s.isCertain('month')) continue;
      // Only explicit calendar dates: "2024/04/15", "15.04.2024", "April 15th at 3pm". Relative phrases
      // ("10 days before", "within 14 days") and fractions ("7/8") are our rules' job or not dates at all.
      if (!/\d/.test(r.text) || /\b(?:days?|weeks?|months?|years?|hours?|minutes?|ago|before|after|within|later|earlier)\b/i.test(r.text)) continue;
      if (/\d\/\d/.test(r.text) && !/\d{1,2}\/\d{1,2}\/\d{2,4}/.test(r.text)) continue; // fractions, "5/8"
      if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) || !s.isCertain('year') && /^[\d/.\s-]+$/.test(r.text)) continue;
      out.push({
        start: r.index,
        end: r.index + r.text.length,
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
