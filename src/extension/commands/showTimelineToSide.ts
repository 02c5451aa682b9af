/** Dateline: Show Timeline to the Side (also the editor-title button, which passes the file's URI). */
import * as vscode from 'vscode';
import { isArticle } from '../analyzer';
import type { Article } from '../article';
import type { TimelineView } from '../panel/timelineView';

export function registerShowTimelineToSide(article: Article, view: TimelineView): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.showTimelineToSide', async (uri?: vscode.Uri) => {
    let doc: vscode.TextDocument | undefined;
    if (uri instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(uri);
    else doc = vscode.window.activeTextEditor?.document ?? article.current;
    if (!doc || !isArticle(doc)) {
      void vscode.window.showInformationMessage('Dateline: open a plain-text or Markdown article to see its timeline.');
      return;
    }
    await view.showToSide(doc);
  });
}
