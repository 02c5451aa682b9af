/**
 * Reads a reference date typed by the user ("2025-11-19", "2025-11-19 08:19", "19 Nov 2025",
 * "November 19, 2025 8:19 pm") into a TIMEX3 value, or says what is wrong with it.
 */
import { isValidYmd } from '../../calendar';
import { detectDateline } from '../../dateline';
import { monthNumber } from './lexicon';
import { DATELINE_CUES } from './dateline-cues';

export type ReferenceInput = { value: string } | { error: string };

/** The text without trailing white space, commas and periods (one pass from the end). */
function withoutTrailing(s: string): string {
  let i = s.length;
  while (i > 0 && /[\s,.]/.test(s[i - 1])) i--;
  return s.slice(0, i);
}

export function parseReferenceInput(input: string, fallback: Date = new Date()): ReferenceInput {
  const s = input.trim();
  if (!s) return { error: 'Type a date, for example 2025-11-19 or 19 Nov 2025.' };
  if (s.length > 60) return { error: 'That is too long for a date.' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/.exec(s);
  if (iso) {
    const [y, m, d] = [+iso[1], +iso[2], +iso[3]];
    if (!isValidYmd(y, m, d)) return { error: `${s} is not a real date.` };
    if (iso[4] !== undefined && (+iso[4] > 23 || +iso[5] > 59)) return { error: `${iso[4]}:${iso[5]} is not a time of day.` };
    const pad = (n: number) => String(n).padStart(2, '0');
    return { value: `${iso[1]}-${pad(m)}-${pad(d)}${iso[4] !== undefined ? `T${pad(+iso[4])}:${iso[5]}` : ''}` };
  }
  const found = detectDateline(s, fallback, DATELINE_CUES);
  if (found && found.end - found.start >= withoutTrailing(s).length - 2) return { value: found.value };
  // Say why: an impossible day in a recognisable date ("Feb 30, 2024"), or not a date at all.
  const md = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?|(\d{1,2})\s+([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?/.exec(s);
  if (md) {
    const mo = monthNumber(md[1] ?? md[5]);
    const d = +(md[2] ?? md[4]);
    if (mo && !isValidYmd(+(md[3] ?? md[6] ?? 2024), mo, d)) return { error: `${s} is not a real date.` };
  }
  return { error: `"${s}" is not a date Dateline can read. Try 2025-11-19 or 19 Nov 2025.` };
}
