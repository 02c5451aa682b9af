/**
 * What every consumer of an entry asks of it: is it on the timeline, and what is it in words. The
 * panel, the editor hints, the CLI and the exports all ask here, so they never disagree.
 */
import type { Dateline, Entry } from './types';
import type { Language } from './language';

/** A calendar point or span: a DATE or TIME whose value is a point the timeline can place (durations, sets, vague words are not). */
export function isOnTimeline(e: Pick<Entry, 'type' | 'point'>): boolean {
  return (e.type === 'DATE' || e.type === 'TIME') && e.point !== undefined;
}

/** The entry is the dateline's own words: the panel shows them as its marker, not as an entry. */
export function isDatelineWords(e: Pick<Entry, 'start' | 'end'>, dateline: Pick<Dateline, 'start' | 'end'> | null): boolean {
  return !!dateline && dateline.end > dateline.start && e.start < dateline.end && dateline.start < e.end;
}

/** The entry's date in words, at its own granularity ("Mon 17 Nov 2025", "31 Aug – 1 Sep 2025", "6 weeks"). */
export function entryWords(e: Pick<Entry, 'value' | 'point' | 'endPoint'>, lang: Pick<Language, 'describe'>): string {
  if (e.point && e.endPoint) return lang.describe.range(e.point, e.endPoint);
  return e.point ? lang.describe.point(e.point) : lang.describe.value(e.value);
}
