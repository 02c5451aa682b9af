/**
 * The extension in a real VS Code (code-server here, VS Code desktop where it can be downloaded),
 * checked through the API: the panel, reveal, live edits, the reference-date override, settings,
 * message validation and the panel's Content-Security-Policy.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';

const EXT_ID = 'dateline-dev.dateline';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, f: () => T | undefined | false, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function file(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function api(): Promise<DatelineApi> {
  const ext = vscode.extensions.getExtension<DatelineApi>(EXT_ID);
  assert.ok(ext, `extension ${EXT_ID} is installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
}

/** Opens an article with its timeline beside it (the command, as a user would after closing the panel). */
async function openWithPanel(a: DatelineApi, name: string): Promise<vscode.TextEditor> {
  const ed = await open(name);
  await vscode.commands.executeCommand('dateline.showTimelineToSide');
  await until('the panel', () => a.panelUri() === ed.document.uri.toString());
  return ed;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await sleep(300);
}

describe('Dateline in VS Code', function () {
  this.timeout(60000);
  let a: DatelineApi;

  before(async () => {
    a = await api();
    await vscode.workspace.getConfiguration('dateline').update('autoOpen', 'whenDatelineFound', vscode.ConfigurationTarget.Global);
  });
  afterEach(closeAll);

  it('opens the timeline beside the editor when the sample article opens', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    const uri = await until('the panel', () => a.panelUri());
    assert.strictEqual(uri, ed.document.uri.toString());
    assert.strictEqual(a.panelColumn(), vscode.ViewColumn.Two, 'the panel is in the column beside the editor');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), ed.document.uri.toString(), 'the editor keeps focus');
    const msg = await until('an update', () => { const m = a.lastMessage(); return m?.type === 'update' && m.model ? m : undefined; });
    assert.strictEqual(msg.type === 'update' && msg.model?.dateline?.value, '2025-11-19T08:19');
  });

  it('a reveal request selects the expression in the editor', async () => {
    const ed = await openWithPanel(a, 'china-daily-2025-11-19.txt');
    const analysis = (await a.analysis(ed.document));
    const index = analysis.result!.entries.findIndex((e) => e.text.includes('Aug 31'));
    assert.ok(index >= 0, 'an Aug 31 entry');
    assert.ok(a.receive({ type: 'reveal', index }));
    const sel = await until('the selection', () => {
      const e = vscode.window.activeTextEditor;
      return e && !e.selection.isEmpty ? e.document.getText(e.selection) : undefined;
    });
    assert.strictEqual(sel, analysis.result!.entries[index].text);
  });

  it('an edit updates the entries', async () => {
    const ed = await openWithPanel(a, 'port-strike.md');
    const before = (await a.analysis(ed.document)).result!.entries.length;
    const end = ed.document.lineAt(ed.document.lineCount - 1).range.end;
    await ed.edit((b) => b.insert(end, '\n\nThe council will vote on the plan on Friday.\n'));
    await sleep(400);
    await a.settle();
    const after = (await a.analysis(ed.document)).result!;
    assert.strictEqual(after.entries.length, before + 1);
    const fri = after.entries.filter((e) => e.text === 'Friday');
    assert.ok(fri.some((e) => e.value === '2024-03-15'), `the new "Friday" is the one after the dateline: ${JSON.stringify(fri)}`);
    const m = a.lastMessage();
    assert.ok(m && m.type === 'update' && m.model && JSON.stringify(m.model).includes('2024-03-15'), 'the panel was sent the new entry');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the reference-date override changes the values, and "Use Detected Dateline" clears it', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    const monday = async () => (await a.analysis(ed.document)).result!.entries.find((e) => e.text === 'Monday')!.value;
    assert.strictEqual(await monday(), '2025-11-17');
    await vscode.commands.executeCommand('dateline.setReferenceDate', '2024-01-10');
    assert.strictEqual(await monday(), '2024-01-08');
    assert.strictEqual((await a.analysis(ed.document)).result!.dateline!.source, 'given');
    await vscode.commands.executeCommand('dateline.useDetectedDateline');
    assert.strictEqual(await monday(), '2025-11-17');
  });

  it('an impossible reference date is refused with a message and changes nothing', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    const ok = await vscode.commands.executeCommand<boolean>('dateline.setReferenceDate', 'Feb 30, 2024');
    assert.strictEqual(ok, false);
    assert.strictEqual((await a.analysis(ed.document)).result!.dateline!.value, '2025-11-19T08:19');
  });

  it('autoOpen "never" opens nothing', async () => {
    await closeAll();
    await until('no panel', () => a.panelUri() === undefined || undefined, 5000).catch(() => undefined);
    await vscode.workspace.getConfiguration('dateline').update('autoOpen', 'never', vscode.ConfigurationTarget.Global);
    try {
      await open('port-strike.md');
      await sleep(1500);
      assert.strictEqual(a.panelUri(), undefined);
    } finally {
      await vscode.workspace.getConfiguration('dateline').update('autoOpen', 'whenDatelineFound', vscode.ConfigurationTarget.Global);
    }
  });

  it('messages with wrong types, bad offsets, unknown commands or huge payloads are ignored', async () => {
    const ed = await openWithPanel(a, 'china-daily-2025-11-19.txt');
    const rejectedBefore = a.rejectedMessages();
    const bad: unknown[] = [
      null, 42, 'reveal', [], {}, { type: 'nope' }, { type: 'reveal' }, { type: 'reveal', index: '3' },
      { type: 'reveal', index: -1 }, { type: 'reveal', index: 1.5 }, { type: 'reveal', index: 1e12 },
      { type: 'reveal', index: 0, extra: 'x'.repeat(5_000_000) }, { type: 'ready', x: 1 }, { type: 'exec', command: 'workbench.action.quit' },
    ];
    for (const m of bad) assert.strictEqual(a.receive(m), false, JSON.stringify(m)?.slice(0, 60));
    assert.strictEqual(a.rejectedMessages() - rejectedBefore, bad.length);
    // An index past the last entry is well-formed but points nowhere: nothing happens.
    const selBefore = ed.selection;
    assert.strictEqual(a.receive({ type: 'reveal', index: 999999 }), true);
    await sleep(300);
    assert.ok(vscode.window.activeTextEditor?.selection.isEqual(selBefore));
  });

  it("the panel's HTML has a strict Content-Security-Policy with a nonce and no remote resources", async () => {
    await openWithPanel(a, 'china-daily-2025-11-19.txt');
    const html = await until('the panel html', () => a.panelHtml());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    const rules = Object.fromEntries(csp!.split(';').map((r) => r.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepStrictEqual(rules['default-src'], ["'none'"]);
    assert.strictEqual(rules['script-src'].length, 1);
    assert.match(rules['script-src'][0], /^'nonce-[A-Za-z0-9]{32}'$/);
    assert.ok(!csp!.includes('unsafe-inline') && !csp!.includes('unsafe-eval'));
    const nonce = rules['script-src'][0].slice(7, -1);
    for (const tag of html.match(/<script[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
    // Every resource comes from the webview's own source (the origin named in style-src), none from elsewhere.
    const own = rules['style-src'].map((o: string) => new RegExp(`^${o.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}`));
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(urls.length >= 2, 'the page loads its script and style');
    for (const u of urls) assert.ok(own.some((r: RegExp) => r.test(u)), `${u} is not from the webview's own source (${rules['style-src']})`);
  });

  it('a binary file forced open as text gets a clear message and no analysis', async () => {
    // VS Code itself refuses to open binary files as text; a user can still force it ("open anyway").
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'PNG\u0000\u0000\u0001IHDR on Monday\u0000' });
    const an = (await a.analysis(doc));
    assert.strictEqual(an.status, 'binary');
    assert.strictEqual(an.result, null);
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

describe('Dateline with bad input', function () {
  this.timeout(120000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(closeAll);

  it('a 2 MB article is read in the worker: the panel shows progress, then the result, and the editor never stalls', async () => {
    const ed = await open('long-article.txt');
    a.maxEventLoopDelay();
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    await until('the result', () => a.statusLog().includes('ok') && a.panelUri() === ed.document.uri.toString(), 60000);
    const log = a.statusLog();
    assert.ok(log.indexOf('working') >= 0 && log.indexOf('working') < log.lastIndexOf('ok'), `progress, then the result: ${log}`);
    const lag = a.maxEventLoopDelay();
    assert.ok(lag < 300, `the extension host's event loop was never blocked for long (worst: ${lag} ms)`);
    const m = a.lastMessage();
    assert.ok(m && m.type === 'update' && m.model && m.model.count === 2000 && m.model.truncated && m.model.truncated.total > 2000, 'the panel holds the first 2,000 of the article\'s dates and says so');
  });

  it('a 20 MB file gets a clear limit and the editor never stalls', async () => {
    const ed = await open('huge.txt');
    assert.ok(ed.document.getText().length > 20_000_000);
    a.maxEventLoopDelay();
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    const m = await until('the limit', () => { const x = a.lastMessage(); return x?.type === 'update' && x.status === 'tooLarge' ? x : undefined; }, 30000);
    assert.match(m.type === 'update' ? m.message ?? '' : '', /Dateline reads articles of up to 10\.0 million characters/);
    const lag = a.maxEventLoopDelay();
    assert.ok(lag < 500, `the extension host's event loop was never blocked for long (worst: ${lag} ms)`);
  });

  it('a document closed while it is being analysed causes no error and the panel moves on', async () => {
    const ed = await open('long-article.txt');
    await ed.edit((b) => b.insert(new vscode.Position(2, 0), 'The council met on Monday. '));
    void vscode.commands.executeCommand('dateline.showTimelineToSide');
    await sleep(50);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await a.settle();
    const next = await openWithPanel(a, 'china-daily-2025-11-19.txt');
    await a.settle();
    const m = a.lastMessage();
    assert.ok(m && m.type === 'update' && m.uri === next.document.uri.toString() && m.status === 'ok', `the panel shows the next article: ${JSON.stringify(m && m.type === 'update' ? [m.uri, m.status] : m)}`);
  });

  it('two editors on the same file share one timeline; reveal selects in the visible one', async () => {
    const ed = await openWithPanel(a, 'china-daily-2025-11-19.txt');
    await vscode.commands.executeCommand('workbench.action.splitEditorDown');
    await sleep(500);
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === ed.document);
    assert.ok(editors.length >= 2, `two editors on the file (${editors.length})`);
    assert.strictEqual(a.panelUri(), ed.document.uri.toString());
    const an = await a.analysis(ed.document);
    const index = an.result!.entries.findIndex((e) => e.text === 'earlier this month');
    assert.ok(a.receive({ type: 'reveal', index }));
    const sel = await until('a selection', () => { const e = vscode.window.activeTextEditor; return e && !e.selection.isEmpty ? e.document.getText(e.selection) : undefined; });
    assert.strictEqual(sel, 'earlier this month');
  });
});

describe('Dateline export', function () {
  this.timeout(60000);
  before(async () => { await api(); });
  afterEach(closeAll);

  for (const [format, ext, check] of [
    ['timelinejs', 'json', (s: string) => { const j = JSON.parse(s); assert.ok(j.events.length >= 4, 'events'); }],
    ['csv', 'csv', (s: string) => { assert.match(s.split('\r\n')[0], /^date,end_date,/); }],
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
