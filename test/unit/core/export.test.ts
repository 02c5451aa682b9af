import * as assert from 'assert';
import { analyze, buildTimeline, exportTimeline, limitTimeline, timelineItems, TimelineModel } from '../../../src/core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse: csvParse } = require('csv-parse/sync') as { parse(s: string, o?: object): string[][] };

/*
 * The article: dateline Wed 19 Nov 2025 (ISO week 47). By reading it:
 *   "the 1990s"              decade   199          (line 5)
 *   "the third quarter"      quarter  2025-Q3      (line 5; past tense, this year)
 *   "from Oct. 2 to\nOct. 3" day      2025-10-02 .. 2025-10-03, hard-wrapped over lines 4-5
 *   "last week"              week     2025-W46     (Mon 10 Nov 2025; line 4)
 *   "Monday"                 day      2025-11-17   (protested: the Monday before; line 3)
 *   "Tuesday"                day      2025-11-18   (was painted: the Tuesday before; line 6)
 *   "December"               month    2025-12      (take effect: ahead; line 4)
 *   "for six weeks"          duration P6W          (not on the timeline)
 * Timeline order is by first day: 1990, 1 Jul, 2 Oct, 10 Nov, 17 Nov, 18 Nov, 1 Dec.
 */
const ARTICLE = [
  'Café owners in Zürich, Basel; and "Geneva" protest',
  '',
  'ZURICH, Nov. 19, 2025 (Dateline Wire) — Café owners protested on Monday against the new rules,',
  'which take effect in December. Talks were held last week and from Oct. 2 to',
  'Oct. 3. Profits fell in the third quarter. The strike lasted for six weeks. Rents last rose this fast in the 1990s.',
  '=HYPERLINK("x") was painted on a wall at AT&T <b>HQ</b> on Tuesday, police said | twice.',
].join('\n');

const MONDAY_SENTENCE = 'ZURICH, Nov. 19, 2025 (Dateline Wire) — Café owners protested on Monday against the new rules, which take effect in December.';
const RANGE_SENTENCE = 'Talks were held last week and from Oct. 2 to Oct. 3.';
const TUESDAY_SENTENCE = '=HYPERLINK("x") was painted on a wall at AT&T <b>HQ</b> on Tuesday, police said | twice.';

const EXPECTED: Array<[value: string, granularity: string, words: string]> = [
  ['199', 'decade', 'the 1990s'],
  ['2025-Q3', 'quarter', 'Q3 2025'],
  ['2025-10-02', 'day', '2–3 Oct 2025'],
  ['2025-W46', 'week', '10–16 Nov 2025'],
  ['2025-11-17', 'day', 'Mon 17 Nov 2025'],
  ['2025-11-18', 'day', 'Tue 18 Nov 2025'],
  ['2025-12', 'month', 'December 2025'],
];

function model(text = ARTICLE): TimelineModel {
  return buildTimeline(text, analyze(text), '2025-11-19');
}
/** A copy of the model whose items' expressions are replaced, in order, by `texts`. */
function withTexts(texts: string[]): TimelineModel {
  const m: TimelineModel = JSON.parse(JSON.stringify(model()));
  const items = timelineItems(m);
  texts.forEach((t, i) => { items[i].text = t; });
  return m;
}
const META = { title: 'zurich-cafes', sourceName: 'file:///news/zurich-cafes.txt', now: new Date(Date.UTC(2025, 10, 20, 9, 30, 0)) };

/** A small RFC 4180 parser: records end with CRLF, quoted fields may hold anything, "" is a quote. */
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
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    assert.ok(c !== '"' && c !== '\n' && c !== '\r' || (c === '\r' && s[i + 1] === '\n'), `bare ${JSON.stringify(c)} at ${i} outside quotes`);
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    field += c; i++;
  }
  assert.ok(!quoted, 'unterminated quoted field');
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The cells of a Markdown table row: `\x` is an escaped character, an unescaped `|` separates cells. */
function mdCells(row: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') { cur += row[i + 1]; i++; continue; }
    if (row[i] === '|') { cells.push(cur); cur = ''; continue; }
    cur += row[i];
  }
  cells.push(cur);
  assert.strictEqual(cells.shift()!.trim(), '', `row starts with a pipe: ${row}`);
  assert.strictEqual(cells.pop()!.trim(), '', `row ends with a pipe: ${row}`);
  return cells.map((c) => c.trim());
}

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('export: the model used', () => {
  it('holds a decade, a quarter, a range of days, a week, two days and a month on the timeline, and a duration off it', () => {
    const m = model();
    assert.deepStrictEqual(timelineItems(m).map((i) => [i.value, i.granularity, i.words]), EXPECTED);
    assert.strictEqual(timelineItems(m)[2].endValue, '2025-10-03');
    assert.strictEqual(timelineItems(m)[2].text, 'from Oct. 2 to\nOct. 3');
    assert.deepStrictEqual(m.other.map((i) => i.value), ['P6W']);
    assert.strictEqual(m.dateline?.words, 'Wed 19 Nov 2025');
  });
});

