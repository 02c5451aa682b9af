/**
 * The hover on a date in the editor: its words, its TIMEX3 value and the explanation, with links to
 * correct it or to mark it as no date (the correction commands, on this entry).
 */
import * as vscode from 'vscode';
import { entryIndexAt, entryWords } from '../../core/lang/en/words';
import type { Article } from '../article';

const COMMANDS = ['dateline.correctDate', 'dateline.notADate'];

export function registerHover(article: Article): vscode.Disposable {
  return vscode.languages.registerHoverProvider([{ language: 'plaintext' }, { language: 'markdown' }], {
    provideHover: async (doc, pos) => {
      const a = await article.analyse(doc);
      const off = doc.offsetAt(pos);
      const entries = a.result?.entries ?? [];
      const i = entryIndexAt(entries, off);
      if (i < 0) return undefined;
      const e = entries[i];
      // Only the two correction commands may run from this hover's links.
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = { enabledCommands: COMMANDS };
      md.appendMarkdown('**');
      md.appendText(entryWords(e));
      md.appendMarkdown('** ');
      md.appendCodeblock(e.endValue ? `${e.value} / ${e.endValue}` : e.value, 'text');
      md.appendText(e.explanation);
      const arg = encodeURIComponent(JSON.stringify({ entryIndex: i }));
      md.appendMarkdown(`\n\n[Correct This Date…](command:dateline.correctDate?${arg} "Give the right date or range") · [Not a Date](command:dateline.notADate?${arg} "Take these words off the timeline")`);
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)));
    },
  });
}
