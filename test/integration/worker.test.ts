/**
 * The analysis worker in a real VS Code: big and bad input never stalls the editor (a 2 MB article,
 * a 20 MB file, binary data, a document closed mid-analysis).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';
import { api, closeAll, file, open, openWithPanel, sleep, until, inlayHints } from './helpers';

describe('The worker: big and bad input', function () {
  this.timeout(120000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(closeAll);

  it('a binary file forced open as text gets a clear message and no analysis', async () => {
    // VS Code itself refuses to open binary files as text; a user can still force it ("open anyway").
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'PNG\u0000\u0000\u0001IHDR on Monday\u0000' });
    const an = (await a.analysis(doc));
    assert.strictEqual(an.status, 'binary');
    assert.strictEqual(an.result, null);
  });

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
});

/** Opens a file in its own tab (not a preview another file would replace) in the given column. */
async function openPinned(name: string, column: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
}

function lastUpdate(a: DatelineApi, uri: string) {
  const m = a.lastMessage();
  return m && m.type === 'update' && m.uri === uri ? m : undefined;
}

describe('The worker: slow documents never stall the rest', function () {
  this.timeout(60000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(closeAll);

  it('while one document is stuck in the worker, another gets its timeline, hovers and hints at once', async () => {
    const slow = file('slow-1.txt').toString();
    a.slowNextAnalysis(slow, 15000); // far over the 5 s budget
    const tSlow = Date.now();
    const edSlow = await openPinned('slow-1.txt', vscode.ViewColumn.One);
    await until('the slow analysis in a worker', () => a.workerStats().busy >= 1 || undefined, 5000);

    const ed = await openPinned('quick.txt', vscode.ViewColumn.One);
    const uri = ed.document.uri.toString();
    const t0 = Date.now();
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    const m = await until('the quick timeline', () => { const u = lastUpdate(a, uri); return u && u.status === 'ok' && u.model ? u : undefined; }, 5000);
    const elapsed = Date.now() - t0;
    const own = (await a.analysis(ed.document)).ms ?? 0;
    assert.ok(elapsed < 1000 + own, `the timeline came ${elapsed} ms after the command (its own analysis: ${own} ms)`);
    assert.ok(m.model && m.model.count >= 2, 'the quick article\'s entries');

    const pos = ed.document.positionAt(ed.document.getText().indexOf('Tuesday') + 2);
    const t1 = Date.now();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ed.document.uri, pos);
    const hoverMs = Date.now() - t1;
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Tue 5 Mar 2024/, `the hover: ${text}`);
    assert.ok(hoverMs < 1000, `the hover took ${hoverMs} ms`);
    const hints = await inlayHints(ed.document);
    assert.ok(hints.includes('→ Tue 5 Mar 2024'), `inline hints: ${hints}`);

    // All of that happened while the slow document was still in its worker (its budget not yet spent).
    assert.ok(Date.now() - tSlow < 5000, 'the slow document had not been given up yet');
    assert.ok(a.workerStats().busy >= 1, 'the slow analysis was still running');
    assert.ok(!edSlow.document.isClosed);

    // And the slow one is given up on at its budget (the next test counts terminated workers).
    const slowAn = await a.analysis(edSlow.document);
    assert.strictEqual(slowAn.gaveUp, true);
  });

  it('a document over its budget gets a clear "gave up" message, its worker is replaced, and it is not retried on every edit', async () => {
    const uri = file('slow-2.txt').toString();
    const s0 = a.workerStats();
    a.slowNextAnalysis(uri, 20000);
    const ed = await open('slow-2.txt');
    const t0 = Date.now();
    await vscode.commands.executeCommand('dateline.showTimelineToSide'); // resolves once the panel has the outcome
    const an = await a.analysis(ed.document);
    const took = Date.now() - t0;
    assert.strictEqual(an.gaveUp, true);
    assert.strictEqual(an.result, null);
    assert.match(an.message ?? '', /^Dateline gave up on this document after 5 s: reading it took too long\. It tries again when you edit the text \(at most once every 30 s\)/);
    assert.ok(took >= 4500 && took < 9000, `gave up after its 5 s budget (${took} ms)`);
    const m = await until('the message on the panel', () => { const u = lastUpdate(a, uri); return u && u.message === an.message ? u : undefined; }, 3000);
    assert.strictEqual(m.type === 'update' && m.model, null, 'no timeline, the message instead');
    assert.strictEqual(a.statusBarText(), '$(warning) Dateline gave up');
    const s1 = a.workerStats();
    assert.strictEqual(s1.terminated, s0.terminated + 1, 'the stuck worker was terminated');

    // An edit within 30 s does not try again: no new job, the message stays.
    await ed.edit((b) => b.insert(new vscode.Position(2, 0), 'Officials met on Friday. '));
    await sleep(300);
    await a.settle();
    assert.strictEqual(a.workerStats().posted, s1.posted, 'no new analysis was started');
    const held = await a.analysis(ed.document);
    assert.strictEqual(held.gaveUp, true);
    assert.strictEqual(held.version, ed.document.version);

    // Asked for ("Show Timeline to the Side"), it is read again, in a fresh worker, normally.
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    const again = await a.analysis(ed.document);
    assert.strictEqual(again.status, 'ok');
    assert.ok(again.result && again.result.entries.some((e) => e.text === 'Friday'), 'the edited text was read');
    const ok = await until('the timeline on the panel', () => { const u = lastUpdate(a, uri); return u && u.status === 'ok' && u.model ? u : undefined; }, 3000);
    assert.ok(ok.model && ok.model.count >= 3);
    assert.ok(a.workerStats().posted > s1.posted);
    assert.strictEqual(a.statusBarText(), '$(calendar) Tue 5 Mar 2024');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a newer version of a document supersedes its older, slow analysis: only the newest result reaches the panel', async () => {
    const ed = await openWithPanel(a, 'supersede.txt');
    await a.settle();
    const uri = ed.document.uri.toString();
    const s0 = a.workerStats();
    a.slowNextAnalysis(uri, 3000); // within the budget: it would finish, 3 s late
    await ed.edit((b) => b.insert(new vscode.Position(2, 0), 'The council will vote on Friday. '));
    const older = ed.document.version;
    await until('the older version in a worker', () => a.workerStats().posted > s0.posted || undefined, 3000);
    const t0 = Date.now();
    await ed.edit((b) => b.insert(new vscode.Position(2, 0), 'Talks end on Saturday. '));
    const newer = ed.document.version;
    await until('the newer version on the panel', () => a.panelUpdates().find((u) => u.uri === uri && u.version === newer), 5000);
    const elapsed = Date.now() - t0;
    assert.ok(elapsed < 1500, `the newer version did not wait for the older one (${elapsed} ms)`);

    // Past the time the older analysis would have ended: it never reached the panel.
    await sleep(3500);
    await a.settle();
    const log = a.panelUpdates().filter((u) => u.uri === uri);
    assert.ok(!log.some((u) => u.version === older), `the older version was never shown: ${JSON.stringify(log)}`);
    assert.strictEqual(log[log.length - 1].version, newer);
    const an = await a.analysis(ed.document);
    assert.strictEqual(an.version, newer);
    const texts = an.result!.entries.map((e) => e.text);
    assert.ok(texts.includes('Saturday') && texts.includes('Friday'), `${texts}`);
    const m = a.lastMessage();
    assert.ok(m && m.type === 'update' && m.uri === uri && JSON.stringify(m.model).includes('Saturday'));
    assert.strictEqual(a.workerStats().terminated, s0.terminated + 1, 'the worker still busy on the older version past the grace was replaced');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
