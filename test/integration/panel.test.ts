/**
 * The timeline panel in a real VS Code: it opens beside the article, reveals what is clicked,
 * honours autoOpen, checks every message from the webview and keeps a strict Content-Security-Policy.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';
import { api, closeAll, open, openWithPanel, sleep, until } from './helpers';

describe('The timeline panel', function () {
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

  it('the list follows the editor\'s scrolling (dateline.scrollPanelWithEditor), and not when the setting is off', async () => {
    const ed = await openWithPanel(a, 'china-daily-2025-11-19.txt');
    const entries = (await a.analysis(ed.document)).result!.entries;
    const last = entries[entries.length - 1];
    ed.revealRange(new vscode.Range(ed.document.positionAt(last.start), ed.document.positionAt(last.start)), vscode.TextEditorRevealType.AtTop);
    const msg = await until('a scroll of the list', () => { const m = a.lastMessage(); return m?.type === 'scrollTo' ? m : undefined; });
    const shown = entries[(msg as { index: number }).index];
    const top = ed.document.offsetAt(ed.visibleRanges[0].start);
    assert.ok(shown.start >= top, `the first entry in view (${shown.text}) is at or after the editor's first visible line`);
    await vscode.workspace.getConfiguration('dateline').update('scrollPanelWithEditor', false, vscode.ConfigurationTarget.Global);
    try {
      a.receive({ type: 'ready' }); // an update, so the last message is no longer a scroll
      await until('an update', () => a.lastMessage()?.type === 'update' || undefined);
      ed.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      await sleep(800);
      assert.notStrictEqual(a.lastMessage()?.type, 'scrollTo', 'no scroll with the setting off');
    } finally {
      await vscode.workspace.getConfiguration('dateline').update('scrollPanelWithEditor', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('once the user closes the panel it stays closed for the next article, until "Show Timeline to the Side"', async () => {
    // (Earlier tests closed the panel too: the command opens it again, and auto-open follows.)
    await open('closed-1.txt');
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    await until('the panel', () => a.panelUri());
    const tab = await until('the panel\'s tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => /dateline\.timeline/.test((t.input as { viewType?: string } | undefined)?.viewType ?? '') || t.label.startsWith('Timeline')));
    await vscode.window.tabGroups.close(tab);
    await until('no panel', () => a.panelUri() === undefined || undefined);
    await open('closed-2.txt'); // has a dateline: autoOpen would open the panel for it
    await sleep(1500);
    assert.strictEqual(a.panelUri(), undefined, 'still closed');
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    await until('the panel again', () => a.panelUri());
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

  it('two editors on the same file share one timeline; reveal selects in the visible one', async () => {
    const ed = await openWithPanel(a, 'china-daily-2025-11-19.txt');
    // No selection left from an earlier test (VS Code may keep the document, and its selection, open).
    ed.selection = new vscode.Selection(ed.selection.active, ed.selection.active);
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
