/** Messages between the extension and the analysis worker (a worker thread, or a web worker). */
import type { AnalyzeResult, Correction } from '../core/types';
import type { TimelineModel } from '../core/timeline';

export interface AnalyzeRequest {
  id: number;
  text: string;
  /** Reference date set by the user (TIMEX3), if any. */
  dct?: string;
  /** The fallback date (the file's modified time), as YYYY-MM-DD. */
  fallback: string;
  /** The reader's corrections of this document. */
  corrections?: Correction[];
  /**
   * TEST ONLY: the worker busy-waits this long (ms, at most 60 s) before analysing, to make an
   * analysis slow on demand. The extension sets it only when a test asked for it through the test
   * API (`slowNextAnalysis`); it is never set otherwise.
   */
  testDelayMs?: number;
}

export type AnalyzeResponse =
  | { id: number; ok: true; result: AnalyzeResult; model: TimelineModel; ms: number; corrections: { kept: Correction[]; dropped: Correction[] } }
  | { id: number; ok: false; error: string };
