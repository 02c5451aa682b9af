/** Dateline: Use Detected Dateline: drops the reference date the user set and uses the one in the text. */
import * as vscode from 'vscode';
import type { Article } from '../article';

export function registerUseDetectedDateline(article: Article): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.useDetectedDateline', async () => {
    const doc = article.target();
    if (!doc) return;
    await article.analyzer.setOverride(doc.uri, undefined);
    // The new analysis is announced to the panel, the inline dates and the status bar.
    await article.analyse(doc);
  });
}
