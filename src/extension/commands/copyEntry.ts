/**
 * Dateline: Copy Entry as Markdown / Copy Entry as Text: one timeline entry on the clipboard, from the
 * panel's context menu on the entry (VS Code passes the entry's `data-vscode-context`, checked here:
 * it comes from the webview) or with an entry index (tests, keybindings).
 *   Markdown: `- **Mon 17 Nov 2025** — Premier Li Qiang on **Monday** called for … (line 5)`
 *   Text:     `Mon 17 Nov 2025 — Premier Li Qiang on Monday called for … (line 5)`
 */
import * as vscode from 'vscode';
import type { TimelineItem } from '../../core/timeline';
import type { Article } from '../article';
import { entryIndexArg } from '../../shared/protocol';

/** Markdown's special characters in article text, escaped so that the line renders as written. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function entryLine(it: TimelineItem, markdown: boolean): string {
  const [a, b] = it.highlight;
  const s = it.sentence;
  return markdown
    ? `- **${md(it.words)}** — ${md(s.slice(0, a))}**${md(s.slice(a, b))}**${md(s.slice(b))} (line ${it.line})`
    : `${it.words} — ${s} (line ${it.line})`;
}

function register(article: Article, id: string, markdown: boolean): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (arg?: unknown): Promise<string | undefined> => {
    const index = entryIndexArg(arg);
    const doc = article.target();
    if (index === null || index === undefined || !doc) return undefined;
    const it = article.item(doc, index);
    if (!it) return undefined;
    const line = entryLine(it, markdown);
    await vscode.env.clipboard.writeText(line);
    void vscode.window.setStatusBarMessage(`Dateline: entry copied${markdown ? ' as Markdown' : ''}`, 3000);
    return line;
  });
}

export function registerCopyEntry(article: Article): vscode.Disposable {
  return vscode.Disposable.from(register(article, 'dateline.copyEntryAsMarkdown', true), register(article, 'dateline.copyEntryAsText', false));
}
