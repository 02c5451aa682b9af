import type { Dateline } from './types';

/**
 * Finds the article's dateline (reference time). STUB: to be implemented.
 * @param text the whole document
 * @param fallback used to infer a missing year: the latest such date not after it.
 */
export function detectDateline(text: string, fallback: Date): Dateline | null {
  void text; void fallback;
  return null;
}
