/**
 * Analyses documents for the extension in workers (workerPool.ts), off the extension host's main
 * thread, once per document version, with the user's reference-date override, the reader's
 * corrections (corrections.ts) and the file's modified time as the fallback. The work is the core's,
 * in src/worker/worker.ts. What this adds:
 *
 * - Budget: each analysis may take BUDGET_BASE_MS + BUDGET_PER_100K_MS per full 100,000 characters
 *   (5 s for an article, 6 s from 100 K, 25 s at 2 million, 105 s at the 10 million limit; the core
 *   reads 1.6-3.4 MB/s, so that is over ten times what a normal text needs).
 *   Past it the worker is terminated and replaced, and the document gets a "gave up" message.
 * - Supersede: a newer version (or reference date) of a document cancels its older analysis; the old
 *   result is never used, and whoever waited for it gets the newer one.
 * - No retry loop: a document Dateline gave up on is not re-read for the same text. After an edit it
 *   is tried again at most once every RETRY_AFTER_MS, and after MAX_AUTO_GIVE_UPS give-ups in a row
 *   not by itself at all; "Show Timeline to the Side", a new reference date or reopening the document
 *   tries again at once.
 */
import * as vscode from 'vscode';
import type { AnalyzeResult, TimelineModel } from '../core';
import type { PanelStatus } from '../shared/protocol';
import { AnalysisWorker, JobOutcome, PoolStats, WorkerPool } from './workerPool';
import { dayValue } from '../core/timex';
import type { Correction } from '../core/types';
import { CorrectionStore } from './corrections';

export type { AnalysisWorker } from './workerPool';

/** Articles larger than this are not analysed; the panel says so. */
export const MAX_CHARS = 10_000_000;
/** From this size on, the panel says "Reading…" while the worker works. */
export const PROGRESS_CHARS = 200_000;

export interface Analysis {
  uri: string;
  version: number;
  status: PanelStatus;
  message?: string;
  result: AnalyzeResult | null;
  model: TimelineModel | null;
  overridden: boolean;
  /** The reference date set by the user that this analysis used, if any. */
  dct?: string;
  /** The corrections it applied (CorrectionStore.key): an analysis made with other corrections is stale. */
  corrections: string;
  /** Corrections this analysis dropped: their words were edited (they are gone from the store). */
  droppedCorrections?: Correction[];
  /** How long the worker took, in ms (when it answered). */
  ms?: number;
  /** True when Dateline gave up on this document (over its time budget); `message` says so. */
  gaveUp?: boolean;
}

export const BUDGET_BASE_MS = 5000;
export const BUDGET_PER_100K_MS = 1000;
/** After giving up, an edited document is tried again by itself at most this often... */
export const RETRY_AFTER_MS = 30_000;
/** ...and not at all after this many give-ups in a row. */
export const MAX_AUTO_GIVE_UPS = 3;

/** The time an analysis of a text of this length may take. */
export function budgetMs(chars: number): number {
  return BUDGET_BASE_MS + Math.floor(chars / 100_000) * BUDGET_PER_100K_MS;
}

const OVERRIDES_KEY = 'dateline.overrides';

