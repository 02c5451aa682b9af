/**
 * The timeline model: what the panel shows, computed from analyze()'s result. Pure data, so the
 * webview holds no date logic: it renders these items as they come.
 *
 * Order: by the first day each entry covers; at the same first day the coarser entry comes first
 * ("November 2025" before "Mon 3 Nov 2025"), then by position in the text. Groups are years, then
 * months within them; an entry coarser than a month (a year, a quarter, a decade) sits at the head of
 * its year's group. The dateline is placed among the entries as a marker: what starts before it is
 * above, what starts after it below.
 */
import type { AnalyzeResult, Entry, Granularity } from './types';
import { describeRange, describeValue } from './describe';
import { splitSentences } from './tense';

export interface TimelineItem {
  /** Index of the entry in AnalyzeResult.entries. */
  index: number;
  start: number;
  end: number;
  text: string;
  value: string;
  endValue?: string;
  /** The date in words at its own granularity, e.g. "Mon 17 Nov 2025", "Q1 2025". */
  words: string;
  /** A short qualifier from the modifier, e.g. "early", "late". */
  modWords?: string;
  granularity: Granularity;
  /** How the value was reached: by tense or from the previous date gets a mark in the panel. */
  mark?: 'tense' | 'previous' | 'fallback';
  explanation: string;
  /** The sentence around the expression, and where the expression is inside it. */
  sentence: string;
  highlight: [number, number];
  /** 1-based line of the expression, for the panel's "line N" hint. */
  line: number;
}

export interface TimelineGroup {
  /** "2025", or "November 2025" for a month group. */
  label: string;
  kind: 'year' | 'month';
  items: TimelineItem[];
}

export type TimelineRow = { kind: 'group'; group: TimelineGroup } | { kind: 'dateline' };

export interface TimelineModel {
  dateline: { value: string; words: string; source: string; text: string; start: number; end: number; line: number; yearInferred: boolean } | null;
  /** The reference used when there is no dateline (the fallback), in words. */
  reference: { value: string; words: string; fallback: boolean };
  /** Groups in order, with the dateline marker among them. */
  rows: TimelineRow[];
  /** Durations, sets and vague references: not on the timeline. */
  other: TimelineItem[];
  /** Number of entries on the timeline. */
  count: number;
  /** Set when only part of the timeline is in this model (see limitTimeline). */
  truncated?: { shown: number; total: number };
}

/**
 * The first `max` entries of the timeline (and of the other list), for the panel: a very long
 * document's full model is megabytes of text that no one reads in a side panel.
 */
export function limitTimeline(model: TimelineModel, max: number): TimelineModel {
  if (model.count <= max && model.other.length <= max) return model;
  let left = max;
  const rows: TimelineRow[] = [];
  for (const row of model.rows) {
    if (row.kind === 'dateline') { rows.push(row); continue; }
    if (left <= 0) continue;
    const items = row.group.items.slice(0, left);
    left -= items.length;
    rows.push({ kind: 'group', group: { ...row.group, items } });
  }
  const shown = max - left;
  return { ...model, rows, other: model.other.slice(0, max), count: shown, truncated: { shown, total: model.count } };
}

const MOD_WORDS: Record<string, string> = { START: 'early', MID: 'mid', END: 'late', APPROX: 'about', BEFORE: 'before', AFTER: 'after', MORE_THAN: 'more than', LESS_THAN: 'less than' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const COARSENESS: Record<string, number> = { century: 9, millennium: 10, decade: 8, year: 7, half: 6, season: 5, quarter: 5, month: 4, week: 3, weekend: 3, day: 2, partOfDay: 1, time: 0 };

/** First day of a TIMEX3 value as a sortable number (yyyymmdd plus a fraction for the time), or null. */
export function valueStartKey(v: string): number | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?/.exec(v))) {
    const pod: Record<string, number> = { MO: 8, AF: 14, EV: 19, NI: 22, DT: 12 };
    const h = m[4] !== undefined ? +m[4] + +m[5] / 60 : m[6] ? pod[m[6]] : 0;
    return +m[1] * 10000 + +m[2] * 100 + +m[3] + h / 100;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return +m[1] * 10000 + +m[2] * 100 + 1;
  if ((m = /^(\d{4})-W(\d{2})/.exec(v))) {
    // Monday of ISO week
    const y = +m[1], w = +m[2];
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
    return monday.getUTCFullYear() * 10000 + (monday.getUTCMonth() + 1) * 100 + monday.getUTCDate();
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return +m[1] * 10000 + ((+m[2] - 1) * 3 + 1) * 100 + 1;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return +m[1] * 10000 + (m[2] === '1' ? 1 : 7) * 100 + 1;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return +m[1] * 10000 + ({ SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>)[m[2]] * 100 + 1;
  if ((m = /^(\d{4})$/.exec(v))) return +m[1] * 10000 + 101;
  if ((m = /^(\d{3})$/.exec(v))) return +m[1] * 100000 + 101;
  if ((m = /^(\d{2})$/.exec(v))) return +m[1] * 1000000 + 101;
  return null;
}

/**
 * The sentence around [start, end), from the same splitter that gives the tagger its sentences (hard-
 * wrapped lines joined, abbreviations kept), cut to about 320 characters either side of the expression
 * with an ellipsis where it was cut. White space is collapsed; `offset` is where the expression starts.
 */
function sentenceAround(text: string, sentences: ReadonlyArray<[number, number]>, start: number, end: number): { sentence: string; offset: number } {
  const LIMIT = 320;
  let lo = 0, hi = sentences.length - 1, span: [number, number] = [start, end];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start < sentences[mid][0]) hi = mid - 1;
    else if (start >= sentences[mid][1]) lo = mid + 1;
    else { span = sentences[mid]; break; }
  }
  const cutStart = start - span[0] > LIMIT, cutEnd = span[1] - end > LIMIT;
  let s = cutStart ? start - LIMIT : span[0];
  let e = cutEnd ? end + LIMIT : Math.max(span[1], end);
  // Cut at white space, not inside a word.
  if (cutStart) while (s < start && !/\s/.test(text[s - 1])) s++;
  if (cutEnd) while (e > end && !/\s/.test(text[e])) e--;
  const raw = text.slice(s, e);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim().replace(/\s+/g, ' ');
  // Whitespace collapsing can shift the highlight; recompute it on the collapsed string.
  const before = text.slice(s + lead, start).replace(/\s+/g, ' ');
  return { sentence: (cutStart ? '…' : '') + sentence + (cutEnd ? '…' : ''), offset: before.length + (cutStart ? 1 : 0) };
}

