/**
 * The timeline in other formats: TimelineJS JSON (Knight Lab), CSV (RFC 4180), iCalendar (RFC 5545)
 * and a Markdown table. Pure functions of the panel's model; only entries on the timeline are
 * exported (durations, sets and vague words are not dates), in timeline order. The dateline is not
 * an entry here (our choice: it is the reference, not an event the article reports): TimelineJS and
 * Markdown name it under their title, CSV and iCalendar leave it out.
 */
import type { TimelineItem, TimelineModel } from './timeline';

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

export function exportTimeline(format: ExportFormat, model: TimelineModel, meta: ExportMeta): ExportResult {
  const out = exportFormat(format, model, meta);
  if (model.truncated) out.notes.unshift(`Only the first ${model.truncated.shown} of ${model.truncated.total} entries were given to the export.`);
  return out;
}

function exportFormat(format: ExportFormat, model: TimelineModel, meta: ExportMeta): ExportResult {
  switch (format) {
    case 'timelinejs': return { content: toTimelineJs(model, meta), fileExtension: 'json', mime: 'application/json', notes: [] };
    case 'csv': return { content: toCsv(model), fileExtension: 'csv', mime: 'text/csv', notes: [] };
    case 'ics': return toIcs(model, meta);
    case 'markdown': return { content: toMarkdown(model, meta), fileExtension: 'md', mime: 'text/markdown', notes: [] };
  }
}

/** Runs of white space (a hard-wrapped expression's line break) as one space. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// --- TimelineJS ------------------------------------------------------------------------------------

interface TjsDate { year: string; month?: string; day?: string; hour?: string; minute?: string; display_date?: string }

/** A TIMEX3 value as a TimelineJS date at the value's own granularity (no invented day). */
export function timelineJsDate(value: string, words?: string): TjsDate | null {
  let m: RegExpExecArray | null;
  const strip = (s: string) => String(+s);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value))) {
    const d: TjsDate = { year: m[1], month: strip(m[2]), day: strip(m[3]) };
    if (m[4] !== undefined) { d.hour = strip(m[4]); d.minute = strip(m[5]); }
    return d;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { year: m[1], month: strip(m[2]) };
  // Weeks, quarters, halves and seasons start in a month TimelineJS can place; the words say the rest.
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { year: m[1], month: String((+m[2] - 1) * 3 + 1), display_date: words };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { year: m[1], month: m[2] === '1' ? '1' : '7', display_date: words };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return { year: m[1], month: ({ SP: '3', SU: '6', FA: '9', WI: '12' } as Record<string, string>)[m[2]], display_date: words };
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
    return { year: String(monday.getUTCFullYear()), month: String(monday.getUTCMonth() + 1), display_date: words };
  }
  if (/^\d{4}$/.test(value)) return { year: value };
  if (/^\d{3}$/.test(value)) return { year: `${value}0`, display_date: words };
  if (/^\d{2}$/.test(value)) return { year: `${value}00`, display_date: words };
  return null;
}

/** TimelineJS renders headline and text as HTML; article text goes in as text. */
function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toTimelineJs(model: TimelineModel, meta: ExportMeta): string {
  const events = [];
  for (const it of timelineItems(model)) {
    const start = timelineJsDate(it.value, it.words);
    if (!start) continue;
    const ev: Record<string, unknown> = {
      start_date: start,
      display_date: it.words,
      text: { headline: html(oneLine(it.text)), text: html(it.sentence) },
      unique_id: `entry-${it.index}`,
    };
    if (it.endValue) {
      const end = timelineJsDate(it.endValue);
      if (end) ev.end_date = end;
    }
    events.push(ev);
  }
  const sub = model.dateline ? `Dateline: ${model.dateline.words}` : `No dateline; dates rest on ${model.reference.words}`;
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

function toCsv(model: TimelineModel): string {
  const rows = [['date', 'end_date', 'words', 'granularity', 'expression', 'sentence', 'line', 'explanation']];
  for (const it of timelineItems(model)) {
    rows.push([it.value, it.endValue ?? '', it.words, it.granularity, it.text, it.sentence, String(it.line), it.explanation]);
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

function icsDate(ymd: string): string {
  return ymd.replace(/-/g, '');
}

function nextDay(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${t.getUTCFullYear()}${String(t.getUTCMonth() + 1).padStart(2, '0')}${String(t.getUTCDate()).padStart(2, '0')}`;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

function toIcs(model: TimelineModel, meta: ExportMeta): ExportResult {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dateline//Timeline export//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsText(`Timeline: ${meta.title}`)}`];
  const now = meta.now && !isNaN(meta.now.getTime()) ? meta.now : new Date();
  const dtstamp = stamp(now);
  let left = 0, events = 0;
  for (const it of timelineItems(model)) {
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(it.value)?.[1];
    let endDay = it.endValue ? /^(\d{4}-\d{2}-\d{2})/.exec(it.endValue)?.[1] : day;
    if (day && endDay && endDay < day) endDay = day; // DTEND must come after DTSTART
    if (!day || !endDay || !/^(day|partOfDay|time)$/.test(it.granularity)) { left++; continue; }
    events++;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${fnv1a(`${meta.sourceName}|${it.start}|${it.value}`)}-${fnv1a(`${it.value}|${it.text}`)}@dateline`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(day)}`,
      `DTEND;VALUE=DATE:${nextDay(endDay)}`,
      `SUMMARY:${icsText(`${it.words}: ${oneLine(it.text)}`)}`,
      `DESCRIPTION:${icsText(it.sentence)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  const notes = left ? [`${left} ${left === 1 ? 'entry' : 'entries'} coarser than a day (weeks, months, quarters, years…) ${left === 1 ? 'is' : 'are'} not in the calendar: a calendar event needs a day.`] : [];
  if (!events) notes.push('No entry is a day, so the calendar has no events.');
  return { content: lines.map(icsFold).join('\r\n') + '\r\n', fileExtension: 'ics', mime: 'text/calendar', notes };
}

// --- Markdown ----------------------------------------------------------------------------------------

export function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

function toMarkdown(model: TimelineModel, meta: ExportMeta): string {
  const out = [`# Timeline: ${mdCell(meta.title)}`, ''];
  out.push(model.dateline ? `Dateline: ${mdCell(model.dateline.words)}` : `No dateline: dates rest on ${mdCell(model.reference.words)}.`, '');
  out.push('| Date | Expression | Sentence | Line |', '| --- | --- | --- | --- |');
  for (const it of timelineItems(model)) {
    out.push(`| ${mdCell(it.words)} | ${mdCell(it.text)} | ${mdCell(it.sentence)} | ${it.line} |`);
  }
  return out.join('\n') + '\n';
}
