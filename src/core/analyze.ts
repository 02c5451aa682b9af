import type { AnalyzeOptions, AnalyzeResult } from './types';
import { detectDateline } from './dateline';

/** STUB: will find and resolve every temporal expression. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const dateline = options.dct
    ? { value: options.dct, start: 0, end: 0, text: '', source: 'given' as const }
    : detectDateline(text, options.fallbackDate ?? new Date());
  return { dateline, entries: [] };
}
