/**
 * The English pack's words without its rules: dates in words, the words around exports, and reading
 * a reference date the user types. This is what the extension host needs; the rules, chrono-node and
 * the tagger stay in the analysis worker (importing the core's index would bundle them all).
 */
import type { Entry } from '../../types';
import { entryWords as words, entryIndexAt, firstEntryIn, isDatelineWords, isOnTimeline } from '../../entry';
import { exportTimeline as exportWith, ExportFormat, ExportMeta, ExportResult } from '../../export';
import { limitTimeline, TimelineModel } from '../../timeline';
import { parsePoint } from '../../timex';
import type { Language } from '../../language';
import { DESCRIBE } from './describe';
import { EXPORT_TEXT } from './export-text';

export { entryIndexAt, firstEntryIn, isDatelineWords, isOnTimeline, limitTimeline };
export type { ExportFormat };
export { parseReferenceInput, parseCorrectionInput } from './reference';

/** Just the English pack's words: dates in words and the text around exports. */
const WORDS: Pick<Language, 'describe' | 'exportText'> = { describe: DESCRIBE, exportText: EXPORT_TEXT };

/** An entry's date in words ("Mon 17 Nov 2025", "31 Aug – 1 Sep 2025", "6 weeks"). */
export function entryWords(e: Pick<Entry, 'value' | 'point' | 'endPoint'>): string {
  return words(e, WORDS);
}

/** A TIMEX3 value in words (datelines, references). */
export function describeValue(v: string): string {
  const p = parsePoint(v);
  return p ? DESCRIBE.point(p) : DESCRIBE.value(v);
}

/** Two TIMEX3 values as a range in words. */
export function describeRange(a: string, b: string): string {
  const pa = parsePoint(a), pb = parsePoint(b);
  return pa && pb ? DESCRIBE.range(pa, pb) : `${describeValue(a)} – ${describeValue(b)}`;
}

export function exportTimeline(format: ExportFormat, model: TimelineModel, meta: ExportMeta): ExportResult {
  return exportWith(format, model, meta, WORDS);
}
