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
import { isDatelineWords } from './entry';
import { applyCorrections } from './corrections';
import type { Correction } from './types';

export * from './types';
export { applyCorrections } from './corrections';
export type { Language, Rule, Exclusion, Sentences, Tense } from './language';
export { english };
export { analyzeWith, buildTimelineWith };
export { isDatelineWords };
export { entryIndexAt, firstEntryIn, isOnTimeline } from './entry';
export { limitTimeline, pointKey } from './timeline';
export type { TimelineModel, TimelineItem, TimelineGroup, TimelineRow } from './timeline';
export { parseReferenceInput } from './lang/en/reference';
export type { ReferenceInput } from './lang/en/reference';
export { timelineItems } from './export';
export type { ExportFormat, ExportResult, ExportMeta } from './export';
export { dayValue, formatPoint, parsePoint, parseReference } from './timex';

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

/**
 * What the extension shows and exports for an article, the one computation its analysis worker and
 * the CLI's `--format` share: the analysis against `dct` (a reference the user set) or the dateline
 * found, with `fallback` (YYYY-MM-DD, the file's modified day, read at noon) where there is none, the
 * reader's `corrections` applied, and the panel's model. With a `dct`, the dateline the text still has
 * is no event of it: its words are left out of the entries. The text is split into sentences once, for
 * the tense reader, the corrections and the model alike. `corrections` says which corrections still
 * apply (anchored to the text as it is) and which were dropped because their words were edited.
 */
export function analyzeArticle(text: string, dct: string | undefined, fallback: string, corrections: readonly Correction[] = []): {
  result: AnalyzeResult; model: TimelineModel; corrections: { kept: Correction[]; dropped: Correction[] };
} {
  const [y, m, d] = fallback.split('-').map(Number);
  const noon = new Date(2000, m - 1, d, 12);
  noon.setFullYear(y); // (years before 100 kept as written)
  const sentences = splitSentences(text);
  const result = analyze(text, { dct, fallbackDate: noon, sentences });
  if (dct) {
    const found = detectDateline(text, noon);
    if (found && found.end > found.start) result.entries = result.entries.filter((e) => !isDatelineWords(e, found));
  }
  let kept: Correction[] = [], dropped: Correction[] = [];
  if (corrections.length) ({ entries: result.entries, kept, dropped } = applyCorrections(text, result.entries, corrections, sentences, english.describe));
  return { result, model: buildTimeline(text, result, fallback, sentences), corrections: { kept, dropped } };
}

/** Forgets what the tense reader cached (benchmarks measure articles seen for the first time). */
export function clearCaches(): void {
  english.clearCaches?.();
}