describe('export: TimelineJS', () => {
  const out = exportTimeline('timelinejs', model(), META);
  const j = JSON.parse(out.content);
  const byDisplay = (d: string) => j.events.find((e: { display_date: string }) => e.display_date === d);

  it('is pretty-printed JSON with a title slide and one event per timeline entry, in timeline order', () => {
    assert.strictEqual(out.fileExtension, 'json');
    assert.strictEqual(out.mime, 'application/json');
    assert.ok(out.content.startsWith('{\n  "title": {\n'), out.content.slice(0, 40));
    assert.deepStrictEqual(j.title, { text: { headline: 'zurich-cafes', text: 'Dateline: Wed 19 Nov 2025' } });
    assert.deepStrictEqual(j.events.map((e: { display_date: string }) => e.display_date), EXPECTED.map((e) => e[2]));
    assert.ok(!out.content.includes('six weeks'), 'the duration is not an event');
    const ids = j.events.map((e: { unique_id: string }) => e.unique_id);
    assert.strictEqual(new Set(ids).size, ids.length);
  });

  it('keeps each entry at its own granularity, with strings for the numbers', () => {
    assert.deepStrictEqual(byDisplay('Mon 17 Nov 2025').start_date, { year: '2025', month: '11', day: '17' });
    // A month has no day.
    assert.deepStrictEqual(byDisplay('December 2025').start_date, { year: '2025', month: '12' });
    // A quarter and a week are placed at their first month and say what they are in display_date.
    assert.deepStrictEqual(byDisplay('Q3 2025').start_date, { year: '2025', month: '7', display_date: 'Q3 2025' });
    assert.deepStrictEqual(byDisplay('10–16 Nov 2025').start_date, { year: '2025', month: '11', display_date: '10–16 Nov 2025' });
    // A decade is the year it starts.
    assert.deepStrictEqual(byDisplay('the 1990s').start_date, { year: '1990', display_date: 'the 1990s' });
  });

  it('a range has an end_date, and only a range; headline is the date in words and the start of the sentence, text the sentence', () => {
    const ranged = j.events.filter((e: { end_date?: unknown }) => e.end_date);
    assert.strictEqual(ranged.length, 1);
    const r = ranged[0];
    assert.deepStrictEqual([r.start_date, r.end_date], [{ year: '2025', month: '10', day: '2' }, { year: '2025', month: '10', day: '3' }]);
    assert.deepStrictEqual(r.text, { headline: `2–3 Oct 2025: ${RANGE_SENTENCE}`, text: RANGE_SENTENCE });
  });
  it('no headline is the bare words of the text ("Monday"): a long sentence is cut at a word', () => {
    assert.strictEqual(byDisplay('Mon 17 Nov 2025').text.headline, 'Mon 17 Nov 2025: ZURICH, Nov. 19, 2025 (Dateline Wire) — Café owners…');
    for (const e of j.events) assert.ok(/^[^:]+: \S/.test(e.text.headline) && e.text.headline.length > e.display_date.length + 8, e.text.headline);
  });

  it('escapes HTML, which TimelineJS would render, in headlines and texts', () => {
    assert.strictEqual(byDisplay('Tue 18 Nov 2025').text.text,
      '=HYPERLINK("x") was painted on a wall at AT&amp;T &lt;b&gt;HQ&lt;/b&gt; on Tuesday, police said | twice.');
    const m = withTexts(['x']);
    timelineItems(m)[0].sentence = '<img src=x onerror=alert(1)>';
    const t = JSON.parse(exportTimeline('timelinejs', m, { ...META, title: 'A & B' }).content);
    assert.strictEqual(t.events[0].text.headline, 'the 1990s: &lt;img src=x onerror=alert(1)&gt;');
    assert.strictEqual(t.title.text.headline, 'A &amp; B');
  });
});

