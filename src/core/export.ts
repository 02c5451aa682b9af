/**
 * The timeline in other formats: TimelineJS JSON (Knight Lab), CSV (RFC 4180), iCalendar (RFC 5545)
 * and a Markdown table. Pure functions of the panel's model; only entries on the timeline are
 * exported (durations, sets and vague words are not dates), in timeline order. The dateline is not
 * an entry here (our choice: it is the reference, not an event the article reports): TimelineJS and
 * Markdown name it under their title, CSV and iCalendar leave it out.
 */
import type { TimelineItem, TimelineModel } from './timeline';
import type { ExportText, Language } from './language';
import { Point, addDays, addMinutes, isoWeekMonday, pointEnd, pointStart } from './calendar';
import { formatPoint, pad } from './timex';

export type ExportFormat = 'timelinejs' | 'csv' | 'ics' | 'markdown';

export interface ExportResult {
  content: string;
  fileExtension: string;
  mime: string;
  /** Sentences for the user, e.g. what an .ics had to leave out. */
  notes: string[];
}

export interface ExportMeta {
  title: string;
  /** Identifies the article (its URI); part of the iCalendar UIDs. */
  sourceName: string;
  now?: Date;
}

/** The timeline's items in order. */
export function timelineItems(model: TimelineModel): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (const row of model.rows) if (row.kind === 'group') out.push(...row.group.items);
  return out;
}

export function exportTimeline(format: ExportFormat, model: TimelineModel, meta: ExportMeta, lang: Pick<Language, 'exportText'>): ExportResult {
  const t = lang.exportText;
  const out = exportFormat(format, model, meta, t);
  if (model.truncated) out.notes.unshift(t.truncated(model.truncated.shown, model.truncated.total));
  return out;
}

function exportFormat(format: ExportFormat, model: TimelineModel, meta: ExportMeta, t: ExportText): ExportResult {
  switch (format) {
    case 'timelinejs': return { content: toTimelineJs(model, meta, t), fileExtension: 'json', mime: 'application/json', notes: [] };
    case 'csv': return { content: toCsv(model, t), fileExtension: 'csv', mime: 'text/csv', notes: [] };
    case 'ics': return toIcs(model, meta, t);
    case 'markdown': return { content: toMarkdown(model, meta, t), fileExtension: 'md', mime: 'text/markdown', notes: [] };
  }
}

/** Runs of white space (a hard-wrapped expression's line break) as one space. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// --- TimelineJS ------------------------------------------------------------------------------------

interface TjsDate { year: string; month?: string; day?: string; hour?: string; minute?: string; display_date?: string }

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A point as a TimelineJS date at its own granularity (no invented day). */
export function timelineJsDate(p: Point, words?: string): TjsDate {
  switch (p.g) {
    case 'day': {
      const d: TjsDate = { year: pad(p.y, 4), month: String(p.m), day: String(p.d) };
      if (p.hh !== undefined) { d.hour = String(p.hh); d.minute = String(p.mi ?? 0); }
      return d;
    }
    case 'month': return { year: pad(p.y, 4), month: String(p.m) };
    // Weeks, quarters, halves and seasons start in a month TimelineJS can place; the words say the rest.
    case 'quarter': return { year: pad(p.y, 4), month: String((p.q - 1) * 3 + 1), display_date: words };
    case 'half': return { year: pad(p.y, 4), month: p.h === 1 ? '1' : '7', display_date: words };
    case 'season': return { year: pad(p.y, 4), month: String(SEASON_MONTH[p.s]), display_date: words };
    case 'week': {
      const monday = isoWeekMonday(p.y, p.w);
      return { year: String(monday.y), month: String(monday.m), display_date: words };
    }
    case 'year': return { year: pad(p.y, 4) };
    case 'decade': return { year: `${pad(p.dec, 3)}0`, display_date: words };
    case 'century': return { year: `${pad(p.c, 2)}00`, display_date: words };
  }
}

/** TimelineJS renders headline and text as HTML; article text goes in as text. */
function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The first words of a sentence, about 60 characters, cut at a word with an ellipsis. */
function sentenceStart(s: string): string {
  const one = oneLine(s).replace(/^…/, '');
  if (one.length <= 60) return one;
  const cut = one.lastIndexOf(' ', 60);
  return `${one.slice(0, cut > 20 ? cut : 60).replace(/[,;:]$/, '')}…`;
}

function toTimelineJs(model: TimelineModel, meta: ExportMeta, t: ExportText): string {
  const events = [];
  for (const it of timelineItems(model)) {
    if (!it.point) continue;
    const start = timelineJsDate(it.point, it.words);
    const ev: Record<string, unknown> = {
      start_date: start,
      display_date: it.words,
      text: { headline: html(t.headline(it.words, sentenceStart(it.sentence))), text: html(it.sentence) },
      unique_id: `entry-${it.index}`,
    };
    if (it.endPoint) ev.end_date = timelineJsDate(it.endPoint);
    events.push(ev);
  }
  const sub = model.dateline ? t.datelineLine(model.dateline.words) : t.noDatelineLine(model.reference.words);
  return JSON.stringify({ title: { text: { headline: html(meta.title), text: html(sub) } }, events }, null, 2) + '\n';
}

// --- CSV --------------------------------------------------------------------------------------------

/** One CSV field: quoted when it holds a comma, quote, CR or LF, quotes doubled. A field starting with
 *  =, +, -, @, tab or CR gets a leading apostrophe so that a spreadsheet shows it as text instead of
 *  running it as a formula (OWASP's CSV-injection advice); the apostrophe is then part of the field. */
