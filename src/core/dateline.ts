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
import { isValidYmd, compareYmd } from './calendar';
import { monthNumber } from './lexicon';

const HEAD_LINES = 15;
const HEAD_CHARS = 3000;

const MONTH_RE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WD_RE = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
const TIME_RE = '(\\d{1,2})[:.](\\d{2})(?:\\s*([AaPp])\\.?\\s*[Mm]\\.?)?(?:\\s*\\(?(?:[A-Z]{2,4}T|GMT|UTC|BST|CET|CEST)\\)?)?';
const YEAR_RE = '((?:19|20)\\d\\d)';

/** One pass over a line finds [time,] date [, time]. Groups are read by name through the indices below. */
const DATE_IN_LINE = new RegExp(
  `(?:${TIME_RE}\\s*,?\\s*)?`
  + `(?:${WD_RE},?\\s+)?`
  + `(?:(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR_RE})?`
  + `|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE}),?(?:\\s+${YEAR_RE})?`
  + `|${YEAR_RE}-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`
  + `|(\\d{1,2})([/.])(\\d{1,2})[/.]${YEAR_RE})`
  + `(?:\\s*[,/|•·]?\\s*(?:at\\s+)?${TIME_RE})?`
  + '(?![A-Za-z0-9])',
  'g',
);

const CUE = /\b(?:published|updated|posted|first published|last updated|last modified|issued|released|dateline|date)\b\s*(?:on|at)?\s*:?/i;
const AGENCY = /\((?:AP|Reuters|AFP|Xinhua|Bloomberg|UPI|dpa|ANSA|Kyodo|Yonhap|PTI|IANS|CNN|BBC|TASS|Interfax|EFE|Dateline Wire|[A-Z][\w ]{1,20}(?:News|Press|Wire|Agency))\)|\b(?:Reuters|Associated Press|Agence France-Presse|Xinhua|Bloomberg)\b/;
const CITY_PREFIX = /^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*[,(]/;
const WIRE_BEFORE = /^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,\s*$/;
const WIRE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|–|—|_)/;
const BYLINE = /^\s*[_*]*By\s+[^|]{2,60}\|/;

interface Found {
  value: string;
  start: number;
  end: number;
  score: number;
  yearInferred?: boolean;
}

function pad(n: number, w = 2) {
  return String(n).padStart(w, '0');
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

/** Reads one date match into a TIMEX3 value; null if impossible (Feb 30). */
function valueOf(m: RegExpExecArray, fallback: Date): { value: string; yearInferred: boolean } | null {
  let y: number | undefined, mo: number, d: number;
  let hh: number | undefined, mi: number | undefined;
  if (m[4] !== undefined) { mo = monthNumber(m[4]); d = +m[5]; y = m[6] ? +m[6] : undefined; }
  else if (m[7] !== undefined) { d = +m[7]; mo = monthNumber(m[8]); y = m[9] ? +m[9] : undefined; }
  else if (m[10] !== undefined) {
    y = +m[10]; mo = +m[11]; d = +m[12];
    if (m[13] !== undefined) { hh = +m[13]; mi = +m[14]; }
  } else {
    // Numbers only: "19.11.2025" is day.month (dots); "19/11/2025" and "11/19/2025" are read the one
    // way that makes a date; "4/5/2025" could be either, and a dateline must not guess.
    const a = +m[15], b = +m[17];
    y = +m[18];
    if (m[16] === '.') { d = a; mo = b; }
    else if (a > 12 && b <= 12) { d = a; mo = b; }
    else if (b > 12 && a <= 12) { mo = a; d = b; }
    else return null;
  }
  if (!mo) return null;
  let yearInferred = false;
  if (y === undefined) {
    const fb = { y: fallback.getFullYear(), m: fallback.getMonth() + 1, d: fallback.getDate() };
    y = fb.y;
    if (compareYmd({ y, m: mo, d }, fb) > 0) y--;
    yearInferred = true;
  }
  if (!isValidYmd(y, mo, d)) return null;
  const t1 = m[1] !== undefined ? to24(+m[1], +m[2], m[3]) : null;
  const t2 = m[19] !== undefined ? to24(+m[19], +m[20], m[21]) : null;
  if ((m[1] !== undefined && !t1) || (m[19] !== undefined && !t2)) return null;
  const t = t1 ?? t2;
  if (t) [hh, mi] = t;
  if (hh !== undefined && (hh > 23 || (mi ?? 0) > 59)) return null;
  const value = `${pad(y, 4)}-${pad(mo)}-${pad(d)}${hh !== undefined ? `T${pad(hh)}:${pad(mi ?? 0)}` : ''}`;
  return { value, yearInferred };
}

function frontMatter(text: string, offset: number, fallback: Date): Dateline | null {
  const fm = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text.slice(offset));
  if (!fm) return null;
  const body = fm[1];
  const bodyStart = offset + fm[0].indexOf(body);
  const keys = /^(date|published|publishDate|published_at|pubDate|datePublished|created)\s*:\s*["']?([^"'\r\n]+?)["']?\s*$/gim;
  let best: Dateline | null = null;
  let bestRank = 99;
  let k: RegExpExecArray | null;
  while ((k = keys.exec(body)) !== null) {
    const rank = ['date', 'published', 'publishdate', 'published_at', 'pubdate', 'datepublished', 'created'].indexOf(k[1].toLowerCase());
    const raw = k[2];
    const rawStart = bodyStart + k.index + k[0].indexOf(raw);
    DATE_IN_LINE.lastIndex = 0;
    const m = DATE_IN_LINE.exec(raw);
    if (!m) continue;
    const v = valueOf(m, fallback);
    if (!v || rank >= bestRank) continue;
    bestRank = rank;
    best = { value: v.value, start: rawStart + m.index, end: rawStart + m.index + m[0].length, text: m[0], source: 'front-matter' };
    if (v.yearInferred) best.yearInferred = true;
  }
  return best;
}

