/**
 * Dateline: Correct This Date… (editor context menu, the panel's entry context menu, F2 on an entry in
 * the panel): asks for the right date or range, read as it is typed, and keeps it as a correction of
 * the entry's words (corrections.ts). Leaving the box empty removes the entry's correction. Tests pass
 * the entry and the value: `{ entryIndex, value }`. Returns true when the corrections changed.
 */
import * as vscode from 'vscode';
import { describeRange, describeValue, parseCorrectionInput } from '../../core/lang/en/words';
import type { Article } from '../article';
import { FocusedEntry, correctionOf, replaceCorrection, targetEntry } from '../corrections';

export function registerCorrectDate(article: Article, panel: FocusedEntry): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.correctDate', async (arg?: unknown): Promise<boolean> => {
    const t = targetEntry(article, panel, arg);
    if ('error' in t) { void vscode.window.showInformationMessage(`Dateline: to correct a date, ${t.error}`); return false; }
    const { doc, item } = t;
    const given = typeof arg === 'object' && arg !== null && typeof (arg as { value?: unknown }).value === 'string' ? (arg as { value: string }).value : undefined;
    const now = article.analyzer.fallbackDate(doc);
    const words = item.text.replace(/\s+/g, ' ');
    const current = item.endValue ? `${item.value} to ${item.endValue}` : item.point ? item.value.replace('T', ' ') : '';
    const input = given !== undefined ? given : await vscode.window.showInputBox({
      title: `Dateline: Correct “${words.length > 40 ? `${words.slice(0, 40)}…` : words}”`,
      prompt: `Read as ${item.words}${item.corrected ? ' (your correction)' : ''}. Type the right date, or a range (“2025-08-31 to 2025-09-01”).${item.corrected ? ' Leave it empty to remove your correction.' : ''}`,
      placeHolder: 'e.g. 2025-11-18, 18 Nov 2025, November 2025, 2025-W47 or 2025-08-31 to 2025-09-01',
      value: current,
      // How the typed text is read, as it is typed, or what is wrong.
      validateInput: (s) => {
        if (!s.trim()) return item.corrected ? { message: 'Enter removes your correction.', severity: vscode.InputBoxValidationSeverity.Info } : 'Type a date, for example 2025-11-18 or 18 Nov 2025.';
        const r = parseCorrectionInput(s, now);
        if ('error' in r) return r.error;
        return { message: `Read as ${r.endValue ? describeRange(r.value, r.endValue) : describeValue(r.value)}`, severity: vscode.InputBoxValidationSeverity.Info };
      },
    });
    if (input === undefined) return false;
    if (!input.trim()) {
      if (!item.corrected) return false;
      await replaceCorrection(article, doc, item, null);
      return true;
    }
    const r = parseCorrectionInput(input, now);
    if ('error' in r) { void vscode.window.showErrorMessage(`Dateline: ${r.error}`); return false; }
    await replaceCorrection(article, doc, item, correctionOf(item, r));
    return true;
  });
}
