import * as assert from 'assert';
import { analyze, buildTimeline, exportTimeline, timelineItems, TimelineModel } from '../../src/core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js');

const ARTICLE = [
  'Café owners in Zürich, Basel; and "Geneva" protest',
  '',
  'ZURICH, Nov. 19, 2025 (Dateline Wire) — Café owners protested on Monday against the new rules,',
  'which take effect in December. Talks were held last week and from Oct. 2 to Oct. 3.',
  'Profits fell in the third quarter. The strike lasted for six weeks.',
  '=HYPERLINK("x") was painted on a wall on Tuesday, police said | twice.',
].join('\n');

function model(): TimelineModel {
  return buildTimeline(ARTICLE, analyze(ARTICLE), '2025-11-19');
}
const META = { title: 'zurich-cafes', sourceName: 'file:///news/zurich-cafes.txt', now: new Date(Date.UTC(2025, 10, 20, 9, 30, 0)) };

/** A small RFC 4180 parser for the test. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    field += c; i++;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('export: the model used', () => {
  it('holds a day, a month, a week, a range of days and a quarter on the timeline, and a duration off it', () => {
    const items = timelineItems(model());
    const g = items.map((i) => i.granularity);
    for (const want of ['day', 'month', 'week', 'quarter']) assert.ok(g.includes(want as never), `${want} in ${g}`);
    assert.ok(items.some((i) => i.endValue === '2025-10-03'), 'the range Oct. 2 to Oct. 3');
    assert.ok(model().other.some((i) => i.value === 'P6W'));
  });
});

describe('export: TimelineJS', () => {
  const out = exportTimeline('timelinejs', model(), META);
  const j = JSON.parse(out.content);
  const items = timelineItems(model());
  it('has one event per timeline entry, with the title and dateline', () => {
    assert.strictEqual(j.events.length, items.length);
    assert.strictEqual(j.title.text.headline, 'zurich-cafes');
    assert.match(j.title.text.text, /Wed 19 Nov 2025/);
  });
  it('keeps granularity: a month has no day, a day has one, a quarter shows its words', () => {
    const dec = j.events.find((e: { display_date: string }) => e.display_date === 'December 2025');
    assert.deepStrictEqual(dec.start_date, { year: '2025', month: '12' });
    const mon = j.events.find((e: { display_date: string }) => e.display_date === 'Mon 17 Nov 2025');
    assert.deepStrictEqual(mon.start_date, { year: '2025', month: '11', day: '17' });
    const q = j.events.find((e: { display_date: string }) => e.display_date === 'Q3 2025');
    assert.deepStrictEqual(q.start_date, { year: '2025', month: '7', display_date: 'Q3 2025' });
  });
  it('a range has an end_date; headline is the expression, text the sentence', () => {
    const r = j.events.find((e: { end_date?: unknown }) => e.end_date);
    assert.deepStrictEqual([r.start_date, r.end_date], [{ year: '2025', month: '10', day: '2' }, { year: '2025', month: '10', day: '3' }]);
    assert.strictEqual(r.text.headline, 'from Oct. 2 to Oct. 3');
    assert.match(r.text.text, /Talks were held last week and from Oct\. 2 to Oct\. 3\./);
  });
});

describe('export: CSV (RFC 4180)', () => {
  const out = exportTimeline('csv', model(), META);
  const rows = parseCsv(out.content);
  it('has the header, a row per entry, CRLF line ends and 8 fields in every row', () => {
    assert.deepStrictEqual(rows[0], ['date', 'end_date', 'words', 'granularity', 'expression', 'sentence', 'line', 'explanation']);
    assert.strictEqual(rows.length, timelineItems(model()).length + 1);
    for (const r of rows) assert.strictEqual(r.length, 8);
    assert.ok(out.content.endsWith('\r\n') && !/[^\r]\n/.test(out.content));
  });
  it('round-trips commas, quotes and pipes', () => {
    const mon = rows.find((r) => r[0] === '2025-11-17')!;
    assert.strictEqual(mon[4], 'Monday');
    assert.strictEqual(mon[5], 'ZURICH, Nov. 19, 2025 (Dateline Wire) — Café owners protested on Monday against the new rules, which take effect in December.');
  });
  it('guards against formulas: a field starting with = gets an apostrophe', () => {
    const tue = rows.find((r) => r[0] === '2025-11-18')!;
    assert.ok(tue[5].startsWith(`'=HYPERLINK("x")`), tue[5]);
  });
});

describe('export: iCalendar (RFC 5545)', () => {
  const out = exportTimeline('ics', model(), META);
  const parsed = new ICAL.Component(ICAL.parse(out.content));
  const events = parsed.getAllSubcomponents('vevent');
  const dayItems = timelineItems(model()).filter((i) => /^(day|partOfDay|time)$/.test(i.granularity));
  it('parses with ical.js: one all-day event per day entry', () => {
    assert.strictEqual(events.length, dayItems.length);
    const mon = events.find((e: { getFirstPropertyValue(n: string): { toString(): string } }) => e.getFirstPropertyValue('dtstart').toString() === '2025-11-17');
    assert.ok(mon, 'Monday 17 Nov is an event');
    assert.strictEqual(mon.getFirstProperty('dtstart').type, 'date');
    assert.strictEqual(mon.getFirstPropertyValue('dtend').toString(), '2025-11-18');
  });
  it('a range of days ends the day after its last day', () => {
    const r = events.find((e: { getFirstPropertyValue(n: string): { toString(): string } }) => e.getFirstPropertyValue('dtstart').toString() === '2025-10-02');
    assert.strictEqual(r.getFirstPropertyValue('dtend').toString(), '2025-10-04');
  });
  it('SUMMARY and DESCRIPTION round-trip escaping (commas, semicolons, quotes, non-ASCII)', () => {
    const mon = events.find((e: { getFirstPropertyValue(n: string): { toString(): string } }) => e.getFirstPropertyValue('dtstart').toString() === '2025-11-17');
    assert.strictEqual(mon.getFirstPropertyValue('summary'), 'Mon 17 Nov 2025: Monday');
    const desc = mon.getFirstPropertyValue('description');
    assert.strictEqual(desc, 'ZURICH, Nov. 19, 2025 (Dateline Wire) — Café owners protested on Monday against the new rules, which take effect in December.');
  });
  it('folds lines at 75 octets, uses CRLF everywhere', () => {
    const physical = out.content.split('\r\n');
    assert.strictEqual(physical.pop(), '');
    for (const l of physical) assert.ok(new TextEncoder().encode(l).length <= 75, `${new TextEncoder().encode(l).length} octets: ${l}`);
    assert.ok(!/[^\r]\n/.test(out.content));
    assert.ok(physical.some((l) => l.startsWith(' ')), 'long lines were folded');
  });
  it('UIDs are stable across exports and differ between events', () => {
    const again = new ICAL.Component(ICAL.parse(exportTimeline('ics', model(), { ...META, now: new Date() }).content)).getAllSubcomponents('vevent');
    const uids = events.map((e: { getFirstPropertyValue(n: string): string }) => e.getFirstPropertyValue('uid'));
    assert.deepStrictEqual(again.map((e: { getFirstPropertyValue(n: string): string }) => e.getFirstPropertyValue('uid')), uids);
    assert.strictEqual(new Set(uids).size, uids.length);
  });
  it('says how many entries coarser than a day it left out', () => {
    const coarse = timelineItems(model()).length - dayItems.length;
    assert.ok(coarse >= 3);
    assert.strictEqual(out.notes.length, 1);
    assert.match(out.notes[0], new RegExp(`^${coarse} entries coarser than a day`));
  });
});

describe('export: Markdown table', () => {
  const out = exportTimeline('markdown', model(), META);
  const rows = out.content.split('\n').filter((l) => l.startsWith('|'));
  it('has a title, the dateline and a table row per entry', () => {
    assert.match(out.content, /^# Timeline: zurich-cafes\n\nDateline: Wed 19 Nov 2025\n/);
    assert.strictEqual(rows.length, timelineItems(model()).length + 2);
  });
  it('escapes pipes, so every row has four cells', () => {
    for (const r of rows) {
      const cells = r.replace(/\\\|/g, '').split('|').length - 2;
      assert.strictEqual(cells, 4, r);
    }
    assert.ok(out.content.includes('police said \\| twice'));
  });
});