describe('export: CSV (RFC 4180)', () => {
  const out = exportTimeline('csv', model(), META);
  const rows = parseCsv(out.content);

  const HEADER = ['start', 'end', 'value', 'end_value', 'words', 'granularity', 'expression', 'sentence', 'line', 'flags', 'explanation', 'correction'];
  it('has the header, a row per timeline entry in order, 12 fields in every row, CRLF after every record', () => {
    assert.strictEqual(out.fileExtension, 'csv');
    assert.strictEqual(out.mime, 'text/csv');
    assert.deepStrictEqual(rows[0], HEADER);
    assert.deepStrictEqual(rows.slice(1).map((r) => [r[2], r[5], r[4]]), EXPECTED);
    for (const r of rows) assert.strictEqual(r.length, 12);
    assert.ok(out.content.startsWith(`${HEADER.join(',')}\r\n`));
    assert.ok(out.content.endsWith('\r\n'));
    // The only bare LF is the one inside the quoted, hard-wrapped expression.
    assert.ok(out.content.includes(',"from Oct. 2 to\nOct. 3",'));
    assert.ok(!/[^\r]\n/.test(out.content.replace('"from Oct. 2 to\nOct. 3"', '')));
  });

  it('round-trips commas, quotes and line breaks', () => {
    const r = rows[3];
    assert.deepStrictEqual(r.slice(0, 9), ['2025-10-02', '2025-10-03', '2025-10-02', '2025-10-03', '2–3 Oct 2025', 'day', 'from Oct. 2 to\nOct. 3', RANGE_SENTENCE, '4']);
    const mon = rows[5];
    assert.deepStrictEqual(mon.slice(0, 10), ['2025-11-17', '2025-11-17', '2025-11-17', '', 'Mon 17 Nov 2025', 'day', 'Monday', MONDAY_SENTENCE, '3', 'direction decided by tense']);
    assert.ok(out.content.includes(`,"${MONDAY_SENTENCE}",`), 'a field with commas is quoted');
    assert.ok(mon[10].length > 0, 'an explanation');
  });
  it('reads with a real CSV parser (csv-parse): ISO start and end, the first and last day each entry covers', () => {
    const recs = csvParse(out.content, { columns: true }) as unknown as Array<Record<string, string>>;
    assert.deepStrictEqual(recs.map((x) => [x.start, x.end, x.value]), [
      ['1990-01-01', '1999-12-31', '199'], ['2025-07-01', '2025-09-30', '2025-Q3'], ['2025-10-02', '2025-10-03', '2025-10-02'],
      ['2025-11-10', '2025-11-16', '2025-W46'], ['2025-11-17', '2025-11-17', '2025-11-17'], ['2025-11-18', '2025-11-18', '2025-11-18'],
      ['2025-12-01', '2025-12-31', '2025-12'],
    ]);
    for (const x of recs) assert.ok(!isNaN(Date.parse(x.start)) && !isNaN(Date.parse(x.end)), `${x.start} ${x.end}`);
    const timed = csvParse(exportTimeline('csv', model('LONDON, Nov. 19, 2025 (Dateline Wire) — The vote closes at 10 p.m. tonight.'), META).content, { columns: true }) as unknown as Array<Record<string, string>>;
    assert.deepStrictEqual(timed.map((x) => [x.start, x.end]), [['2025-11-19T22:00', '2025-11-19T22:00']]);
  });

  it('guards against formulas: a field starting with = gets an apostrophe, and its quotes are doubled', () => {
    assert.strictEqual(rows[6][7], `'${TUESDAY_SENTENCE}`);
    assert.ok(out.content.includes(`"'=HYPERLINK(""x"") was painted`));
  });

  it('guards every formula start: =, +, -, @, tab and CR; not a = inside a field', () => {
    const starts = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b'];
    const r = parseCsv(exportTimeline('csv', withTexts(starts), META).content);
    assert.deepStrictEqual(r.slice(1).map((row) => row[6]), ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'a=b']);
  });
});

