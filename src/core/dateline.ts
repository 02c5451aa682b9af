/**
 * Finds an article's dateline: the date (and time) it was published, which every relative date in the
 * text is resolved against. Only the head of the article is read: the front matter, then the first
 * lines up to HEAD_LINES non-empty lines or HEAD_CHARS characters. Recognised, among others:
 *
 *   front matter       `date: 2024-04-15`, `published: "April 15, 2024"`, `pubDate: 2024-04-15T09:30:00Z`
 *   time, date         `China Daily) 08:19, November 19, 2025`
 *   wire datelines     `MOSCOW, Nov 18 (Reuters) -`, `BEIJING, Jan. 7, 2025 (Xinhua) --`
 *   agency + date line `WASHINGTON (AP) —` with `March 3, 2024` on a line nearby
 *   cue words          `Published 12 February 2024`, `Updated 4:12 PM EDT, August 30, 2023`, `Posted on ...`
 *   Guardian style     `Tuesday 4 June 2024 17.00 BST`
 *   by-lines           `By Jane Doe | April 15, 2024`
 *   a bare date line   `2024-04-15` or `Nov. 18, 2025` alone on a line
 *
 * A date inside a headline or a sentence is not a dateline: each candidate line is scored by its cues
 * and the best one wins. A dateline without a year takes the latest such date not after `fallback`.
 */
import type { Dateline } from './types';
import type { DatelineCues } from './language';
import { Point, isValidYmd, compareYmd, weekday } from './calendar';
import { formatPoint } from './timex';

const HEAD_LINES = 15;
const HEAD_CHARS = 3000;
/** Front matter is read from at most this many characters at the start of the text. */
const FRONT_MATTER_MAX = 65_536;

interface Found {
  point: Point;
  start: number;
  end: number;
  score: number;
  yearInferred?: boolean;
  line: number;
  /** The cue before the date, in its segment of the line: a publication, an update, another, none. */
  cue: 'publish' | 'update' | 'other' | null;
  wire: boolean;
}

/** Where a line's stamps part: a bar or bullet, a tab, or a run of spaces ("Published: … | Updated: …"). */
const SEGMENT_BREAK = /[|•·]|\t|\s{2,}| \/ /g;

/** The part of `lead` after its last segment break. */
function segmentTail(lead: string): string {
  let at = 0;
  for (const b of lead.matchAll(SEGMENT_BREAK)) at = b.index! + b[0].length;
  return lead.slice(at);
}

/** The part of `rest` before its first segment break. */
function segmentHead(rest: string): string {
  SEGMENT_BREAK.lastIndex = 0;
  const b = SEGMENT_BREAK.exec(rest);
  return b ? rest.slice(0, b.index) : rest;
}

function to24(h: number, m: number, ap: string | undefined): [number, number] | null {
  if (m > 59) return null;
  if (ap) {
    if (h < 1 || h > 12) return null;
    const pm = ap.toLowerCase() === 'p';
    return [pm ? (h % 12) + 12 : h % 12, m];
  }
  return h > 23 ? null : [h, m];
}

type Order = 'dmy' | 'mdy' | null;

/** The latest year, not after the fallback, in which day `d` of month `mo` falls on weekday `wd`; null if none in 400 years. */
function yearOnWeekday(mo: number, d: number, wd: number, fb: { y: number; m: number; d: number }): number | null {
  let y = compareYmd({ y: fb.y, m: mo, d }, fb) > 0 ? fb.y - 1 : fb.y;
  for (const stop = y - 400; y > stop; y--) {
    if (isValidYmd(y, mo, d) && weekday({ y, m: mo, d }) === wd) return y;
  }
  return null;
}

/**
 * Reads one date match into its point (a day, with a time when given); null if impossible (Feb 30)
 * or if it cannot be read one way only. A date without a year takes the latest year not after
 * `fallback`; with a weekday ("Friday, June 6"), the latest year in which that date is that weekday.
 */