function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

function markOf(e: Entry, fallback: boolean): TimelineItem['mark'] {
  if (fallback && e.anchor !== 'absolute') return 'fallback';
  if (e.anchor === 'previous') return 'previous';
  if (/tense/i.test(e.explanation)) return 'tense';
  return undefined;
}

/** Builds the panel's model. `fallbackValue` is the reference used when there is no dateline. */
export function buildTimeline(text: string, result: AnalyzeResult, fallbackValue: string): TimelineModel {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const fallback = !result.dateline;
  const items: Array<TimelineItem & { key: number; coarse: number }> = [];
  const other: TimelineItem[] = [];
  const dl0 = result.dateline;
  const sentences = result.entries.length ? splitSentences(text) : [];
  result.entries.forEach((e, index) => {
    // The dateline's own words are the marker, not an entry.
    if (dl0 && dl0.end > dl0.start && e.start < dl0.end && dl0.start < e.end) return;
    const { sentence, offset } = sentenceAround(text, sentences, e.start, e.end);
    const exprLen = e.text.replace(/\s+/g, ' ').length;
    const item: TimelineItem = {
      index, start: e.start, end: e.end, text: e.text, value: e.value, endValue: e.endValue,
      words: e.endValue ? describeRange(e.value, e.endValue) : describeValue(e.value),
      modWords: e.mod ? MOD_WORDS[e.mod] : undefined,
      granularity: e.granularity, mark: markOf(e, fallback), explanation: e.explanation,
      sentence, highlight: [offset, Math.min(sentence.length, offset + exprLen)], line: lineOf(lineStarts, e.start),
    };
    const key = valueStartKey(e.value);
    if ((e.type === 'DATE' || e.type === 'TIME') && key !== null) items.push({ ...item, key, coarse: COARSENESS[e.granularity] ?? 0 });
    else other.push(item);
  });
  items.sort((a, b) => Math.floor(a.key) - Math.floor(b.key) || b.coarse - a.coarse || a.key - b.key || a.start - b.start);

  const refValue = result.dateline?.value ?? fallbackValue;
  const refKey = valueStartKey(refValue) ?? Infinity;
  const rows: TimelineRow[] = [];
  let group: TimelineGroup | null = null;
  let markerPlaced = false;
  for (const it of items) {
    if (!markerPlaced && Math.floor(it.key) > Math.floor(refKey)) {
      rows.push({ kind: 'dateline' });
      markerPlaced = true;
      group = null;
    }
    const y = Math.floor(it.key / 10000);
    const mo = Math.floor(it.key / 100) % 100;
    const monthGroup = it.coarse <= COARSENESS.month && y >= 1000 && y < 10000;
    // Decades and centuries head their own group ("1990s"); everything else sits in its year or month.
    const label = monthGroup ? `${MONTHS[mo - 1]} ${y}` : it.granularity === 'decade' || it.granularity === 'century' ? it.words.replace(/^the /, '') : String(y);
    if (!group || group.label !== label) {
      group = { label, kind: monthGroup ? 'month' : 'year', items: [] };
      rows.push({ kind: 'group', group });
    }
    const { key: _k, coarse: _c, ...clean } = it;
    void _k; void _c;
    group.items.push(clean);
  }
  if (!markerPlaced) rows.push({ kind: 'dateline' });

  const dl = result.dateline;
  return {
    dateline: dl ? {
      value: dl.value, words: describeValue(dl.value), source: dl.source, text: dl.text, start: dl.start, end: dl.end,
      line: lineOf(lineStarts, dl.start), yearInferred: !!dl.yearInferred,
    } : null,
    reference: { value: refValue, words: describeValue(refValue), fallback },
    rows, other, count: items.length,
  };
}