export function isArticle(doc: vscode.TextDocument): boolean {
  return (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && doc.uri.scheme !== 'output' && doc.uri.scheme !== 'vscode-settings';
}

/** The document's length without copying its text. */
export function docLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export function formatSize(chars: number): string {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} million characters` : `${Math.round(chars / 1000)} thousand characters`;
}

interface Running {
  version: number;
  dct: string | undefined;
  corrections: string;
  promise: Promise<Analysis>;
  cancel(): void;
}

interface GaveUp {
  version: number;
  at: number;
  count: number;
  seconds: number;
}

export class Analyzer {
  private cache = new Map<string, Analysis>();
  private inflight = new Map<string, Running>();
  private mtimes = new Map<string, Date>();
  private gaveUp = new Map<string, GaveUp>();
  /** TEST ONLY: a delay for the next analysis of a document (see AnalyzeRequest.testDelayMs). */
  private testDelays = new Map<string, number>();
  private readonly pool: WorkerPool;
  private disposed = false;
  /** The reader's corrections of each document (kept across reloads). */
  readonly corrections: CorrectionStore;

  /** `onAnalysed` hears of every new analysis of a document's current version (not of cache hits). */
  constructor(
    private readonly state: vscode.Memento,
    createWorker: () => AnalysisWorker,
    private readonly onAnalysed: (doc: vscode.TextDocument, a: Analysis) => void = () => undefined,
  ) {
    this.pool = new WorkerPool(createWorker);
    this.corrections = new CorrectionStore(state);
  }

  dispose(): void {
    this.disposed = true;
    this.pool.dispose();
  }

  /** The worker pool's counters (for tests). */
  stats(): PoolStats {
    return this.pool.stats();
  }

  /** TEST ONLY: the worker busy-waits `ms` before the next analysis of this document (0 clears it). */
  slowNextAnalysis(uri: string, ms: number): void {
    if (ms > 0) this.testDelays.set(uri, ms); else this.testDelays.delete(uri);
  }

  override(uri: vscode.Uri): string | undefined {
    return this.state.get<Record<string, string>>(OVERRIDES_KEY, {})[uri.toString()];
  }

  async setOverride(uri: vscode.Uri, value: string | undefined): Promise<void> {
    const all = { ...this.state.get<Record<string, string>>(OVERRIDES_KEY, {}) };
    if (value === undefined) delete all[uri.toString()]; else all[uri.toString()] = value;
    await this.state.update(OVERRIDES_KEY, all);
    this.changedByUser(uri);
  }

  /** Replaces the document's corrections (the next analysis applies them). */
  async setCorrections(uri: vscode.Uri, list: readonly Correction[]): Promise<void> {
    await this.corrections.set(uri, list);
    this.changedByUser(uri);
  }

  /** The user changed what the document is read with: its analysis is stale, and, asked for by the user, it is tried again even if Dateline gave up on it. */
  private changedByUser(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.gaveUp.delete(uri.toString());
  }

  /** Forgets that Dateline gave up on the document, so the next request reads it again (the user asked). */
  retry(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.gaveUp.delete(key)) return;
    if (this.cache.get(key)?.gaveUp) this.cache.delete(key);
  }

  /** The file's modified time (the fallback reference), looked up once per document. */
  async prepare(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (this.mtimes.has(key)) return;
    let when = new Date();
    try {
      if (doc.uri.scheme !== 'untitled') when = new Date((await vscode.workspace.fs.stat(doc.uri)).mtime);
    } catch {
      // no stat (a virtual file): today
    }
    this.mtimes.set(key, when);
  }

  fallbackDate(doc: vscode.TextDocument): Date {
    return this.mtimes.get(doc.uri.toString()) ?? new Date();
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cache.delete(key);
    const running = this.inflight.get(key);
    this.inflight.delete(key);
    running?.cancel();
    this.mtimes.delete(key);
    this.gaveUp.delete(key);
    this.testDelays.delete(key);
  }

  /** The analysis of this exact version (and reference date), if done. */
  cached(doc: vscode.TextDocument): Analysis | undefined {
    const a = this.cache.get(doc.uri.toString());
    return a && this.current(a, doc) ? a : undefined;
  }

  /** The latest analysis of the document, of whatever version (for showing while a new one runs). */
  latest(doc: vscode.TextDocument): Analysis | undefined {
    return this.cache.get(doc.uri.toString());
  }

  /**
   * The analysis of the document's current version: cached, already running, or started now (which
   * cancels an analysis of an older version). Never rejects.
   */
  get(doc: vscode.TextDocument): Promise<Analysis> {
    if (doc.isClosed) return Promise.resolve(this.closed(doc));
    const hit = this.cached(doc);
    if (hit) return Promise.resolve(hit);
    const key = doc.uri.toString();
    const dct = this.override(doc.uri);
    const corrections = this.corrections.key(doc.uri);
    const running = this.inflight.get(key);
    if (running && running.version === doc.version && running.dct === dct && running.corrections === corrections) return running.promise;
    const held = this.heldBack(doc, dct);
    if (held) return Promise.resolve(held);
    if (running) {
      // A newer version: the older analysis is of no use any more.
      this.inflight.delete(key);
      running.cancel();
    }
    return this.start(doc, dct, corrections);
  }

  /** The "gave up" analysis, when the policy says not to try this document again by itself yet. */
  private heldBack(doc: vscode.TextDocument, dct: string | undefined): Analysis | undefined {
    const g = this.gaveUp.get(doc.uri.toString());
    if (!g) return undefined;
    if (g.version !== doc.version && g.count < MAX_AUTO_GIVE_UPS && Date.now() - g.at >= RETRY_AFTER_MS) return undefined;
    const a = this.gaveUpAnalysis(doc.uri.toString(), doc.version, dct, this.corrections.key(doc.uri), g);
    this.store(doc, a);
    return a;
  }

  private start(doc: vscode.TextDocument, dct: string | undefined, corrections: string): Promise<Analysis> {
    const key = doc.uri.toString();
    const version = doc.version;
    const base = { uri: key, version, overridden: dct !== undefined, dct, corrections };
    const text = doc.getText();
    if (text.length > MAX_CHARS) {
      return Promise.resolve(this.store(doc, { ...base, status: 'tooLarge', message: `This file has ${formatSize(text.length)}. Dateline reads articles of up to ${formatSize(MAX_CHARS)}.`, result: null, model: null }));
    }
    if (text.indexOf('\u0000') !== -1) {
      return Promise.resolve(this.store(doc, { ...base, status: 'binary', message: 'This file holds binary data, not a text article.', result: null, model: null }));
    }
    const testDelayMs = this.testDelays.get(key);
    this.testDelays.delete(key);
    const budget = budgetMs(text.length);
    const sent = this.corrections.get(doc.uri);
    const job = this.pool.run({ text, dct, fallback: dayValue(this.fallbackDate(doc)), ...(sent.length ? { corrections: sent } : {}), ...(testDelayMs ? { testDelayMs } : {}) }, budget);
    const running: Running = { version, dct, corrections, cancel: job.cancel, promise: undefined as unknown as Promise<Analysis> };
    running.promise = job.done.then(async (out) => {
      if (this.inflight.get(key) === running) this.inflight.delete(key);
      // Superseded (or closed): whoever waited gets the newest analysis instead.
      if (out.kind === 'cancelled') return this.disposed ? { ...base, status: 'empty' as PanelStatus, message: 'Dateline was stopped.', result: null, model: null } : this.get(doc);
      const a = this.outcome(doc, base, out);
      // The corrections as the text now is: anchored again where a sentence was edited, without those whose words were.
      if (out.kind === 'done' && out.response.ok && a.corrections === this.corrections.key(doc.uri)) {
        const { kept, dropped } = out.response.corrections;
        if (dropped.length || JSON.stringify(kept) !== corrections) {
          await this.corrections.set(doc.uri, kept);
          a.corrections = this.corrections.key(doc.uri);
          if (dropped.length) a.droppedCorrections = dropped;
        }
      }
      return this.store(doc, a);
    });
    this.inflight.set(key, running);
    return running.promise;
  }

  private outcome(doc: vscode.TextDocument, base: Pick<Analysis, 'uri' | 'version' | 'overridden' | 'dct' | 'corrections'>, out: Exclude<JobOutcome, { kind: 'cancelled' }>): Analysis {
    const key = base.uri;
    if (out.kind === 'timeout') {
      const prev = this.gaveUp.get(key);
      const g: GaveUp = { version: base.version, at: Date.now(), count: (prev?.count ?? 0) + 1, seconds: Math.round(out.budgetMs / 1000) };
      if (!doc.isClosed) this.gaveUp.set(key, g);
      return this.gaveUpAnalysis(key, base.version, base.dct, base.corrections, g);
    }
    if (out.kind === 'failed') return { ...base, status: 'empty', message: `The analysis stopped: ${out.why}`, result: null, model: null };
    const r = out.response;
    if (!r.ok) return { ...base, status: 'empty', message: `Dateline could not read this file: ${r.error}`, result: null, model: null };
    this.gaveUp.delete(key);
    const status: PanelStatus = r.result.entries.length || r.result.dateline ? 'ok' : 'empty';
    return { ...base, status, result: r.result, model: r.model, ms: r.ms };
  }

  private gaveUpAnalysis(uri: string, version: number, dct: string | undefined, corrections: string, g: GaveUp): Analysis {
    const again = g.count >= MAX_AUTO_GIVE_UPS
      ? `It gave up ${g.count} times in a row and will not try again by itself; run “Dateline: Show Timeline to the Side” to try again.`
      : `It tries again when you edit the text (at most once every ${RETRY_AFTER_MS / 1000} s), or now if you run “Dateline: Show Timeline to the Side”.`;
    return {
      uri, version, dct, corrections, overridden: dct !== undefined, status: 'empty', result: null, model: null, gaveUp: true,
      message: `Dateline gave up on this document after ${g.seconds} s: reading it took too long. ${again}`,
    };
  }

  /** Keeps an analysis of the document's current version and announces it; returns it either way. */
  private store(doc: vscode.TextDocument, a: Analysis): Analysis {
    if (!doc.isClosed && this.current(a, doc)) {
      this.cache.set(doc.uri.toString(), a);
      this.onAnalysed(doc, a);
    }
    return a;
  }

  /** The analysis is of the document's current version, reference date and corrections. */
  private current(a: Analysis, doc: vscode.TextDocument): boolean {
    return a.version === doc.version && a.dct === this.override(doc.uri) && a.corrections === this.corrections.key(doc.uri);
  }

  private closed(doc: vscode.TextDocument): Analysis {
    return { uri: doc.uri.toString(), version: doc.version, overridden: false, corrections: '[]', status: 'noEditor', message: 'The document was closed.', result: null, model: null };
  }
}