function pointIn(m: RegExpExecArray, cues: DatelineCues, fallback: Date, order: () => Order): { point: Point; yearInferred: boolean } | null {
  const g = m.groups!;
  let y: number | undefined;
  let hh: number | undefined, mi: number | undefined;
  // The readings of the date as [month, day]: one, or two for a year-less numeric date with a weekday.
  let readings: Array<[number, number]>;
  if (g.mon !== undefined) { readings = [[cues.monthNumber(g.mon), +g.day]]; y = g.year ? +g.year : undefined; }
  else if (g.dday !== undefined) { readings = [[cues.monthNumber(g.dmon), +g.dday]]; y = g.dyear ? +g.dyear : undefined; }
  else if (g.iy !== undefined) {
    y = +g.iy; readings = [[+g.im, +g.id]];
    if (g.ih !== undefined) { hh = +g.ih; mi = +g.imin; }
  } else {
    // Numbers only: "19.11.2025" is day.month (dots); "19/11/2025" and "11/19/2025" are read the one
    // way that makes a date; "4/5/2025" is read in the article's order (cues.numericOrder), and
    // without one a dateline must not guess, unless a weekday tells (a date without its year).
    const a = +g.na, b = +g.nb;
    y = g.ny !== undefined ? +g.ny : undefined;
    const o = g.sep === '.' || (a > 12 && b <= 12) ? 'dmy' : (b > 12 && a <= 12) || a === b ? 'mdy' : order();
    if (o === 'dmy') readings = [[b, a]];
    else if (o === 'mdy') readings = [[a, b]];
    else if (y === undefined) readings = [[a, b], [b, a]];
    else return null;
  }
  const wdWord = g.wd ?? g.wd2;
  const wd = wdWord !== undefined && cues.weekdayNumber ? cues.weekdayNumber(wdWord) : -1;
  let yearInferred = false;
  let mo = 0, d = 0;
  if (y === undefined) {
    const fb = { y: fallback.getFullYear(), m: fallback.getMonth() + 1, d: fallback.getDate() };
    let best: { y: number; m: number; d: number } | null = null;
    for (const [rm, rd] of readings) {
      if (!rm) continue;
      let ry: number | null = compareYmd({ y: fb.y, m: rm, d: rd }, fb) > 0 ? fb.y - 1 : fb.y;
      if (wd >= 0) ry = yearOnWeekday(rm, rd, wd, fb) ?? (readings.length > 1 ? null : ry);
      if (ry !== null && isValidYmd(ry, rm, rd) && (!best || compareYmd({ y: ry, m: rm, d: rd }, best) > 0)) best = { y: ry, m: rm, d: rd };
    }
    if (!best) return null;
    ({ y, m: mo, d } = best);
    yearInferred = true;
  } else {
    [mo, d] = readings[0];
  }
  if (!mo || !isValidYmd(y, mo, d)) return null;
  const t1 = g.t1h !== undefined ? to24(+g.t1h, +g.t1m, g.t1ap) : null;
  const t2 = g.t2h !== undefined ? to24(+g.t2h, +g.t2m, g.t2ap) : null;
  if ((g.t1h !== undefined && !t1) || (g.t2h !== undefined && !t2)) return null;
  const t = t1 ?? t2;
  if (t) [hh, mi] = t;
  if (hh !== undefined && (hh > 23 || (mi ?? 0) > 59)) return null;
  const point: Point = hh !== undefined ? { g: 'day', y, m: mo, d, hh, mi: mi ?? 0 } : { g: 'day', y, m: mo, d };
  return { point, yearInferred };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const QUOTE = /["']/;
const keyPatterns = new WeakMap<DatelineCues, RegExp>();

/** `key: value` lines of the front matter, for the language's keys (one linear pass). */
function keyPattern(cues: DatelineCues): RegExp {
  let re = keyPatterns.get(cues);
  if (!re) {
    re = new RegExp(`^(${cues.frontMatterKeys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*:\\s*`, 'gim');
    keyPatterns.set(cues, re);
  }
  return re;
}

/**
 * A key's value as YAML writes a plain or quoted scalar on one line: one quote mark may open it and
 * one may close it, with white space after; a quote inside makes it no value of ours.
 */
function scalar(line: string): { at: number; value: string } | null {
  let at = 0;
  if (QUOTE.test(line[0] ?? '')) at = 1;
  const rest = line.slice(at);
  const q = rest.search(QUOTE);
  let value: string;
  if (q < 0) value = rest.trimEnd();
  else if (rest.slice(q + 1).trim() === '') value = rest.slice(0, q);
  else return null;
  return value ? { at, value } : null;
}

function frontMatter(text: string, offset: number, cues: DatelineCues, fallback: Date): Dateline | null {
  const fm = FRONT_MATTER.exec(text.slice(offset, offset + FRONT_MATTER_MAX));
  if (!fm) return null;
  const body = fm[1];
  const bodyStart = offset + fm[0].indexOf(body);
  const keys = keyPattern(cues);
  keys.lastIndex = 0;
  let best: Dateline | null = null;
  let bestRank = 99;
  let k: RegExpExecArray | null;
  while ((k = keys.exec(body)) !== null) {
    const rank = cues.frontMatterKeys.indexOf(k[1].toLowerCase());
    const from = k.index + k[0].length;
    let to = from;
    while (to < body.length && body[to] !== '\r' && body[to] !== '\n') to++;
    const v0 = scalar(body.slice(from, to));
    if (!v0) continue;
    const raw = v0.value;
    const rawStart = bodyStart + from + v0.at;
    cues.dateInLine.lastIndex = 0;
    const m = cues.dateInLine.exec(raw);
    if (!m) continue;
    const v = pointIn(m, cues, fallback, () => cues.numericOrder?.(text) ?? null);
    if (!v || rank >= bestRank) continue;
    bestRank = rank;
    best = { value: formatPoint(v.point), start: rawStart + m.index, end: rawStart + m.index + m[0].length, text: m[0], source: 'front-matter', point: v.point };
    if (v.yearInferred) best.yearInferred = true;
  }
  return best;
}

/** Finds the dateline, or null. Never throws. */
export function detectDateline(text: string, fallback: Date, cues: DatelineCues): Dateline | null {
  try {
    return detect(text, fallback, cues);
  } catch {
    return null;
  }
}

function detect(text: string, fallback: Date, cues: DatelineCues): Dateline | null {
  if (!text) return null;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = frontMatter(text, bom, cues, fallback);
  if (fm) return fm;

  // The head: first HEAD_LINES non-empty lines, at most HEAD_CHARS characters.
  const head = text.slice(0, HEAD_CHARS);
  const lines: Array<{ start: number; text: string }> = [];
  const lineRe = /[^\r\n]*/g;
  let lm: RegExpExecArray | null;
  while ((lm = lineRe.exec(head)) !== null && lines.length < HEAD_LINES) {
    if (lm[0].length === 0) { lineRe.lastIndex++; if (lineRe.lastIndex > head.length) break; continue; }
    if (lm[0].trim()) lines.push({ start: lm.index, text: lm[0] });
  }

  const agencyLines = new Set<number>();
  lines.forEach((l, i) => { if (cues.agency.test(l.text) || cues.cityPrefix.test(l.text)) agencyLines.add(i); });

  let order: Order | undefined;
  const orderOf = (): Order => (order === undefined ? (order = cues.numericOrder?.(text) ?? null) : order);
  const found: Found[] = [];
  const re = cues.dateInLine;
  lines.forEach((line, i) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line.text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const g = m.groups!;
      // A lone number is not a date: the match must hold a month or an ISO date, or numbers with a
      // year, or with a weekday ("3/6 (Thu)").
      const numeric = g.na !== undefined && (g.ny !== undefined || g.wd !== undefined || g.wd2 !== undefined);
      if (g.mon === undefined && g.dmon === undefined && g.iy === undefined && !numeric) continue;
      const v = pointIn(m, cues, fallback, orderOf);
      if (!v) continue;
      const lineText = line.text;
      const lead = lineText.slice(0, m.index);
      const after = lineText.slice(m.index + m[0].length);
      // The words around the date in its own stamp: a line may hold two ("Published … | Updated …").
      const segLead = segmentTail(lead);
      const rest = (segLead + ' ' + segmentHead(after)).replace(/[\s|,.:;()\-–—_/•·]+/g, ' ').trim();
      const words = rest ? rest.split(' ').length : 0;
      const hasYear = !!(g.year || g.dyear || g.iy || g.ny);
      let score = 0;
      let cue: Found['cue'] = null;
      if (cues.cue.test(segLead)) {
        cue = cues.updateCue.test(segLead) && !cues.publishCue.test(segLead) ? 'update' : cues.publishCue.test(segLead) ? 'publish' : 'other';
        score += cue === 'update' ? 5 : 6;
      }
      if (cues.agency.test(lineText) || cues.cityPrefix.test(lineText)) score += 5;
      if (cues.byline.test(lineText)) score += 4;
      if (g.t1h !== undefined || g.t2h !== undefined || g.ih !== undefined) score += 2;
      if (hasYear) score += 1;
      // A weekday with the date is how stamps and heads write it ("Friday, June 6").
      if (g.wd !== undefined || g.wd2 !== undefined) score += 1;
      if (words <= 3) score += 3;
      if (words <= 3 && (agencyLines.has(i - 1) || agencyLines.has(i + 1) || agencyLines.has(i - 2))) score += 3;
      // A wire dateline opens the first paragraph: "MOSCOW, Nov 18 (Reuters) - Russia said ...",
      // "Bengaluru, Jan 16 (PTI) IT services firm ...", "Oct 24 (Reuters) - ...", and, with a year,
      // "March 3, 2025 — The Senate voted ...".
      const wire = (cues.wireBefore.test(lead) && cues.wireAfter.test(after))
        || (!!cues.wireBeforeLoose?.test(lead) && (!!cues.agencyAfter?.test(after) || (hasYear && cues.wireAfter.test(after))));
      if (wire) score += 8;
      // Sentences and headlines: many words around the date, a full stop at the end.
      else if (words > 8) score -= 4;
      if (!wire && /[.!?]["'”’]?\s*$/.test(lineText) && words > 5) score -= 4;
      if (i === 0 && lines.length > 1 && words > 3 && score < 5) score -= 3;
      score -= i * 0.1; // earlier lines win ties
      if (score >= 3) found.push({ point: v.point, start: line.start + m.index, end: line.start + m.index + m[0].length, score, yearInferred: v.yearInferred, line: i, cue, wire });
    }
  });
  const top = (fs: Found[]): Found | null => fs.reduce<Found | null>((b, f) => (!b || f.score > b.score ? f : b), null);
  let best = top(found);
  // "Published … • Updated …": the first publication is the dateline, however the update scores. So is
  // a stamp of its own with a time ("04/02/2025 - 09:30" above "Updated 04/02/2025 - 14:10"), or on
  // another day; a by-line's bare date of the update's day only loses the update's time of day.
  if (best && best.cue === 'update') {
    const b = best;
    const alt = top(found.filter((f) => f.cue !== 'update' && f.score >= 5));
    const sameDay = (p: Point, q: Point) => p.g === 'day' && q.g === 'day' && p.y === q.y && p.m === q.m && p.d === q.d;
    best = top(found.filter((f) => f.cue === 'publish'))
      ?? (alt && (alt.point.g !== 'day' || alt.point.hh !== undefined || !sameDay(alt.point, b.point)) ? alt : b);
  }
  // A stamp with a year (a by-line, a cue) above a wire dateline without one: the stamp is the dateline.
  if (best && best.wire && best.yearInferred) {
    const b = best;
    best = top(found.filter((f) => f.line < b.line && !f.yearInferred && !f.wire)) ?? best;
  }
  if (!best) return null;
  const b: Found = best;
  // Trim trailing separators the optional time part may not have used.
  let end = b.end;
  while (end > b.start && /[\s,]/.test(text[end - 1])) end--;
  const result: Dateline = { value: formatPoint(b.point), start: b.start, end, text: text.slice(b.start, end), source: 'text', point: b.point };
  if (b.yearInferred) result.yearInferred = true;
  return result;
}
