/**
 * What tests (and other extensions) can reach through `extension.exports`. Kept apart from the
 * features: it only reads their state, and forwards a raw message the way the webview would.
 */
import type { Correction } from '../core/types';
import type * as vscode from 'vscode';
import type { Analysis } from './analyzer';
import type { Article } from './article';
import type { TimelineView } from './panel/timelineView';
import type { InlineDates } from './editor/inlayHints';
import type { DatelineStatus } from './editor/statusBar';
import type { PoolStats } from './workerPool';
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
  /** The last updates sent to the webview with the document version each showed (-1: none), oldest first. */
  panelUpdates(): Array<{ uri: string; version: number; status: string }>;
  /** The status-bar item's text, or undefined when it is hidden. */
  statusBarText(): string | undefined;
  /** The inline date hints last set in the document's editors ("→ Mon 17 Nov 2025"), in text order. */
  inlineHints(uri: string): string[];
  /** The analysis workers: alive, busy, queued jobs, and how many were started, terminated, closed. */
  workerStats(): PoolStats;
  /**
   * TEST ONLY: makes the next analysis of this document slow: the worker busy-waits `ms` first
   * (AnalyzeRequest.testDelayMs). Nothing else in the extension ever sets that delay.
   */
  slowNextAnalysis(uri: string, ms: number): void;
  /** Whether the panel is the active editor (it has the focus). */
  panelActive(): boolean;
  /** The reader's corrections kept for the document. */
  corrections(uri: string): Correction[];
}

export interface Features {
  article: Article;
  view: TimelineView;
  inlineDates: InlineDates;
  status: DatelineStatus;
}

export function createTestApi({ article, view, inlineDates, status }: Features, subscriptions: vscode.Disposable[]): DatelineApi {
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
    panelUpdates: () => view.updates.map((u) => ({ ...u })),
    statusBarText: () => status.shownText(),
    inlineHints: (uri) => inlineDates.hints(uri),
    workerStats: () => article.analyzer.stats(),
    slowNextAnalysis: (uri, ms) => article.analyzer.slowNextAnalysis(uri, ms),
    panelActive: () => view.active,
    corrections: (uri) => article.analyzer.corrections.get(uri),
  };
}
