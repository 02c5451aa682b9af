/**
 * What every consumer of an entry asks of it: is it on the timeline, and what is it in words. The
 * panel, the editor hints, the CLI and the exports all ask here, so they never disagree.
 */
import type { Entry } from './types';
import { describeRange, describeValue } from './describe';
import { valueStartKey } from './timeline';

/** A calendar point or span: DATE or TIME with a value the timeline can place (durations, sets, vague words are not). */
export function isOnTimeline(e: Pick<Entry, 'type' | 'value'>): boolean {
  return (e.type === 'DATE' || e.type === 'TIME') && valueStartKey(e.value) !== null;
}

/** The entry's date in words, at its own granularity ("Mon 17 Nov 2025", "31 Aug – 1 Sep 2025", "6 weeks"). */
export function entryWords(e: Pick<Entry, 'value' | 'endValue'>): string {
  return e.endValue ? describeRange(e.value, e.endValue) : describeValue(e.value);
}
