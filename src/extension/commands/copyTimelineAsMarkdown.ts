/** Dateline: Copy Timeline as Markdown: the timeline as a Markdown table, on the clipboard. */
import * as vscode from 'vscode';
import { exportTimeline } from '../../core/lang/en/words';
import type { Article } from '../article';

export function registerCopyTimelineAsMarkdown(article: Article): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.copyTimelineAsMarkdown', async (): Promise<boolean> => {
    const doc = article.target();
    if (!doc) return false;
    const a = await article.analyse(doc);
    if (!a.model) return false;
    const base = doc.uri.path.split('/').pop() || 'article';
    await vscode.env.clipboard.writeText(exportTimeline('markdown', a.model, { title: base, sourceName: doc.uri.toString() }).content);
    void vscode.window.setStatusBarMessage('Dateline: timeline copied as Markdown', 3000);
    return true;
  });
}
