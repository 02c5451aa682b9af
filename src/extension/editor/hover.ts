/** The hover on a date in the editor: its words, its TIMEX3 value and the explanation. */
import * as vscode from 'vscode';
import { entryWords } from '../../core/lang/en/words';
import type { Article } from '../article';

export function registerHover(article: Article): vscode.Disposable {
  return vscode.languages.registerHoverProvider([{ language: 'plaintext' }, { language: 'markdown' }], {
    provideHover: async (doc, pos) => {
      const a = await article.analyse(doc);
      const off = doc.offsetAt(pos);
      const e = a.result?.entries.find((x) => off >= x.start && off <= x.end);
      if (!e) return undefined;
      const md = new vscode.MarkdownString();
      md.appendMarkdown('**');
      md.appendText(entryWords(e));
      md.appendMarkdown('** ');
      md.appendCodeblock(e.endValue ? `${e.value} / ${e.endValue}` : e.value, 'text');
      md.appendText(e.explanation);
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)));
    },
  });
}
