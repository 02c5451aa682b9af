/**
 * The current article: the plain-text or Markdown document the panel follows (the active editor, or
 * the last article editor), kept analysed as it is edited. Every new analysis of a document's current
 * version is announced once through `onDidAnalyse`; the panel, the inline dates and the status bar
 * subscribe to it, so nobody has to call every feature by hand.
 */
import * as vscode from 'vscode';
import { Analyzer, Analysis, AnalysisWorker, docLength, isArticle } from './analyzer';
import type { TimelineItem } from '../core/timeline';
import { timelineItems } from '../core/export';
import { entryIndexAt } from '../core/lang/en/words';

/** Waits after the last keystroke before re-reading: short for articles, longer for big files. */
const DEBOUNCE_MS = 20;
const DEBOUNCE_LARGE_MS = 300;
const LARGE_CHARS = 100_000;

export interface AnalysedEvent {
  readonly doc: vscode.TextDocument;
  readonly analysis: Analysis;
}

export class Article implements vscode.Disposable {
  readonly analyzer: Analyzer;
  private readonly analysed = new vscode.EventEmitter<AnalysedEvent>();
  /** A new analysis of a document's current version is ready (cache hits are not announced). */
  readonly onDidAnalyse = this.analysed.event;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** The panel now follows this article (the user moved to its editor). */
  readonly onDidChangeCurrent = this.changed.event;
  private readonly closed = new vscode.EventEmitter<vscode.TextDocument>();
  /** An article was closed and forgotten (after `current` was cleared if it was the one). */
  readonly onDidCloseArticle = this.closed.event;

  /** The article the panel follows. */
  current: vscode.TextDocument | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private busy = 0;
  private settleWaiters: Array<() => void> = [];

  constructor(state: vscode.Memento, createWorker: () => AnalysisWorker) {
    this.analyzer = new Analyzer(state, createWorker, (doc, analysis) => this.analysed.fire({ doc, analysis }));
    this.disposables.push(
      this.analysed, this.changed, this.closed,
      vscode.window.onDidChangeActiveTextEditor((e) => { void this.track(this.follow(e)); }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
    );
  }

  /** Starts following the active editor (called once every feature has subscribed). */
  start(): void {
    void this.track(this.follow(vscode.window.activeTextEditor));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
    this.analyzer.dispose();
  }

  /** The analysis of the document's current version (from the cache, or the worker). Never rejects. */
  async analyse(doc: vscode.TextDocument): Promise<Analysis> {
    await this.analyzer.prepare(doc);
    return this.analyzer.get(doc);
  }

  /** Makes `doc` the article the panel follows. */
  async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || !isArticle(editor.document)) return;
    await this.setCurrent(editor.document);
  }

  async setCurrent(doc: vscode.TextDocument): Promise<void> {
    await this.analyzer.prepare(doc);
    if (doc.isClosed) return;
    this.current = doc;
    this.changed.fire(doc);
  }

  /** The article a command acts on: the active article editor's, else the one the panel follows. */
  target(): vscode.TextDocument | undefined {
    const ed = vscode.window.activeTextEditor;
    if (ed && isArticle(ed.document)) return ed.document;
    return this.current;
  }

  /** Index of the entry at `offset` in the document's latest analysis, or null. */
  entryAt(doc: vscode.TextDocument, offset: number): number | null {
    const entries = this.analyzer.latest(doc)?.result?.entries;
    const i = entries ? entryIndexAt(entries, offset) : -1;
    return i >= 0 ? i : null;
  }

  /** The panel's item of the entry at `index` in the document's latest analysis (on the timeline or not), if there is one. */
  item(doc: vscode.TextDocument, index: number): TimelineItem | undefined {
    const model = this.analyzer.latest(doc)?.model;
    return model ? [...timelineItems(model), ...model.other].find((x) => x.index === index) : undefined;
  }

  /** Runs an async step and keeps count, so settle() knows when everything is done. */
  track<T>(p: Promise<T>): Promise<T> {
    this.busy++;
    return p.finally(() => { this.busy--; this.resolveSettled(); });
  }

  /** Resolves once pending (debounced) re-reads and tracked steps are done. */
  settle(): Promise<void> {
    return this.timers.size === 0 && this.busy === 0 ? Promise.resolve() : new Promise<void>((r) => this.settleWaiters.push(r));
  }

  private resolveSettled(): void {
    if (this.timers.size || this.busy) return;
    const w = this.settleWaiters;
    this.settleWaiters = [];
    for (const r of w) r();
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (!isArticle(doc) || e.contentChanges.length === 0) return;
    const key = doc.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) void this.track(this.analyse(doc));
      this.resolveSettled();
    }, docLength(doc) > LARGE_CHARS ? DEBOUNCE_LARGE_MS : DEBOUNCE_MS));
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) { clearTimeout(t); this.timers.delete(key); this.resolveSettled(); }
    this.analyzer.forget(doc.uri);
    if (this.current === doc) this.current = undefined;
    this.closed.fire(doc);
  }
}
