/**
 * Dateline: Not a Date (editor context menu, the panel's entry context menu): the entry's words are no
 * date ("the 24th Meeting"); they leave the timeline, the hints and the exports. Kept as a correction
 * (corrections.ts); Reset Corrections brings them back. Returns true when the entry was removed.
 */
import * as vscode from 'vscode';
import type { Article } from '../article';
import { FocusedEntry, correctionOf, replaceCorrection, targetEntry } from '../corrections';

export function registerNotADate(article: Article, panel: FocusedEntry): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.notADate', async (arg?: unknown): Promise<boolean> => {
    const t = targetEntry(article, panel, arg);
    if ('error' in t) { void vscode.window.showInformationMessage(`Dateline: to mark words as not a date, ${t.error}`); return false; }
    const { doc, item } = t;
    const c = correctionOf(item);
    await replaceCorrection(article, doc, item, c);
    void vscode.window.setStatusBarMessage(`Dateline: “${c.words}” is not a date; “Dateline: Reset Corrections” brings it back.`, 6000);
    return true;
  });
}
