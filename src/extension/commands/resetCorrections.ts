/**
 * Dateline: Reset Corrections: forgets every correction of the article (values and "not a date"), so
 * the timeline shows what Dateline reads in the text. Returns how many were cleared.
 */
import * as vscode from 'vscode';
import type { Article } from '../article';

export function registerResetCorrections(article: Article): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.resetCorrections', async (): Promise<number> => {
    const doc = article.target();
    if (!doc) { void vscode.window.showInformationMessage('Dateline: open an article first.'); return 0; }
    const n = article.analyzer.corrections.get(doc.uri).length;
    if (!n) { void vscode.window.showInformationMessage('Dateline: this article has no corrections.'); return 0; }
    await article.analyzer.setCorrections(doc.uri, []);
    await article.analyse(doc);
    void vscode.window.showInformationMessage(`Dateline: ${n === 1 ? 'one correction' : `${n} corrections`} cleared.`);
    return n;
  });
}
