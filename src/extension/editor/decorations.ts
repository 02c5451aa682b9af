/**
 * Inline dates: a subtle hint after each date on the timeline (`→ Mon 17 Nov 2025`), setting
 * `dateline.inlineDates`. Redrawn when an analysis is announced and when editors or the setting change.
 */
import * as vscode from 'vscode';
// From core/entry, not the core's index: the index would pull the rules and chrono-node (190 KB) into the extension bundle.
import { isDatelineWords, isOnTimeline, entryWords } from '../../core/lang/en/words';
import { isArticle } from '../analyzer';
import type { Article } from '../article';

/** At most this many hints per editor. */
const MAX_HINTS = 5000;

export class InlineDates implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 0.6em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly disposables: vscode.Disposable[] = [];
  /** The hints last set in each document's editors (for tests). */
  private readonly shown = new Map<string, string[]>();

  constructor(private readonly article: Article) {
    this.disposables.push(
      this.decoration,
      article.onDidAnalyse(({ doc }) => {
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) this.decorate(ed);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.decorateVisible()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.shown.delete(doc.uri.toString())),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateVisible()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dateline.inlineDates')) this.decorateVisible();
      }),
    );
    this.decorateVisible();
  }

  /** The hints last set in the document's editors, in text order (for tests). */
  hints(uri: string): string[] {
    return this.shown.get(uri) ?? [];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private decorateVisible(): void {
    for (const e of vscode.window.visibleTextEditors) if (isArticle(e.document)) this.decorate(e);
  }

  private decorate(editor: vscode.TextEditor): void {
    const on = vscode.workspace.getConfiguration('dateline').get<boolean>('inlineDates', true);
    const doc = editor.document;
    const a = on ? this.article.analyzer.cached(doc) : undefined;
    if (on && !a) {
      // Not analysed yet: the announcement of its analysis decorates it.
      void this.article.track(this.article.analyse(doc));
      return;
    }
    const dl = a?.result?.dateline;
    const options: vscode.DecorationOptions[] = (a?.result?.entries ?? [])
      .filter((e) => isOnTimeline(e))
      .filter((e) => !isDatelineWords(e, dl ?? null))
      .slice(0, MAX_HINTS)
      .map((e) => ({
        range: new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)),
        renderOptions: { after: { contentText: `→ ${entryWords(e)}` } },
      }));
    editor.setDecorations(this.decoration, options);
    this.shown.set(doc.uri.toString(), options.map((o) => o.renderOptions!.after!.contentText!));
  }
}