describe('export: iCalendar (RFC 5545)', () => {
  const out = exportTimeline('ics', model(), META);
  const cal = new ICAL.Component(ICAL.parse(out.content));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const events: any[] = cal.getAllSubcomponents('vevent');
  const physical = out.content.split('\r\n');

  it('is a VCALENDAR 2.0 with PRODID and CALSCALE', () => {
    assert.strictEqual(out.fileExtension, 'ics');
    assert.strictEqual(out.mime, 'text/calendar');
    assert.strictEqual(cal.name, 'vcalendar');
    assert.strictEqual(cal.getFirstPropertyValue('version'), '2.0');
    assert.ok(cal.getFirstPropertyValue('prodid'));
    assert.strictEqual(cal.getFirstPropertyValue('calscale'), 'GREGORIAN');
  });

  it('has one all-day event per day entry: the range and the two days, the next day as DTEND', () => {
    assert.strictEqual(events.length, 3);
    assert.deepStrictEqual(events.map((e) => [e.getFirstPropertyValue('dtstart').toString(), e.getFirstPropertyValue('dtend').toString()]),
      [['2025-10-02', '2025-10-04'], ['2025-11-17', '2025-11-18'], ['2025-11-18', '2025-11-19']]);
    for (const e of events) {
      assert.strictEqual(e.getFirstProperty('dtstart').type, 'date');
      assert.strictEqual(e.getFirstProperty('dtend').type, 'date');
    }
    assert.ok(physical.includes('DTSTART;VALUE=DATE:20251002') && physical.includes('DTEND;VALUE=DATE:20251004'));
  });

  it('SUMMARY is the words and the expression, DESCRIPTION the sentence, both round-tripping', () => {
    assert.deepStrictEqual(events.map((e) => e.getFirstPropertyValue('summary')),
      ['2–3 Oct 2025: from Oct. 2 to Oct. 3', 'Mon 17 Nov 2025: Monday', 'Tue 18 Nov 2025: Tuesday']);
    assert.deepStrictEqual(events.map((e) => e.getFirstPropertyValue('description')), [RANGE_SENTENCE, MONDAY_SENTENCE, TUESDAY_SENTENCE]);
    assert.ok(out.content.includes('DESCRIPTION:ZURICH\\, Nov. 19\\, 2025'), 'commas escaped');
  });

  it('escapes commas, semicolons, backslashes, quotes and non-ASCII so that SUMMARY round-trips exactly', () => {
    const tricky = 'Zürich – café; "Geneva", Basel\\Bern';
    const long = `${tricky} ${'😀é€ab'.repeat(20)}`;
    const m = withTexts(['x', 'x', tricky, 'x', long]);
    const ics = exportTimeline('ics', m, META).content;
    const evs = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    assert.strictEqual(evs[0].getFirstPropertyValue('summary'), `2–3 Oct 2025: ${tricky}`);
    assert.strictEqual(evs[1].getFirstPropertyValue('summary'), `Mon 17 Nov 2025: ${long}`);
    assert.ok(ics.includes('SUMMARY:2–3 Oct 2025: Zürich – café\\; "Geneva"\\, Basel\\\\Bern\r\n'));
    // Folded at octets, never inside a character: every physical line is whole UTF-8 of at most 75 octets.
    const lines = ics.split('\r\n');
    assert.ok(lines.filter((l) => l.startsWith(' ')).length >= 3, 'the long summary was folded');
    for (const l of lines) {
      assert.ok(octets(l) <= 75, `${octets(l)} octets: ${l}`);
      assert.strictEqual(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l)), l, 'no split character');
    }
  });

  it('lines end with CRLF and are at most 75 octets', () => {
    assert.strictEqual(physical.pop(), '');
    for (const l of physical) {
      assert.ok(!/[\r\n]/.test(l), 'no bare CR or LF');
      assert.ok(octets(l) <= 75, `${octets(l)} octets: ${l}`);
    }
    assert.ok(physical.some((l) => l.startsWith(' ')), 'long lines were folded');
  });

  it('DTSTAMP is the given time in UTC', () => {
    assert.strictEqual(physical.filter((l) => l === 'DTSTAMP:20251120T093000Z').length, 3);
  });

  it('UIDs are stable across exports, differ between events, and depend on the source', () => {
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    const again = new ICAL.Component(ICAL.parse(exportTimeline('ics', model(), { ...META, now: new Date() }).content))
      .getAllSubcomponents('vevent').map((e: { getFirstPropertyValue(n: string): string }) => e.getFirstPropertyValue('uid'));
    assert.deepStrictEqual(again, uids);
    assert.strictEqual(new Set(uids).size, 3);
    for (const u of uids) assert.match(u, /@dateline$/);
    const other = new ICAL.Component(ICAL.parse(exportTimeline('ics', model(), { ...META, sourceName: 'file:///other.txt' }).content))
      .getAllSubcomponents('vevent').map((e: { getFirstPropertyValue(n: string): string }) => e.getFirstPropertyValue('uid'));
    for (const u of other) assert.ok(!uids.includes(u));
  });

  it('an entry with a time is a timed event: in UTC when the text gives the zone in numbers or as GMT, else floating', () => {
    const text = 'LONDON, Nov. 19, 2025 (Dateline Wire) — Polls close at 10 p.m. tonight; the count starts at 0130 GMT Thursday and the result comes at 9:30 a.m. GMT+1 on Friday.';
    const c = new ICAL.Component(ICAL.parse(exportTimeline('ics', model(text), META).content));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const evs = c.getAllSubcomponents('vevent').map((v: any) => new ICAL.Event(v));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    assert.deepStrictEqual(evs.map((e: any) => [e.startDate.isDate, e.startDate.toString(), e.startDate.zone?.tzid ?? 'floating']), [
      [false, '2025-11-19T22:00:00', 'floating'],
      [false, '2025-11-20T01:30:00Z', 'UTC'],
      [false, '2025-11-21T08:30:00Z', 'UTC'],
    ]);
  });

  it('says how many entries coarser than a day it left out, and why', () => {
    // The decade, the quarter, the week and the month.
    assert.strictEqual(out.notes.length, 1);
    assert.match(out.notes[0], /^4 entries coarser than a day .*are not in the calendar: a calendar event needs a day\.$/);
  });

  it('with no day at all: an empty calendar, and the notes say so', () => {
    const text = 'Profits fell in the third quarter.';
    const r = exportTimeline('ics', buildTimeline(text, analyze(text, { dct: '2025-11-19' }), '2025-11-19'), META);
    assert.strictEqual(new ICAL.Component(ICAL.parse(r.content)).getAllSubcomponents('vevent').length, 0);
    assert.strictEqual(r.notes.length, 2);
    assert.match(r.notes[0], /^1 entry coarser than a day .*is not in the calendar/);
    assert.match(r.notes[1], /no events/);
  });
});

