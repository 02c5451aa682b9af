/**
 * The status-bar item: the active article's dateline (or "No dateline"); clicking it runs
 * "Dateline: Set Reference Date…". Hidden when no article is active, and for binary or huge files;
 * "Dateline gave up" (the reason in its tooltip) when the document's analysis ran over its budget.
 */
import * as vscode from 'vscode';
import { describeValue } from '../../core/lang/en/words';
import { isArticle } from '../analyzer';
import type { Article } from '../article';

export class DatelineStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dateline.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private visible = false;

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

  /** What the item shows (for tests): its text, or undefined when hidden. */
  shownText(): string | undefined {
    return this.visible ? this.item.text : undefined;
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
    if (!editor || !isArticle(editor.document)) this.hide();
    else this.update(editor.document);
  }

  private update(doc: vscode.TextDocument): void {
    const a = this.article.analyzer.latest(doc);
    if (!a) return;
    const dl = a.result?.dateline;
    if (a.status === 'binary' || a.status === 'tooLarge') { this.hide(); return; }
    if (a.gaveUp) {
      this.item.text = '$(warning) Dateline gave up';
      this.item.tooltip = `${a.message ?? ''} Click to set a reference date (which also tries again).`;
    } else if (dl) {
      this.item.text = `$(calendar) ${describeValue(dl.value)}${a.overridden ? ' (set by you)' : ''}`;
      this.item.tooltip = a.overridden ? 'Dateline: reference date set by you. Click to change it.' : `Dateline: found in the text (${dl.source === 'front-matter' ? 'front matter' : `"${dl.text}"`}). Click to set another reference date.`;
    } else {
      this.item.text = '$(calendar) No dateline';
      this.item.tooltip = `Dateline: none found; dates rest on the file's modified time (${describeValue(a.model?.reference.value ?? '')}). Click to set a reference date.`;
    }
    this.visible = true;
    this.item.show();
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }
}
