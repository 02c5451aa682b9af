/** Messages between the extension and the analysis worker (a worker thread, or a web worker). */
import type { AnalyzeResult } from '../core/types';
import type { TimelineModel } from '../core/timeline';

export interface AnalyzeRequest {
  id: number;
  text: string;
  /** Reference date set by the user (TIMEX3), if any. */
  dct?: string;
  /** The fallback date (the file's modified time), as YYYY-MM-DD. */
  fallback: string;
}

export type AnalyzeResponse =
  | { id: number; ok: true; result: AnalyzeResult; model: TimelineModel; ms: number }
  | { id: number; ok: false; error: string };
