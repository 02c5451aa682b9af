/**
 * The status-bar item: the active article's dateline (or "No dateline"); clicking it runs
 * "Dateline: Set Reference Date…". Hidden when no article is active, and for binary or huge files.
 */
import * as vscode from 'vscode';
import { describeValue } from '../../core/describe';
import { isArticle } from '../analysis';
import type { Article } from '../article';

export class DatelineStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dateline.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly article: Article) {
    this.item.name = 'Dateline';
    this.item.command = 'dateline.setReferenceDate';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor((e) => this.onActiveEditor(e)),
      article.onDidAnalyse(({ doc }) => { if (doc === this.shown()) this.update(doc); }),
    );
    this.onActiveEditor(vscode.window.activeTextEditor);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The article the item speaks for: the active editor's, or (with no text editor active, e.g. the panel focused) the one the panel follows. */
  private shown(): vscode.TextDocument | undefined {
    const ed = vscode.window.activeTextEditor;
    if (!ed) return this.article.current;
    return isArticle(ed.document) ? ed.document : undefined;
  }

  private onActiveEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isArticle(editor.document)) this.item.hide();
    else this.update(editor.document);
  }

  private update(doc: vscode.TextDocument): void {
    const a = this.article.analyzer.latest(doc);
    if (!a) return;
    const dl = a.result?.dateline;
    if (a.status === 'binary' || a.status === 'tooLarge') { this.item.hide(); return; }
    if (dl) {
      this.item.text = `$(calendar) ${describeValue(dl.value)}${a.overridden ? ' (set by you)' : ''}`;
      this.item.tooltip = a.overridden ? 'Dateline: reference date set by you. Click to change it.' : `Dateline: found in the text (${dl.source === 'front-matter' ? 'front matter' : `"${dl.text}"`}). Click to set another reference date.`;
    } else {
      this.item.text = '$(calendar) No dateline';
      this.item.tooltip = `Dateline: none found; dates rest on the file's modified time (${describeValue(a.model?.reference.value ?? '')}). Click to set a reference date.`;
    }
    this.item.show();
  }
}