export function csvField(v: string): string {
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A point's first or last day as ISO 8601 (a spreadsheet reads it as a date), with its time when the text gives one. */
function isoDay(p: Point, last: boolean): string {
  const day = formatPoint({ g: 'day', ...(last ? pointEnd(p) : pointStart(p)) });
  return p.g === 'day' && p.hh !== undefined ? `${day}T${pad(p.hh)}:${pad(p.mi ?? 0)}` : day;
}

function toCsv(model: TimelineModel, t: ExportText): string {
  const rows = [[...t.csvHeader]];
  for (const it of timelineItems(model)) {
    const start = it.point ? isoDay(it.point, false) : '', end = it.point ? isoDay(it.endPoint ?? it.point, true) : '';
    rows.push([start, end, it.value, it.endValue ?? '', it.words, it.granularity, it.text, it.sentence, String(it.line), it.checks.map((c) => model.checkWords[c]).join('; '), it.explanation, it.corrected ? t.correction(it.corrected.was) : '']);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// --- iCalendar --------------------------------------------------------------------------------------

/** RFC 5545 TEXT escaping (§3.3.11); control characters other than tab, which TEXT may not hold, become spaces. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character (RFC 5545 §3.1). */
export function icsFold(line: string): string {
  const parts: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    // UTF-8 length; a lone surrogate is written as U+FFFD, three octets.
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > limit) {
      parts.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // continuation lines start with a space
    }
    cur += ch;
    bytes += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/** FNV-1a, 32-bit, as 8 hex digits: stable UIDs from stable input. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function icsDate(p: { y: number; m: number; d: number }): string {
  return `${pad(p.y, 4)}${pad(p.m)}${pad(p.d)}`;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/**
 * A time of day as an iCalendar DATE-TIME: in UTC ("Z") when the text gives a zone in numbers or as
 * UTC/GMT, else in local "floating" time (a zone named only by letters, or none: the time as written).
 */
function icsDateTime(p: Extract<Point, { g: 'day' }>): string {
  const hh = p.hh ?? 0, mi = p.mi ?? 0;
  const off = p.tz === 'Z' ? 0 : p.tz && /^[+-]\d\d:\d\d$/.test(p.tz) ? (p.tz[0] === '-' ? -1 : 1) * (+p.tz.slice(1, 3) * 60 + +p.tz.slice(4, 6)) : null;
  if (off === null) return `${icsDate(p)}T${pad(hh)}${pad(mi)}00`;
  const utc = addMinutes({ y: p.y, m: p.m, d: p.d, hh, mi }, -off);
  return `${icsDate(utc)}T${pad(utc.hh)}${pad(utc.mi)}00Z`;
}

function toIcs(model: TimelineModel, meta: ExportMeta, t: ExportText): ExportResult {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dateline//Timeline export//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsText(t.title(meta.title))}`];
  const now = meta.now && !isNaN(meta.now.getTime()) ? meta.now : new Date();
  const dtstamp = stamp(now);
  let left = 0, events = 0;
  for (const it of timelineItems(model)) {
    const end = it.endPoint ?? it.point;
    if (!it.point || !end || it.point.g !== 'day' || end.g !== 'day') { left++; continue; }
    const day = pointStart(it.point);
    let endDay = pointStart(end);
    if (icsDate(endDay) < icsDate(day)) endDay = day; // DTEND must come after DTSTART
    events++;
    // A time of day is a timed event (an instant, or to the end time of a span); a day an all-day event.
    const timed = it.point.hh !== undefined;
    const when = timed
      ? [`DTSTART:${icsDateTime(it.point)}`, ...(end !== it.point && end.hh !== undefined && icsDateTime(end) > icsDateTime(it.point) ? [`DTEND:${icsDateTime(end)}`] : [])]
      : [`DTSTART;VALUE=DATE:${icsDate(day)}`, `DTEND;VALUE=DATE:${icsDate(addDays(endDay, 1))}`];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${fnv1a(`${meta.sourceName}|${it.start}|${it.value}`)}-${fnv1a(`${it.value}|${it.text}`)}@dateline`,
      `DTSTAMP:${dtstamp}`,
      ...when,
      `SUMMARY:${icsText(`${it.words}: ${oneLine(it.text)}`)}`,
      `DESCRIPTION:${icsText(it.sentence)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  const notes = left ? [t.icsLeftOut(left)] : [];
  if (!events) notes.push(t.icsNoEvents);
  return { content: lines.map(icsFold).join('\r\n') + '\r\n', fileExtension: 'ics', mime: 'text/calendar', notes };
}

// --- Markdown ----------------------------------------------------------------------------------------

export function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, (w) => (/[\r\n]/.test(w) ? ' ' : w));
}

function toMarkdown(model: TimelineModel, meta: ExportMeta, t: ExportText): string {
  const out = [`# ${mdCell(t.title(meta.title))}`, ''];
  out.push(model.dateline ? t.datelineLine(mdCell(model.dateline.words)) : t.noDatelineSentence(mdCell(model.reference.words)), '');
  out.push(`| ${t.markdownHeader.join(' | ')} |`, `| ${t.markdownHeader.map(() => '---').join(' | ')} |`);
  let corrected = false;
  for (const it of timelineItems(model)) {
    corrected ||= !!it.corrected;
    out.push(`| ${mdCell(it.words)}${it.corrected ? ' ✎' : ''} | ${mdCell(it.text)} | ${mdCell(it.sentence)} | ${it.line} |`);
  }
  if (corrected) out.push('', t.correctedNote);
  return out.join('\n') + '\n';
}