/** Finds the dateline, or null. Never throws. */
export function detectDateline(text: string, fallback: Date): Dateline | null {
  try {
    return detect(text, fallback);
  } catch {
    return null;
  }
}

function detect(text: string, fallback: Date): Dateline | null {
  if (!text) return null;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = frontMatter(text, bom, fallback);
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
  lines.forEach((l, i) => { if (AGENCY.test(l.text) || CITY_PREFIX.test(l.text)) agencyLines.add(i); });

  let best: Found | null = null;
  lines.forEach((line, i) => {
    DATE_IN_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE_IN_LINE.exec(line.text)) !== null) {
      if (m[0].length === 0) { DATE_IN_LINE.lastIndex++; continue; }
      // A lone number is not a date: the match must hold a month or an ISO date.
      if (m[4] === undefined && m[8] === undefined && m[10] === undefined && m[18] === undefined) continue;
      const v = valueOf(m, fallback);
      if (!v) continue;
      const lineText = line.text;
      const rest = (lineText.slice(0, m.index) + lineText.slice(m.index + m[0].length)).replace(/[\s|,.:;()\-–—_/•·]+/g, ' ').trim();
      const words = rest ? rest.split(' ').length : 0;
      let score = 0;
      if (CUE.test(lineText.slice(0, m.index))) score += /updated|modified/i.test(lineText.slice(0, m.index)) && !/published/i.test(lineText.slice(0, m.index)) ? 5 : 6;
      if (AGENCY.test(lineText) || CITY_PREFIX.test(lineText)) score += 5;
      if (BYLINE.test(lineText)) score += 4;
      if (m[1] !== undefined || m[19] !== undefined || m[13] !== undefined) score += 2;
      if (m[6] || m[9] || m[10] || m[18]) score += 1;
      if (words <= 3) score += 3;
      if (words <= 3 && (agencyLines.has(i - 1) || agencyLines.has(i + 1) || agencyLines.has(i - 2))) score += 3;
      // A wire dateline opens the first paragraph: "MOSCOW, Nov 18 (Reuters) - Russia said ...".
      const wire = WIRE_BEFORE.test(lineText.slice(0, m.index)) && WIRE_AFTER.test(lineText.slice(m.index + m[0].length));
      if (wire) score += 8;
      // Sentences and headlines: many words around the date, a full stop at the end.
      else if (words > 8) score -= 4;
      if (!wire && /[.!?]["'”’]?\s*$/.test(lineText) && words > 5) score -= 4;
      if (i === 0 && lines.length > 1 && words > 3 && score < 5) score -= 3;
      score -= i * 0.1; // earlier lines win ties
      if (score >= 3 && (!best || score > best.score)) {
        best = { value: v.value, start: line.start + m.index, end: line.start + m.index + m[0].length, score, yearInferred: v.yearInferred };
      }
    }
  });
  if (!best) return null;
  const b: Found = best;
  // Trim trailing separators the optional time part may not have used.
  let end = b.end;
  while (end > b.start && /[\s,]/.test(text[end - 1])) end--;
  const result: Dateline = { value: b.value, start: b.start, end, text: text.slice(b.start, end), source: 'text' };
  if (b.yearInferred) result.yearInferred = true;
  return result;
}