describe('export: Markdown table', () => {
  const out = exportTimeline('markdown', model(), META);
  const rows = out.content.split('\n').filter((l) => l.startsWith('|'));

  it('has the title, the dateline, then the table with a row per entry in order', () => {
    assert.strictEqual(out.fileExtension, 'md');
    assert.strictEqual(out.mime, 'text/markdown');
    assert.ok(out.content.startsWith('# Timeline: zurich-cafes\n\nDateline: Wed 19 Nov 2025\n\n| Date | Expression | Sentence | Line |\n| --- | --- | --- | --- |\n'));
    assert.strictEqual(rows.length, EXPECTED.length + 2);
    assert.deepStrictEqual(rows.slice(2).map((r) => mdCells(r)[0]), EXPECTED.map((e) => e[2]));
  });

  it('every row has four cells; pipes are escaped and line breaks collapsed', () => {
    for (const r of rows) assert.strictEqual(mdCells(r).length, 4, r);
    assert.deepStrictEqual(mdCells(rows[4]), ['2–3 Oct 2025', 'from Oct. 2 to Oct. 3', RANGE_SENTENCE, '4']);
    assert.deepStrictEqual(mdCells(rows[7]), ['Tue 18 Nov 2025', 'Tuesday', TUESDAY_SENTENCE, '6']);
    assert.ok(out.content.includes('police said \\| twice.'));
  });

  it('escapes backslashes too, so a cell ending in one cannot swallow the next pipe', () => {
    const md = exportTimeline('markdown', withTexts(['a|b', 'c\\', 'd\\|e']), { ...META, title: 'x | y' }).content;
    assert.ok(md.startsWith('# Timeline: x \\| y\n'));
    const r = md.split('\n').filter((l) => l.startsWith('|')).slice(2, 5);
    assert.deepStrictEqual(r.map((l) => mdCells(l)[1]), ['a|b', 'c\\', 'd\\|e']);
    assert.ok(r[1].includes('| c\\\\ |'));
  });

  it('without a dateline, says what the dates rest on', () => {
    const text = 'Profits fell in the third quarter.';
    const md = exportTimeline('markdown', buildTimeline(text, { dateline: null, entries: analyze(text, { dct: '2025-11-19' }).entries }, '2025-11-19'), META).content;
    assert.match(md, /^# Timeline: zurich-cafes\n\nNo dateline: dates rest on Wed 19 Nov 2025\.\n/);
  });
});

describe('export: a truncated model', () => {
  it('notes that only part of the timeline was exported', () => {
    const out = exportTimeline('csv', limitTimeline(model(), 2), META);
    assert.strictEqual(parseCsv(out.content).length, 3);
    assert.deepStrictEqual(out.notes, ['Only the first 2 of 7 entries were given to the export.']);
  });
});
