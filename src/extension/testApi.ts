/**
 * What tests (and other extensions) can reach through `extension.exports`. Kept apart from the
 * features: it only reads their state, and forwards a raw message the way the webview would.
 */
import type * as vscode from 'vscode';
import type { Analysis } from './analysis';
import type { Article } from './article';
import type { TimelineView } from './panel/timelineView';
import type { ToWebview } from '../shared/protocol';

export interface DatelineApi {
  /** The panel's document URI, or undefined when no panel is open. */
  panelUri(): string | undefined;
  /** The column the panel is in. */
  panelColumn(): vscode.ViewColumn | undefined;
  /** The analysis of the document's current version (computed in the worker if needed). */
  analysis(doc: vscode.TextDocument): Promise<Analysis>;
  /** The last message sent to the webview. */
  lastMessage(): ToWebview | undefined;
  /** The statuses of the last updates sent to the webview, oldest first. */
  statusLog(): string[];
  /** The panel's HTML as set on the webview. */
  panelHtml(): string | undefined;
  /** Handles a raw message as if the webview had sent it; returns false when it was rejected. */
  receive(raw: unknown): boolean;
  /** Number of rejected webview messages so far. */
  rejectedMessages(): number;
  /** Resolves once pending (debounced) updates and analyses are done and sent. */
  settle(): Promise<void>;
  /** The longest the extension host's event loop was blocked since the last call, in ms. */
  maxEventLoopDelay(): number;
}

export function createTestApi(article: Article, view: TimelineView, subscriptions: vscode.Disposable[]): DatelineApi {
  let lagMax = 0;
  let lagTimer: ReturnType<typeof setInterval> | undefined;
  subscriptions.push({ dispose: () => { if (lagTimer) clearInterval(lagTimer); } });
  return {
    panelUri: () => view.uri,
    panelColumn: () => view.column,
    analysis: (doc) => article.analyse(doc),
    lastMessage: () => view.last,
    statusLog: () => [...view.statuses],
    panelHtml: () => view.html,
    receive: (raw) => view.receive(raw),
    rejectedMessages: () => view.rejected,
    settle: () => article.settle(),
    maxEventLoopDelay: () => {
      // A watch on the event loop (how late a 50 ms tick fires), started by the first call: tests only.
      if (!lagTimer) {
        let last = Date.now();
        lagTimer = setInterval(() => { const now = Date.now(); lagMax = Math.max(lagMax, now - last - 50); last = now; }, 50);
      }
      const m = lagMax;
      lagMax = 0;
      return m;
    },
  };
}
