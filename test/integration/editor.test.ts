/**
 * The editor side in a real VS Code: live edits re-read the article and reach the panel.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';
import { api, closeAll, openWithPanel, sleep } from './helpers';

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
