/**
 * Corrections in a real VS Code: Correct This Date… and Not a Date on an entry (by index, as the
 * panel's context menu passes it, and under the cursor), what the hints, the hover and the exports then
 * show, an edit elsewhere keeping a correction and an edit of its words dropping it, Reset Corrections,
 * and the document never modified. (Surviving "Developer: Reload Window" is in the UI suite.)
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';
import { api, closeAll, inlayHints, open, until } from './helpers';

const TEXT = [
  'LONDON, March 14, 2024 (Dateline Wire) - The minister resigned on Monday after the vote.',
  '',
  'Talks will resume on Thursday, officials said. The 24th Meeting of the council is in May.',
  '',
].join('\n');

describe('Commands: corrections', function () {
  this.timeout(60000);
  let a: DatelineApi;
  before(async () => { a = await api(); });
  afterEach(async () => {
    await vscode.commands.executeCommand('dateline.resetCorrections');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAll();
  });

  async function article(): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument({ content: TEXT, language: 'plaintext' });
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  }
  const entries = async (ed: vscode.TextEditor) => (await a.analysis(ed.document)).result!.entries;
  const indexOf = async (ed: vscode.TextEditor, text: string) => (await entries(ed)).findIndex((e) => e.text === text);

  it('"Correct This Date…" from an entry changes its value, and the hints, the hover and every export show it; the document is untouched', async () => {
    const ed = await article();
    assert.strictEqual((await entries(ed)).find((e) => e.text === 'Monday')!.value, '2024-03-11');
    const ok = await vscode.commands.executeCommand<boolean>('dateline.correctDate', { entryIndex: await indexOf(ed, 'Monday'), value: '4 Mar 2024' });
    assert.strictEqual(ok, true);
    const e = (await entries(ed)).find((x) => x.text === 'Monday')!;
    assert.deepStrictEqual([e.value, e.reason], ['2024-03-04', 'corrected']);
    assert.match(e.explanation, /Corrected by you; Dateline had read Mon 11 Mar 2024/);
    assert.ok((await inlayHints(ed.document)).includes('✎ Mon 4 Mar 2024'), 'the hint has the pencil and the corrected date');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ed.document.uri, ed.document.positionAt(e.start + 1));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(hoverText, /2024-03-04/);
    assert.match(hoverText, /Corrected by you/);
    // The hover links to the correction commands, on this entry.
    const i = (await entries(ed)).findIndex((x) => x.text === 'Monday');
    assert.ok(hoverText.includes(`command:dateline.correctDate?${encodeURIComponent(JSON.stringify({ entryIndex: i }))}`), hoverText);
    assert.ok(hoverText.includes('command:dateline.notADate?'), hoverText);
    for (const [format, pattern] of [['markdown', /\| Mon 4 Mar 2024 ✎ \| Monday \|/], ['csv', /^2024-03-04,2024-03-04,2024-03-04,.*,corrected \(Dateline had read Mon 11 Mar 2024\)\r$/m], ['ics', /DTSTART;VALUE=DATE:20240304/], ['timelinejs', /"headline": "Mon 4 Mar 2024: /]] as const) {
      const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, `corrected.${format}.out`);
      await vscode.commands.executeCommand('dateline.exportTimeline', format, target);
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      await vscode.workspace.fs.delete(target);
      assert.match(written, pattern, format);
    }
    assert.strictEqual(ed.document.getText(), TEXT, 'the document is never modified');
  });

  it('a correction is kept through an edit elsewhere, and dropped (and forgotten) when its words are edited', async () => {
    const ed = await article();
    await vscode.commands.executeCommand('dateline.correctDate', { entryIndex: await indexOf(ed, 'Monday'), value: '2024-03-04' });
    assert.strictEqual(a.corrections(ed.document.uri.toString()).length, 1);
    await ed.edit((b) => b.insert(new vscode.Position(2, 0), 'A new paragraph, written on Tuesday.\n\n'));
    await a.settle();
    assert.strictEqual((await entries(ed)).find((x) => x.text === 'Monday')!.value, '2024-03-04', 'kept through an edit of another sentence');
    const at = ed.document.getText().indexOf('Monday');
    await ed.edit((b) => b.replace(new vscode.Range(ed.document.positionAt(at), ed.document.positionAt(at + 6)), 'Sunday'));
    await a.settle();
    const sunday = (await entries(ed)).find((x) => x.text === 'Sunday')!;
    assert.deepStrictEqual([sunday.value, sunday.reason === 'corrected'], ['2024-03-10', false], 'the rules read the new words');
    assert.deepStrictEqual(a.corrections(ed.document.uri.toString()), [], 'the dropped correction is forgotten');
  });

  it('"Not a Date" under the cursor removes the entry, and "Reset Corrections" brings it back', async () => {
    const ed = await article();
    const may = (await entries(ed)).find((x) => x.text === 'May')!;
    ed.selection = new vscode.Selection(ed.document.positionAt(may.start + 1), ed.document.positionAt(may.start + 1));
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dateline.notADate'), true);
    assert.ok(!(await entries(ed)).some((x) => x.text === 'May'), 'gone from the entries');
    assert.ok(!(await inlayHints(ed.document)).some((h) => h.includes('May 2024')), 'and from the hints');
    assert.strictEqual(await vscode.commands.executeCommand<number>('dateline.resetCorrections'), 1);
    assert.ok((await entries(ed)).some((x) => x.text === 'May'), 'back');
  });

  it('acts on the entry focused in the panel when the panel has the focus', async () => {
    const ed = await open('china-daily-2025-11-19.txt');
    await vscode.commands.executeCommand('dateline.showTimelineToSide');
    await until('the panel', () => a.panelUri() === ed.document.uri.toString());
    const entries = (await a.analysis(ed.document)).result!.entries;
    const i = entries.findIndex((e) => e.text === 'Monday' && ed.document.positionAt(e.start).line === 6);
    assert.ok(a.receive({ type: 'focus', index: i }), 'the panel says an entry has the focus');
    // Focus the panel's group: the panel is the active editor.
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await until('the panel active', () => a.panelActive());
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dateline.correctDate', { value: '2025-11-16' }), true);
    const after = (await a.analysis(ed.document)).result!.entries.filter((e) => e.text === 'Monday').map((e) => [ed.document.positionAt(e.start).line, e.value]);
    assert.deepStrictEqual(after, [[4, '2025-11-17'], [6, '2025-11-16']], 'the focused entry (line 7) is corrected, not the other Monday');
    await vscode.commands.executeCommand('dateline.resetCorrections');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('refuses what it cannot use with a message, changing nothing', async () => {
    const ed = await article();
    const i = await indexOf(ed, 'Monday');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dateline.correctDate', { entryIndex: i, value: '2024-02-30' }), false);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dateline.correctDate', { entryIndex: 99999, value: '2024-03-04' }), false);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dateline.notADate', { entryIndex: -1 }), false);
    ed.selection = new vscode.Selection(0, 0, 0, 0); // on "LONDON": no entry there
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dateline.notADate'), false);
    assert.deepStrictEqual(a.corrections(ed.document.uri.toString()), []);
  });
});
