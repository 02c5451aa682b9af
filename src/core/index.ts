/**
 * The core's public face: English bound in, as the extension, the CLI and the worker use it. The
 * engine itself takes any Language (analyzeWith, buildTimelineWith, ...); see language.ts.
 */
import type { AnalyzeOptions, AnalyzeResult } from './types';
import type { Sentences } from './language';
import { analyzeWith } from './analyze';
import { english } from './lang/en';
import { buildTimeline as buildTimelineWith, TimelineModel } from './timeline';
import { splitSentences as split } from './sentences';
import { detectDateline as detect } from './dateline';

export * from './types';
export type { Language, Rule, Exclusion, Sentences, Tense } from './language';
export { english };
export { analyzeWith, buildTimelineWith };
export { isDatelineWords, isOnTimeline } from './entry';
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

export { entryWords, describeValue, describeRange, exportTimeline } from './lang/en/words';

export function detectDateline(text: string, fallback: Date) {
  return detect(text, fallback, english.dateline);
}

/** Forgets what the tense reader cached (benchmarks measure articles seen for the first time). */
export function clearCaches(): void {
  english.clearCaches?.();
}
