/**
 * Dateline: Set Reference Date… (also the status-bar item and the panel's Change… button). Asks for
 * the date, validated as you type, or takes it as an argument (keybindings, tests); kept per document.
 * Returns true when a date was set.
 */
import * as vscode from 'vscode';
import { describeValue, parseReferenceInput } from '../../core/lang/en/words';
import type { Article } from '../article';

export function registerSetReferenceDate(article: Article): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.setReferenceDate', async (value?: unknown): Promise<boolean> => {
    const given = typeof value === 'string' ? value : undefined;
    const doc = article.target();
    if (!doc) { void vscode.window.showInformationMessage('Dateline: open an article first.'); return false; }
    const a = await article.analyse(doc);
    const now = article.analyzer.fallbackDate(doc);
    const input = given !== undefined ? given : await vscode.window.showInputBox({
      title: 'Dateline: Set Reference Date',
      prompt: 'The date (and time) the article was written. Every date in it is resolved against this.',
      placeHolder: 'e.g. 2025-11-19, 2025-11-19 08:19 or 19 Nov 2025',
      value: a.result?.dateline?.value.replace('T', ' ') ?? '',
      // How the typed text is read, as it is typed ("Read as Wed 19 Nov 2025, 08:19"), or what is wrong.
      validateInput: (s) => {
        const r = parseReferenceInput(s, now);
        return 'error' in r ? r.error : { message: `Read as ${describeValue(r.value)}`, severity: vscode.InputBoxValidationSeverity.Info };
      },
    });
    if (input === undefined) return false;
    const r = parseReferenceInput(input, now);
    if ('error' in r) { void vscode.window.showErrorMessage(`Dateline: ${r.error}`); return false; }
    await article.analyzer.setOverride(doc.uri, r.value);
    // The new analysis is announced to the panel, the inline dates and the status bar.
    await article.analyse(doc);
    return true;
  });
}
