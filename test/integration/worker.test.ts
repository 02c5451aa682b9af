/**
 * The analysis worker in a real VS Code: big and bad input never stalls the editor (a 2 MB article,
 * a 20 MB file, binary data, a document closed mid-analysis).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';
import { api, closeAll, open, openWithPanel, sleep, until } from './helpers';

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
