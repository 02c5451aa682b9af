/**
 * The timeline model: what the panel shows, computed from analyze()'s result. Pure data, so the
 * webview holds no date logic: it renders these items as they come.
 *
 * Order: by the first day each entry covers; at the same first day the coarser entry comes first
 * ("November 2025" before "Mon 3 Nov 2025"), then by position in the text. Groups are years, then
 * months within them: a year (which starts on 1 January) heads its year's group, and a quarter, half
 * or season sits in the month it starts in, so that a year's heading comes once, before its months,
 * and never again between them ("2025" after September's entries). The dateline is placed
 * among the entries as a marker: what starts before it is above, what starts after it below; on the
 * dateline's own day, a time after the dateline's time ("at 3 p.m." in a story filed at 08:19) is
 * below it.
 */
import type { AnalyzeResult, Check, Entry, Granularity } from './types';
import type { Language, Sentences } from './language';
import { Point, pointStart } from './calendar';
import { parsePoint } from './timex';
import { sentenceAround, splitSentences } from './sentences';
import { entryWords, isDatelineWords, isOnTimeline } from './entry';

export interface TimelineItem {
  /** Index of the entry in AnalyzeResult.entries. */
  index: number;
  start: number;
  end: number;
  text: string;
  value: string;
  endValue?: string;
  /** The value as data (entries on the timeline have one). */
  point?: Point;
  endPoint?: Point;
  /** The date in words at its own granularity, e.g. "Mon 17 Nov 2025", "Q1 2025". */
  words: string;
  /** A short qualifier from the modifier, e.g. "early", "late". */
  modWords?: string;
  /** Secondary words beside the date, e.g. "week 11" beside "11–17 Mar 2024". */
  secondary?: string;
  granularity: Granularity;
  /** How the value was reached: by tense, from the previous date, on the fallback, or corrected by the reader gets a mark in the panel. */
  mark?: 'tense' | 'previous' | 'fallback' | 'corrected';
  /** Set when the reader corrected the value: what Dateline had read ("Mon 17 Nov 2025"), or null for no date. */
  corrected?: { was: string | null };
  /**
   * Why a reader should check the value, if it rests on a guess: a direction decided by tense, a year
   * inferred (other than the dateline's), counted from a date before, a numeric form that reads either
   * way, the fallback date. Empty when the text gives the date whole.
   */
  checks: Check[];
  explanation: string;
  /** The sentence around the expression, and where the expression is inside it. */
  sentence: string;
  highlight: [number, number];
  /** 1-based line of the expression, for the panel's "line N" hint. */
  line: number;
}

