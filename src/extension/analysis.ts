/**
 * Analyses documents for the extension in a worker, off the extension host's main thread, once per
 * document version, with the user's reference-date override and the file's modified time as the
 * fallback. Pure glue: the work is the core's, in src/worker/worker.ts.
 */
import * as vscode from 'vscode';
import type { AnalyzeResult, TimelineModel } from '../core';
import type { PanelStatus } from '../shared/protocol';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/worker-protocol';

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
}

/** Something that runs analyze() elsewhere: a worker thread, or a web worker. */
export interface AnalysisWorker {
  post(req: AnalyzeRequest): void;
  onResponse(f: (r: AnalyzeResponse) => void): void;
  onFailure(f: (why: string) => void): void;
  dispose(): void;
}

const OVERRIDES_KEY = 'dateline.overrides';

export function isArticle(doc: vscode.TextDocument): boolean {
  return (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && doc.uri.scheme !== 'output' && doc.uri.scheme !== 'vscode-settings';
}

const pad = (n: number) => String(n).padStart(2, '0');
export function dayValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The document's length without copying its text. */
export function docLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export function formatSize(chars: number): string {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} million characters` : `${Math.round(chars / 1000)} thousand characters`;
}

interface Pending { resolve: (a: Analysis) => void; doc: vscode.TextDocument; version: number; overridden: boolean }

export class Analyzer {
  private cache = new Map<string, Analysis>();
  private inflight = new Map<string, Promise<Analysis>>();
  private mtimes = new Map<string, Date>();
  private worker: AnalysisWorker | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 1;

  /** `onAnalysed` hears of every new analysis of a document's current version (not of cache hits). */
  constructor(
    private readonly state: vscode.Memento,
    private readonly createWorker: () => AnalysisWorker,
    private readonly onAnalysed: (doc: vscode.TextDocument, a: Analysis) => void = () => undefined,
  ) {}

  private getWorker(): AnalysisWorker {
    if (this.worker) return this.worker;
    const w = this.createWorker();
    w.onResponse((r) => this.onResponse(r));
    w.onFailure((why) => {
      // The worker died (out of memory, a crash): answer everything pending, start afresh next time.
      if (this.worker === w) this.worker = undefined;
      w.dispose();
      const all = [...this.pending.values()];
      this.pending.clear();
      for (const p of all) p.resolve(this.failed(p, `The analysis stopped: ${why}`));
    });
    this.worker = w;
    return w;
  }

  dispose(): void {
    this.worker?.dispose();
    this.worker = undefined;
  }

  override(uri: vscode.Uri): string | undefined {
    return this.state.get<Record<string, string>>(OVERRIDES_KEY, {})[uri.toString()];
  }

  async setOverride(uri: vscode.Uri, value: string | undefined): Promise<void> {
    const all = { ...this.state.get<Record<string, string>>(OVERRIDES_KEY, {}) };
    if (value === undefined) delete all[uri.toString()]; else all[uri.toString()] = value;
    await this.state.update(OVERRIDES_KEY, all);
    this.cache.delete(uri.toString());
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
    this.inflight.delete(key);
    this.mtimes.delete(key);
  }

  /** The analysis of this exact version, if done. */
  cached(doc: vscode.TextDocument): Analysis | undefined {
    const a = this.cache.get(doc.uri.toString());
    return a && a.version === doc.version && a.overridden === (this.override(doc.uri) !== undefined) ? a : undefined;
  }

  /** The latest analysis of the document, of whatever version (for showing while a new one runs). */
  latest(doc: vscode.TextDocument): Analysis | undefined {
    return this.cache.get(doc.uri.toString());
  }

  /** Analyses the document in the worker (or returns the cached analysis of this version). Never rejects. */
  get(doc: vscode.TextDocument): Promise<Analysis> {
    const hit = this.cached(doc);
    if (hit) return Promise.resolve(hit);
    const key = doc.uri.toString();
    const running = this.inflight.get(key);
    if (running) {
      // One analysis per document at a time; when it ends, a newer version is read if there is one.
      return running.then(() => (doc.isClosed ? this.closed(doc) : this.get(doc)));
    }
    const p = this.start(doc).then((a) => {
      if (this.inflight.get(key) === p) this.inflight.delete(key);
      if (!doc.isClosed && a.version === doc.version) {
        this.cache.set(key, a);
        this.onAnalysed(doc, a);
      }
      return a;
    });
    this.inflight.set(key, p);
    return p;
  }

  private start(doc: vscode.TextDocument): Promise<Analysis> {
    const overrideValue = this.override(doc.uri);
    const base = { uri: doc.uri.toString(), version: doc.version, overridden: overrideValue !== undefined };
    const text = doc.getText();
    if (text.length > MAX_CHARS) {
      return Promise.resolve({ ...base, status: 'tooLarge', message: `This file has ${formatSize(text.length)}. Dateline reads articles of up to ${formatSize(MAX_CHARS)}.`, result: null, model: null });
    }
    if (text.indexOf('\u0000') !== -1) {
      return Promise.resolve({ ...base, status: 'binary', message: 'This file holds binary data, not a text article.', result: null, model: null });
    }
    return new Promise<Analysis>((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, doc, version: doc.version, overridden: base.overridden });
      try {
        this.getWorker().post({ id, text, dct: overrideValue, fallback: dayValue(this.fallbackDate(doc)) });
      } catch (e) {
        this.pending.delete(id);
        resolve({ ...base, status: 'empty', message: `Dateline could not start its analysis: ${(e as Error).message}`, result: null, model: null });
      }
    });
  }

  private onResponse(r: AnalyzeResponse): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    const base = { uri: p.doc.uri.toString(), version: p.version, overridden: p.overridden };
    if (!r.ok) { p.resolve(this.failed(p, `Dateline could not read this file: ${r.error}`)); return; }
    const status: PanelStatus = r.result.entries.length || r.result.dateline ? 'ok' : 'empty';
    p.resolve({ ...base, status, result: r.result, model: r.model });
  }

  private failed(p: Pending, message: string): Analysis {
    return { uri: p.doc.uri.toString(), version: p.version, overridden: p.overridden, status: 'empty', message, result: null, model: null };
  }

  private closed(doc: vscode.TextDocument): Analysis {
    return { uri: doc.uri.toString(), version: doc.version, overridden: false, status: 'noEditor', message: 'The document was closed.', result: null, model: null };
  }
}
