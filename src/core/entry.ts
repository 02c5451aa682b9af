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

/**
 * The first entry that ends at or after `offset`, by binary search: analyze() gives entries in text
 * order and without overlap, so their ends are in order too. The length when there is none.
 */
function firstEndingFrom(entries: ReadonlyArray<Pick<Entry, 'end'>>, offset: number): number {
  let lo = 0, hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].end < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Index of the entry whose words hold `offset` (either edge included), or -1. */
export function entryIndexAt(entries: ReadonlyArray<Pick<Entry, 'start' | 'end'>>, offset: number): number {
  const i = firstEndingFrom(entries, offset);
  return i < entries.length && entries[i].start <= offset ? i : -1;
}

/** Index of the first entry that starts in [from, to], or -1 (the first date in a view of the text). */
export function firstEntryIn(entries: ReadonlyArray<Pick<Entry, 'start' | 'end'>>, from: number, to: number): number {
  // Ends are in order and each end is at or after its start: no entry before the first ending at `from` starts at or after it.
  for (let i = firstEndingFrom(entries, from); i < entries.length && entries[i].start <= to; i++) if (entries[i].start >= from) return i;
  return -1;
}
