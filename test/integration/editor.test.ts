/**
 * The editor side in a real VS Code: live edits re-read the article and reach the panel; inline
 * dates, hovers and the status bar.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';
import { api, closeAll, open, openWithPanel, sleep, inlayHints } from './helpers';
import { entryWords, isOnTimeline } from '../../src/core/lang/en/words';

describe('The editor: edits', function () {
  this.timeout(60000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(closeAll);

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
});

describe('The editor: inline dates, hover and status bar', function () {
  this.timeout(60000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(closeAll);

  it('the sample shows a hint after each date on the timeline, a hover with the value and the dateline in the status bar', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    const uri = ed.document.uri.toString();
    const an = await a.analysis(ed.document);
    await a.settle();
    // Through VS Code's own inlay-hint command (the provider is asked as the editor asks it).
    const hints = await inlayHints(ed.document);
    assert.deepStrictEqual(a.inlineHints(uri), hints, 'the hints the provider last gave');
    assert.ok(hints.includes('→ Mon 17 Nov 2025'), `hints: ${hints}`);
    assert.ok(hints.includes('→ 31 Aug – 1 Sep 2025'), `hints: ${hints}`);
    // One hint per entry on the timeline (the core's isOnTimeline), none on the dateline itself.
    const dl = an.result!.dateline!;
    const expected = an.result!.entries.filter((e) => isOnTimeline(e) && !(e.start < dl.end && dl.start < e.end)).map((e) => `→ ${entryWords(e)}`);
    assert.deepStrictEqual(hints, expected);

    const monday = an.result!.entries.find((e) => e.text === 'Monday')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ed.document.uri, ed.document.positionAt(monday.start + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Mon 17 Nov 2025/);
    assert.ok(text.includes('2025-11-17'), `the hover holds the TIMEX3 value: ${text}`);
    assert.strictEqual(a.statusBarText(), '$(calendar) Wed 19 Nov 2025, 08:19');
  });

  it('a line with many dates gets shorter hints, so that VS Code draws every one (its limit is 43 characters a line)', async () => {
    const text = '---\ndate: 2024-03-14\n---\n\nDock workers voted on Monday, ships were unloaded the same evening and cranes idled until Tuesday.\n\nTalks open on 3 April.\n';
    const doc = await vscode.workspace.openTextDocument({ content: text, language: 'markdown' });
    await vscode.window.showTextDocument(doc);
    await a.analysis(doc);
    await a.settle();
    // In full, "→ Mon 11 Mar 2024" + "→ Mon 11 Mar 2024, evening" + "→ Tue 12 Mar 2024" is 60 characters; without the
    // dateline's year and the arrow, 39. A line with one date keeps its full hint.
    assert.deepStrictEqual(await inlayHints(doc), ['Mon 11 Mar', 'Mon 11 Mar, evening', 'Tue 12 Mar', '→ Wed 3 Apr 2024']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
