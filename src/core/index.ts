/**
 * The core's public face: English bound in, as the extension, the CLI and the worker use it. The
 * engine itself takes any Language (analyzeWith, buildTimelineWith, ...); see language.ts.
 */
import type { AnalyzeOptions, AnalyzeResult, Entry } from './types';
import type { Sentences } from './language';
import { analyzeWith } from './analyze';
import { english } from './lang/en';
import { buildTimeline as buildTimelineWith, TimelineModel } from './timeline';
import { splitSentences as split } from './sentences';
import { entryWords as words } from './entry';
import { exportTimeline as exportWith, ExportFormat, ExportMeta, ExportResult } from './export';
import { detectDateline as detect } from './dateline';

export * from './types';
export type { Language, Rule, Exclusion, Sentences, Tense } from './language';
export { english };
export { analyzeWith, buildTimelineWith };
export { isOnTimeline } from './entry';
export { limitTimeline, pointKey } from './timeline';
export type { TimelineModel, TimelineItem, TimelineGroup, TimelineRow } from './timeline';
export { parseReferenceInput } from './lang/en/reference';
export type { ReferenceInput } from './lang/en/reference';
export { timelineItems } from './export';
export type { ExportFormat, ExportResult, ExportMeta } from './export';
export { formatPoint, parsePoint, parseReference } from './timex';

/** Finds every temporal expression in English `text` and resolves it against the dateline. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return analyzeWith(english, text, options);
}

/** The text's sentences (pass them to analyze and buildTimeline so the text is split once). */
export function splitSentences(text: string): Sentences {
  return split(text, english.sentences);
}

/** The panel's model of an analysis. */
export function buildTimeline(text: string, result: AnalyzeResult, fallbackValue: string, sentences?: Sentences): TimelineModel {
  return buildTimelineWith(text, result, fallbackValue, english, sentences);
}

/** An entry's date in words. */
export function entryWords(e: Pick<Entry, 'value' | 'point' | 'endPoint'>): string {
  return words(e, english);
}

/** A TIMEX3 value in words (datelines, references). */
export function describeValue(v: string): string {
  const p = parsePointValue(v);
  return p ? english.describe.point(p) : english.describe.value(v);
}
import { parsePoint as parsePointValue } from './timex';

export function exportTimeline(format: ExportFormat, model: TimelineModel, meta: ExportMeta): ExportResult {
  return exportWith(format, model, meta, english);
}

export function detectDateline(text: string, fallback: Date) {
  return detect(text, fallback, english.dateline);
}

/** Forgets what the tense reader cached (benchmarks measure articles seen for the first time). */
export function clearCaches(): void {
  english.clearCaches?.();
}

/** Two TIMEX3 values as a range in words ("31 Aug – 1 Sep 2025"). */
export function describeRange(a: string, b: string): string {
  const pa = parsePointValue(a), pb = parsePointValue(b);
  return pa && pb ? english.describe.range(pa, pb) : `${describeValue(a)} – ${describeValue(b)}`;
}
