/**
 * The commands in a real VS Code: the reference date (set, refused, cleared), the promise never to
 * change the document, and the exports (through the save dialog's target, and to the clipboard).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';
import { api, closeAll, file, open, sleep } from './helpers';

describe('Commands: reference date', function () {
  this.timeout(60000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(closeAll);

  it('the reference-date override changes the values, and "Use Detected Dateline" clears it', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    const monday = async () => (await a.analysis(ed.document)).result!.entries.find((e) => e.text === 'Monday')!.value;
    assert.strictEqual(await monday(), '2025-11-17');
    await vscode.commands.executeCommand('dateline.setReferenceDate', '2024-01-10');
    assert.strictEqual(await monday(), '2024-01-08');
    assert.strictEqual((await a.analysis(ed.document)).result!.dateline!.source, 'given');
    // The dateline's own words ("08:19, November 19, 2025") are no entry once a reference is set.
    const entries = (await a.analysis(ed.document)).result!.entries;
    assert.ok(!entries.some((e) => e.text.includes('November 19, 2025')), `entries: ${entries.map((e) => e.text).join(' | ')}`);
    await vscode.commands.executeCommand('dateline.useDetectedDateline');
    assert.strictEqual(await monday(), '2025-11-17');
  });

  it('an impossible reference date is refused with a message and changes nothing', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    const ok = await vscode.commands.executeCommand<boolean>('dateline.setReferenceDate', 'Feb 30, 2024');
    assert.strictEqual(ok, false);
    assert.strictEqual((await a.analysis(ed.document)).result!.dateline!.value, '2025-11-19T08:19');
  });

  it('the extension never changes the document', async () => {
    const ed = await open('port-strike.md');
    const text = ed.document.getText();
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    await vscode.commands.executeCommand('dateline.setReferenceDate', '2024-03-01');
    await vscode.commands.executeCommand('dateline.useDetectedDateline');
    await sleep(300);
    assert.strictEqual(ed.document.getText(), text);
    assert.strictEqual(ed.document.isDirty, false);
  });
});

describe('Commands: copy one entry', function () {
  this.timeout(60000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(closeAll);

  it('"Copy Entry as Markdown" and "as Text" put one entry on the clipboard; a bad argument copies nothing', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    const entries = (await a.analysis(ed.document)).result!.entries;
    const entryIndex = entries.findIndex((e) => e.text === 'Monday' && ed.document.positionAt(e.start).line === 4);
    assert.ok(entryIndex >= 0, 'the Monday of line 5');
    const mdLine = await vscode.commands.executeCommand<string>('dateline.copyEntryAsMarkdown', { webviewSection: 'entry', entryIndex });
    assert.ok(mdLine.startsWith('- **Mon 17 Nov 2025** — Premier Li Qiang on **Monday** called for closer cooperation'), mdLine);
    assert.ok(mdLine.endsWith('(line 5)'), mdLine);
    assert.strictEqual(await vscode.env.clipboard.readText(), mdLine);
    const text = await vscode.commands.executeCommand<string>('dateline.copyEntryAsText', entryIndex);
    assert.ok(text.startsWith('Mon 17 Nov 2025 — Premier Li Qiang on Monday called for') && text.endsWith('(line 5)'), text);
    for (const bad of [{ entryIndex: -1 }, { entryIndex: 1.5 }, { entryIndex: '3' }, { entryIndex: 99999 }, 'x', null]) {
      assert.strictEqual(await vscode.commands.executeCommand('dateline.copyEntryAsText', bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('Commands: export', function () {
  this.timeout(60000);
  before(async () => { await api(); });
  afterEach(closeAll);

  for (const [format, ext, check] of [
    ['timelinejs', 'json', (s: string) => { const j = JSON.parse(s); assert.ok(j.events.length >= 4, 'events'); }],
    ['csv', 'csv', (s: string) => { assert.match(s.split('\r\n')[0], /^start,end,value,end_value,/); assert.match(s, /\r\n2025-08-31,2025-09-01,2025-08-31,2025-09-01,/); }],
    ['ics', 'ics', (s: string) => { assert.match(s, /^BEGIN:VCALENDAR\r\n/); assert.match(s, /DTSTART;VALUE=DATE:20251117/); }],
    ['markdown', 'md', (s: string) => { assert.match(s, /\| Date \| Expression \| Sentence \| Line \|/); }],
  ] as Array<[string, string, (s: string) => void]>) {
    it(`"Export Timeline…" writes ${format} through the save dialog's target`, async () => {
      await open('china-daily-2025-11-19.txt');
      const target = file(`out-${format}.${ext}`);
      const written = await vscode.commands.executeCommand<vscode.Uri>('dateline.exportTimeline', format, target);
      assert.strictEqual(written?.toString(), target.toString());
      check(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    });
  }

  it('"Copy Timeline as Markdown" puts the table on the clipboard', async () => {
    await open('china-daily-2025-11-19.txt');
    await vscode.env.clipboard.writeText('');
    assert.strictEqual(await vscode.commands.executeCommand('dateline.copyTimelineAsMarkdown'), true);
    const text = await vscode.env.clipboard.readText();
    assert.match(text, /\| Date \| Expression \| Sentence \| Line \|/);
    assert.ok(text.includes('Mon 17 Nov 2025'));
  });
});