/** What in an entry's value is a guess (TimelineItem.checks). */
function checksOf(e: Entry, fallback: boolean, refYear: number | null): Check[] {
  const out: Check[] = [];
  // The reader has checked it.
  if (e.corrected) return out;
  if (e.reason === 'tense') out.push('tense');
  if (e.reason === 'inferredYear' && e.point && 'y' in e.point && e.point.y !== refYear) out.push('inferredYear');
  if (e.reason === 'previous' || e.anchor === 'previous') out.push('previous');
  if (e.reason === 'ambiguousNumeric') out.push('ambiguous');
  if (fallback && e.anchor !== 'absolute') out.push('fallback');
  return out;
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
  /** Why an entry needs checking, in the language's words (its `checks`): the panel and the CSV say the same. */
  checkWords: Readonly<Record<Check, string>>;
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

const COARSENESS: Record<string, number> = { century: 9, millennium: 10, decade: 8, year: 7, half: 6, season: 5, quarter: 5, month: 4, week: 3, weekend: 3, day: 2, partOfDay: 1, time: 0 };
const POD_HOUR: Record<string, number> = { MO: 8, AF: 14, EV: 19, NI: 22, DT: 12 };

/** First day of a point as a sortable number (yyyymmdd plus a fraction for the time of day). */
export function pointKey(p: Point): number {
  const d = pointStart(p);
  const h = p.g === 'day' ? (p.hh !== undefined ? p.hh + (p.mi ?? 0) / 60 : p.pod ? POD_HOUR[p.pod] : 0) : 0;
  return d.y * 10000 + d.m * 100 + d.d + h / 100;
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
  if (e.corrected) return 'corrected';
  if (fallback && e.anchor !== 'absolute') return 'fallback';
  if (e.anchor === 'previous' || e.reason === 'previous') return 'previous';
  if (e.reason === 'tense') return 'tense';
  return undefined;
}

/**
 * Builds the panel's model. `fallbackValue` is the reference used when there is no dateline;
 * `sentences` the text's split when the caller has it (else it is split here).
 */
export function buildTimeline(text: string, result: AnalyzeResult, fallbackValue: string, lang: Language, sentences?: Sentences): TimelineModel {
  const describe = lang.describe;
  const words = (v: string) => { const p = parsePoint(v); return p ? describe.point(p) : describe.value(v); };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const fallback = !result.dateline;
  const items: Array<TimelineItem & { key: number; coarse: number }> = [];
  const other: TimelineItem[] = [];
  const dl0 = result.dateline;
  const refValue = dl0?.value ?? fallbackValue;
  const refPoint = dl0?.point ?? parsePoint(refValue);
  const refYear = refPoint && 'y' in refPoint ? refPoint.y : null;
  const split = result.entries.length ? sentences ?? splitSentences(text, lang.sentences) : [];
  result.entries.forEach((e, index) => {
    // The dateline's own words are the marker, not an entry.
    if (isDatelineWords(e, dl0)) return;
    const { sentence, offset } = sentenceAround(text, split, e.start, e.end);
    const exprLen = e.text.replace(/\s+/g, ' ').length;
    const item: TimelineItem = {
      index, start: e.start, end: e.end, text: e.text, value: e.value, endValue: e.endValue, point: e.point, endPoint: e.endPoint,
      words: entryWords(e, lang),
      modWords: e.mod ? describe.mod(e.mod) : undefined,
      granularity: e.granularity, mark: markOf(e, fallback), checks: checksOf(e, fallback, refYear), explanation: e.explanation,
      sentence, highlight: [offset, Math.min(sentence.length, offset + exprLen)], line: lineOf(lineStarts, e.start),
    };
    if (e.corrected) item.corrected = { was: e.corrected.was?.words ?? null };
    const secondary = e.point && !e.endPoint ? describe.secondary(e.point) : undefined;
    if (secondary) item.secondary = secondary;
    if (isOnTimeline(e)) items.push({ ...item, key: pointKey(e.point!), coarse: COARSENESS[e.granularity] ?? 0 });
    else other.push(item);
  });
  items.sort((a, b) => Math.floor(a.key) - Math.floor(b.key) || b.coarse - a.coarse || a.key - b.key || a.start - b.start);

  const refKey = refPoint ? pointKey(refPoint) : Infinity;
  const refTimed = refPoint?.g === 'day' && refPoint.hh !== undefined;
  // After the marker: a later day; on the dateline's day, a later time when the dateline has one.
  const after = (key: number) => (refTimed && Math.floor(key) === Math.floor(refKey) ? key > refKey : Math.floor(key) > Math.floor(refKey));
  const rows: TimelineRow[] = [];
  let group: TimelineGroup | null = null;
  let markerPlaced = false;
  for (const it of items) {
    if (!markerPlaced && after(it.key)) {
      rows.push({ kind: 'dateline' });
      markerPlaced = true;
      group = null;
    }
    const y = Math.floor(it.key / 10000);
    const mo = Math.floor(it.key / 100) % 100;
    const monthGroup = it.coarse < COARSENESS.year && y >= 1000 && y < 10000;
    // Decades and centuries head their own group ("1990s"); everything else sits in its year or month.
    const label = monthGroup ? describe.monthGroup(y, mo) : it.granularity === 'decade' || it.granularity === 'century' ? it.words.replace(/^the /, '') : String(y);
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
      value: dl.value, words: describe.point(dl.point), source: dl.source, text: dl.text, start: dl.start, end: dl.end,
      line: lineOf(lineStarts, dl.start), yearInferred: !!dl.yearInferred,
    } : null,
    reference: { value: refValue, words: words(refValue), fallback },
    rows, other, count: items.length, checkWords: describe.checks,
  };
}
